"""The C++ vector driver: C++ source that rebuilds the expected output of each reference vector from
native C++ values, and the comparison of what it prints with the recorded IPC bytes.

Each expected Arrow array is read structurally against the model type (struct arrays field by
field, enums by their integer, unions by type code) and written back as one C++ expression that
uses only the value constructors, enum values and union factories of the C++ API. Vectors whose
expected output no C++ value can produce are listed as `NonNative`, with the reason.
"""

from __future__ import annotations

import base64
import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

import vectors
from codegen.arrow import ArrowMapping
from codegen.model import (
    Field,
    FixedSizeListType,
    Kind,
    ListType,
    Model,
    Primitive,
    PrimitiveType,
    RefType,
    Shape,
    Type,
    TypeDef,
)
from codegen.naming import snake_case

FAMILIES = ("datatypes", "components", "archetypes", "columns")


class NotNative(Exception):
    """The expected output has no native C++ construction; the message says why."""


@dataclass(frozen=True)
class ExpectedBatch:
    descriptor: dict[str, str] | None
    component_type: str | None  # None: not recorded (archetype results) or a datatype's
    ipc: str


@dataclass(frozen=True)
class Case:
    """One vector the driver rebuilds: its id, where it is counted, and the C++ statements."""

    id: str
    family: str
    scope: str
    target: str  # the type whose header declares everything the statements use
    body: str
    expected: tuple[ExpectedBatch, ...]


@dataclass(frozen=True)
class NonNative:
    id: str
    family: str
    scope: str
    reason: str


@dataclass
class Printed:
    """What the driver printed for one case: its batches, or the error that stopped it."""

    batches: list[ExpectedBatch] = field(default_factory=list)
    error: str | None = None


_INTEGERS: dict[Primitive, tuple[str, str]] = {
    # primitive: (C++ type, numpy dtype of the Arrow buffer)
    Primitive.U8: ("uint8_t", "uint8"),
    Primitive.U16: ("uint16_t", "uint16"),
    Primitive.U32: ("uint32_t", "uint32"),
    Primitive.U64: ("uint64_t", "uint64"),
    Primitive.I8: ("int8_t", "int8"),
    Primitive.I16: ("int16_t", "int16"),
    Primitive.I32: ("int32_t", "int32"),
    Primitive.I64: ("int64_t", "int64"),
}
_OTHER_PRIMITIVES = {
    Primitive.BOOL: "bool",
    Primitive.F16: "rerun::half",
    Primitive.F32: "float",
    Primitive.F64: "double",
    Primitive.STRING: "std::string",
    Primitive.BINARY: "std::vector<std::byte>",
}


def cpp_name(fqname: str) -> str:
    """`rerun.blueprint.components.Visible` -> `rerun::blueprint::components::Visible`."""
    return fqname.replace(".", "::")


def integer_literal(primitive: Primitive, value: int) -> str:
    """An exactly typed integer: `uint64_t{18446744073709551615ull}`, `int32_t{-2147483647 - 1}`."""
    cpp_type = _INTEGERS[primitive][0]
    signed = primitive.value.startswith("i")
    bits = int(primitive.value[1:])
    text = f"{value + 1} - 1" if signed and value == -(2 ** (bits - 1)) else str(value)
    suffix = ("ll" if signed else "ull") if bits == 64 else ("" if signed else "u")
    return f"{cpp_type}{{{text}{suffix}}}"


def float_literal(value: np.floating[Any]) -> str:
    """A float32 or float64 with its exact bits: a hex-float literal, or the bits themselves when
    the value is not finite (so that NaN payloads survive)."""
    single = value.dtype == np.float32
    if not np.isfinite(value):
        if single:
            return f"driver::f32_bits(0x{int(value.view(np.uint32)):08x}u)"
        return f"driver::f64_bits(0x{int(value.view(np.uint64)):016x}ull)"
    mantissa, _, exponent = float(value).hex().partition("p")
    mantissa = mantissa.rstrip("0").removesuffix(".") if "." in mantissa else mantissa
    return f"{mantissa}p{exponent}" + ("f" if single else "")


