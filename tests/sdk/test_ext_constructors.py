"""The hand-written constructors of datatypes and components (runtime/rerun/_ext/...).

Each one follows the signature that Rerun 0.33 records (tests/sdk/test_spec_signatures.py checks the
parameters); these tests check what the constructors do with their arguments, what they refuse,
and that the values they make convert to the expected Arrow data.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from rerun import components as cmp
from rerun import datatypes as dt


def arrow(batch: Any) -> Any:
    """The Python values of a batch's Arrow array."""
    return batch.as_arrow_array().to_pylist()


@pytest.fixture(autouse=True)
def strict() -> Any:
    """Conversion errors raise instead of warning, so a broken conversion fails the test."""
    previous = rr.strict_mode()
    rr.set_strict_mode(True)
    yield
    rr.set_strict_mode(previous)


# -- Mat3x3, Mat4x4 and the components built on them ---------------------------------------------

ROWS_3 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
COLUMN_MAJOR_3 = [1, 4, 7, 2, 5, 8, 3, 6, 9]


@pytest.mark.parametrize("rows", [ROWS_3, np.array(ROWS_3), [1, 2, 3, 4, 5, 6, 7, 8, 9]])
def test_mat3x3_from_rows_is_stored_column_major(rows: Any) -> None:
    matrix = dt.Mat3x3(rows)
    assert matrix.flat_columns.dtype == np.float32
    assert matrix.flat_columns.tolist() == COLUMN_MAJOR_3
    assert arrow(dt.Mat3x3Batch(matrix)) == [COLUMN_MAJOR_3]


@pytest.mark.parametrize("columns", [[[1, 4, 7], [2, 5, 8], [3, 6, 9]], COLUMN_MAJOR_3])
def test_mat3x3_from_columns_keeps_their_order(columns: Any) -> None:
    assert dt.Mat3x3(columns=columns) == dt.Mat3x3(ROWS_3)


def test_mat3x3_given_a_matrix_copies_it_as_it_is() -> None:
    matrix = dt.Mat3x3(ROWS_3)
    assert dt.Mat3x3(matrix) == matrix
    assert dt.Mat3x3(columns=matrix) == matrix
    assert dt.Mat3x3(matrix).flat_columns is not matrix.flat_columns


def test_mat3x3_does_not_share_the_callers_array() -> None:
    columns = np.array(COLUMN_MAJOR_3, dtype=np.float32)
    matrix = dt.Mat3x3(columns=columns)
    columns[0] = 100
    assert matrix.flat_columns[0] == 1


def test_mat3x3_needs_exactly_one_of_rows_and_columns() -> None:
    with pytest.raises(ValueError, match="Mat3x3 needs exactly one of `rows` and `columns`"):
        dt.Mat3x3()
    with pytest.raises(ValueError, match="Mat3x3 needs exactly one of `rows` and `columns`"):
        dt.Mat3x3(ROWS_3, columns=ROWS_3)


def test_mat3x3_refuses_the_wrong_number_of_values() -> None:
    with pytest.raises(ValueError, match=r"Mat3x3 expects 3x3 = 9 values, got an array of shape \(2, 2\)"):
        dt.Mat3x3([[1, 0], [0, 1]])


def test_matrix_components_share_the_constructor() -> None:
    for component in (cmp.PinholeProjection, cmp.TransformMat3x3):
        value = component(ROWS_3)
        assert value.flat_columns.tolist() == COLUMN_MAJOR_3
        assert component(columns=COLUMN_MAJOR_3) == value
    pinhole = rr.Pinhole(image_from_camera=cmp.PinholeProjection([[500, 0, 320], [0, 500, 240], [0, 0, 1]]))
    assert pinhole.image_from_camera is not None
    assert arrow(pinhole.image_from_camera) == [[500, 0, 0, 0, 500, 0, 320, 240, 1]]


def test_mat4x4_from_rows_and_columns() -> None:
    rows = np.arange(16).reshape(4, 4)
    matrix = dt.Mat4x4(rows)
    assert matrix.flat_columns.tolist() == rows.T.reshape(-1).tolist()
    assert dt.Mat4x4(columns=rows.T) == matrix
    assert dt.Mat4x4(rows.reshape(-1)) == matrix
    assert arrow(dt.Mat4x4Batch(matrix)) == [rows.T.reshape(-1).tolist()]
    with pytest.raises(ValueError, match="Mat4x4 expects 4x4 = 16 values"):
        dt.Mat4x4(columns=np.eye(3))
    with pytest.raises(ValueError, match="Mat4x4 needs exactly one of `rows` and `columns`"):
        dt.Mat4x4()


