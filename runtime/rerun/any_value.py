"""AnyValues: log a bundle of arbitrary named values, one component each."""

from __future__ import annotations

from typing import Any

from rerun._baseclasses import ComponentColumnList, ComponentDescriptor, DescribedComponentBatch
from rerun.any_batch_value import AnyBatchValue

__all__ = ["AnyValues"]


class AnyValues:
    """Named values logged next to (or instead of) an archetype: each keyword is one component."""

    def __init__(self, drop_untyped_nones: bool = True, **kwargs: Any) -> None:
        self._batches: list[AnyBatchValue] = []
        self._drop_untyped_nones = drop_untyped_nones
        for name, value in kwargs.items():
            self.with_component_from_data(name, value, drop_untyped_nones=drop_untyped_nones)

    def with_component_from_data(
        self, descriptor: str | ComponentDescriptor, value: Any, *, drop_untyped_nones: bool = True
    ) -> AnyValues:
        """Add one component, converted from `value`; returns self to chain calls."""
        batch = AnyBatchValue(descriptor, value, drop_untyped_nones=drop_untyped_nones)
        if batch.is_valid():
            self._batches.append(batch)
        return self

    def with_field(
        self, descriptor: str | ComponentDescriptor, value: Any, *, drop_untyped_nones: bool = True
    ) -> AnyValues:
        """Add one field: a name or a full descriptor, and its value; returns self to chain calls.

        The same as `with_component_from_data`, under the name newer Rerun documentation uses.
        """
        return self.with_component_from_data(descriptor, value, drop_untyped_nones=drop_untyped_nones)

    def with_component_override(
        self, field: str, component_type: str, value: Any, *, drop_untyped_nones: bool = True
    ) -> AnyValues:
        """Add one component named `field` with an explicit component type."""
        descriptor = ComponentDescriptor(field, component_type=component_type)
        return self.with_component_from_data(descriptor, value, drop_untyped_nones=drop_untyped_nones)

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        return [DescribedComponentBatch(batch, batch.descriptor) for batch in self._batches]

    @classmethod
    def columns(cls, drop_untyped_nones: bool = True, **kwargs: Any) -> ComponentColumnList:
        """Each keyword as a column for `send_columns`, one row per entry of its first axis."""
        columns = [
            AnyBatchValue.column(name, value, drop_untyped_nones=drop_untyped_nones)
            for name, value in kwargs.items()
        ]
        return ComponentColumnList(column for column in columns if column is not None)
