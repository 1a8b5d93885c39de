"""The one Arrow mapping: each construct of the language lowers to the Arrow type its docs promise."""

from __future__ import annotations

import textwrap

import pyarrow as pa
import pytest

from codegen.arrow import ArrowMapping, describe
from codegen.frontend import Source, load
from codegen.model import Model
from conftest import PRELUDE


def model_of(files: dict[str, str]) -> Model:
    sources = [
        Source(f"definitions/{path}", path, textwrap.dedent(text).lstrip())
        for path, text in {**PRELUDE, **files}.items()
    ]
    result = load(sources)
    assert result.model is not None, [d.message for d in result.diagnostics]
    return result.model


def struct(body: str, *, transparent: bool = False) -> ArrowMapping:
    attribute = "@transparent\n" if transparent else ""
    text = f"namespace rerun.datatypes;\n/// A test type.\n{attribute}struct Probe {{\n{body}\n}}\n"
    return ArrowMapping(model_of({"rerun/datatypes/probe.rrdef": text}))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("bool", pa.bool_()),
        ("u8", pa.uint8()),
        ("u64", pa.uint64()),
        ("i16", pa.int16()),
        ("f16", pa.float16()),
        ("f64", pa.float64()),
        ("string", pa.utf8()),
        ("binary", pa.binary()),
        ("[f32; 3]", pa.list_(pa.field("item", pa.float32(), nullable=False), 3)),
        ("[u8]", pa.list_(pa.field("item", pa.uint8(), nullable=False))),
        ("[string?]", pa.list_(pa.field("item", pa.utf8(), nullable=True))),
        (
            "[[f64; 2]]",
            pa.list_(
                pa.field("item", pa.list_(pa.field("item", pa.float64(), nullable=False), 2), nullable=False)
            ),
        ),
        ("rerun.datatypes.Vec3D", pa.list_(pa.field("item", pa.float32(), nullable=False), 3)),
    ],
)
def test_transparent_single_field(written: str, expected: pa.DataType) -> None:
    mapping = struct(f"/// The value.\nvalue: {written},", transparent=True)
    assert mapping.of_type("rerun.datatypes.Probe").equals(expected)


def test_struct_fields_keep_order_names_and_nullability() -> None:
    mapping = struct("/// A.\nid: u16,\n/// B.\nlabel: string?,\n/// C.\nsize: rerun.datatypes.Float32?,")
    expected = pa.struct(
        [
            pa.field("id", pa.uint16(), nullable=False),
            pa.field("label", pa.utf8(), nullable=True),
            pa.field("size", pa.float32(), nullable=True),
        ]
    )
    assert mapping.of_type("rerun.datatypes.Probe").equals(expected)


def test_single_field_struct_without_transparent_stays_a_struct() -> None:
    mapping = struct("/// A.\ndimension: u32,")
    expected = pa.struct([pa.field("dimension", pa.uint32(), nullable=False)])
    assert mapping.of_type("rerun.datatypes.Probe").equals(expected)


def test_components_are_their_datatype() -> None:
    mapping = ArrowMapping(model_of({}))
    assert mapping.of_type("rerun.components.Radius").equals(pa.float32())
    assert mapping.of_type("rerun.components.Position3D").equals(mapping.of_type("rerun.datatypes.Vec3D"))


@pytest.mark.parametrize(
    ("backing", "expected"), [("u8", pa.uint8()), ("u16", pa.uint16()), ("u32", pa.uint32())]
)
def test_enums_are_unsigned_integers(backing: str, expected: pa.DataType) -> None:
    text = f"""
        namespace rerun.components;
        /// A mode.
        enum Mode: {backing} {{
            /// On.
            @default
            On = 1,
        }}
    """
    assert (
        ArrowMapping(model_of({"rerun/components/mode.rrdef": text}))
        .of_type("rerun.components.Mode")
        .equals(expected)
    )


def test_unions_are_dense_with_null_markers_first_and_declared_codes() -> None:
    text = """
        namespace rerun.datatypes;
        /// A choice.
        union Choice {
            /// A.
            Number: f64 = 1,
            /// B.
            Values: [u8] = 2,
            /// C.
            Nothing = 5,
        }
    """
    mapping = ArrowMapping(model_of({"rerun/datatypes/choice.rrdef": text}))
    expected = pa.dense_union(
        [
            pa.field("_null_markers", pa.null(), nullable=True),
            pa.field("Number", pa.float64(), nullable=False),
            pa.field("Values", pa.list_(pa.field("item", pa.uint8(), nullable=False)), nullable=False),
            pa.field("Nothing", pa.null(), nullable=True),
        ],
        [0, 1, 2, 5],
    )
    actual = mapping.of_type("rerun.datatypes.Choice")
    assert actual.equals(expected)
    assert describe(actual)["type_codes"] == [0, 1, 2, 5]


def test_archetype_schema_has_one_list_column_per_field_with_descriptors() -> None:
    mapping = ArrowMapping(model_of({}))
    schema = mapping.archetype_schema(mapping.model.get("rerun.archetypes.Points3D"))
    assert schema.names == ["Points3D:positions", "Points3D:radii"]
    positions = schema.field("Points3D:positions")
    assert positions.type.equals(pa.list_(pa.field("item", mapping.of_type("rerun.components.Position3D"))))
    assert positions.metadata == {
        b"rerun:component": b"Points3D:positions",
        b"rerun:archetype": b"rerun.archetypes.Points3D",
        b"rerun:component_type": b"rerun.components.Position3D",
    }
    with pytest.raises(ValueError, match="no Arrow type"):
        mapping.of_type("rerun.archetypes.Points3D")
