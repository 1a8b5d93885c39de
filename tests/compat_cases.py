"""Mutation corpus for `codegen compat`: small edits of the real definitions and the exact findings.

Each case edits a copy of definitions/ (the baseline is the unedited tree) and lists every finding
expected as (rule, level, element). tests/tool/test_compat_corpus.py also checks each finding's category
(from the rule table) and that its location is the element's (or enclosing element's) place.

Edits:
- ("replace", path, old, new): replace the exact text `old` (it must occur exactly once) by `new`
- ("delete", path): delete a definition file
- ("write", path, text): create or overwrite a definition file
Paths are relative to definitions/.

The expectations follow the rule table (codegen/compat/rules.py) and the policy (unstable types are
reported as INFO, judged by their state in the baseline). Cases whose expectation needs a word of
explanation carry a `# Why:` comment.
"""

from __future__ import annotations

Edit = tuple[str, ...]
Expected = tuple[str, str, str]  # (rule, level, element)

# -- files ----------------------------------------------------------------------------------------

P3 = "rerun/archetypes/points3d.rrdef"
MCAP_CHANNEL = "rerun/archetypes/mcap_channel.rrdef"
MCAP_SCHEMA = "rerun/archetypes/mcap_schema.rrdef"
CLEAR = "rerun/archetypes/clear.rrdef"
SCALARS = "rerun/archetypes/scalars.rrdef"
GEO_POINTS = "rerun/archetypes/geo_points.rrdef"
PLANE3D = "rerun/datatypes/plane3d.rrdef"
TIMELINE_COLUMN = "rerun/blueprint/datatypes/timeline_column.rrdef"
CLEAR_IS_RECURSIVE = "rerun/components/clear_is_recursive.rrdef"
TEXT_LOG = "rerun/archetypes/text_log.rrdef"
FILL_MODE = "rerun/components/fill_mode.rrdef"
RADIUS = "rerun/components/radius.rrdef"
VIDEO_CODEC = "rerun/components/video_codec.rrdef"
ABS_RANGE = "rerun/datatypes/absolute_time_range.rrdef"
ANGLE = "rerun/datatypes/angle.rrdef"
ANNOTATION_INFO = "rerun/datatypes/annotation_info.rrdef"
BLOB = "rerun/datatypes/blob.rrdef"
CLASS_MAP_ELEM = "rerun/datatypes/class_description_map_elem.rrdef"
COLOR_MODEL = "rerun/datatypes/color_model.rrdef"
FLOAT64 = "rerun/datatypes/float64.rrdef"
IMAGE_FORMAT = "rerun/datatypes/image_format.rrdef"
MAT4X4 = "rerun/datatypes/mat4x4.rrdef"
RANGE2D = "rerun/datatypes/range2d.rrdef"
TENSOR_BUFFER = "rerun/datatypes/tensor_buffer.rrdef"
TENSOR_DATA = "rerun/datatypes/tensor_data.rrdef"
TENSOR_INDEX_SEL = "rerun/datatypes/tensor_dimension_index_selection.rrdef"
TENSOR_DIM_SEL = "rerun/datatypes/tensor_dimension_selection.rrdef"
TIME_INT = "rerun/datatypes/time_int.rrdef"
TIME_BOUNDARY = "rerun/datatypes/time_range_boundary.rrdef"
UUID = "rerun/datatypes/uuid.rrdef"
UVEC2D = "rerun/datatypes/uvec2d.rrdef"
UVEC4D = "rerun/datatypes/uvec4d.rrdef"
VEC3D = "rerun/datatypes/vec3d.rrdef"
VEC4D = "rerun/datatypes/vec4d.rrdef"
BP_BACKGROUND = "rerun/blueprint/archetypes/background.rrdef"
BP_BACKGROUND_KIND = "rerun/blueprint/components/background_kind.rrdef"
BP_COLUMN_SELECTOR = "rerun/blueprint/components/component_column_selector.rrdef"
BP_TIME_INT = "rerun/blueprint/components/time_int.rrdef"
BP_FILTER_BY_RANGE = "rerun/blueprint/datatypes/filter_by_range.rrdef"
BP_INDEX_SLIDER = "rerun/blueprint/datatypes/tensor_dimension_index_slider.rrdef"

# -- pieces of the real definitions ---------------------------------------------------------------

P3_END = "    keypoint_ids: [rerun.components.KeypointId],\n}"

P3_KEYPOINT_IDS = """
    /// A keypoint id per point, naming which part of its class the point stands for.
    ///
    /// Together with the class id (0 when none is given) it selects a keypoint annotation,
    /// which can also connect keypoints into a skeleton, e.g. the joints of a detected person.
    @optional
    keypoint_ids: [rerun.components.KeypointId],
"""

P3_COLORS = """
    /// The color of each point, in sRGB with an optional separate alpha.
    ///
    /// When unset, the color comes from the class id's annotation, or else an automatic one.
    @recommended
    colors: [rerun.components.Color],
"""

P3_SHOW_LABELS_THEN_CLASS_IDS = """\
    show_labels: rerun.components.ShowLabels,

    /// A class id per point, used to look up a color and label in the [rerun.archetypes.AnnotationContext].
    ///
    /// Explicit colors and labels take priority over the looked-up ones.
    @optional
    class_ids: [rerun.components.ClassId],"""

P3_RADII_THEN_COLORS = """\
    radii: [rerun.components.Radius],

    /// The color of each point, in sRGB with an optional separate alpha.
    ///
    /// When unset, the color comes from the class id's annotation, or else an automatic one.
    @recommended
    colors: [rerun.components.Color],"""

MCAP_TOPIC_THEN_ENCODING = """\
    topic: rerun.components.Text,

    /// How the messages of the channel are encoded.
    ///
    /// Common values are `ros1`, `cdr` (used by ROS 2), `protobuf` and `json`.
    @required
    message_encoding: rerun.components.Text,"""

ABS_MIN_THEN_MAX = """\
    min: rerun.datatypes.TimeInt,

    /// The last time point that belongs to the range (inclusive).
    ///
    /// Expected to be greater than or equal to `min`.
    max: rerun.datatypes.TimeInt,"""

IMAGE_WIDTH_THEN_HEIGHT = """\
    width: u32,

    /// Height of the image in pixels.
    height: u32,"""

ANNOTATION_COLOR = """
    /// Color used to draw things that carry this id.
    ///
    /// When missing, the viewer picks a color on its own.
    color: rerun.datatypes.Rgba32?,
"""

ANNOTATION_END = "    color: rerun.datatypes.Rgba32?,\n}"
IMAGE_FORMAT_END = "    channel_datatype: rerun.datatypes.ChannelDatatype?,\n}"

FILL_MODE_DEFAULT = "    @default\n    MajorWireframe = 1,"

FILL_MODE_MAJOR_WIREFRAME = """\
    /// Draw only the lines that outline the main features of the shape.
    ///
    /// For a box these are its twelve edges; for an ellipsoid, the three ellipses along its
    /// principal planes. This is what is drawn when nothing is set.
    @default
    MajorWireframe = 1,

"""