# -- Quaternion and RotationQuat -----------------------------------------------------------------


def test_quaternion_is_built_by_keyword() -> None:
    for quaternion_class in (dt.Quaternion, cmp.RotationQuat):
        quaternion = quaternion_class(xyzw=[0, 0, 0.5, 1])
        assert quaternion.xyzw.dtype == np.float32
        assert quaternion.xyzw.tolist() == [0, 0, 0.5, 1]
        with pytest.raises(TypeError):
            quaternion_class([0, 0, 0, 1])
    assert arrow(cmp.RotationQuatBatch(cmp.RotationQuat(xyzw=[1, 2, 3, 4]))) == [[1, 2, 3, 4]]
    assert dt.Quaternion.identity() == dt.Quaternion(xyzw=np.array([0, 0, 0, 1]))


def test_quaternion_needs_four_values() -> None:
    with pytest.raises(ValueError, match=r"Quaternion expects 4 values \(x, y, z, w\), got .* shape \(3,\)"):
        dt.Quaternion(xyzw=[0, 0, 1])


# -- ImageFormat ---------------------------------------------------------------------------------


def test_image_format_takes_the_size_by_position_and_the_layout_by_keyword() -> None:
    for format_class in (dt.ImageFormat, cmp.ImageFormat):
        image_format = format_class(640, 480, color_model="rgb", channel_datatype="U8")
        assert (image_format.width, image_format.height) == (640, 480)
        assert image_format.color_model is dt.ColorModel.RGB
        assert image_format.channel_datatype is dt.ChannelDatatype.U8
        assert image_format.pixel_format is None
        assert image_format == format_class(
            width=640, height=480, color_model=dt.ColorModel.RGB, channel_datatype=dt.ChannelDatatype.U8
        )
        with pytest.raises(TypeError):
            format_class(640, 480, None, "RGB")
    nv12 = dt.ImageFormat(np.uint32(4), 2.0, pixel_format="NV12")
    assert (nv12.width, nv12.height, nv12.pixel_format) == (4, 2, dt.PixelFormat.NV12)
    assert arrow(dt.ImageFormatBatch(nv12)) == [
        {
            "width": 4,
            "height": 2,
            "pixel_format": int(dt.PixelFormat.NV12.value),
            "color_model": None,
            "channel_datatype": None,
        }
    ]


def test_image_format_refuses_unknown_layouts_and_negative_sizes() -> None:
    with pytest.raises(ValueError, match="Cannot convert CMYK to ColorModel"):
        dt.ImageFormat(2, 2, color_model="CMYK")
    with pytest.raises(ValueError, match="ImageFormat needs a non-negative size, got -1x2"):
        dt.ImageFormat(-1, 2)


# -- TimeRange and TimeRangeBoundary -------------------------------------------------------------


def test_time_range_boundary_factories() -> None:
    boundary = dt.TimeRangeBoundary
    assert boundary.absolute(seq=5) == boundary(5, "absolute")
    assert boundary.absolute(seconds=1.25) == boundary(1_250_000_000, "absolute")
    assert boundary.absolute(nanos=7) == boundary(7, "absolute")
    assert boundary.absolute(12) == boundary(12, "absolute")
    assert boundary.absolute(time=dt.TimeInt(seq=3)) == boundary(3, "absolute")
    assert boundary.cursor_relative() == boundary(0, "cursor_relative")
    assert boundary.cursor_relative(-4) == boundary(-4, "cursor_relative")
    assert boundary.cursor_relative(offset=dt.TimeInt(seconds=-0.5)) == boundary(-500_000_000)
    assert boundary.cursor_relative(seconds=-2.0) == boundary(-2_000_000_000)
    assert boundary.infinite() == boundary(None, "infinite")


