"""Visualizers: which visualizer a view uses for an entity, and the archetype mixin that makes one."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rerun._baseclasses import Archetype, AsComponents, DescribedComponentBatch

if TYPE_CHECKING:
    from rerun.blueprint.datatypes import VisualizerComponentMappingLike

__all__ = ["VisualizableArchetype", "Visualizer"]


class Visualizer:
    """One visualizer to run for an entity in a view, with the values it uses as overrides.

    Put it in the `overrides` of a view, under the entity it applies to: the view then draws that
    entity with exactly the visualizers listed there. `overrides` are component values that take
    precedence over the logged data for this visualizer only; `mappings` (experimental) tell it to
    read an input from another component, from the override or from the view's default.
    """

    __slots__ = ("_instruction", "id", "overrides", "visualizer_type")

    def __init__(
        self,
        visualizer_type: str,
        *,
        overrides: AsComponents | Iterable[DescribedComponentBatch] | None = None,
        mappings: Sequence[VisualizerComponentMappingLike] | None = None,
    ) -> None:
        """A visualizer of the given type, e.g. `"Points3D"` or `"SeriesLines"`."""
        if not isinstance(visualizer_type, str) or not visualizer_type:
            raise ValueError(f"A visualizer type must be a non-empty string, got {visualizer_type!r}")
        self.visualizer_type = visualizer_type
        self.id = uuid.uuid4()  # names the visualizer instruction in the blueprint
        if overrides is None:
            batches = []
        elif isinstance(overrides, AsComponents):
            batches = overrides.as_component_batches()
        else:
            batches = list(overrides)
        for batch in batches:
            if not isinstance(batch, DescribedComponentBatch):
                raise TypeError(
                    f"Visualizer overrides must be described component batches, got {type(batch).__name__}"
                )
        self.overrides: list[DescribedComponentBatch] = batches
        # Imported on use: every archetype with a visualizer loads this module, also in type
        # sets without the blueprint archetypes.
        from rerun.blueprint.archetypes import VisualizerInstruction

        self._instruction = VisualizerInstruction(
            visualizer_type, component_map=None if mappings is None else list(mappings)
        )

    def instruction_batches(self) -> list[DescribedComponentBatch]:
        """What the blueprint stores for this visualizer: its `VisualizerInstruction` and overrides."""
        return [*self._instruction.as_component_batches(), *self.overrides]

    def __repr__(self) -> str:
        fields = ", ".join(str(batch.component_descriptor()) for batch in self.overrides)
        return f"Visualizer({self.visualizer_type!r}, overrides=[{fields}])"


class VisualizableArchetype:
    """Mixin of the archetypes that have a visualizer of their own: adds `visualizer()`."""

    __slots__ = ()

    def visualizer(self, *, mappings: Sequence[VisualizerComponentMappingLike] | None = None) -> Visualizer:
        """Creates a visualizer for this archetype, using all currently set values as overrides.

        Parameters
        ----------
        mappings:
            Optional component mappings that control where the visualizer takes each input from.
            Component mappings are experimental and may change.

        """
        if not isinstance(self, Archetype):
            raise TypeError(f"{type(self).__name__} is not an archetype, so it has no visualizer")
        return Visualizer(
            self.archetype_short_name(), overrides=self.as_component_batches(), mappings=mappings
        )
