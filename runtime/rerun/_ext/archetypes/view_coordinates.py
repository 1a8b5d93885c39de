"""ViewCoordinates: the archetype offers the same constants as the component, e.g. `RDF`."""

from __future__ import annotations

from typing import Any


class ViewCoordinatesExt:
    """Extension for `rerun.archetypes.ViewCoordinates`."""

    @staticmethod
    def deferred_patch_class(cls: Any) -> None:
        from rerun._ext.components.view_coordinates import CONSTANT_NAMES
        from rerun.components import ViewCoordinates

        for name in CONSTANT_NAMES:
            setattr(cls, name, getattr(ViewCoordinates, name))