def test_time_range_boundary_factories_take_one_time() -> None:
    with pytest.raises(
        ValueError, match="Give only one of `time`, `seq`, `seconds` and `nanos`, not time and seq"
    ):
        dt.TimeRangeBoundary.absolute(1, seq=2)
    with pytest.raises(ValueError, match=r"Give only one of `offset`, .* not seconds and nanos"):
        dt.TimeRangeBoundary.cursor_relative(seconds=1.0, nanos=2)
    with pytest.raises(
        ValueError, match=r"TimeRangeBoundary\.absolute needs one of `time`, `seq`, `seconds`"
    ):
        dt.TimeRangeBoundary.absolute()


def test_time_range_boundary_constructor_checks_kind_and_time() -> None:
    with pytest.raises(TypeError):
        dt.TimeRangeBoundary()
    with pytest.raises(ValueError, match="unknown kind 'relative' for TimeRangeBoundary"):
        dt.TimeRangeBoundary(1, "relative")
    with pytest.raises(ValueError, match="An infinite TimeRangeBoundary holds no time, got 3"):
        dt.TimeRangeBoundary(3, "infinite")
    with pytest.raises(ValueError, match="A TimeRangeBoundary of kind 'absolute' needs a time, got None"):
        dt.TimeRangeBoundary(None, "absolute")


def test_time_range_needs_both_boundaries() -> None:
    with pytest.raises(TypeError):
        dt.TimeRange(start=dt.TimeRangeBoundary.infinite())
    time_range = dt.TimeRange(5, dt.TimeRangeBoundary.infinite())
    assert time_range.start == dt.TimeRangeBoundary.cursor_relative(5)
    assert time_range.end == dt.TimeRangeBoundary.infinite()
    assert dt.TimeRange(None, None).start is None
    component = rrb.components.TimeRange(
        dt.TimeRangeBoundary.absolute(seq=1), dt.TimeRangeBoundary.cursor_relative()
    )
    batch = rrb.components.TimeRangeBatch(component).as_arrow_array()
    assert batch.type == dt.TimeRangeBatch._ARROW_DATATYPE
    assert batch.field("start").type_codes.to_pylist() == [2]  # Absolute
    assert batch.field("end").type_codes.to_pylist() == [1]  # CursorRelative


# -- ClassDescription ----------------------------------------------------------------------------


def test_class_description_defaults_to_no_keypoints() -> None:
    first = dt.ClassDescription(info=(1, "car"))
    first.keypoint_annotations.append(dt.AnnotationInfo(0, "wheel"))
    second = dt.ClassDescription(info=(2, "bus"))
    assert second.keypoint_annotations == []
    assert second.keypoint_connections == []


# -- Components with constructors of their own ---------------------------------------------------


def test_clear_is_recursive_defaults_to_true() -> None:
    assert cmp.ClearIsRecursive().value is True
    assert cmp.ClearIsRecursive(False).value is False
    assert cmp.ClearIsRecursive(recursive=0).value is False
    assert arrow(cmp.ClearIsRecursiveBatch([cmp.ClearIsRecursive(), cmp.ClearIsRecursive(False)])) == [
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("argument", "xyz"),
    [
        ((), [1, 1, 1]),
        ((2,), [2, 2, 2]),
        ((np.float64(0.5),), [0.5, 0.5, 0.5]),
        ((dt.Float32(3.0),), [3, 3, 3]),
        (([1, 2, 3],), [1, 2, 3]),
        ((dt.Vec3D([4, 5, 6]),), [4, 5, 6]),
    ],
)
def test_scale3d_is_uniform_or_per_axis(argument: tuple[Any, ...], xyz: list[float]) -> None:
    scale = cmp.Scale3D(*argument)
    assert scale.xyz.dtype == np.float32
    assert scale.xyz.tolist() == xyz
    assert arrow(cmp.Scale3DBatch(scale)) == [xyz]


def test_scale3d_refuses_other_shapes_and_none() -> None:
    with pytest.raises(
        ValueError, match=r"Scale3D needs one factor or three \(x, y, z\), got .* shape \(2,\)"
    ):
        cmp.Scale3D([1, 2])
    with pytest.raises(ValueError, match="Scale3D needs a factor, or three factors"):
        cmp.Scale3D(None)


