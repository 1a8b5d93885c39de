"""Definitions with one kind of mistake each, keyed by case name (which starts with the code expected).

tests/tool/test_errors.py runs `codegen lint` on each (next to the valid types of conftest.PRELUDE) and
compares the whole output with tests/golden/errors/<case>.txt.
"""

from __future__ import annotations

import textwrap

from conftest import Link

DT = "rerun/datatypes/"
CO = "rerun/components/"
AR = "rerun/archetypes/"

CASES: dict[str, dict[str, str | Link]] = {
    "E001_unexpected_character": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            #[transparent]
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E002_missing_comma": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32
                /// Second.
                second: f32,
            }
        """,
    },
    "E002_enum_variant_without_value": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// On.
                @default
                On,
                /// Off.
                Off = 2,
            }
        """,
    },
    "E002_semicolon_separator": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32;
            }
        """,
    },
    "E003_unclosed_brace": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32,
        """,
    },
    "E004_bad_integer": {
        DT + "mat.rrdef": """
            namespace rerun.datatypes;

            /// A matrix.
            @transparent
            struct Mat {
                /// Values.
                values: [f32; 9x],
            }
        """,
    },
    "E005_unknown_escape": {
        DT + "mat.rrdef": """
            namespace rerun.datatypes;

            /// A matrix.
            @python.aliases("a\\qb")
            @transparent
            struct Mat {
                /// Values.
                values: [f32; 9],
            }
        """,
    },
    "E005_unterminated_string": {
        AR + "tagged.rrdef": """
            namespace rerun.archetypes;

            /// Tagged.
            @docs.category("Spatial 3D)
            struct Tagged {
                /// Where.
                @required
                positions: [rerun.components.Position3D],
            }
        """,
    },
    # The limits on input (docs/idl.md, "Limits"): each a diagnostic, never a traceback or a hang.
    "E009_type_nested_too_deep": {
        DT + "deep.rrdef": """
            namespace rerun.datatypes;

            /// Lists of lists.
            @transparent
            struct Deep {
                /// Values.
                values: """
        + "[" * 40
        + "f32"
        + "]" * 40
        + """,
            }
        """,
    },
    "E009_attribute_value_nested_too_deep": {
        DT + "deep.rrdef": """
            namespace rerun.datatypes;

            /// Lists of lists.
            @python.aliases("""
        + "[" * 40
        + '"a"'
        + "]" * 40
        + """)
            @transparent
            struct Deep {
                /// Values.
                values: [f32],
            }
        """,
    },
    "E010_line_too_long": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers, """
        + "very " * 2100
        + """long.
            struct Pair {
                /// First.
                first: f32,
            }
        """,
    },
    "E011_file_too_large": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32,
            }
        """
        + "            // padding padding padding padding padding padding padding\n" * 20_000,
    },
    "E012_link_to_a_device": {
        DT + "zero.rrdef": Link("/dev/zero"),
    },
    "E013_nul_in_doc_comment": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two\x00numbers.
            struct Pair {
                /// First.
                first: f32,
            }
        """,
    },
    "E013_control_character_in_string": {
        DT + "mat.rrdef": """
            namespace rerun.datatypes;

            /// A matrix.
            @python.aliases("mat\x1b[2Jrix")
            @transparent
            struct Mat {
                /// Values.
                values: [f32; 9],
            }
        """,
    },
    "E014_integer_too_long": {
        DT + "mat.rrdef": """
            namespace rerun.datatypes;

            /// A matrix.
            @transparent
            struct Mat {
                /// Values.
                values: [f32; 0x"""
        + "f" * 3000
        + """],
            }
        """,
    },
    "E101_missing_namespace": {
        DT + "pair.rrdef": """
            /// Two numbers.
            struct Pair {
                /// First.
                first: f32,
            }
        """,
    },
    "E102_unknown_namespace_kind": {
        "rerun/widgets/knob.rrdef": """
            namespace rerun.widgets;

            /// A knob.
            struct Knob {
                /// Angle.
                angle: f32,
            }
        """,
    },
    "E103_file_location": {
        DT + "vector.rrdef": """
            namespace rerun.datatypes;

            /// A 2D vector.
            @transparent
            struct Vec2D {
                /// x, y.
                xy: [f32; 2],
            }
        """,
    },
    "E104_two_types_in_one_file": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32,
            }

            /// Three numbers.
            struct Triple {
                /// First.
                first: f32,
            }
        """,
    },
    "E111_duplicate_field": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                first: f32,
                /// Also first.
                first: f64,
            }
        """,
    },
    "E112_name_style": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                firstValue: f32,
            }
        """,
    },
    "E113_python_keyword_field": {
        DT + "range.rrdef": """
            namespace rerun.datatypes;

            /// A range.
            struct Range {
                /// Start.
                from: f32,
                /// End.
                to: f32,
            }
        """,
    },
    "E113_reserved_archetype_field": {
        AR + "table.rrdef": """
            namespace rerun.archetypes;

            /// A table.
            struct Table {
                /// The columns.
                @required
                columns: [rerun.components.Radius],
            }
        """,
    },
    "E120_unknown_type": {
        CO + "position2d.rrdef": """
            namespace rerun.components;

            /// A 2D position.
            struct Position2D {
                /// The position.
                xy: rerun.datatypes.Vec2,
            }
        """,
    },
    "E120_unknown_type_short_name": {
        DT + "line.rrdef": """
            namespace rerun.datatypes;

            /// A line.
            struct Line {
                /// Start.
                start: Vec3D,
                /// Direction.
                direction: Vec3,
            }
        """,
    },
    "E121_reference_cycle": {
        DT + "node.rrdef": """
            namespace rerun.datatypes;

            /// A tree node.
            struct Node {
                /// Children.
                children: [rerun.datatypes.Tree],
            }
        """,
        DT + "tree.rrdef": """
            namespace rerun.datatypes;

            /// A tree.
            struct Tree {
                /// The root.
                root: rerun.datatypes.Node,
            }
        """,
    },
    "E122_datatype_refers_to_component": {
        DT + "sphere.rrdef": """
            namespace rerun.datatypes;

            /// A sphere.
            struct Sphere {
                /// Centre.
                center: rerun.components.Position3D,
            }
        """,
    },
    "E123_archetype_field_not_component": {
        AR + "arrows.rrdef": """
            namespace rerun.archetypes;

            /// Arrows.
            struct Arrows {
                /// Vectors.
                @required
                vectors: [rerun.datatypes.Vec3D],
            }
        """,
    },
    "E124_component_with_two_fields": {
        CO + "extent.rrdef": """
            namespace rerun.components;

            /// An extent.
            struct Extent {
                /// Width.
                width: rerun.datatypes.Float32,
                /// Height.
                height: rerun.datatypes.Float32,
            }
        """,
    },
    "E125_component_wraps_primitive": {
        CO + "opacity.rrdef": """
            namespace rerun.components;

            /// Opacity.
            struct Opacity {
                /// From 0 to 1.
                value: f32,
            }
        """,
    },
    "E126_transparent_with_two_fields": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            @transparent
            struct Pair {
                /// First.
                first: f32,
                /// Second.
                second: f32,
            }
        """,
    },
    "E127_zero_length_array": {
        DT + "empty.rrdef": """
            namespace rerun.datatypes;

            /// Nothing.
            @transparent
            struct Empty {
                /// No values.
                values: [f32; 0],
            }
        """,
    },
    "E128_nullable_archetype_field": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            struct Dots {
                /// Where.
                @required
                positions: [rerun.components.Position3D?],
            }
        """,
    },
    "E128_nullable_union_variant": {
        DT + "choice.rrdef": """
            namespace rerun.datatypes;

            /// A choice.
            union Choice {
                /// A number.
                Number: f64? = 1,
            }
        """,
    },
    "E129_empty_struct": {
        DT + "nothing.rrdef": """
            namespace rerun.datatypes;

            /// Nothing at all.
            struct Nothing {}
        """,
    },
    "E130_archetype_enum": {
        AR + "mode.rrdef": """
            namespace rerun.archetypes;

            /// A mode.
            enum Mode: u8 {
                /// On.
                @default
                On = 1,
            }
        """,
    },
    "E140_enum_zero": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Off.
                @default
                Off = 0,
                /// On.
                On = 1,
            }
        """,
    },
    "E141_enum_duplicate_value": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Off.
                @default
                Off = 1,
                /// On.
                On = 1,
            }
        """,
    },
    "E142_enum_value_out_of_range": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Off.
                @default
                Off = 1,
                /// On.
                On = 0x100,
            }
        """,
    },
    "E143_enum_signed_backing": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: i8 {
                /// Off.
                @default
                Off = 1,
            }
        """,
    },
    "E144_enum_without_default": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Off.
                Off = 1,
                /// On.
                On = 2,
            }
        """,
    },
    "E150_union_type_code_zero": {
        DT + "choice.rrdef": """
            namespace rerun.datatypes;

            /// A choice.
            union Choice {
                /// Nothing.
                Nothing = 0,
                /// A number.
                Number: f64 = 1,
            }
        """,
    },
    "E151_union_duplicate_type_code": {
        DT + "choice.rrdef": """
            namespace rerun.datatypes;

            /// A choice.
            union Choice {
                /// A number.
                Number: f64 = 1,
                /// A name.
                Name: string = 1,
            }
        """,
    },
    "E152_union_codes_out_of_order": {
        DT + "choice.rrdef": """
            namespace rerun.datatypes;

            /// A choice.
            union Choice {
                /// A number.
                Number: f64 = 2,
                /// A name.
                Name: string = 1,
            }
        """,
    },
    "E153_union_variant_component": {
        DT + "choice.rrdef": """
            namespace rerun.datatypes;

            /// A choice.
            union Choice {
                /// A radius.
                Size: rerun.components.Radius = 1,
            }
        """,
    },
    "E160_unknown_attribute": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @transparant
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E161_misplaced_attribute": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            struct Angle {
                /// Radians.
                @required
                radians: f32,
            }
        """,
    },
    "E162_bad_attribute_value": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @state(experimental)
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E162_bad_attribute_keyword": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @state(stable, reason="old")
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E163_duplicate_attribute": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @transparent
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E164_archetype_field_without_role": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            struct Dots {
                /// Where.
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "E164_archetype_field_with_two_roles": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            struct Dots {
                /// Where.
                @required @optional
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "E165_deprecated_without_notice": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @state(deprecated, since="0.30.0")
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E165_notice_without_deprecation": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            @state(stable, notice="Use Rotation.")
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E165_deprecated_field_without_since": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            struct Dots {
                /// Where.
                @required
                positions: [rerun.components.Position3D],

                /// Old sizes.
                @optional
                @state(deprecated, notice="Use `sizes`.")
                radii: [rerun.components.Radius],
            }
        """,
    },
    "E170_missing_docs": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            @transparent
            struct Angle {
                radians: f32,
            }
        """,
    },
    "E171_unknown_doc_tag": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// An angle.
            /// \\rs Only for Rust.
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E172_tagged_summary": {
        DT + "angle.rrdef": """
            namespace rerun.datatypes;

            /// \\py An angle, for Python.
            @transparent
            struct Angle {
                /// Radians.
                radians: f32,
            }
        """,
    },
    "E173_bad_example": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            ///
            /// \\example archetypes/dots_simple.py title="Dots"
            struct Dots {
                /// Where.
                @required
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "E173_unknown_example_option": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            ///
            /// \\example archetypes/dots_simple title="Dots" image="dots.png"
            struct Dots {
                /// Where.
                @required
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "W174_missing_snippet": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots.
            ///
            /// \\example archetypes/dots_simple title="Dots"
            struct Dots {
                /// Where.
                @required
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "E175_broken_reference": {
        AR + "dots.rrdef": """
            namespace rerun.archetypes;

            /// Dots in a plane, like [rerun.archetypes.Points3D] but flat.
            ///
            /// Their size comes from [rerun.components.Radious]; see [rerun.archetypes.Points3D.radius].
            struct Dots {
                /// Where they are, as `[x, y]` pairs.
                @required
                positions: [rerun.components.Position3D],
            }
        """,
    },
    "many_mistakes_at_once": {
        CO + "color.rrdef": """
            namespace rerun.components;

            /// A colour.
            @python.alias("int")
            struct Color {
                rgba: rerun.datatypes.Rgba32,
            }
        """,
        AR + "lines.rrdef": """
            namespace rerun.archetypes;

            /// Lines.
            struct Lines {
                /// Strips.
                @required
                strips: [rerun.datatypes.Vec3D],

                /// Colours.
                colors: [rerun.components.Color],
            }
        """,
    },
    # Declares a name the prelude already defines (and so also sits in the wrong file).
    "E110_duplicate_type": {
        DT + "scalar.rrdef": """
            namespace rerun.datatypes;

            /// A float, again.
            @transparent
            struct Float32 {
                /// The value.
                value: f32,
            }
        """,
    },
    "E180_extension_without_its_class": {
        "runtime/_ext/datatypes/vec3d.py": """
            class Vector:
                \"\"\"Meant to extend Vec3D, but not named after it.\"\"\"
        """,
    },
    "E180_extension_converts_no_field": {
        "runtime/_ext/archetypes/points3d.py": """
            from rerun.archetypes.points3d import Points3D


            class Points3DExt(Points3D):
                \"\"\"Converts a field the archetype does not have.\"\"\"

                @staticmethod
                def _convert_radius(data):
                    return data
        """,
    },
    "E180_archetype_constructor_by_hand": {
        "runtime/_ext/archetypes/points3d.py": """
            from rerun.archetypes.points3d import Points3D


            class Points3DExt(Points3D):
                \"\"\"Writes the constructor itself.\"\"\"

                def __init__(self, positions):
                    self._set_fields(positions=positions)
        """,
    },
    "E180_derivation_takes_a_field_it_does_not_return": {
        "runtime/_ext/archetypes/points3d.py": """
            from rerun.archetypes.points3d import Points3D


            class Points3DExt(Points3D):
                \"\"\"Scaled points.\"\"\"

                @staticmethod
                def _derive_fields(*, positions=None, radii=None, scale=1.0):
                    return {"positions": positions, "size": scale}
        """,
    },
    "E180_constructor_that_leaves_a_field_unset": {
        "runtime/_ext/datatypes/vec3d.py": """
            from rerun.datatypes.vec3d import Vec3D


            class Vec3DExt(Vec3D):
                \"\"\"Vectors from separate coordinates.\"\"\"

                def __init__(self, x, y, z):
                    self.x = x
        """,
    },
    "E180_extension_for_no_type": {
        "runtime/_ext/datatypes/vec4d.py": """
            \"\"\"An extension of a type that was renamed.\"\"\"
        """,
    },
    "E166_parameter_before_no_field": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            struct Pair {
                /// First.
                @param.before(third)
                first: f32,
                /// Second.
                second: f32,
            }
        """,
    },
    "E167_default_of_the_wrong_type": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Lines.
                @default
                Lines = 1,
                /// Filled.
                Filled = 2,
            }
        """,
        AR + "drawing.rrdef": """
            namespace rerun.archetypes;

            /// A drawing.
            struct Drawing {
                /// How it is drawn.
                @recommended
                @param.default(Dashed)
                mode: rerun.components.Mode,
            }
        """,
    },
    "E167_constant_with_too_few_values": {
        DT + "pair.rrdef": """
            namespace rerun.datatypes;

            /// Two numbers.
            @constant(ORIGIN, 0.0)
            struct Pair {
                /// First.
                first: f32,
                /// Second.
                second: f32,
            }
        """,
    },
    "E142_negative_enum_value": {
        CO + "mode.rrdef": """
            namespace rerun.components;

            /// A mode.
            enum Mode: u8 {
                /// Lines.
                @default
                Lines = -1,
            }
        """,
    },
}

# -- views ------------------------------------------------------------------------------------------

# A blueprint archetype that the view cases use as a property.
_LINE_GRID = {
    "rerun/blueprint/archetypes/line_grid.rrdef": """
        namespace rerun.blueprint.archetypes;

        /// A grid of lines.
        struct LineGrid {
            /// How wide the lines are.
            @optional
            width: rerun.components.Radius,
        }
    """,
}


def _grid_view(members: str, attributes: str = '@view_identifier("Grid")') -> dict[str, str]:
    """The files of a case: the archetype above, and a view `GridView` with the given members."""
    body = textwrap.indent(textwrap.dedent(members).strip("\n"), "    ")
    text = f"namespace rerun.blueprint.views;\n\n/// A grid.\n{attributes}\nstruct GridView {{\n{body}\n}}\n"
    return {**_LINE_GRID, "rerun/blueprint/views/grid_view.rrdef": text}


_GRID = """
    /// The grid.
    grid: rerun.blueprint.archetypes.LineGrid,
"""

CASES.update(
    {
        "E131_view_field_not_archetype": _grid_view(
            """
            /// The line width.
            width: rerun.components.Radius,
            """
        ),
        "E131_view_field_list_of_archetypes": _grid_view(
            """
            /// The grids.
            grids: [rerun.blueprint.archetypes.LineGrid],
            """
        ),
        "E128_nullable_view_property": _grid_view(
            """
            /// The grid.
            grid: rerun.blueprint.archetypes.LineGrid?,
            """
        ),
        "E132_view_enum": {
            "rerun/blueprint/views/grid_view.rrdef": """
                namespace rerun.blueprint.views;

                /// A grid.
                @view_identifier("Grid")
                enum GridView: u8 {
                    /// Lines.
                    @default
                    Lines = 1,
                }
            """,
        },
        "E133_view_archetype_twice": _grid_view(
            """
            /// The major grid.
            major: rerun.blueprint.archetypes.LineGrid,

            /// The minor grid.
            minor: rerun.blueprint.archetypes.LineGrid,
            """
        ),
        "E161_role_on_view_field": _grid_view(
            """
            /// The grid.
            @optional
            grid: rerun.blueprint.archetypes.LineGrid,
            """
        ),
        "E168_view_without_identifier": _grid_view(_GRID, attributes="@state(unstable)"),
        "E168_empty_view_identifier": _grid_view(_GRID, attributes='@view_identifier("")'),
        "E166_shorthand_names_no_field": _grid_view(
            """
            /// The grid.
            @param.shorthand(widht)
            grid: rerun.blueprint.archetypes.LineGrid,
            """
        ),
        "E176_unknown_view_type": {
            **_grid_view(_GRID),
            "rerun/archetypes/points3d.rrdef": """
                namespace rerun.archetypes;

                /// Points in 3D.
                @docs.view_types("GridView", "Spatial3DView: in 3D")
                struct Points3D {
                    /// Where the points are.
                    @required
                    positions: [rerun.components.Position3D],
                }
            """,
        },
        "E181_positional_shorthand_without_a_positional_parameter": _grid_view(
            """
            /// The grid.
            @param.shorthand
            grid: rerun.blueprint.archetypes.LineGrid,
            """
        ),
        "E181_shorthand_keyword_the_constructor_lacks": {
            **_grid_view(
                """
                /// The grid.
                @param.shorthand(width)
                grid: rerun.blueprint.archetypes.LineGrid,
                """
            ),
            "runtime/_ext/blueprint/archetypes/line_grid.py": """
                from rerun.blueprint.archetypes.line_grid import LineGrid


                class LineGridExt(LineGrid):
                    \"\"\"Takes a scale instead of the width.\"\"\"

                    @staticmethod
                    def _derive_fields(*, scale: float = 1.0) -> dict[str, float]:
                        return {"width": scale}
            """,
        },
        "E113_reserved_view_property": _grid_view(
            """
            /// The grid.
            name: rerun.blueprint.archetypes.LineGrid,
            """
        ),
        "E180_extension_of_a_view": {
            **_grid_view(_GRID),
            "runtime/_ext/blueprint/views/grid_view.py": """
                class GridViewExt:
                    \"\"\"Views are generated whole.\"\"\"
            """,
        },
    }
)

# What only the C++ backend forbids (its `check`; the golden test runs with it configured).
CASES.update(
    {
        "E185_field_named_like_a_cpp_keyword": {
            DT + "span.rrdef": """
                namespace rerun.datatypes;

                /// A span of time.
                struct Span {
                    /// Where it starts.
                    start: f64,
                    /// Whether it is still running.
                    volatile: bool,
                }
            """,
        },
        "E185_union_variant_named_like_its_storage": {
            DT + "choice.rrdef": """
                namespace rerun.datatypes;

                /// A choice.
                union Choice {
                    /// A number.
                    Number: f64 = 1,
                    /// Where it is kept.
                    Storage: string = 2,
                }
            """,
        },
        "E186_elements_that_do_not_match_the_list": {
            DT + "pair.rrdef": """
                namespace rerun.datatypes;

                /// Two numbers.
                @transparent
                @cpp.elements("x y z")
                struct Pair {
                    /// The numbers.
                    xy: [f32; 2],
                }
            """,
        },
        "E186_elements_of_a_type_with_two_fields": {
            DT + "span.rrdef": """
                namespace rerun.datatypes;

                /// A span of numbers.
                @cpp.elements("lo hi")
                struct Span {
                    /// The first.
                    lo: f32,
                    /// The last.
                    hi: f32,
                }
            """,
        },
        "E186_packed_bytes_of_a_float": {
            DT + "shade.rrdef": """
                namespace rerun.datatypes;

                /// A shade of grey.
                @transparent
                @cpp.packed_bytes("r g b a")
                struct Shade {
                    /// How bright.
                    value: f32,
                }
            """,
        },
        "E186_scaled_factory_named_like_a_field": {
            DT + "turn.rrdef": """
                namespace rerun.datatypes;

                /// A rotation about one axis.
                @transparent
                @cpp.scaled_factories("radians=1 from_turns=6.283185307179586")
                struct Turn {
                    /// The angle in radians.
                    radians: f32,
                }
            """,
        },
    }
)

# Mistakes in a user's own project: its definitions alone, with `packages = ["acme"]`, on top of the
# installed core (tests/tool/test_errors.py shows the core's folder as `<core>`).
USER_CASES: dict[str, dict[str, str]] = {
    "E105_user_type_in_the_core_namespace": {
        "rerun/components/confidence.rrdef": """
            namespace rerun.components;

            /// How sure a detector is.
            struct Confidence {
                /// From 0 to 1.
                value: rerun.datatypes.Float32,
            }
        """,
    },
    "E105_namespace_outside_the_packages": {
        "other/components/confidence.rrdef": """
            namespace other.components;

            /// How sure a detector is.
            struct Confidence {
                /// From 0 to 1.
                value: rerun.datatypes.Float32,
            }
        """,
    },
    "E120_user_type_names_a_missing_core_type": {
        "acme/components/confidence.rrdef": """
            namespace acme.components;

            /// How sure a detector is.
            struct Confidence {
                /// From 0 to 1.
                value: rerun.datatypes.Float23,
            }
        """,
    },
    "E134_extends_a_component": {
        "acme/archetypes/tinted_points3d.rrdef": """
            namespace acme.archetypes;

            /// Points with a tint.
            @extends(rerun.components.Color)
            struct TintedPoints3D {
                /// The tint.
                @optional
                tint: [rerun.components.Color],
            }
        """,
    },
    "E134_extends_an_unknown_archetype": {
        "acme/archetypes/tinted_points3d.rrdef": """
            namespace acme.archetypes;

            /// Points with a tint.
            @extends(rerun.archetypes.Point3D)
            struct TintedPoints3D {
                /// The tint.
                @optional
                tint: [rerun.components.Color],
            }
        """,
    },
    "E134_field_shadows_a_base_field": {
        "acme/archetypes/tinted_points3d.rrdef": """
            namespace acme.archetypes;

            /// Points with a tint.
            @extends(rerun.archetypes.Points3D)
            struct TintedPoints3D {
                /// One color for all the points.
                @optional
                colors: rerun.components.Color,
            }
        """,
    },
    "E134_archetypes_extend_each_other": {
        "acme/archetypes/first.rrdef": """
            namespace acme.archetypes;

            /// One.
            @extends(Second)
            struct First {
                /// A color.
                @optional
                first: [rerun.components.Color],
            }
        """,
        "acme/archetypes/second.rrdef": """
            namespace acme.archetypes;

            /// Two.
            @extends(acme.archetypes.First)
            struct Second {
                /// A color.
                @optional
                second: [rerun.components.Color],
            }
        """,
    },
}

# Symbolic links in the definitions: followed (a file's path is the link's), refused when they lead
# nowhere or back into a folder that holds them. `outside/` is below the project, beside definitions/.
CASES.update(
    {
        "E007_link_to_a_folder_it_is_in": {
            DT + "again": Link(".."),
        },
        "E007_dangling_link": {
            DT + "angle.rrdef": Link("../../../outside/angle.rrdef"),
        },
        "E007_links_in_a_loop": {
            DT + "first.rrdef": Link("second.rrdef"),
            DT + "second.rrdef": Link("first.rrdef"),
        },
        "E120_unknown_type_in_a_linked_folder": {
            "outside/acme/components/reading.rrdef": """
                namespace acme.components;

                /// A sensor reading.
                struct Reading {
                    /// The value.
                    value: rerun.datatypes.Float64,
                }
            """,
            "acme": Link("../outside/acme"),
        },
    }
)

# A file that does not parse defines nothing; what refers to the type it would define gets a note
# (N008) after the syntax error, not an unknown type with a guess.
CASES.update(
    {
        "N008_type_in_a_file_with_syntax_errors": {
            "acme/components/confidence.rrdef": """
                namespace acme.components;

                /// How sure a detector is.
                struct Confidence {
                    /// From 0 to 1.
                    value: rerun.datatypes.Float32
                    /// Unused.
                    spare: rerun.datatypes.Float32,
                }
            """,
            "acme/archetypes/detection.rrdef": """
                namespace acme.archetypes;

                /// A detection, with its [acme.components.Confidence].
                struct Detection {
                    /// Where.
                    @required
                    positions: [rerun.components.Position3D],

                    /// How sure.
                    @optional
                    confidences: [acme.components.Confidence],

                    /// What it is (no such type: still an unknown type).
                    @optional
                    labels: [acme.components.Label],
                }
            """,
        },
        "N008_short_name_of_a_type_in_a_file_with_errors": {
            DT + "ratio.rrdef": """
                namespace rerun.datatypes;

                /// A ratio.
                struct Ratio {
                    /// Above.
                    numerator: f32,
                    /// Below.
                    denominator: f32,,
                }
            """,
            DT + "odds.rrdef": """
                namespace rerun.datatypes;

                /// Odds.
                @transparent
                struct Odds {
                    /// As a ratio.
                    ratio: Ratio,
                }
            """,
        },
    }
)

# Types nested deeper than the backends walk (codegen.resolve.MAX_NESTING_DEPTH = 64): a chain of 66
# datatypes, each holding the next, reported once, at its outermost type.
CASES["E135_types_nested_too_deep"] = {
    f"{DT}link{i}.rrdef": f"""
        namespace rerun.datatypes;

        /// Link {i} of a long chain.
        struct Link{i} {{
            /// The rest of the chain.
            rest: {f"Link{i + 1}" if i < 65 else "f32"},
        }}
    """
    for i in range(66)
}

CASES.update(
    {
        # A path that `..` leads out of the snippets directory: nothing outside it is embedded.
        "E173_example_outside_the_snippets": {
            AR + "dots.rrdef": """
                namespace rerun.archetypes;

                /// Dots.
                ///
                /// \\example archetypes/../../secrets title="Dots"
                struct Dots {
                    /// Where.
                    @required
                    positions: [rerun.components.Position3D],
                }
            """,
        },
        # Names the generated Python uses itself: parameters and locals of its functions, and what its
        # modules import.
        "E113_field_named_like_generated_python": {
            DT + "clash.rrdef": """
                namespace rerun.datatypes;

                /// Names the generated class uses.
                struct Clash {
                    /// A parameter of every method.
                    self: f32,
                    /// A local of the archetype functions.
                    instance: f32,
                    /// An imported helper.
                    list_array: f32,
                    /// A namespace module.
                    @param.name(components)
                    parts: f32,
                }
            """,
        },
    }
)

# Found by tests/fuzz_harness.py: `@constants_from` naming a field that is no component.
CASES["E123_constants_from_a_field_that_is_no_component"] = {
    AR + "axes.rrdef": """
        namespace rerun.archetypes;

        /// Axes.
        @constants_from(xyz)
        struct Axes {
            /// Which way is up.
            @required
            xyz: f32,
        }
    """,
}
