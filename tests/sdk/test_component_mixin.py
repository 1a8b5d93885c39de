"""Single component values behave like batches of one, and one-field classes like their field.

`rr.ComponentMixin` gives every component class that is no enum `arrow_type()`,
`component_type()` and `as_arrow_array()`, as in Rerun 0.33, so a value such as
`rr.components.Color(0xFF0000FF)` can be logged as it is. Value classes of one field pass Python's
protocols on to that field: `numpy.asarray`, `len()`, `int()` and `float()` (which ones each class
has is checked against the spec by tests/sdk/test_spec_signatures.py).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
import rerun.blueprint.components as bp_components
import rerun.blueprint.datatypes as bp_datatypes
from conftest import PRELUDE, REPO, make_project
from rerun._baseclasses import ComponentMixin
from vectors import VECTORS, decode, load, read_ipc, resolve

SPEC_PATH = REPO.parent / "shared" / "spec" / "rerun-0.33-types.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8")) if SPEC_PATH.is_file() else {}

needs_spec = pytest.mark.skipif(not SPEC, reason="the shared spec is not checked out beside the repo")
needs_vectors = pytest.mark.skipif(
    not VECTORS.is_dir(), reason="the shared vectors are not checked out beside the repo"
)


def spec_components() -> Iterator[tuple[str, dict[str, Any]]]:
    for family in ("rerun", "blueprint"):
        yield from sorted(SPEC[family]["components"]["types"].items())


def mixin_components() -> list[str]:
    """The components that Rerun derives from `ComponentMixin`: all but the enums (114)."""
    return [fqname for fqname, entry in spec_components() if entry["is_component_mixin"]]


@pytest.fixture
def strict() -> Iterator[None]:
    """Conversion problems raise instead of giving an empty batch and a warning."""
    previous = rr.strict_mode()
    rr.set_strict_mode(True)
    try:
        yield
    finally:
        rr.set_strict_mode(previous)


# -- which classes are component mixins ---------------------------------------------------------


@needs_spec
def test_component_classes_derive_from_component_mixin() -> None:
    mixins = mixin_components()
    assert len(mixins) == 114
    for fqname, entry in spec_components():
        cls = resolve(fqname)
        assert issubclass(cls, rr.ComponentMixin) == entry["is_component_mixin"], fqname
    assert not issubclass(rr.datatypes.Vec3D, rr.ComponentMixin)
    assert not issubclass(rr.components.Position3DBatch, rr.ComponentMixin)


def test_component_mixin_and_component_value_like_are_exported_at_the_top_level() -> None:
    assert rr.ComponentMixin is ComponentMixin
    assert {"ComponentMixin", "ComponentValueLike"} <= set(rr.__all__)
    accepted = typing.get_args(rr.ComponentValueLike)
    assert rr.ComponentBatchLike in accepted
    assert pa.Array in accepted


# -- arrow_type() and component_type() ----------------------------------------------------------


@needs_spec
def test_arrow_type_is_the_batch_type_and_component_type_the_fqname() -> None:
    for fqname, entry in spec_components():
        if not entry["is_component_mixin"]:
            continue
        cls, batch = resolve(fqname), resolve(entry["batch_class"])
        assert cls.arrow_type() == batch.arrow_type(), fqname
        assert str(cls.arrow_type()) == entry["arrow_type"], fqname
        assert cls.component_type() == fqname == entry["component_type"]


def test_the_class_methods_need_no_instance() -> None:
    assert rr.components.Color.arrow_type() == pa.uint32()
    assert rr.components.Color.arrow_type() == rr.components.ColorBatch.arrow_type()
    assert rr.components.Position3D.component_type() == "rerun.components.Position3D"
    assert bp_components.ZoomLevel.component_type() == "rerun.blueprint.components.ZoomLevel"
    assert rr.components.Radius(2.0).component_type() == "rerun.components.Radius"


# -- as_arrow_array() -----------------------------------------------------------------------------


def test_a_value_converts_like_a_batch_of_its_data(strict: None) -> None:
    position = rr.components.Position3D([1, 2, 3])
    assert position.as_arrow_array().equals(rr.components.Position3DBatch([[1, 2, 3]]).as_arrow_array())
    color = rr.components.Color([255, 0, 0])
    assert color.as_arrow_array().to_pylist() == [0xFF0000FF]
    assert color.as_arrow_array().type == rr.components.Color.arrow_type()


def test_a_value_is_logged_as_a_batch_of_one() -> None:
    """Components satisfy `rr.ComponentBatchLike` and name their own column when logged."""
    value = rr.components.Radius(0.5)
    assert isinstance(value, rr.ComponentBatchLike)
    stream = rr.RecordingStream("rerun_example_component_mixin")
    memory = stream.memory_recording()
    stream.log("points", value, rr.components.Color([255, 0, 0]))
    store = memory.read().recording()
    assert store.components("/points") == ["rerun.components.Color", "rerun.components.Radius"]
    [(_, radii)] = store.rows("/points", "rerun.components.Radius")
    assert radii == [0.5]
    [(_, colors)] = store.rows("/points", "rerun.components.Color")
    assert colors == [0xFF0000FF]


def recorded_first_rows() -> Iterator[tuple[str, Any, pa.Array]]:
    """(record id, first input, Rerun's first output row) of each recorded component Batch call
    whose input is a list or array with one entry per output row, called without warnings."""
    mixins = set(mixin_components())
    for record in load("components"):
        call, expected = record["call"], record["expected"]
        if record["target"] not in mixins or record["strict"] or expected["outcome"] != "ok":
            continue
        if expected["warnings"] or call["kwargs"] or len(call["args"]) != 1:
            continue
        data = decode(call["args"][0])
        rows = read_ipc(expected["batches"][0]["ipc"])
        if isinstance(data, list | np.ndarray) and len(data) == len(rows) > 0:
            yield record["id"], data[0], rows.slice(0, 1)


def value_from(cls: type[Any], data: Any) -> Any | None:
    """`data` as one value of `cls`: itself, or `cls(data)` for plain data that the constructor takes."""
    if isinstance(data, cls):
        return data
    if type(data).__module__.startswith("rerun."):
        return None  # a value of the wrapped datatype: a component of it would nest the two
    try:
        return cls(data)
    except (TypeError, ValueError):
        return None  # the constructor takes this value by keyword or in parts


# ColumnOrder's Batch reads its whole input as one ordering and each item as text (as Rerun does),
# so a recorded Batch input is not what a ColumnOrder value holds; its hand-made value is checked.
BATCH_INPUT_IS_NOT_A_VALUE = {"rerun.blueprint.components.ColumnOrder"}


def unconvertible_values() -> dict[str, tuple[Callable[[], Any], type[Exception]]]:
    """Values that their Batch cannot convert, and what it raises (in strict mode).

    Rerun 0.33 has no conversion of ChannelMessageCounts from Python values at all.
    """
    return {
        "rerun.components.ChannelMessageCounts": (
            lambda: rr.components.ChannelMessageCounts({3: 10}),
            NotImplementedError,
        ),
    }


def hand_made_values() -> dict[str, tuple[Callable[[], Any], list[Any]]]:
    """A value of each component the records cannot give one of, and its Arrow row as Python data."""
    c, b, d = rr.components, bp_components, bp_datatypes
    selector = {"entity_path": "/a", "component": "Points3D:colors"}
    return {
        "rerun.components.AnnotationContext": (
            lambda: c.AnnotationContext([(1, "cat")]),
            [
                [
                    {
                        "class_id": 1,
                        "class_description": {
                            "info": {"id": 1, "label": "cat", "color": None},
                            "keypoint_annotations": [],
                            "keypoint_connections": [],
                        },
                    }
                ]
            ],
        ),
        "rerun.components.Blob": (lambda: c.Blob(b"abc"), [[97, 98, 99]]),
        "rerun.blueprint.components.ColumnOrder": (lambda: b.ColumnOrder(["/a", "/b"]), [["/a", "/b"]]),
        "rerun.components.GraphEdge": (lambda: c.GraphEdge("a", "b"), [{"first": "a", "second": "b"}]),
        "rerun.components.ImageFormat": (
            lambda: c.ImageFormat(4, 3, color_model="RGB", channel_datatype="U8"),
            [{"width": 4, "height": 3, "pixel_format": None, "color_model": 2, "channel_datatype": 6}],
        ),
        "rerun.components.PinholeProjection": (
            lambda: c.PinholeProjection([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
            [[1, 4, 7, 2, 5, 8, 3, 6, 9]],
        ),
        "rerun.components.RotationAxisAngle": (
            lambda: c.RotationAxisAngle([0, 0, 1], radians=0.5),
            [{"axis": [0, 0, 1], "angle": 0.5}],
        ),
        "rerun.components.RotationQuat": (lambda: c.RotationQuat(xyzw=[0, 0, 0, 1]), [[0, 0, 0, 1]]),
        "rerun.components.TensorData": (
            lambda: c.TensorData(array=np.arange(6, dtype=np.uint8).reshape(2, 3), dim_names=["h", "w"]),
            [{"shape": [2, 3], "names": ["h", "w"], "buffer": [0, 1, 2, 3, 4, 5]}],
        ),
        "rerun.components.TensorDimensionIndexSelection": (
            lambda: c.TensorDimensionIndexSelection(1, 4),
            [{"dimension": 1, "index": 4}],
        ),
        "rerun.components.TensorHeightDimension": (
            lambda: c.TensorHeightDimension(2, invert=True),
            [{"dimension": 2, "invert": True}],
        ),
        "rerun.components.TensorWidthDimension": (
            lambda: c.TensorWidthDimension(1),
            [{"dimension": 1, "invert": False}],
        ),
        "rerun.components.Timestamp": (lambda: c.Timestamp(seconds=1.5), [1_500_000_000]),
        "rerun.components.TransformMat3x3": (
            lambda: c.TransformMat3x3(columns=[[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
            [[1, 2, 3, 4, 5, 6, 7, 8, 9]],
        ),
        "rerun.components.VideoTimestamp": (lambda: c.VideoTimestamp(seconds=2), [2_000_000_000]),
        "rerun.blueprint.components.AbsoluteTimeRange": (
            lambda: b.AbsoluteTimeRange(1, 5),
            [{"min": 1, "max": 5}],
        ),
        "rerun.blueprint.components.FilterByRange": (
            lambda: b.FilterByRange(1, 5),
            [{"start": 1, "end": 5}],
        ),
        "rerun.blueprint.components.FilterIsNotNull": (
            lambda: b.FilterIsNotNull(True, d.ComponentColumnSelector(**selector)),
            [{"active": True, "column": selector}],
        ),
        "rerun.blueprint.components.SelectedColumns": (
            lambda: b.SelectedColumns(["frame", b.ComponentColumnSelector(**selector)]),
            [{"time_columns": ["frame"], "component_columns": [selector]}],
        ),
        "rerun.blueprint.components.TextLogColumn": (
            lambda: b.TextLogColumn("body", visible=False),
            [{"visible": False, "kind": 3}],
        ),
        "rerun.blueprint.components.TimeInt": (lambda: b.TimeInt(seq=7), [7]),
        "rerun.blueprint.components.TimeRange": (
            lambda: b.TimeRange(
                rr.TimeRangeBoundary.cursor_relative(seq=-1), rr.TimeRangeBoundary.infinite()
            ),
            [{"start": -1, "end": None}],
        ),
        "rerun.blueprint.components.VisibleTimeRange": (
            lambda: b.VisibleTimeRange(
                "frame",
                start=rr.TimeRangeBoundary.absolute(seq=2),
                end=rr.TimeRangeBoundary.infinite(),
            ),
            [{"timeline": "frame", "range": {"start": 2, "end": None}}],
        ),
        "rerun.blueprint.components.VisualBounds2D": (
            lambda: b.VisualBounds2D(x_range=[0, 1], y_range=[2, 3]),
            [{"x_range": [0, 1], "y_range": [2, 3]}],
        ),
        "rerun.blueprint.components.VisualizerComponentMapping": (
            lambda: b.VisualizerComponentMapping("Points3D:colors", "Default"),
            [{"target": "Points3D:colors", "source_kind": 3, "source_component": None, "selector": None}],
        ),
    }


@needs_spec
@needs_vectors
def test_every_component_value_converts_as_rerun_converts_its_data(strict: None) -> None:
    """A value made from the first input of a recorded Batch call gives the first row Rerun gave;
    components without such a record use the hand-made values. With the values their Batch cannot
    convert, they cover all 114."""
    covered: set[str] = set()
    failures: list[str] = []
    for record_id, data, row in recorded_first_rows():
        fqname = record_id.split(":")[2]
        cls = resolve(fqname)
        value = value_from(cls, data)
        if fqname in unconvertible_values() or fqname in BATCH_INPUT_IS_NOT_A_VALUE or value is None:
            continue
        got = value.as_arrow_array()
        if not got.equals(row):
            failures.append(f"{record_id}: {got.to_pylist()} != {row.to_pylist()}")
        covered.add(fqname)
    assert not failures, "\n".join(failures)
    hand_made, unconvertible = set(hand_made_values()), set(unconvertible_values())
    assert covered | hand_made | unconvertible == set(mixin_components())
    assert not covered & hand_made, "hand-made values that the records already cover"


@needs_spec
@pytest.mark.parametrize("fqname", sorted(hand_made_values()))
def test_hand_made_component_values_convert_to_one_row(fqname: str, strict: None) -> None:
    make, row = hand_made_values()[fqname]
    value = make()
    array = value.as_arrow_array()
    assert array.type == type(value).arrow_type()
    assert _union_values(array.to_pylist()) == row
    assert array.equals(resolve(fqname + "Batch")(value).as_arrow_array())


@pytest.mark.parametrize("fqname", sorted(unconvertible_values()))
def test_a_value_its_batch_cannot_convert_fails_the_same_way(fqname: str, strict: None) -> None:
    make, error = unconvertible_values()[fqname]
    value = make()
    with pytest.raises(error):
        resolve(fqname + "Batch")(value)
    with pytest.raises(error):
        value.as_arrow_array()


def _union_values(rows: list[Any]) -> list[Any]:
    """Rows with the `(kind, value)` pairs pyarrow gives for dense unions (TensorBuffer) unpacked."""
    return [
        {k: (v[1] if isinstance(v, tuple) else v) for k, v in row.items()} if isinstance(row, dict) else row
        for row in rows
    ]


# -- numpy, len(), int() and float() on value classes of one field ------------------------------


def test_vectors_and_matrices_convert_to_numpy() -> None:
    vec = rr.datatypes.Vec3D([1, 2, 3])
    assert np.asarray(vec).dtype == np.float32
    np.testing.assert_array_equal(np.asarray(vec), [1, 2, 3])
    assert np.asarray(vec, dtype=np.float64).dtype == np.float64
    assert len(vec) == 3
    assert len(rr.components.Position2D([4, 5])) == 2
    assert len(rr.components.TransformMat3x3(np.eye(3))) == 9
    np.testing.assert_array_equal(np.asarray(rr.components.TriangleIndices([0, 1, 2])), [0, 1, 2])
    assert np.asarray(rr.components.TriangleIndices([0, 1, 2])).dtype == np.uint32


def test_numpy_gets_a_copy_when_it_asks_for_one() -> None:
    field = np.array([1.0, 2.0, 3.0], dtype=np.float32)
    vec = rr.datatypes.Vec3D(field)
    assert np.asarray(vec) is field
    copied = np.array(vec, copy=True)
    copied[0] = 9.0
    assert field[0] == 1.0
    with pytest.raises(ValueError):
        np.array(rr.datatypes.Vec3D([1, 2, 3]), dtype=np.float64, copy=False)


def test_value_constructors_convert_their_fields_as_the_batch_does() -> None:
    """Numbers become numpy arrays of the field's dtype, single values the Python type, and a
    datatype of one field an instance of its class (as Rerun's field converters do)."""
    xyz = rr.datatypes.Vec3D([1, 2, 3]).xyz
    assert isinstance(xyz, np.ndarray) and xyz.dtype == np.float32
    np.testing.assert_array_equal(xyz, [1.0, 2.0, 3.0])
    info = rr.datatypes.AnnotationInfo(id=np.int64(4), label="four", color=[255, 0, 0])
    assert type(info.id) is int and info.id == 4
    assert info.label == rr.datatypes.Utf8("four") and info.color == rr.datatypes.Rgba32(0xFF0000FF)
    assert rr.datatypes.AnnotationInfo(id=1).label is None
    pair = rr.datatypes.Utf8Pair("a", rr.datatypes.Utf8("b"))
    assert pair.first == rr.datatypes.Utf8("a") and pair.second == rr.datatypes.Utf8("b")
    assert rr.datatypes.Float32(np.float64(0.5)).value == 0.5 and type(rr.datatypes.Float32(1).value) is float


def test_bytes_convert_to_unsigned_bytes() -> None:
    blob = rr.components.Blob(b"abc")
    assert len(blob) == 3
    np.testing.assert_array_equal(np.asarray(blob), [97, 98, 99])
    assert np.asarray(blob).dtype == np.uint8
    uuid = rr.datatypes.Uuid(bytes(range(16)))
    assert len(uuid) == 16
    np.testing.assert_array_equal(np.asarray(uuid), np.arange(16, dtype=np.uint8))


def test_lists_of_values_have_a_length() -> None:
    assert len(rr.components.LineStrip3D([[0, 0, 0], [1, 1, 1], [2, 2, 2]])) == 3
    assert len(rr.components.GeoLineString(lat_lon=[[59.3, 18.0], [59.4, 18.1]])) == 2
    assert len(rr.components.KeyValuePairs([("a", "1"), ("b", "2")])) == 2
    assert len(bp_components.ColumnOrder(["/a", "/b"])) == 2
    assert len(rr.components.LineStrip2D([])) == 0


def test_single_numbers_convert_with_int_and_float() -> None:
    assert float(rr.components.Radius(0.5)) == 0.5
    assert float(rr.datatypes.Angle(rad=1.0)) == 1.0
    assert int(rr.components.ClassId(7)) == 7
    slider = bp_datatypes.TensorDimensionIndexSlider(3)
    assert int(slider) == 3
    assert np.asarray(slider).dtype == np.uint32
    assert int(bp_components.TensorDimensionIndexSlider(5)) == 5
    assert list(range(10))[rr.components.ClassId(2)] == 2  # usable as an index


# -- the generator: which classes get which protocols ---------------------------------------------

ONE_FIELD_TYPES = {
    "rerun/datatypes/samples.rrdef": """
        namespace rerun.datatypes;

        /// Samples of a signal, not transparent.
        struct Samples {
            /// The values.
            values: [f64],
        }
    """,
    "rerun/datatypes/tally.rrdef": """
        namespace rerun.datatypes;

        /// A count, not transparent.
        struct Tally {
            /// How many.
            count: u32,
        }
    """,
    "rerun/datatypes/labels.rrdef": """
        namespace rerun.datatypes;

        /// Some labels.
        struct Labels {
            /// The labels.
            names: [string],
        }
    """,
    "rerun/datatypes/span.rrdef": """
        namespace rerun.datatypes;

        /// Two fields: no protocols of a field.
        struct Span {
            /// Where it starts.
            start: f32,

            /// Where it ends.
            end: f32,
        }
    """,
}


def _load(path: Path) -> Any:
    """Import a generated module from a throwaway project by its path."""
    name = f"_h11_generated_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def test_structs_of_one_field_pass_protocols_on_to_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", {**PRELUDE, **ONE_FIELD_TYPES}, backends='["python"]')
    code, _, err = project.run("build", capsys=capsys)
    assert code == 0, err
    datatypes = project.output / "python" / "rerun" / "datatypes"
    samples = _load(datatypes / "samples.py").Samples([1, 2, 3])
    assert len(samples) == 3
    assert np.asarray(samples).dtype == np.float64
    assert not hasattr(samples, "__float__")
    tally = _load(datatypes / "tally.py").Tally(4)
    assert int(tally) == 4
    assert np.asarray(tally).dtype == np.uint32
    assert not hasattr(tally, "__len__")
    labels = _load(datatypes / "labels.py").Labels(["a", "b"])
    assert len(labels) == 2
    assert not hasattr(labels, "__array__")
    span = _load(datatypes / "span.py").Span(0.0, 1.0)
    assert not any(hasattr(span, d) for d in ("__len__", "__array__", "__float__", "__int__"))


def test_generated_components_name_the_mixin_last(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE, backends='["python"]')
    assert project.run("build", capsys=capsys)[0] == 0
    source = (project.output / "python/rerun/components/position3d.py").read_text(encoding="utf-8")
    assert "class Position3D(datatypes.Vec3D, ComponentMixin):" in source
    datatype = (project.output / "python/rerun/datatypes/vec3d.py").read_text(encoding="utf-8")
    assert "ComponentMixin" not in datatype
