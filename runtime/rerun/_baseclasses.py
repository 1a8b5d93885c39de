"""Base classes the generated type modules build on (hand-written runtime)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

import pyarrow as pa


@dataclass(frozen=True)
class ComponentDescriptor:
    """Names one column of data: the component (`Points3D:positions`), its archetype and its type."""

    component: str
    archetype: str | None = None
    component_type: str | None = None


class BaseBatch:
    """A batch of values of one Arrow type. Subclasses set `_ARROW_DATATYPE`."""

    _ARROW_DATATYPE: ClassVar[pa.DataType]

    def __init__(self, data: Any) -> None:
        if isinstance(data, pa.Array) and data.type.equals(self._ARROW_DATATYPE):
            self.pa_array: pa.Array = data
        elif data is None:
            self.pa_array = pa.array([], type=self._ARROW_DATATYPE)
        else:
            values = data if isinstance(data, Iterable) and not isinstance(data, str | bytes) else [data]
            self.pa_array = pa.array(values, type=self._ARROW_DATATYPE)

    def as_arrow_array(self) -> pa.Array:
        return self.pa_array

    def __len__(self) -> int:
        return len(self.pa_array)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BaseBatch) and self.pa_array.equals(other.pa_array)

    __hash__ = None  # type: ignore[assignment]


class ComponentBatchMixin:
    """Marks a batch as holding a component; subclasses set `_COMPONENT_TYPE`."""

    _COMPONENT_TYPE: ClassVar[str]

    @classmethod
    def component_type(cls) -> str:
        return cls._COMPONENT_TYPE


class Archetype:
    """A bundle of components logged together. Subclasses set `NAME`."""

    NAME: ClassVar[str]

    @classmethod
    def archetype(cls) -> str:
        return cls.NAME

    @classmethod
    def archetype_short_name(cls) -> str:
        return cls.NAME.rsplit(".", 1)[-1]
