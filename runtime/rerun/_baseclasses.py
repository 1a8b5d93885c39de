"""Base classes and protocols that the generated type modules build on (hand-written runtime)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from typing import Any, ClassVar, Protocol, Self, TypeAlias, TypeVar, cast, runtime_checkable

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun._converters import BYTES_LIKE as _BYTES_LIKE
from rerun._converters import empty_array
from rerun.error_utils import report

__all__ = [
    "Archetype",
    "AsComponents",
    "BaseBatch",
    "BaseEnum",
    "BaseValue",
    "ComponentBatchLike",
    "ComponentBatchMixin",
    "ComponentColumn",
    "ComponentColumnList",
    "ComponentDescriptor",
    "ComponentMixin",
    "ComponentValueLike",
    "DescribedComponentBatch",
    "FieldDescriptor",
    "field_as_array",
    "reported_as",
    "values_equal",
]


class ComponentDescriptor:
    """Names one column of data: the component (`Points3D:positions`), its archetype and its type."""

    __slots__ = ("_archetype", "_component", "_component_type")

    def __init__(
        self, component: str, archetype: str | None = None, component_type: str | None = None
    ) -> None:
        self._component = component
        self._archetype = archetype
        self._component_type = component_type

    @property
    def component(self) -> str:
        """Identifies the column, e.g. `Points3D:positions`."""
        return self._component

    @property
    def archetype(self) -> str | None:
        """The archetype the data was logged through, e.g. `rerun.archetypes.Points3D`, if any."""
        return self._archetype

    @property
    def component_type(self) -> str | None:
        """How to interpret the data, e.g. `rerun.components.Position3D`, if known."""
        return self._component_type

    def with_overrides(
        self, archetype: str | None = None, component_type: str | None = None
    ) -> ComponentDescriptor:
        """A copy with `archetype` and `component_type` replaced wherever a new one is given."""
        return ComponentDescriptor(
            self._component,
            archetype if archetype is not None else self._archetype,
            component_type if component_type is not None else self._component_type,
        )

    def or_with_overrides(
        self, archetype: str | None = None, component_type: str | None = None
    ) -> ComponentDescriptor:
        """A copy with `archetype` and `component_type` filled in only where they are missing."""
        return ComponentDescriptor(
            self._component,
            self._archetype if self._archetype is not None else archetype,
            self._component_type if self._component_type is not None else component_type,
        )

    def with_builtin_archetype(self, archetype: str) -> ComponentDescriptor:
        """A copy whose archetype is named like a built-in one: `Points3D` -> `rerun.archetypes.Points3D`."""
        name = archetype if "." in archetype else f"rerun.archetypes.{archetype}"
        return ComponentDescriptor(self._component, name, self._component_type)

    def _key(self) -> tuple[str, str | None, str | None]:
        return (self._component, self._archetype, self._component_type)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ComponentDescriptor) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"ComponentDescriptor({self._component!r}, {self._archetype!r}, {self._component_type!r})"

    def __str__(self) -> str:
        return self._component


@runtime_checkable
class ComponentBatchLike(Protocol):
    """Anything that can be logged as one column: it can produce an Arrow array."""

    def as_arrow_array(self) -> pa.Array: ...


@runtime_checkable
class AsComponents(Protocol):
    """Anything that can be logged: it lists its described component batches."""

    def as_component_batches(self) -> list[DescribedComponentBatch]: ...


class _SupportsDLPack(Protocol):
    """Anything that shares its memory through the DLPack protocol, such as a torch tensor."""

    def __dlpack__(self, *, stream: Any = None) -> Any: ...


ComponentValueLike: TypeAlias = ComponentBatchLike | pa.Array | npt.ArrayLike | _SupportsDLPack
"""What `AnyValues` and `DynamicArchetype` take as a component's value: a Rerun batch or component,
a pyarrow array, anything numpy can turn into an array, or a DLPack tensor."""


class BaseBatch:
    """A batch of values of one Arrow type, converted from Python or numpy input.

    Every generated `XBatch` class derives from this one. Subclasses set `_ARROW_DATATYPE` and
    implement `_native_to_pa_array`.

    Parameters
    ----------
    data : XArrayLike | None
        The values. An Arrow array of exactly this batch's type is taken as it is; None gives an
        empty batch.
    strict : bool | None, optional
        Whether input that cannot be converted raises (True) or gives an empty batch and a
        `RerunWarning` naming the batch class (False). None follows `rr.strict_mode()`.
    """

    _ARROW_DATATYPE: ClassVar[pa.DataType]

    __slots__ = ("pa_array",)

    def __init__(self, data: Any, strict: bool | None = None) -> None:
        if isinstance(data, pa.Array) and data.type == self._ARROW_DATATYPE:
            self.pa_array = data
            return
        if isinstance(data, pa.ChunkedArray) and data.type == self._ARROW_DATATYPE:
            self.pa_array = data.combine_chunks()
            return
        if data is None:
            self.pa_array = empty_array(self._ARROW_DATATYPE)
            return
        try:
            self.pa_array = self._native_to_pa_array(data, self._ARROW_DATATYPE)
        except Exception as error:
            report(type(self).__name__, error, strict)
            self.pa_array = empty_array(self._ARROW_DATATYPE)

    @staticmethod
    def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
        raise NotImplementedError

    @classmethod
    def _converter(cls: type[B], data: Any) -> B | None:
        """Field converter of archetypes: None stays None (the field is unset)."""
        if data is None:
            return None
        if isinstance(data, cls):
            return data
        return cls(data)

    @classmethod
    def arrow_type(cls) -> pa.DataType:
        return cls._ARROW_DATATYPE

    def as_arrow_array(self) -> pa.Array:
        return self.pa_array

    def __len__(self) -> int:
        return len(self.pa_array)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BaseBatch):
            return bool(self.pa_array.equals(other.pa_array))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pa_array.to_pylist()!r})"


B = TypeVar("B", bound=BaseBatch)


class BaseValue:
    """The base of every generated value class: struct and union datatypes and components.

    A value class lists its fields in `__slots__` (a union's are `inner` and `kind`); equality and
    the representation follow from them. Value classes are mutable, so they are not hashable.
    """

    __slots__ = ()

    @classmethod
    def _from_fields(cls, **fields: Any) -> Self:
        """An instance holding these field values as they are, without calling the constructor
        (for constants, whose values are converted already)."""
        value = cls.__new__(cls)
        for name, field in fields.items():
            setattr(value, name, field)
        return value

    def _field_names(self) -> tuple[str, ...]:
        return cast("tuple[str, ...]", type(self).__slots__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return all(values_equal(getattr(self, name), getattr(other, name)) for name in self._field_names())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._field_names())
        return f"{type(self).__name__}({fields})"


class BaseEnum(Enum):
    """The base of every generated enum: members from their names or values, and a default.

    A subclass names its default member in its class statement: `class FillMode(BaseEnum,
    default="MajorWireframe")`.
    """

    _default_name: ClassVar[str]

    def __init_subclass__(cls, *, default: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._default_name = default

    @classmethod
    def default(cls) -> Self:
        """The member used when none is given."""
        return cls[cls._default_name]

    @classmethod
    def auto(cls, val: str | int | Self) -> Self:
        """A member from itself, its name (in any letter case) or its integer value."""
        if isinstance(val, cls):
            return val
        if isinstance(val, str):
            exact = cls._member_map_.get(val)  # the usual spelling, without comparing every name
            if exact is not None:
                return cast(Self, exact)
            folded = val.lower()
            for member in cls:
                if member.name.lower() == folded:
                    return member
            raise ValueError(f"Cannot convert {val} to {cls.__name__}")
        return cls(val)

    def __str__(self) -> str:
        return self.name


F = TypeVar("F", bound=Callable[..., Any])


def reported_as(qualname: str) -> Callable[[F], F]:
    """Decorator: Python names the function `qualname` in its argument errors (`TypeError: X()
    missing 1 required positional argument`), as rerun-sdk does where it defines it elsewhere."""

    def rename(function: F) -> F:
        function.__qualname__ = qualname
        function.__code__ = function.__code__.replace(co_qualname=qualname)
        return function

    return rename


def values_equal(left: Any, right: Any) -> bool:
    """Equality of field values that may be numpy arrays (compared element-wise, as a whole)."""
    if isinstance(left, np.ndarray) or isinstance(right, np.ndarray):
        return bool(np.array_equal(left, right))
    return bool(left == right)


def field_as_array(
    value: Any, default_dtype: npt.DTypeLike, dtype: npt.DTypeLike | None, copy: bool | None
) -> npt.NDArray[Any]:
    """`__array__` of a value class of one numeric field: that field's value as a numpy array.

    `dtype` and `copy` are what numpy asked for; without a `dtype` the field's own is used. Bytes
    (a blob or a UUID given as `bytes`) are read as unsigned 8-bit integers.
    """
    if isinstance(value, _BYTES_LIKE):
        value = np.frombuffer(value, dtype=np.uint8)
    return np.array(value, dtype=default_dtype if dtype is None else dtype, copy=copy)


def _shape(value: Any) -> tuple[int, ...]:
    """The numpy shape of array-like input, or () when it has none (ragged, scalar, None)."""
    if value is None or isinstance(value, (str, bytes)):
        return ()
    try:
        return tuple(np.shape(value))
    except ValueError:
        return ()


def _one_value_per_row(value: Any, count: int) -> bool:
    """Whether `value` is a list or tuple of `count` entries that starts with a plain scalar.

    numpy sees such a list as flat or as ragged; either way each entry is one row. Checking this
    first spares numpy's slow look at every element of a long list of strings or numbers.
    """
    return (
        type(value) in (list, tuple) and len(value) == count > 0 and type(value[0]) in (str, int, float, bool)
    )


class ComponentBatchMixin:
    """Makes a batch a component batch: it knows its component type and can be described."""

    _COMPONENT_TYPE: ClassVar[str]

    def component_type(self) -> str:
        return self._COMPONENT_TYPE

    def as_arrow_array(self) -> pa.Array:
        raise NotImplementedError  # provided by BaseBatch

    def described(self, descriptor: ComponentDescriptor | str) -> DescribedComponentBatch:
        """This batch with a descriptor, ready to be logged as one column."""
        if isinstance(descriptor, str):
            descriptor = ComponentDescriptor(descriptor, component_type=self._COMPONENT_TYPE)
        return DescribedComponentBatch(self, descriptor)

    def partition(self, lengths: npt.ArrayLike | None = None) -> ComponentColumn:
        """A column of this batch cut into rows: one value per row unless `lengths` says otherwise."""
        descriptor = ComponentDescriptor(self._COMPONENT_TYPE, component_type=self._COMPONENT_TYPE)
        return ComponentColumn(descriptor, self, lengths=lengths)

    def or_with_descriptor_overrides(
        self, *, archetype_name: str | None = None, archetype_field_name: str | None = None
    ) -> DescribedComponentBatch:
        """Deprecated (Rerun < 0.23): name the archetype and field this batch is logged as.

        The closest current form is `described(ComponentDescriptor("<Archetype>:<field>", ...))`;
        this does that, keeping the batch's own component name as its component type.
        """
        from rerun._deprecated import warn_deprecated_once

        warn_deprecated_once("or_with_descriptor_overrides", "use `described(ComponentDescriptor(...))`")
        own = getattr(self, "component_descriptor", None)
        base = (
            own()
            if callable(own)
            else ComponentDescriptor(self._COMPONENT_TYPE, component_type=self._COMPONENT_TYPE)
        )
        short = archetype_name.rsplit(".", 1)[-1] if archetype_name else None
        component = f"{short}:{archetype_field_name}" if short and archetype_field_name else base.component
        descriptor = ComponentDescriptor(
            component, archetype_name or base.archetype, base.component_type or base.component
        )
        return DescribedComponentBatch(self, descriptor)


class ComponentMixin:
    """Makes one component value loggable as it is, like a batch of one (`rr.ComponentBatchLike`).

    Every generated component class that is no enum derives from it and sets `_BATCH_TYPE` to its
    Batch class, which does the conversion. It satisfies the protocol without deriving from it, so
    component classes keep the plain `type` metaclass (cheaper to create and to `isinstance`).
    """

    __slots__ = ()

    _BATCH_TYPE: ClassVar[type[BaseBatch]]

    @classmethod
    def arrow_type(cls) -> pa.DataType:
        """The Arrow type of the component, the same as its Batch's."""
        return cls._BATCH_TYPE._ARROW_DATATYPE

    @classmethod
    def component_type(cls) -> str:
        """The component's fully-qualified name, e.g. `rerun.components.Position3D`."""
        return cast("type[ComponentBatchMixin]", cls._BATCH_TYPE)._COMPONENT_TYPE

    def as_arrow_array(self) -> pa.Array:
        """This value as an Arrow array of length one, converted by the component's Batch."""
        return self._BATCH_TYPE(self).as_arrow_array()


class DescribedComponentBatch:
    """A batch together with the descriptor it is logged under."""

    __slots__ = ("_batch", "_descriptor")

    def __init__(self, batch: ComponentBatchLike, descriptor: ComponentDescriptor) -> None:
        self._batch = batch
        self._descriptor = descriptor

    def component_descriptor(self) -> ComponentDescriptor:
        return self._descriptor

    def as_arrow_array(self) -> pa.Array:
        return self._batch.as_arrow_array()

    def partition(self, lengths: npt.ArrayLike | None = None) -> ComponentColumn:
        return ComponentColumn(self._descriptor, self._batch, lengths=lengths)

    def __repr__(self) -> str:
        return f"DescribedComponentBatch({self._descriptor!r}, {self._batch!r})"


class ComponentColumn:
    """A batch cut into consecutive rows, for `send_columns`: a list array with one list per row."""

    __slots__ = ("_batch", "_descriptor", "_offsets")

    def __init__(
        self,
        descriptor: str | ComponentDescriptor,
        component_batch: ComponentBatchLike,
        *,
        lengths: npt.ArrayLike | None = None,
        offsets: npt.NDArray[np.int32] | None = None,
    ) -> None:
        if isinstance(descriptor, str):
            descriptor = ComponentDescriptor(descriptor)
        self._descriptor = descriptor
        self._batch = component_batch
        if lengths is not None and offsets is not None:
            raise ValueError("`lengths` and `offsets` are mutually exclusive")
        if offsets is None:
            if lengths is None:
                offsets = np.arange(len(component_batch.as_arrow_array()) + 1, dtype=np.int32)
            else:
                sizes = np.asarray(lengths, dtype=np.int32)
                offsets = np.empty(len(sizes) + 1, dtype=np.int32)
                offsets[0] = 0
                np.cumsum(sizes, out=offsets[1:])
        self._offsets = np.asarray(offsets, dtype=np.int32)

    def component_descriptor(self) -> ComponentDescriptor:
        return self._descriptor

    def as_arrow_array(self) -> pa.Array:
        values = self._batch.as_arrow_array()
        field = pa.field("item", values.type, nullable=True)
        return pa.ListArray.from_arrays(
            pa.array(self._offsets, type=pa.int32()), values, type=pa.list_(field)
        )

    def partition(self, lengths: npt.ArrayLike) -> ComponentColumn:
        """The same values cut into rows of the given lengths."""
        return ComponentColumn(self._descriptor, self._batch, lengths=lengths)

    def __repr__(self) -> str:
        return f"ComponentColumn({self._descriptor!r}, rows={len(self._offsets) - 1})"


class ComponentColumnList(Sequence[ComponentColumn]):
    """The columns of an archetype, from `Archetype.columns(...)`."""

    __slots__ = ("_columns",)

    def __init__(self, columns: Iterable[ComponentColumn]) -> None:
        self._columns = list(columns)

    def partition(self, lengths: npt.ArrayLike) -> ComponentColumnList:
        """Every column cut into rows of the given lengths."""
        return ComponentColumnList(column.partition(lengths) for column in self._columns)

    def __getitem__(self, index: int) -> ComponentColumn:  # type: ignore[override]
        return self._columns[index]

    def __len__(self) -> int:
        return len(self._columns)

    def __iter__(self) -> Iterator[ComponentColumn]:
        return iter(self._columns)


class FieldDescriptor:
    """`Points3D.descriptor_positions()`: the descriptor of one archetype field, read from `_FIELDS`.

    Assigned as `descriptor_<field> = FieldDescriptor()` in the class body of a generated archetype.
    """

    __slots__ = ("_get",)

    def __set_name__(self, owner: type[Archetype], name: str) -> None:
        field = name.removeprefix("descriptor_")
        descriptor = next(descriptor for name, descriptor in owner._FIELDS if name == field)
        self._get: Callable[[], ComponentDescriptor] = lambda: descriptor

    def __get__(self, instance: object, owner: type[Archetype]) -> Callable[[], ComponentDescriptor]:
        return self._get


class Archetype:
    """A bundle of components logged together. Generated subclasses set `NAME` and `_FIELDS`.

    `_FIELDS` lists (attribute, descriptor) in declaration order; unset fields hold None.
    """

    NAME: ClassVar[str]
    _FIELDS: ClassVar[tuple[tuple[str, ComponentDescriptor], ...]] = ()

    def _clear_fields(self) -> None:
        """Leave every field unset."""
        for name, _ in self._FIELDS:
            setattr(self, name, None)

    @classmethod
    def archetype(cls) -> str:
        return cls.NAME

    @classmethod
    def archetype_short_name(cls) -> str:
        return cls.NAME.rsplit(".", 1)[-1]

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        """The set fields, in declaration order, each with its descriptor."""
        batches = []
        for name, descriptor in self._FIELDS:
            batch = getattr(self, name)
            if batch is not None:
                batches.append(DescribedComponentBatch(batch, descriptor))
        return batches

    def _as_columns(self, inputs: dict[str, tuple[Any, int | None]]) -> ComponentColumnList:
        """The set fields as columns, with rows taken from the shape of the caller's input.

        `inputs` maps each field to (what the caller passed, the size of one value: 0 for single
        numbers or strings, N for fixed-size lists of N numbers, None when the input's shape says
        nothing about rows). A numpy array is split evenly along its first axis. For other input,
        its first axis (without a trailing axis of one value's size) gives the rows and the other
        axes the values per row. Rows that do not fit the values fail when the column is turned
        into Arrow.
        """
        columns = []
        for name, descriptor in self._FIELDS:
            batch = getattr(self, name)
            if batch is None:
                continue
            value, value_size = inputs[name]
            count = len(batch.as_arrow_array())
            offsets = None
            flat = value_size is None or _one_value_per_row(value, count)
            shape = () if flat else _shape(value)
            if isinstance(value, np.ndarray) and shape:
                offsets = np.arange(shape[0] + 1, dtype=np.int32) * (count // shape[0])
            elif shape:
                if value_size and len(shape) >= 2 and shape[-1] == value_size:
                    shape = shape[:-1]
                per_row = int(np.prod(shape[1:])) if count else 0
                offsets = np.arange(shape[0] + 1, dtype=np.int32) * per_row
            columns.append(ComponentColumn(descriptor, batch, offsets=offsets))
        return ComponentColumnList(columns)

    def __repr__(self) -> str:
        parts = []
        for name, _ in self._FIELDS:
            batch = getattr(self, name)
            if batch is not None:
                parts.append(f"  {name}={batch.as_arrow_array().to_pylist()!r}")
        body = ",\n".join(parts)
        return (
            f"rr.{self.archetype_short_name()}(\n{body}\n)"
            if parts
            else f"rr.{self.archetype_short_name()}()"
        )

    __str__ = __repr__
