"""DynamicArchetype: arbitrary components grouped under an archetype name chosen at run time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rerun._baseclasses import ComponentColumnList, ComponentDescriptor, DescribedComponentBatch
from rerun.any_batch_value import AnyBatchValue

__all__ = ["DynamicArchetype"]


class DynamicArchetype:
    """Components logged as fields of an archetype named at run time: `Archetype:field`."""

    def __init__(
        self, archetype: str, drop_untyped_nones: bool = True, components: Mapping[str, Any] | None = None
    ) -> None:
        self._archetype = archetype
        self._batches: list[AnyBatchValue] = []
        for field, value in (components or {}).items():
            self.with_component_from_data(field, value, drop_untyped_nones=drop_untyped_nones)

    def _descriptor(self, field: str, component_type: str | None = None) -> ComponentDescriptor:
        return ComponentDescriptor(f"{self._archetype}:{field}", self._archetype, component_type)

    def with_component_from_data(
        self, field: str, value: Any, *, drop_untyped_nones: bool = True
    ) -> DynamicArchetype:
        """Add the field `field`, converted from `value`; returns self to chain calls."""
        return self._add(self._descriptor(field), value, drop_untyped_nones)

    def with_component_override(
        self, field: str, component_type: str, value: Any, *, drop_untyped_nones: bool = True
    ) -> DynamicArchetype:
        """Add the field `field` with an explicit component type."""
        return self._add(self._descriptor(field, component_type), value, drop_untyped_nones)

    def _add(self, descriptor: ComponentDescriptor, value: Any, drop_untyped_nones: bool) -> DynamicArchetype:
        batch = AnyBatchValue(descriptor, value, drop_untyped_nones=drop_untyped_nones)
        if batch.is_valid():
            self._batches.append(batch)
        return self

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        return [DescribedComponentBatch(batch, batch.descriptor) for batch in self._batches]

    @classmethod
    def columns(
        cls, archetype: str, drop_untyped_nones: bool = True, components: Mapping[str, Any] | None = None
    ) -> ComponentColumnList:
        """Each component as a column for `send_columns`, one row per entry of its first axis."""
        columns = [
            AnyBatchValue.column(
                ComponentDescriptor(f"{archetype}:{field}", archetype),
                value,
                drop_untyped_nones=drop_untyped_nones,
            )
            for field, value in (components or {}).items()
        ]
        return ComponentColumnList(column for column in columns if column is not None)