FILL_MODE_SOLID = """
    /// Draw the shape as a filled, shaded surface.
    Solid = 3,
"""

FILL_MODE_END = "    TransparentFillMajorWireframe = 4,\n}"

COLOR_MODEL_BGRA = """
    /// Four channels per pixel, in the order blue, green, red, alpha (opacity).
    BGRA = 5,
"""

BOUNDARY_ABSOLUTE = """
    /// The boundary stays at the given time, wherever the time cursor is.
    Absolute: rerun.datatypes.TimeInt = 2,
"""

TENSOR_BUFFER_F64 = """
    /// Elements stored as double-precision (64-bit) floating point numbers.
    F64: [f64] = 11,
"""

MCAP_SCHEMA_DATA = """
    /// The schema definition itself.
    ///
    /// For text-based schema languages these are UTF-8 bytes; for binary ones, the serialized
    /// schema.
    @required
    data: rerun.components.Blob,
"""

BACKGROUND_COLOR = """
    /// The fill color used when `kind` is set to a solid color.
    ///
    /// Ignored for the gradient styles.
    @recommended
    color: rerun.components.Color,
"""

DEPRECATED = '@state(deprecated, since="0.33.0", notice="{}")'

# -- whole files ----------------------------------------------------------------------------------

INT32 = """\
namespace rerun.datatypes;

/// A signed 32-bit integer.
@transparent
struct Int32 {
    /// The value.
    value: i32,
}
"""

POINT_COUNTS = """\
namespace rerun.archetypes;

/// How many points were seen, one count per frame.
@docs.category("General")
struct PointCounts {
    /// The number of points.
    @required
    count: rerun.components.Count,

    /// A label for the count.
    @optional
    label: rerun.components.Text,
}
"""

BP_SLIDER_SPEED = """\
namespace rerun.blueprint.components;

/// How fast a tensor slider moves when it is played back.
struct SliderSpeed {
    /// Steps per second.
    value: rerun.datatypes.Float32,
}
"""

ACME_MAT4X4 = """\
namespace acme.datatypes;

/// A 4x4 matrix of 32-bit floats, such as an affine transform in homogeneous coordinates.
@transparent
struct Mat4x4 {
    /// The sixteen matrix entries in column-major order.
    flat_columns: [f32; 16],
}
"""

BP_UVEC2D = """\
namespace rerun.blueprint.datatypes;

/// A pair of unsigned 32-bit integers, such as a size or position in pixels.
@transparent
struct UVec2D {
    /// The two values, first `x` then `y`.
    xy: [u32; 2],
}
"""

STABLE_TIME_INT_COMPONENT = """\
namespace rerun.components;

/// A single point on a timeline, for use in blueprints.
struct TimeInt {
    /// The time point, in the timeline's own integer unit.
    value: rerun.datatypes.TimeInt,
}
"""

TENSOR_DIM_SEL_AS_ENUM = """\
namespace rerun.datatypes;

/// Picks one dimension of a tensor, for example to map it onto the width or height of a view.
enum TensorDimensionSelection: u8 {
    /// The first dimension.
    @default
    First = 1,

    /// The second dimension.
    Second = 2,
}
"""

COLOR_MODEL_AS_STRUCT = """\
namespace rerun.datatypes;

/// Which color channels each pixel of an image has, and in what order they are stored.
struct ColorModel {
    /// The number of channels per pixel.
    channels: u8,
}
"""