def bytes_literal(data: bytes) -> str:
    """A C++ string literal holding exactly these bytes (octal escapes: they never run into the next
    character), without the terminating zero being part of the data."""
    out = []
    for byte in data:
        char = chr(byte)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= byte < 0x7F and char != "?":
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return '"' + "".join(out) + '"'


class LiteralEmitter:
    """C++ expressions for the values of an Arrow array of a model type."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.arrow = ArrowMapping(model)

    def cpp_type(self, type_: Type, nullable: bool = False) -> str:
        if nullable:
            return f"std::optional<{self.cpp_type(type_)}>"
        if isinstance(type_, PrimitiveType):
            primitive = type_.primitive
            return _INTEGERS[primitive][0] if primitive in _INTEGERS else _OTHER_PRIMITIVES[primitive]
        if isinstance(type_, RefType):
            return cpp_name(type_.fqname)
        item = self.cpp_type(type_.item, type_.item_nullable)
        if isinstance(type_, FixedSizeListType):
            return f"std::array<{item}, {type_.length}>"
        return f"std::vector<{item}>"

    def items(self, type_: Type, array: pa.Array) -> list[str]:
        """Every element of `array`, none of which may be null (a `std::vector<T>`'s items)."""
        return self.filled(self.values(type_, array), nullable=False, what=self.cpp_type(type_))

    def vector(self, type_: Type, items: list[str]) -> str:
        return f"std::vector<{self.cpp_type(type_)}>{{{', '.join(items)}}}"

    def filled(self, values: list[str | None], *, nullable: bool, what: str) -> list[str]:
        """The values with nulls as `std::nullopt`, where the position may be null."""
        if not nullable and None in values:
            raise NotNative(f"a null {what} where the C++ type has no null")
        return ["std::nullopt" if value is None else value for value in values]

    def values(self, type_: Type, array: pa.Array) -> list[str | None]:
        """One C++ expression per element of `array` (None for a null element)."""
        expected_type = self.arrow.of(type_)
        if not array.type.equals(expected_type):
            raise NotNative(f"an Arrow array of type {array.type} where the model gives {expected_type}")
        if len(array) == 0:  # (and pyarrow crashes reading the type codes of an empty union)
            return []
        valid = array.is_valid().to_pylist() if array.null_count else [True] * len(array)
        if isinstance(type_, PrimitiveType):
            exprs = self._primitives(type_.primitive, array)
        elif isinstance(type_, RefType):
            exprs = self._defined(self.model.get(type_.fqname), array, valid)
        elif isinstance(type_, FixedSizeListType):
            exprs = self._fixed_size_lists(type_, array, valid)
        else:
            exprs = self._lists(type_, array, valid)
        return [expr if ok else None for expr, ok in zip(exprs, valid, strict=True)]

    def _primitives(self, primitive: Primitive, array: pa.Array) -> list[str | None]:
        if primitive is Primitive.BOOL:
            return ["true" if value else "false" for value in array.to_pylist()]
        if primitive is Primitive.STRING:
            return [self._string(array[i]) for i in range(len(array))]
        if primitive is Primitive.BINARY:
            return [self._binary(array[i].as_py()) for i in range(len(array))]
        dtype = {Primitive.F16: "uint16", Primitive.F32: "float32", Primitive.F64: "float64"}.get(
            primitive, _INTEGERS[primitive][1] if primitive in _INTEGERS else ""
        )
        raw = np.frombuffer(array.buffers()[1], dtype=dtype, count=array.offset + len(array))
        raw = raw[array.offset :]
        if primitive is Primitive.F16:
            return [f"rerun::half{{0x{int(bits):04x}}}" for bits in raw]
        if primitive in (Primitive.F32, Primitive.F64):
            return [float_literal(value) for value in raw]
        return [integer_literal(primitive, int(value)) for value in raw]

    @staticmethod
    def _string(scalar: Any) -> str:
        if not scalar.is_valid:
            return "std::string()"
        data = scalar.as_buffer().to_pybytes()
        return f"std::string({bytes_literal(data)}, {len(data)})"

    @staticmethod
    def _binary(data: bytes | None) -> str:
        data = data or b""
        return f"driver::bytes({bytes_literal(data)}, {len(data)})"

    def _defined(self, typedef: TypeDef, array: pa.Array, valid: list[bool]) -> list[str | None]:
        name = cpp_name(typedef.fqname)
        if typedef.shape is Shape.ENUM:
            by_value = {variant.value: variant.name for variant in typedef.enum_variants}
            enums: list[str | None] = []
            for value, ok in zip(array.to_pylist(), valid, strict=True):
                if ok and value not in by_value:
                    raise NotNative(f"{value} is no variant of {typedef.fqname}")
                enums.append(f"{name}::{by_value[value]}" if ok else None)
            return enums
        if typedef.shape is Shape.UNION:
            return self._unions(typedef, array)
        if typedef.kind is Kind.COMPONENT or typedef.arrow_transparent:
            inner = self.values(typedef.fields[0].type, array)
            return [None if value is None else f"{name}({value})" for value in inner]
        children = array.flatten()
        columns = [self.values(f.type, child) for f, child in zip(typedef.fields, children, strict=True)]
        out: list[str | None] = []
        for index, ok in enumerate(valid):
            if not ok:
                out.append(None)
                continue
            arguments = [
                self.filled([column[index]], nullable=f.nullable, what=f"{typedef.fqname}.{f.name}")[0]
                for f, column in zip(typedef.fields, columns, strict=True)
            ]
            out.append(f"{name}({', '.join(arguments)})")
        return out

    def _unions(self, typedef: TypeDef, array: pa.Array) -> list[str | None]:
        name = cpp_name(typedef.fqname)
        positions = {code: position for position, code in enumerate(array.type.type_codes)}
        variants = {variant.type_code: variant for variant in typedef.union_variants}
        payloads: dict[int, list[str | None]] = {}
        out: list[str | None] = []
        for code, offset in zip(array.type_codes.to_pylist(), array.offsets.to_pylist(), strict=True):
            if code == 0:  # the `_null_markers` child: a null
                out.append(None)
                continue
            variant = variants[code]
            factory = f"{name}::{snake_case(variant.name)}"
            if variant.type is None:
                out.append(f"{factory}()")
                continue
            if code not in payloads:
                payloads[code] = self.values(variant.type, array.field(positions[code]))
            payload = self.filled([payloads[code][offset]], nullable=False, what=f"{name} payload")[0]
            out.append(f"{factory}({payload})")
        return out

    def _fixed_size_lists(
        self, type_: FixedSizeListType, array: pa.Array, valid: list[bool]
    ) -> list[str | None]:
        items = self.values(type_.item, array.values)
        item_type = self.cpp_type(type_.item, type_.item_nullable)
        out: list[str | None] = []
        for index, ok in enumerate(valid):
            start = (array.offset + index) * type_.length
            chunk = items[start : start + type_.length] if ok else []
            filled = self.filled(chunk, nullable=type_.item_nullable, what=f"item of {self.cpp_type(type_)}")
            out.append(f"std::array<{item_type}, {type_.length}>{{{', '.join(filled)}}}")
        return out

    def _lists(self, type_: ListType, array: pa.Array, valid: list[bool]) -> list[str | None]:
        items = self.values(type_.item, array.values)
        item_type = self.cpp_type(type_.item, type_.item_nullable)
        offsets = array.offsets.to_pylist()
        out: list[str | None] = []
        for index, ok in enumerate(valid):
            chunk = items[offsets[index] : offsets[index + 1]] if ok else []
            filled = self.filled(chunk, nullable=type_.item_nullable, what=f"item of {self.cpp_type(type_)}")
            out.append(f"std::vector<{item_type}>{{{', '.join(filled)}}}")
        return out


def loggable_of(record: dict[str, Any]) -> str:
    """The type whose batch a datatype or component vector records: the target, or for a component
    instance read from an archetype (`ViewCoordinates.RDF`) the component it is."""
    if record["expected"].get("result_kind") == "component_instance":
        component_type: str = record["expected"]["batches"][0]["component_type"]
        return component_type
    target: str = record["target"]
    return target


def family_of(model: Model, record: dict[str, Any]) -> str:
    """Where a vector is counted: by what the C++ side does with it."""
    kind = record["expected"].get("result_kind")
    if kind == "archetype.as_component_batches":
        return "archetypes"
    if kind == "component_column_list" or (kind is None and record["call"]["method"] == "columns"):
        return "columns"
    return model.get(loggable_of(record)).kind.plural


class CasePlanner:
    """Turns vector records into driver cases (or says why a record has no native construction)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.emit = LiteralEmitter(model)

    def plan(self, record: dict[str, Any]) -> Case | NonNative:
        family = family_of(self.model, record)
        expected = record["expected"]
        try:
            if expected["outcome"] != "ok":
                raise NotNative(f"expects {expected['exception']['type']}: there is no value to build")
            build: Callable[[TypeDef, dict[str, Any]], str] = {
                "datatypes": self._loggable,
                "components": self._loggable,
                "archetypes": self._archetype,
                "columns": self._columns,
            }[family]
            target: str = loggable_of(record) if family in ("datatypes", "components") else record["target"]
            body = build(self.model.get(target), record)
        except NotNative as reason:
            return NonNative(record["id"], family, record["family"], str(reason))
        batches = tuple(
            ExpectedBatch(batch["descriptor"], batch.get("component_type"), batch["ipc"])
            for batch in expected["batches"]
        )
        return Case(record["id"], family, record["family"], target, body, batches)

    def _loggable(self, typedef: TypeDef, record: dict[str, Any]) -> str:
        (batch,) = record["expected"]["batches"]
        name = cpp_name(typedef.fqname)
        type_ = RefType(typedef.fqname)
        values = self.emit.vector(type_, self.emit.items(type_, vectors.read_ipc(batch["ipc"])))
        component_type = (
            f"rerun::Loggable<{name}>::component_type" if typedef.kind is Kind.COMPONENT else '""'
        )
        to_arrow = f"rerun::Loggable<{name}>::to_arrow(values.data(), values.size())"
        return f"const auto values = {values};\ndriver::print({to_arrow}, {component_type});"

    def _fields(self, typedef: TypeDef, record: dict[str, Any]) -> Iterator[tuple[Field, pa.Array]]:
        """Each expected batch with the archetype field it belongs to."""
        fields = {f"{typedef.name}:{f.name}": f for f in typedef.fields}
        for batch in record["expected"]["batches"]:
            descriptor = batch["descriptor"]
            field_ = fields.get(descriptor["component"])
            if descriptor["archetype"] != typedef.fqname or field_ is None:
                raise NotNative(f"a batch {descriptor['component']} that is no field of {typedef.fqname}")
            yield field_, vectors.read_ipc(batch["ipc"])

    def _builders(self, typedef: TypeDef, values: Iterable[tuple[Field, list[str]]]) -> str:
        """`X::update_fields().with_a(...).with_b(...)`: one builder per field and its items."""
        calls = [f"{cpp_name(typedef.fqname)}::update_fields()"]
        for field_, items in values:
            vector = self.emit.vector(RefType(field_.component), items)
            if field_.is_batch:
                calls.append(f".with_{field_.name}({vector})")
            elif len(items) == 1:
                calls.append(f".with_{field_.name}({items[0]})")
            else:
                calls.append(f".with_many_{field_.name}({vector})")
        return "\n    ".join(calls)

    def _archetype(self, typedef: TypeDef, record: dict[str, Any]) -> str:
        values = [
            (field_, self.emit.items(RefType(field_.component), array))
            for field_, array in self._fields(typedef, record)
        ]
        built = self._builders(typedef, values)
        return f"const auto archetype = {built};\ndriver::print(archetype.as_batches());"

    def _columns(self, typedef: TypeDef, record: dict[str, Any]) -> str:
        """`columns()` when the call cut rows of one, else `columns(lengths)` with the lengths of the
        expected lists (which must be the same for every column)."""
        values = []
        all_lengths = set()
        for field_, column in self._fields(typedef, record):
            if column.null_count:
                raise NotNative(f"a null row in the column of {field_.name}")
            offsets = column.offsets.to_pylist()
            all_lengths.add(tuple(end - start for start, end in itertools.pairwise(offsets)))
            flat = column.values.slice(offsets[0], offsets[-1] - offsets[0])
            values.append((field_, self.emit.items(RefType(field_.component), flat)))
        if not record["call"].get("then") and all(set(lengths) <= {1} for lengths in all_lengths):
            call = "columns()"
        elif len(all_lengths) == 1:
            lengths = ", ".join(f"{n}u" for n in next(iter(all_lengths)))
            call = f"columns(std::vector<uint32_t>{{{lengths}}})"
        else:
            raise NotNative("columns whose fields are cut into rows of different lengths")
        return f"const auto archetype = {self._builders(typedef, values)};\ndriver::print(archetype.{call});"


def plan_all(model: Model) -> tuple[list[Case], list[NonNative]]:
    planner = CasePlanner(model)
    cases: list[Case] = []
    skipped: list[NonNative] = []
    for _, record in vectors.all_records():
        planned = planner.plan(record)
        if isinstance(planned, Case):
            cases.append(planned)
        else:
            skipped.append(planned)
    return cases, skipped


def header_of(fqname: str) -> str:
    """`rerun.blueprint.components.Visible` -> `rerun/blueprint/components/visible.hpp`."""
    namespace, _, name = fqname.rpartition(".")
    return f"{namespace.replace('.', '/')}/{snake_case(name)}.hpp"


def driver_sources(cases: list[Case], parts: int) -> dict[str, str]:
    """The driver's translation units by file name: `cases_<k>.cpp` for `parts` slices of the cases
    (compiled in parallel; each slice a run of neighbouring types, of about the same size, that
    includes only their headers) and `driver_main.cpp`, which runs them. Cases with the same
    statements (a vector recorded in strict and in non-strict mode, say) share one function."""
    ids_by_body: dict[str, list[str]] = {}
    target_of: dict[str, str] = {}
    for case in sorted(cases, key=lambda c: (FAMILIES.index(c.family), c.target)):
        ids_by_body.setdefault(case.body, []).append(case.id)
        target_of[case.body] = case.target
    total = sum(len(body) for body in ids_by_body)
    slices: list[list[str]] = [[] for _ in range(parts)]
    done = 0
    for body in ids_by_body:
        slices[min(parts - 1, done * parts // total)].append(body)
        done += len(body)
    sources = {}
    for part, bodies in enumerate(slices):
        headers = sorted({header_of(target_of[body]) for body in bodies})
        functions: list[str] = []
        runs: list[str] = []
        for index, body in enumerate(bodies):
            indented = "\n".join("    " + line for line in body.splitlines())
            functions.append(f"static void case_{index}() {{\n{indented}\n}}\n\n")
            runs.extend(
                f"    driver::run({bytes_literal(i.encode())}, case_{index});\n" for i in ids_by_body[body]
            )
        sources[f"cases_{part}.cpp"] = (
            "// Vector cases of tests/cpp_driver.py, generated for one test run.\n"
            '#include "print_support.hpp"\n\n'
            + "".join(f'#include "{header}"\n' for header in headers)
            + "\n"
            + "".join(functions)
            + f"void cases_{part}() {{\n"
            + "".join(runs)
            + "}\n"
        )
    declarations = "".join(f"void cases_{part}();\n" for part in range(parts))
    calls = "".join(f"    cases_{part}();\n" for part in range(parts))
    sources["driver_main.cpp"] = f"{declarations}\nint main() {{\n{calls}    return 0;\n}}\n"
    return sources


def parse_output(text: str) -> dict[str, Printed]:
    """What the driver (or another program using print_support.hpp) printed, by case id."""
    printed: dict[str, Printed] = {}
    current = Printed()
    for line in text.splitlines():
        tag, _, rest = line.partition("\t")
        if tag == "case":
            current = printed[rest] = Printed()
        elif tag == "batch":
            archetype, component, component_type, ipc = rest.split("\t")
            descriptor = {"component": component, "archetype": archetype, "component_type": component_type}
            current.batches.append(ExpectedBatch(descriptor if archetype else None, component_type, ipc))
        elif tag == "error":
            current.error = rest if current.error is None else f"{current.error}; {rest}"
    return printed


def ipc_base64(array: pa.Array) -> str:
    """The array as the recorded vectors hold it: a base64 IPC stream with one column, `data`."""
    sink = io.BytesIO()
    batch = pa.record_batch([array], names=["data"])
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return base64.b64encode(sink.getvalue()).decode()


def describe_difference(got: str, want: str) -> str:
    """Why two IPC streams differ, in terms of the arrays they hold."""
    try:
        got_array, want_array = vectors.read_ipc(got), vectors.read_ipc(want)
    except (pa.ArrowInvalid, ValueError) as error:
        return f"unreadable IPC stream ({error})"
    if not got_array.type.equals(want_array.type):
        return f"type {got_array.type} != {want_array.type}"
    if not got_array.equals(want_array):
        return f"values {got_array.to_pylist()!r:.200} != {want_array.to_pylist()!r:.200}"
    for (path, got_layout), (_, want_layout) in zip(_layout(got_array), _layout(want_array), strict=True):
        if got_layout != want_layout:
            return (
                f"equal values, but {path or 'the array'} has (length, nulls) {got_layout} != {want_layout}"
            )
    return f"equal arrays with different bytes ({len(got)} vs {len(want)} base64 characters)"


def _layout(array: pa.Array, path: str = "") -> Iterator[tuple[str, tuple[int, int]]]:
    """The length and null count of an array and of every child array below it, by path."""
    yield path, (len(array), array.null_count)
    data_type = array.type
    if pa.types.is_union(data_type) or pa.types.is_struct(data_type):
        for index in range(data_type.num_fields):
            yield from _layout(array.field(index), f"{path}/{data_type.field(index).name}")
    elif pa.types.is_list(data_type) or pa.types.is_fixed_size_list(data_type):
        yield from _layout(array.values, f"{path}/item")


def compare(case: Case, printed: Printed | None) -> list[str]:
    """Every difference between what the driver printed for a case and the recorded output."""
    if printed is None:
        return ["the driver printed nothing for it (did it crash before?)"]
    if printed.error is not None:
        return [f"error: {printed.error}"]
    if len(printed.batches) != len(case.expected):
        got_names = [b.descriptor["component"] if b.descriptor else "-" for b in printed.batches]
        want_names = [b.descriptor["component"] if b.descriptor else "-" for b in case.expected]
        return [f"{len(printed.batches)} batches {got_names} instead of {len(case.expected)} {want_names}"]
    problems = []
    for index, (got, want) in enumerate(zip(printed.batches, case.expected, strict=True)):
        if got.descriptor != want.descriptor:
            problems.append(f"batch {index}: descriptor {got.descriptor} != {want.descriptor}")
        if want.descriptor is None and got.component_type != (want.component_type or ""):
            problems.append(
                f"batch {index}: component type {got.component_type!r} != {want.component_type!r}"
            )
        if got.ipc != want.ipc:
            problems.append(f"batch {index}: {describe_difference(got.ipc, want.ipc)}")
    return problems
