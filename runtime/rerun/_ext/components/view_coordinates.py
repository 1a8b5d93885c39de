"""ViewCoordinates: the `ViewDir` directions, and logging a value as the archetype."""

from __future__ import annotations

from enum import IntEnum

from rerun import archetypes
from rerun._baseclasses import DescribedComponentBatch
from rerun.components.view_coordinates import ViewCoordinates


class ViewCoordinatesExt(ViewCoordinates):
    """`ViewCoordinates.ViewDir`, and logging a value on its own."""

    class ViewDir(IntEnum):
        """The direction one axis points to."""

        Up = 1
        Down = 2
        Right = 3
        Left = 4
        Forward = 5
        Back = 6

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        """Logged on its own, the value is a `ViewCoordinates` archetype."""
        return archetypes.ViewCoordinates(self).as_component_batches()