CASES: dict[str, tuple[list[Edit], list[Expected]]] = {
    # -- archetype fields -------------------------------------------------------------------------
    "archetype_field_renamed": (
        [("replace", P3, "    radii: [rerun.components.Radius],", "    sizes: [rerun.components.Radius],")],
        [("ARCHETYPE_FIELD_RENAMED", "ERR", "rerun.archetypes.Points3D.sizes")],
    ),
    "archetype_required_field_renamed": (
        [("replace", TEXT_LOG, "    text: rerun.components.Text,", "    body: rerun.components.Text,")],
        [("ARCHETYPE_FIELD_RENAMED", "ERR", "rerun.archetypes.TextLog.body")],
    ),
    "archetype_optional_field_added": (
        [
            (
                "replace",
                P3,
                P3_END,
                P3_END[:-1]
                + "\n    /// Whether the points are shown.\n    @optional\n"
                + "    visible: rerun.components.Visible,\n}",
            )
        ],
        [("ARCHETYPE_FIELD_ADDED", "INFO", "rerun.archetypes.Points3D.visible")],
    ),
    "archetype_recommended_field_added": (
        [
            (
                "replace",
                P3,
                P3_END,
                P3_END[:-1]
                + "\n    /// How opaque each point is.\n    @recommended\n"
                + "    opacities: [rerun.components.Opacity],\n}",
            )
        ],
        [("ARCHETYPE_FIELD_ADDED", "INFO", "rerun.archetypes.Points3D.opacities")],
    ),
    "archetype_required_field_added": (
        [
            (
                "replace",
                P3,
                P3_END,
                P3_END[:-1]
                + "\n    /// The normal of each point.\n    @required\n"
                + "    normals: [rerun.components.Vector3D],\n}",
            )
        ],
        [("ARCHETYPE_REQUIRED_FIELD_ADDED", "ERR", "rerun.archetypes.Points3D.normals")],
    ),
    "archetype_last_field_removed": (
        [("replace", P3, P3_KEYPOINT_IDS, "")],
        [("ARCHETYPE_FIELD_REMOVED", "ERR", "rerun.archetypes.Points3D.keypoint_ids")],
    ),
    "archetype_middle_field_removed": (
        [("replace", P3, P3_COLORS, "")],
        [("ARCHETYPE_FIELD_REMOVED", "ERR", "rerun.archetypes.Points3D.colors")],
    ),
    "archetype_only_field_removed_and_replaced": (
        [
            (
                "replace",
                CLEAR,
                "    @recommended\n    @param.name(recursive)\n    @param.required\n"
                "    is_recursive: rerun.components.ClearIsRecursive,",
                "    @recommended\n    visible: rerun.components.Visible,",
            )
        ],
        [
            ("ARCHETYPE_FIELD_REMOVED", "ERR", "rerun.archetypes.Clear.is_recursive"),
            ("ARCHETYPE_FIELD_ADDED", "INFO", "rerun.archetypes.Clear.visible"),
        ],
    ),
    "archetype_field_deprecated": (
        [
            (
                "replace",
                P3,
                "    @optional\n    keypoint_ids:",
                "    " + DEPRECATED.format("Use class_ids instead.") + "\n    @optional\n    keypoint_ids:",
            )
        ],
        [("FIELD_DEPRECATED", "INFO", "rerun.archetypes.Points3D.keypoint_ids")],
    ),
    "archetype_field_component_changed": (
        [
            (
                "replace",
                P3,
                "    radii: [rerun.components.Radius],",
                "    radii: [rerun.components.MarkerSize],",
            )
        ],
        [("ARCHETYPE_FIELD_COMPONENT_CHANGED", "ERR", "rerun.archetypes.Points3D.radii")],
    ),
    "archetype_optional_field_now_required": (
        [("replace", P3, "    @optional\n    show_labels:", "    @required\n    show_labels:")],
        [("ARCHETYPE_FIELD_NOW_REQUIRED", "ERR", "rerun.archetypes.Points3D.show_labels")],
    ),
    "archetype_recommended_field_now_required": (
        [("replace", TEXT_LOG, "    @recommended\n    level:", "    @required\n    level:")],
        [("ARCHETYPE_FIELD_NOW_REQUIRED", "ERR", "rerun.archetypes.TextLog.level")],
    ),
    "archetype_required_field_now_recommended": (
        [("replace", P3, "    @required\n    positions:", "    @recommended\n    positions:")],
        [("ARCHETYPE_FIELD_NO_LONGER_REQUIRED", "WARN", "rerun.archetypes.Points3D.positions")],
    ),
    "archetype_required_field_now_optional": (
        [("replace", MCAP_CHANNEL, "    @required\n    topic:", "    @optional\n    topic:")],
        [("ARCHETYPE_FIELD_NO_LONGER_REQUIRED", "WARN", "rerun.archetypes.McapChannel.topic")],
    ),
    "archetype_field_single_to_batch": (
        [
            (
                "replace",
                P3,
                "    show_labels: rerun.components.ShowLabels,",
                "    show_labels: [rerun.components.ShowLabels],",
            )
        ],
        [("ARCHETYPE_FIELD_CARDINALITY_CHANGED", "WARN", "rerun.archetypes.Points3D.show_labels")],
    ),
    "archetype_field_batch_to_single": (
        [("replace", P3, "    radii: [rerun.components.Radius],", "    radii: rerun.components.Radius,")],
        [("ARCHETYPE_FIELD_CARDINALITY_CHANGED", "WARN", "rerun.archetypes.Points3D.radii")],
    ),
    "archetype_required_fields_reordered": (
        [
            (
                "replace",
                MCAP_CHANNEL,
                MCAP_TOPIC_THEN_ENCODING,
                MCAP_TOPIC_THEN_ENCODING.replace("    topic:", "    TMP:")
                .replace("    message_encoding:", "    topic:")
                .replace("    TMP:", "    message_encoding:"),
            )
        ],
        # Why: McapChannel's constructor is keyword-only, so the order of its fields breaks no call
        # (tests/tool/test_compat.py covers the order of a positional constructor).
        [],
    ),
    "archetype_required_field_moved_to_front": (
        [
            ("replace", MCAP_SCHEMA, MCAP_SCHEMA_DATA, ""),
            (
                "replace",
                MCAP_SCHEMA,
                "    @required\n    id: rerun.components.SchemaId,",
                "    @required\n    data: rerun.components.Blob,\n\n"
                + "    /// The schema id.\n    @required\n    id: rerun.components.SchemaId,",
            ),
        ],
        # Why: keyword-only constructor, as above.
        [],
    ),
    "archetype_init_became_keyword_only": (
        [
            (
                "replace",
                SCALARS,
                '@docs.view_types("TimeSeriesView")\n',
                '@docs.view_types("TimeSeriesView")\n@constructor.positional(0)\n',
            )
        ],
        [("CONSTRUCTOR_POSITIONAL_REDUCED", "ERR", "rerun.archetypes.Scalars")],
    ),
    "archetype_init_positional_again": (
        [("replace", MCAP_CHANNEL, "@constructor.positional(0)\n", "")],
        [("CONSTRUCTOR_POSITIONAL_EXTENDED", "INFO", "rerun.archetypes.McapChannel")],
    ),
    "parameter_renamed": (
        [("replace", GEO_POINTS, "@param.name(lat_lon)", "@param.name(latlon)")],
        [("PARAMETER_RENAMED", "ERR", "rerun.archetypes.GeoPoints.positions")],
    ),
    "parameter_default_changed": (
        [("replace", TIMELINE_COLUMN, "@param.default(true)", "@param.default(false)")],
        [("PARAMETER_DEFAULT_CHANGED", "INFO", "rerun.blueprint.datatypes.TimelineColumn.visible")],
    ),
    "parameter_now_required": (
        [
            (
                "replace",
                GEO_POINTS,
                "    @recommended\n    radii:",
                "    @recommended\n    @param.required\n    radii:",
            )
        ],
        [("PARAMETER_NOW_REQUIRED", "ERR", "rerun.archetypes.GeoPoints.radii")],
    ),
    "constant_removed": (
        [("replace", PLANE3D, "@constant(ZX, [0.0, 1.0, 0.0, 0.0])\n", "")],
        [("CONSTANT_REMOVED", "ERR", "rerun.datatypes.Plane3D.ZX")],
    ),
    "constant_changed": (
        [("replace", PLANE3D, "@constant(ZX, [0.0, 1.0, 0.0, 0.0])", "@constant(ZX, [0.0, -1.0, 0.0, 0.0])")],
        [("CONSTANT_CHANGED", "WARN", "rerun.datatypes.Plane3D.ZX")],
    ),
    "constant_added": (
        [
            (
                "replace",
                PLANE3D,
                "@constant(ZX, [0.0, 1.0, 0.0, 0.0])",
                "@constant(ZX, [0.0, 1.0, 0.0, 0.0])\n@constant(XZ, [0.0, -1.0, 0.0, 0.0])",
            )
        ],
        [("CONSTANT_ADDED", "INFO", "rerun.datatypes.Plane3D.XZ")],
    ),
    "archetype_optional_fields_reordered": (
        [
            (
                "replace",
                P3,
                P3_SHOW_LABELS_THEN_CLASS_IDS,
                P3_SHOW_LABELS_THEN_CLASS_IDS.replace(
                    "    show_labels: rerun.components.ShowLabels,", "    TMP"
                )
                .replace(
                    "    class_ids: [rerun.components.ClassId],",
                    "    show_labels: rerun.components.ShowLabels,",
                )
                .replace("    TMP", "    class_ids: [rerun.components.ClassId],"),
            )
        ],
        [],
    ),
    "archetype_recommended_fields_reordered": (
        [
            (
                "replace",
                P3,
                P3_RADII_THEN_COLORS,
                P3_RADII_THEN_COLORS.replace("    radii: [rerun.components.Radius],", "    TMP")
                .replace("    colors: [rerun.components.Color],", "    radii: [rerun.components.Radius],")
                .replace("    TMP", "    colors: [rerun.components.Color],"),
            )
        ],
        [],
    ),
    "archetype_recommended_to_optional": (
        [("replace", P3, "    @recommended\n    labels:", "    @optional\n    labels:")],
        [],
    ),
    "archetype_optional_to_recommended": (
        [("replace", P3, "    @optional\n    class_ids:", "    @recommended\n    class_ids:")],
        [],
    ),
    # -- datatype struct fields -------------------------------------------------------------------
    "datatype_nullable_field_added": (
        [
            (
                "replace",
                ANNOTATION_INFO,
                ANNOTATION_END,
                ANNOTATION_END[:-1]
                + "\n    /// A longer description.\n    description: rerun.datatypes.Utf8?,\n}",
            )
        ],
        [("FIELD_ADDED_NULLABLE", "WARN", "rerun.datatypes.AnnotationInfo.description")],
    ),
    "datatype_non_nullable_field_added": (
        [
            (
                "replace",
                TENSOR_INDEX_SEL,
                "    index: u64,\n}",
                "    index: u64,\n\n    /// How far one step of a slider moves.\n    step: u64,\n}",
            )
        ],
        [("FIELD_ADDED_NON_NULL", "ERR", "rerun.datatypes.TensorDimensionIndexSelection.step")],
    ),
    "datatype_field_removed": (
        [("replace", ANNOTATION_INFO, ANNOTATION_COLOR, "")],
        [("FIELD_REMOVED", "ERR", "rerun.datatypes.AnnotationInfo.color")],
    ),
    "datatype_first_field_removed": (
        [
            (
                "replace",
                TENSOR_DIM_SEL,
                "    /// Which dimension is selected, counted from 0 in the order of the tensor's shape.\n"
                + "    dimension: u32,\n\n",
                "",
            )
        ],
        [("FIELD_REMOVED", "ERR", "rerun.datatypes.TensorDimensionSelection.dimension")],
    ),
    "datatype_field_renamed": (
        [("replace", ABS_RANGE, "    min: rerun.datatypes.TimeInt,", "    start: rerun.datatypes.TimeInt,")],
        [("FIELD_RENAMED", "ERR", "rerun.datatypes.AbsoluteTimeRange.start")],
    ),
    "transparent_datatype_field_renamed": (
        [("replace", VEC3D, "    xyz: [f32; 3],", "    coords: [f32; 3],")],
        [("FIELD_RENAMED", "ERR", "rerun.datatypes.Vec3D.coords")],
    ),
    "component_field_renamed": (
        [("replace", RADIUS, "    value: rerun.datatypes.Float32,", "    radius: rerun.datatypes.Float32,")],
        [("FIELD_RENAMED", "ERR", "rerun.components.Radius.radius")],
    ),
    "datatype_fields_reordered": (
        [
            (
                "replace",
                ABS_RANGE,
                ABS_MIN_THEN_MAX,
                ABS_MIN_THEN_MAX.replace("    min:", "    TMP:")
                .replace("    max:", "    min:")
                .replace("    TMP:", "    max:"),
            )
        ],
        [("FIELD_ORDER_CHANGED", "ERR", "rerun.datatypes.AbsoluteTimeRange")],
    ),
    "datatype_fields_of_same_type_reordered": (
        [
            (
                "replace",
                IMAGE_FORMAT,
                IMAGE_WIDTH_THEN_HEIGHT,
                IMAGE_WIDTH_THEN_HEIGHT.replace("    width:", "    TMP:")
                .replace("    height:", "    width:")
                .replace("    TMP:", "    height:"),
            )
        ],
        [("FIELD_ORDER_CHANGED", "ERR", "rerun.datatypes.ImageFormat")],
    ),
    # Why: FIELD_ORDER_CHANGED's fix says "append new fields at the end"; a field
    # inserted before existing ones shifts the positional constructor arguments and the Arrow child
    # order of the fields after it, which FIELD_ADDED_NULLABLE (FORWARD only) does not cover.
    "datatype_nullable_field_inserted_in_the_middle": (
        [
            (
                "replace",
                ANNOTATION_INFO,
                "    label: rerun.datatypes.Utf8?,",
                "    label: rerun.datatypes.Utf8?,\n\n    /// A longer description.\n"
                + "    description: rerun.datatypes.Utf8?,",
            )
        ],
        [
            ("FIELD_ADDED_NULLABLE", "WARN", "rerun.datatypes.AnnotationInfo.description"),
            ("FIELD_ORDER_CHANGED", "ERR", "rerun.datatypes.AnnotationInfo"),
        ],
    ),
    "datatype_field_deprecated": (
        [
            (
                "replace",
                IMAGE_FORMAT,
                "    color_model: rerun.datatypes.ColorModel?,",
                "    " + DEPRECATED.format("Use pixel_format instead.") + "\n"
                "    color_model: rerun.datatypes.ColorModel?,",
            )
        ],
        [("FIELD_DEPRECATED", "INFO", "rerun.datatypes.ImageFormat.color_model")],
    ),
    "nullability_tightened": (
        [
            (
                "replace",
                IMAGE_FORMAT,
                "    pixel_format: rerun.datatypes.PixelFormat?,",
                "    pixel_format: rerun.datatypes.PixelFormat,",
            )
        ],
        [("FIELD_NULLABILITY_TIGHTENED", "ERR", "rerun.datatypes.ImageFormat.pixel_format")],
    ),
    "nullability_loosened": (
        [("replace", IMAGE_FORMAT, "    width: u32,", "    width: u32?,")],
        [("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.ImageFormat.width")],
    ),
    "list_field_nullability_tightened": (
        [("replace", TENSOR_DATA, "    names: [string]?,", "    names: [string],")],
        [("FIELD_NULLABILITY_TIGHTENED", "ERR", "rerun.datatypes.TensorData.names")],
    ),
    "list_item_nullability_loosened": (
        [("replace", TENSOR_DATA, "    names: [string]?,", "    names: [string?]?,")],
        [("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.TensorData.names")],
    ),
    "fixed_array_item_nullability_loosened": (
        [("replace", UUID, "    bytes: [u8; 16],", "    bytes: [u8?; 16],")],
        [("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.Uuid.bytes")],
    ),
    "numeric_widening": (
        [("replace", VEC3D, "xyz: [f32; 3]", "xyz: [f64; 3]")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.Vec3D.xyz")],
    ),
    "numeric_widening_u16_to_u32": (
        [("replace", ANNOTATION_INFO, "    id: u16,", "    id: u32,")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.AnnotationInfo.id")],
    ),
    "numeric_widening_u32_to_i64": (
        [("replace", TENSOR_INDEX_SEL, "    dimension: u32,", "    dimension: i64,")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.TensorDimensionIndexSelection.dimension")],
    ),
    "numeric_widening_in_list": (
        [("replace", BLOB, "    data: [u8],", "    data: [u16],")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.Blob.data")],
    ),
    "numeric_narrowing_f64_to_f32": (
        [("replace", FLOAT64, "    value: f64,", "    value: f32,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.Float64.value")],
    ),
    "numeric_narrowing_u64_to_u32": (
        [("replace", TENSOR_INDEX_SEL, "    index: u64,", "    index: u32,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TensorDimensionIndexSelection.index")],
    ),
    "signedness_changed_u32_to_i32": (
        [("replace", IMAGE_FORMAT, "    height: u32,", "    height: i32,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.ImageFormat.height")],
    ),
    "signedness_changed_i64_to_u64": (
        [("replace", TIME_INT, "    value: i64,", "    value: u64,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TimeInt.value")],
    ),
    "int_to_float": (
        [("replace", TIME_INT, "    value: i64,", "    value: f64,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TimeInt.value")],
    ),
    "float_to_int": (
        [("replace", ANGLE, "    radians: f32,", "    radians: i32,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.Angle.radians")],
    ),
    "fixed_array_length_shortened": (
        [("replace", VEC4D, "    xyzw: [f32; 4],", "    xyzw: [f32; 3],")],
        [("FIELD_ARRAY_LENGTH_CHANGED", "ERR", "rerun.datatypes.Vec4D.xyzw")],
    ),
    "fixed_array_length_grown": (
        [("replace", UUID, "    bytes: [u8; 16],", "    bytes: [u8; 32],")],
        [("FIELD_ARRAY_LENGTH_CHANGED", "ERR", "rerun.datatypes.Uuid.bytes")],
    ),
    "list_to_fixed_array": (
        [("replace", BLOB, "    data: [u8],", "    data: [u8; 16],")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.Blob.data")],
    ),
    "referenced_datatype_replaced_by_other_arrow_type": (
        [
            (
                "replace",
                RANGE2D,
                "    x_range: rerun.datatypes.Range1D,",
                "    x_range: rerun.datatypes.Vec2D,",
            )
        ],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.Range2D.x_range")],
    ),
    "refactor_transparent_utf8_to_string": (
        [("replace", ANNOTATION_INFO, "    label: rerun.datatypes.Utf8?,", "    label: string?,")],
        [],
    ),
    "refactor_transparent_class_id_to_u16": (
        [("replace", CLASS_MAP_ELEM, "    class_id: rerun.datatypes.ClassId,", "    class_id: u16,")],
        [],
    ),
    "refactor_list_of_string_to_list_of_utf8": (
        [("replace", TENSOR_DATA, "    names: [string]?,", "    names: [rerun.datatypes.Utf8]?,")],
        [],
    ),
    "refactor_range1d_to_same_arrow_dvec2d": (
        [
            (
                "replace",
                RANGE2D,
                "    y_range: rerun.datatypes.Range1D,",
                "    y_range: rerun.datatypes.DVec2D,",
            )
        ],
        [],
    ),
    # Why: the component's Arrow type goes from float to double, a numeric widening, even though the
    # referenced types are spelled differently: types are classified by their Arrow form.
    "component_datatype_widened_float32_to_float64": (
        [("replace", RADIUS, "    value: rerun.datatypes.Float32,", "    value: rerun.datatypes.Float64,")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.components.Radius.value")],
    ),
    # Why: `string` and the transparent `Utf8` are the same Arrow type, so the only change on the
    # wire is that list items may now be null.
    "list_item_nullability_loosened_with_respelling": (
        [("replace", TENSOR_DATA, "    names: [string]?,", "    names: [rerun.datatypes.Utf8?]?,")],
        [("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.TensorData.names")],
    ),
    # Why: two things changed in the list items, the number type widened (u8 -> u16) and the items
    # became nullable; both are reported, as for a top-level field (see field_tightened_and_retyped).
    "list_item_widened_and_loosened": (
        [("replace", BLOB, "    data: [u8],", "    data: [u16?],")],
        [
            ("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.Blob.data"),
            ("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.Blob.data"),
        ],
    ),
    # Vec3D and Vec4D are both fixed-size float lists, so on the wire only the length changes.
    "component_wrapped_datatype_changed": (
        [
            (
                "replace",
                "rerun/components/position3d.rrdef",
                "    xyz: rerun.datatypes.Vec3D,",
                "    xyz: rerun.datatypes.Vec4D,",
            )
        ],
        [("FIELD_ARRAY_LENGTH_CHANGED", "ERR", "rerun.components.Position3D.xyz")],
    ),
    # -- transparency and shape -------------------------------------------------------------------
    "transparent_removed": (
        [("replace", ANGLE, "@transparent\n", "")],
        [("TYPE_TRANSPARENCY_CHANGED", "ERR", "rerun.datatypes.Angle")],
    ),
    "transparent_added_to_unstable_blueprint_datatype": (
        [
            (
                "replace",
                BP_INDEX_SLIDER,
                "struct TensorDimensionIndexSlider {",
                "@transparent\nstruct TensorDimensionIndexSlider {",
            )
        ],
        [("TYPE_TRANSPARENCY_CHANGED", "INFO", "rerun.blueprint.datatypes.TensorDimensionIndexSlider")],
    ),
    "struct_rewritten_as_enum": (
        [("write", TENSOR_DIM_SEL, TENSOR_DIM_SEL_AS_ENUM)],
        [("TYPE_SHAPE_CHANGED", "ERR", "rerun.datatypes.TensorDimensionSelection")],
    ),
    "enum_rewritten_as_struct": (
        [("write", COLOR_MODEL, COLOR_MODEL_AS_STRUCT)],
        [("TYPE_SHAPE_CHANGED", "ERR", "rerun.datatypes.ColorModel")],
    ),
    # -- enums ------------------------------------------------------------------------------------
    "enum_value_changed": (
        [("replace", FILL_MODE, "    Solid = 3,", "    Solid = 9,")],
        [("ENUM_VALUE_CHANGED", "ERR", "rerun.components.FillMode.Solid")],
    ),
    "enum_values_swapped": (
        [
            ("replace", COLOR_MODEL, "    RGB = 2,", "    RGB = 4,"),
            ("replace", COLOR_MODEL, "    BGR = 4,", "    BGR = 2,"),
        ],
        [
            ("ENUM_VALUE_CHANGED", "ERR", "rerun.datatypes.ColorModel.RGB"),
            ("ENUM_VALUE_CHANGED", "ERR", "rerun.datatypes.ColorModel.BGR"),
        ],
    ),
    "enum_variant_added": (
        [
            (
                "replace",
                FILL_MODE,
                FILL_MODE_END,
                FILL_MODE_END[:-1] + "\n    /// Draw only the silhouette of the shape.\n    Outline = 5,\n}",
            )
        ],
        [("ENUM_VALUE_ADDED", "WARN", "rerun.components.FillMode.Outline")],
    ),
    "enum_variant_removed": (
        [("replace", COLOR_MODEL, COLOR_MODEL_BGRA, "")],
        [("ENUM_VALUE_REMOVED", "ERR", "rerun.datatypes.ColorModel.BGRA")],
    ),
    "enum_variant_renamed": (
        [("replace", FILL_MODE, "    Solid = 3,", "    Filled = 3,")],
        [("ENUM_VALUE_RENAMED", "ERR", "rerun.components.FillMode.Filled")],
    ),
    "enum_default_variant_renamed": (
        [("replace", FILL_MODE, "    MajorWireframe = 1,", "    MajorEdges = 1,")],
        [("ENUM_VALUE_RENAMED", "ERR", "rerun.components.FillMode.MajorEdges")],
    ),
    "enum_variant_replaced_by_other_value": (
        [("replace", COLOR_MODEL, "    BGRA = 5,", "    ABGR = 6,")],
        [
            ("ENUM_VALUE_REMOVED", "ERR", "rerun.datatypes.ColorModel.BGRA"),
            ("ENUM_VALUE_ADDED", "WARN", "rerun.datatypes.ColorModel.ABGR"),
        ],
    ),
    "enum_backing_changed": (
        [("replace", FILL_MODE, "enum FillMode: u8 {", "enum FillMode: u16 {")],
        [("ENUM_BACKING_CHANGED", "ERR", "rerun.components.FillMode")],
    ),
    "enum_datatype_backing_changed": (
        [("replace", COLOR_MODEL, "enum ColorModel: u8 {", "enum ColorModel: u32 {")],
        [("ENUM_BACKING_CHANGED", "ERR", "rerun.datatypes.ColorModel")],
    ),
    "enum_default_moved": (
        [
            ("replace", FILL_MODE, FILL_MODE_DEFAULT, "    MajorWireframe = 1,"),
            ("replace", FILL_MODE, "    Solid = 3,", "    @default\n    Solid = 3,"),
        ],
        [("ENUM_DEFAULT_CHANGED", "WARN", "rerun.components.FillMode.Solid")],
    ),
    # Why: the default moves from MajorWireframe (1) to DenseWireframe (2), so values left unset now
    # mean something else, even though the old default variant no longer exists.
    "enum_default_variant_removed": (
        [
            ("replace", FILL_MODE, FILL_MODE_MAJOR_WIREFRAME, ""),
            ("replace", FILL_MODE, "    DenseWireframe = 2,", "    @default\n    DenseWireframe = 2,"),
        ],
        [
            ("ENUM_VALUE_REMOVED", "ERR", "rerun.components.FillMode.MajorWireframe"),
            ("ENUM_DEFAULT_CHANGED", "WARN", "rerun.components.FillMode.DenseWireframe"),
        ],
    ),
    "enum_variants_reordered_in_file": (
        [
            ("replace", FILL_MODE, FILL_MODE_SOLID, ""),
            ("replace", FILL_MODE, "enum FillMode: u8 {\n", "enum FillMode: u8 {" + FILL_MODE_SOLID + "\n"),
        ],
        [],
    ),
    # -- unions -----------------------------------------------------------------------------------
    "union_variant_added_at_end": (
        [
            (
                "replace",
                TIME_BOUNDARY,
                "    Infinite = 3,\n}",
                "    Infinite = 3,\n\n    /// A time relative to the start of the recording.\n"
                + "    RecordingRelative: rerun.datatypes.TimeInt = 4,\n}",
            )
        ],
        [("UNION_VARIANT_ADDED", "WARN", "rerun.datatypes.TimeRangeBoundary.RecordingRelative")],
    ),
    "union_variant_inserted_taking_a_used_code": (
        [
            (
                "replace",
                TIME_BOUNDARY,
                "    Infinite = 3,\n}",
                "    Infinite = 4,\n}",
            ),
            (
                "replace",
                TIME_BOUNDARY,
                "    Absolute: rerun.datatypes.TimeInt = 2,\n",
                "    Absolute: rerun.datatypes.TimeInt = 2,\n\n"
                + "    /// A time relative to the start of the recording.\n"
                + "    RecordingRelative: rerun.datatypes.TimeInt = 3,\n",
            ),
        ],
        [
            ("UNION_VARIANT_ADDED", "WARN", "rerun.datatypes.TimeRangeBoundary.RecordingRelative"),
            ("UNION_TYPE_CODE_CHANGED", "ERR", "rerun.datatypes.TimeRangeBoundary.Infinite"),
        ],
    ),
    "union_variant_removed_at_end": (
        [("replace", TENSOR_BUFFER, TENSOR_BUFFER_F64, "")],
        [("UNION_VARIANT_REMOVED", "ERR", "rerun.datatypes.TensorBuffer.F64")],
    ),
    "union_variant_removed_in_the_middle": (
        [("replace", TIME_BOUNDARY, BOUNDARY_ABSOLUTE, "")],
        [("UNION_VARIANT_REMOVED", "ERR", "rerun.datatypes.TimeRangeBoundary.Absolute")],
    ),
    "union_variant_renamed": (
        [("replace", TIME_BOUNDARY, "    Infinite = 3,", "    Unbounded = 3,")],
        [("UNION_VARIANT_RENAMED", "ERR", "rerun.datatypes.TimeRangeBoundary.Unbounded")],
    ),
    "union_variant_with_payload_renamed": (
        [("replace", TENSOR_BUFFER, "    U8: [u8] = 1,", "    UInt8: [u8] = 1,")],
        [("UNION_VARIANT_RENAMED", "ERR", "rerun.datatypes.TensorBuffer.UInt8")],
    ),
    "union_type_code_changed": (
        [("replace", TIME_BOUNDARY, "    Infinite = 3,", "    Infinite = 4,")],
        [("UNION_TYPE_CODE_CHANGED", "ERR", "rerun.datatypes.TimeRangeBoundary.Infinite")],
    ),
    "union_payload_type_changed": (
        [
            (
                "replace",
                TIME_BOUNDARY,
                "    CursorRelative: rerun.datatypes.TimeInt = 1,",
                "    CursorRelative: rerun.datatypes.Float64 = 1,",
            )
        ],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TimeRangeBoundary.CursorRelative")],
    ),
    "union_payload_widened": (
        [("replace", TENSOR_BUFFER, "    I32: [i32] = 7,", "    I32: [i64] = 7,")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.TensorBuffer.I32")],
    ),
    "union_payload_removed": (
        [
            (
                "replace",
                TIME_BOUNDARY,
                "    CursorRelative: rerun.datatypes.TimeInt = 1,",
                "    CursorRelative = 1,",
            )
        ],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TimeRangeBoundary.CursorRelative")],
    ),
    "union_payload_added": (
        [("replace", TIME_BOUNDARY, "    Infinite = 3,", "    Infinite: rerun.datatypes.TimeInt = 3,")],
        [("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.TimeRangeBoundary.Infinite")],
    ),
    "union_payload_respelled_same_arrow_type": (
        [("replace", TIME_BOUNDARY, "    Absolute: rerun.datatypes.TimeInt = 2,", "    Absolute: i64 = 2,")],
        [],
    ),
    # -- types ------------------------------------------------------------------------------------
    "datatype_added": (
        [("write", "rerun/datatypes/int32.rrdef", INT32)],
        [("TYPE_ADDED", "INFO", "rerun.datatypes.Int32")],
    ),
    "archetype_added": (
        [("write", "rerun/archetypes/point_counts.rrdef", POINT_COUNTS)],
        [("TYPE_ADDED", "INFO", "rerun.archetypes.PointCounts")],
    ),
    "unreferenced_datatype_removed": (
        [("delete", UVEC4D)],
        [("TYPE_REMOVED", "ERR", "rerun.datatypes.UVec4D")],
    ),
    "archetype_removed": (
        [
            ("delete", CLEAR),
            # the docs that link to Clear have to let go of it too (a broken reference is E175)
            ("replace", SCALARS, "[rerun.archetypes.Clear]", "`Clear`"),
            ("replace", CLEAR_IS_RECURSIVE, "[rerun.archetypes.Clear]", "`Clear`"),
        ],
        [("TYPE_REMOVED", "ERR", "rerun.archetypes.Clear")],
    ),
    "datatype_moved_to_other_namespace": (
        [("delete", MAT4X4), ("write", "acme/datatypes/mat4x4.rrdef", ACME_MAT4X4)],
        [("TYPE_MOVED", "ERR", "acme.datatypes.Mat4x4")],
    ),
    # Why: UVec2D was stable in the baseline, and its stable name disappears; the new name being
    # unstable does not excuse the move.
    "stable_datatype_moved_into_blueprint": (
        [("delete", UVEC2D), ("write", "rerun/blueprint/datatypes/uvec2d.rrdef", BP_UVEC2D)],
        [("TYPE_MOVED", "ERR", "rerun.blueprint.datatypes.UVec2D")],
    ),
    # Why: the moved type was unstable (a blueprint type) in the baseline, so the break is allowed
    # and reported as INFO, although the new name is stable.
    "unstable_blueprint_component_moved_out_of_blueprint": (
        [("delete", BP_TIME_INT), ("write", "rerun/components/time_int.rrdef", STABLE_TIME_INT_COMPONENT)],
        [("TYPE_MOVED", "INFO", "rerun.components.TimeInt")],
    ),
    "type_deprecated": (
        [
            (
                "replace",
                VEC4D,
                "@transparent\n",
                "@transparent\n" + DEPRECATED.format("Use Quaternion instead.") + "\n",
            )
        ],
        [("TYPE_DEPRECATED", "INFO", "rerun.datatypes.Vec4D")],
    ),
    "archetype_deprecated": (
        [
            (
                "replace",
                CLEAR,
                "struct Clear {",
                DEPRECATED.format("Log an empty batch instead.") + "\nstruct Clear {",
            )
        ],
        [("TYPE_DEPRECATED", "INFO", "rerun.archetypes.Clear")],
    ),
    # Why: the policy judges a type by its state in the baseline, so TYPE_DESTABILIZED keeps its
    # own level (WARN) although the type is unstable now.
    "type_destabilized": (
        [("replace", FILL_MODE, "enum FillMode: u8 {", "@state(unstable)\nenum FillMode: u8 {")],
        [("TYPE_DESTABILIZED", "WARN", "rerun.components.FillMode")],
    ),
    "unstable_type_stabilized": (
        [("replace", VIDEO_CODEC, "@state(unstable)\n", "")],
        [("TYPE_STABILIZED", "INFO", "rerun.components.VideoCodec")],
    ),
    "blueprint_type_stabilized": (
        [
            (
                "replace",
                BP_BACKGROUND_KIND,
                "enum BackgroundKind: u8 {",
                "@state(stable)\nenum BackgroundKind: u8 {",
            )
        ],
        [("TYPE_STABILIZED", "INFO", "rerun.blueprint.components.BackgroundKind")],
    ),
    # -- unstable types: breaking changes are reported as INFO ------------------------------------
    "unstable_component_enum_value_changed": (
        [("replace", VIDEO_CODEC, "    H265 = 1751479857,", "    H265 = 1751479858,")],
        [("ENUM_VALUE_CHANGED", "INFO", "rerun.components.VideoCodec.H265")],
    ),
    "blueprint_enum_value_changed": (
        [("replace", BP_BACKGROUND_KIND, "    SolidColor = 3,", "    SolidColor = 4,")],
        [("ENUM_VALUE_CHANGED", "INFO", "rerun.blueprint.components.BackgroundKind.SolidColor")],
    ),
    "blueprint_enum_variant_added": (
        [
            (
                "replace",
                BP_BACKGROUND_KIND,
                "    SolidColor = 3,\n}",
                "    SolidColor = 3,\n\n    /// No backdrop at all.\n    Transparent = 4,\n}",
            )
        ],
        [("ENUM_VALUE_ADDED", "INFO", "rerun.blueprint.components.BackgroundKind.Transparent")],
    ),
    "blueprint_archetype_field_removed": (
        [("replace", BP_BACKGROUND, BACKGROUND_COLOR, "")],
        [("ARCHETYPE_FIELD_REMOVED", "INFO", "rerun.blueprint.archetypes.Background.color")],
    ),
    "blueprint_archetype_field_now_required": (
        [("replace", BP_BACKGROUND, "    @recommended\n    kind:", "    @required\n    kind:")],
        [("ARCHETYPE_FIELD_NOW_REQUIRED", "INFO", "rerun.blueprint.archetypes.Background.kind")],
    ),
    "blueprint_datatype_field_type_changed": (
        [
            (
                "replace",
                BP_FILTER_BY_RANGE,
                "    start: rerun.datatypes.TimeInt,",
                "    start: rerun.datatypes.Float64,",
            )
        ],
        [("FIELD_TYPE_CHANGED", "INFO", "rerun.blueprint.datatypes.FilterByRange.start")],
    ),
    "blueprint_datatype_field_renamed": (
        [
            (
                "replace",
                BP_FILTER_BY_RANGE,
                "    end: rerun.datatypes.TimeInt,",
                "    stop: rerun.datatypes.TimeInt,",
            )
        ],
        [("FIELD_RENAMED", "INFO", "rerun.blueprint.datatypes.FilterByRange.stop")],
    ),
    "blueprint_type_removed": (
        [("delete", BP_COLUMN_SELECTOR)],
        [("TYPE_REMOVED", "INFO", "rerun.blueprint.components.ComponentColumnSelector")],
    ),
    "blueprint_type_added": (
        [("write", "rerun/blueprint/components/slider_speed.rrdef", BP_SLIDER_SPEED)],
        [("TYPE_ADDED", "INFO", "rerun.blueprint.components.SliderSpeed")],
    ),
    # -- combinations -----------------------------------------------------------------------------
    "archetype_rename_remove_and_add": (
        [
            ("replace", P3, "    radii: [rerun.components.Radius],", "    sizes: [rerun.components.Radius],"),
            ("replace", P3, P3_KEYPOINT_IDS, ""),
            (
                "replace",
                P3,
                "    class_ids: [rerun.components.ClassId],\n}",
                "    class_ids: [rerun.components.ClassId],\n\n    /// Whether the points are shown.\n"
                + "    @optional\n    visible: rerun.components.Visible,\n}",
            ),
        ],
        [
            ("ARCHETYPE_FIELD_RENAMED", "ERR", "rerun.archetypes.Points3D.sizes"),
            ("ARCHETYPE_FIELD_REMOVED", "ERR", "rerun.archetypes.Points3D.keypoint_ids"),
            ("ARCHETYPE_FIELD_ADDED", "INFO", "rerun.archetypes.Points3D.visible"),
        ],
    ),
    "archetype_field_now_required_and_batch": (
        [
            (
                "replace",
                P3,
                "    @optional\n    show_labels: rerun.components.ShowLabels,",
                "    @required\n    show_labels: [rerun.components.ShowLabels],",
            )
        ],
        [
            ("ARCHETYPE_FIELD_NOW_REQUIRED", "ERR", "rerun.archetypes.Points3D.show_labels"),
            ("ARCHETYPE_FIELD_CARDINALITY_CHANGED", "WARN", "rerun.archetypes.Points3D.show_labels"),
        ],
    ),
    "datatype_loosened_widened_and_extended": (
        [
            ("replace", IMAGE_FORMAT, "    width: u32,", "    width: u32?,"),
            ("replace", IMAGE_FORMAT, "    height: u32,", "    height: u64,"),
            (
                "replace",
                IMAGE_FORMAT,
                IMAGE_FORMAT_END,
                IMAGE_FORMAT_END[:-1] + "\n    /// Bytes from one row to the next.\n    stride: u32?,\n}",
            ),
        ],
        [
            ("FIELD_NULLABILITY_LOOSENED", "WARN", "rerun.datatypes.ImageFormat.width"),
            ("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.ImageFormat.height"),
            ("FIELD_ADDED_NULLABLE", "WARN", "rerun.datatypes.ImageFormat.stride"),
        ],
    ),
    "field_tightened_and_retyped": (
        [
            (
                "replace",
                ANNOTATION_INFO,
                "    label: rerun.datatypes.Utf8?,",
                "    label: rerun.datatypes.Float32,",
            )
        ],
        [
            ("FIELD_NULLABILITY_TIGHTENED", "ERR", "rerun.datatypes.AnnotationInfo.label"),
            ("FIELD_TYPE_CHANGED", "ERR", "rerun.datatypes.AnnotationInfo.label"),
        ],
    ),
    "enum_variant_added_and_default_moved": (
        [
            ("replace", FILL_MODE, FILL_MODE_DEFAULT, "    MajorWireframe = 1,"),
            (
                "replace",
                FILL_MODE,
                FILL_MODE_END,
                FILL_MODE_END[:-1]
                + "\n    /// Draw only the silhouette of the shape.\n    @default\n    Outline = 5,\n}",
            ),
        ],
        [
            ("ENUM_VALUE_ADDED", "WARN", "rerun.components.FillMode.Outline"),
            ("ENUM_DEFAULT_CHANGED", "WARN", "rerun.components.FillMode.Outline"),
        ],
    ),
    "union_renamed_and_extended": (
        [
            ("replace", TIME_BOUNDARY, "    Infinite = 3,", "    Unbounded = 3,"),
            (
                "replace",
                TIME_BOUNDARY,
                "    Unbounded = 3,\n}",
                "    Unbounded = 3,\n\n    /// A time relative to the start of the recording.\n"
                + "    RecordingRelative: rerun.datatypes.TimeInt = 4,\n}",
            ),
        ],
        [
            ("UNION_VARIANT_RENAMED", "ERR", "rerun.datatypes.TimeRangeBoundary.Unbounded"),
            ("UNION_VARIANT_ADDED", "WARN", "rerun.datatypes.TimeRangeBoundary.RecordingRelative"),
        ],
    ),
    "type_deprecated_and_field_added": (
        [
            (
                "replace",
                ANNOTATION_INFO,
                "struct AnnotationInfo {",
                DEPRECATED.format("Use ClassDescription.") + "\nstruct AnnotationInfo {",
            ),
            (
                "replace",
                ANNOTATION_INFO,
                ANNOTATION_END,
                ANNOTATION_END[:-1]
                + "\n    /// A longer description.\n    description: rerun.datatypes.Utf8?,\n}",
            ),
        ],
        [
            ("TYPE_DEPRECATED", "INFO", "rerun.datatypes.AnnotationInfo"),
            ("FIELD_ADDED_NULLABLE", "WARN", "rerun.datatypes.AnnotationInfo.description"),
        ],
    ),
    "type_added_and_removed_under_other_names": (
        [("delete", UVEC4D), ("write", "rerun/datatypes/int32.rrdef", INT32)],
        [
            ("TYPE_REMOVED", "ERR", "rerun.datatypes.UVec4D"),
            ("TYPE_ADDED", "INFO", "rerun.datatypes.Int32"),
        ],
    ),
    "unstable_type_stabilized_and_broken": (
        [
            ("replace", VIDEO_CODEC, "@state(unstable)\n", ""),
            ("replace", VIDEO_CODEC, "    H265 = 1751479857,", "    H265 = 1751479858,"),
        ],
        [
            ("TYPE_STABILIZED", "INFO", "rerun.components.VideoCodec"),
            ("ENUM_VALUE_CHANGED", "INFO", "rerun.components.VideoCodec.H265"),
        ],
    ),
    # Why (as for type_destabilized): FillMode was stable in the baseline, so
    # its users had the compatibility promise when the value changed; marking it unstable in the same
    # edit must not hide the break.
    "type_destabilized_and_broken": (
        [
            ("replace", FILL_MODE, "enum FillMode: u8 {", "@state(unstable)\nenum FillMode: u8 {"),
            ("replace", FILL_MODE, "    Solid = 3,", "    Solid = 9,"),
        ],
        [
            ("TYPE_DESTABILIZED", "WARN", "rerun.components.FillMode"),
            ("ENUM_VALUE_CHANGED", "ERR", "rerun.components.FillMode.Solid"),
        ],
    ),
    # -- documentation only -----------------------------------------------------------------------
    "docs_type_summary_changed": (
        [
            (
                "replace",
                P3,
                "/// A cloud of 3D points, each with an optional color, size and label.",
                "/// A 3D point cloud in which each point may have its own color, size and label.",
            )
        ],
        [],
    ),
    "docs_py_line_added": (
        [
            (
                "replace",
                VEC3D,
                "/// \\py array of shape `(N, 3)` gives many vectors at once.\n",
                "/// \\py array of shape `(N, 3)` gives many vectors at once.\n"
                + "/// \\py Integers are converted to floats.\n",
            )
        ],
        [],
    ),
    "docs_field_and_variant_docs_changed": (
        [
            (
                "replace",
                FILL_MODE,
                "    /// Draw the shape as a filled, shaded surface.",
                "    /// A filled, shaded surface.",
            ),
            (
                "replace",
                IMAGE_FORMAT,
                "    /// Width of the image in pixels.",
                "    /// Width of the image in pixels.\n    ///\n    /// Must not be zero.",
            ),
        ],
        [],
    ),
    "docs_plain_comments_added": (
        [
            ("replace", TIME_BOUNDARY, "    Infinite = 3,", "    Infinite = 3, // no payload"),
            (
                "replace",
                TENSOR_DATA,
                "struct TensorData {",
                "/* the main tensor type */\nstruct TensorData {",
            ),
        ],
        [],
    ),
}