def test_video_timestamp_from_nanoseconds_or_seconds() -> None:
    assert cmp.VideoTimestamp(nanoseconds=1_000).timestamp_ns == 1_000
    assert cmp.VideoTimestamp(seconds=1.5).timestamp_ns == 1_500_000_000
    assert cmp.VideoTimestamp(seconds=1e-9 * 2.6).timestamp_ns == 3  # rounded to the nearest
    assert arrow(cmp.VideoTimestampBatch([cmp.VideoTimestamp(seconds=2.0)])) == [2_000_000_000]
    with pytest.raises(TypeError):
        cmp.VideoTimestamp(1_000)
    for arguments in ({}, {"nanoseconds": 1, "seconds": 1.0}):
        with pytest.raises(
            ValueError, match="VideoTimestamp needs exactly one of `nanoseconds` and `seconds`"
        ):
            cmp.VideoTimestamp(**arguments)


def test_geo_line_string_takes_lat_lon_pairs_by_keyword() -> None:
    line = cmp.GeoLineString(lat_lon=[[59.3, 18.1], [60.0, 18.5]])
    assert line.lat_lon.dtype == np.float64
    assert line.lat_lon.shape == (2, 2)
    assert arrow(cmp.GeoLineStringBatch([line])) == [[[59.3, 18.1], [60.0, 18.5]]]
    assert cmp.GeoLineString(lat_lon=[]).lat_lon.shape == (0, 2)
    with pytest.raises(TypeError):
        cmp.GeoLineString([[1, 2]])
    with pytest.raises(ValueError, match=r"GeoLineString needs \(latitude, longitude\) pairs, got .* \(3,\)"):
        cmp.GeoLineString(lat_lon=[1, 2, 3])


def test_visual_bounds2d_component_takes_both_ranges_by_keyword() -> None:
    bounds = rrb.components.VisualBounds2D(x_range=[0, 640], y_range=dt.Range1D([0, 480]))
    assert isinstance(bounds.x_range, dt.Range1D)
    assert isinstance(bounds.y_range, dt.Range1D)
    assert arrow(rrb.components.VisualBounds2DBatch(bounds)) == [{"x_range": [0, 640], "y_range": [0, 480]}]
    with pytest.raises(TypeError):
        rrb.components.VisualBounds2D([0, 1], [0, 1])
    with pytest.raises(TypeError):
        rrb.components.VisualBounds2D(x_range=[0, 1])


def test_visualizer_component_mapping_takes_the_source_details_by_keyword() -> None:
    for mapping_class in (
        rrb.datatypes.VisualizerComponentMapping,
        rrb.components.VisualizerComponentMapping,
    ):
        mapping = mapping_class("Scalars:scalars", "SourceComponent", source_component="sensor:reading")
        assert (mapping.source_component, mapping.selector) == ("sensor:reading", None)
        with pytest.raises(TypeError):
            mapping_class("Scalars:scalars", "SourceComponent", "sensor:reading")
    mapping = rrb.datatypes.VisualizerComponentMapping(
        "Points3D:positions", "SourceComponent", source_component="my:pos", selector=".xyz"
    )
    [row] = arrow(rrb.datatypes.VisualizerComponentMappingBatch(mapping))
    assert row["target"] == "Points3D:positions"
    assert (row["source_component"], row["selector"]) == ("my:pos", ".xyz")


def test_video_frame_reference_rounds_seconds_to_the_nearest_nanosecond() -> None:
    reference = rr.VideoFrameReference(seconds=0.3)
    assert reference.as_component_batches()[0].as_arrow_array().to_pylist() == [300_000_000]
    column = rr.VideoFrameReference.columns_millis([0.3])[0].as_arrow_array()
    assert column.to_pylist() == [[300_000]]
    assert rr.components.VideoTimestamp.seconds([0.3]).as_arrow_array().to_pylist() == [300_000_000]


def test_video_times_that_are_not_finite_are_errors() -> None:
    """NaN or infinity would become an arbitrary integer (int64's minimum) if cast: an error instead."""
    with pytest.raises(ValueError, match="must be finite numbers"):
        rr.VideoFrameReference.columns_secs([1.0, float("nan")])
    with pytest.raises(ValueError, match="must be finite numbers"):
        rr.components.VideoTimestamp.milliseconds([float("inf")])
    with pytest.raises(ValueError, match="must be finite numbers"):
        rr.TimeColumn("t", duration=[0.5, float("nan")])
