"""ViewCoordinates: the `ViewDir` directions, and logging a value as the archetype."""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ViewDir(IntEnum):
    """The direction one axis points to."""

    Up = 1
    Down = 2
    Right = 3
    Left = 4
    Forward = 5
    Back = 6


class ViewCoordinatesExt:
    """Extension for `rerun.components.ViewCoordinates`: `ViewDir`, and logging on its own."""

    __slots__ = ()

    ViewDir = ViewDir

    def as_component_batches(self: Any) -> list[Any]:
        """Logged on its own, the value is a `ViewCoordinates` archetype."""
        from rerun.archetypes import ViewCoordinates

        batches: list[Any] = ViewCoordinates(self).as_component_batches()
        return batches
