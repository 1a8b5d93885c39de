"""Constructor shapes said in the IDL: `@constructor.positional`, `@param.*`, `@constant`,
`@constants_from`, `@matrix_layout` and the Python options, as generated Python and as errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PRELUDE, Project, make_project
from pythontree import merged_tree, run_python

TYPES = {
    "acme/datatypes/mode.rrdef": """
        namespace acme.datatypes;

        /// How to draw.
        enum Mode: u8 {
            /// Lines.
            @default
            Lines = 1,

            /// Filled.
            Filled = 2,
        }
    """,
    "acme/datatypes/pair.rrdef": """
        namespace acme.datatypes;

        /// Two numbers and a mode.
        @constructor.positional(1)
        @constant(ORIGIN, 0.0, 0.0, Filled)
        @constant(ZERO, ORIGIN)
        @python.constructor_qualname("PairExt.__init__")
        struct Pair {
            /// The second number, listed first.
            @param.default(2.5)
            second: f32,

            /// The first number.
            @param.before(second)
            first: f32,

            /// How it is drawn.
            @param.name(style)
            @param.default(Lines)
            mode: acme.datatypes.Mode,
        }
    """,
    "acme/datatypes/grid.rrdef": """
        namespace acme.datatypes;

        /// A 2x2 matrix.
        @matrix_layout(column_major)
        @transparent
        struct Grid {
            /// The four values, column after column.
            values: [f32; 4],
        }
    """,
    "acme/datatypes/opaque.rrdef": """
        namespace acme.datatypes;

        /// Only Arrow arrays of it can be logged.
        @python.no_native_conversion("nobody wrote it")
        struct Opaque {
            /// A number.
            value: u32,
            /// Another.
            other: u32,
        }
    """,
    "acme/components/level.rrdef": """
        namespace acme.components;

        /// A level of some kind.
        @constant(LOW, 1.0)
        @constant(HIGH, 9.0)
        struct Level {
            /// How much.
            @param.name(amount)
            @param.default(5.0)
            value: rerun.datatypes.Float32,
        }
    """,
    "acme/archetypes/gauge.rrdef": """
        namespace acme.archetypes;

        /// A gauge.
        @constructor.positional(0)
        @constants_from(level)
        struct Gauge {
            /// Where it is.
            @required
            positions: [rerun.components.Position3D],

            /// Its level.
            @recommended
            @param.name(how_much)
            @param.required
            level: acme.components.Level,

            /// Its size.
            @optional
            @param.before(positions)
            radii: [rerun.components.Radius],
        }
    """,
}

PROBE = """
import inspect, json
import pyarrow as pa
import acme.archetypes as aa
import acme.components as ac
import acme.datatypes as ad

def params(f):
    return [(p.name, p.kind.name, None if p.default is p.empty else repr(p.default))
            for p in inspect.signature(f).parameters.values()][1:]

errors = {}
for name, call in {
    "pair": lambda: ad.Pair(),
    "gauge": lambda: aa.Gauge(positions=[[1, 2, 3]]),
    "opaque": lambda: ad.OpaqueBatch([ad.Opaque(1, 2)], strict=True),
}.items():
    try:
        call()
    except Exception as error:
        errors[name] = [type(error).__name__, str(error)]

grid = ad.Grid([[1, 2], [3, 4]])
print(json.dumps({
    "pair": params(ad.Pair.__init__),
    "pair_default": [ad.Pair(1.0).second, ad.Pair(1.0).mode.name, str(ad.Pair(1.0, style="Filled").mode)],
    "origin": [ad.Pair.ORIGIN.first, ad.Pair.ORIGIN.second, ad.Pair.ORIGIN.mode.name],
    "alias": ad.Pair.ZERO is ad.Pair.ORIGIN,
    "level": params(ac.Level.__init__),
    "level_value": [float(ac.Level().value), float(ac.Level(amount=2).value), float(ac.Level.HIGH.value)],
    "gauge": params(aa.Gauge.__init__),
    "gauge_constant": float(aa.Gauge.LOW.value),
    "gauge_fields": [b.component_descriptor().component for b in aa.Gauge(
        positions=[[1, 2, 3]], how_much=3.0, radii=[0.5]).as_component_batches()],
    "grid": grid.values.tolist(),
    "grid_columns": ad.Grid(columns=[[1, 2], [3, 4]]).values.tolist(),
    "grid_batch": ad.GridBatch([[[1, 2], [3, 4]]]).as_arrow_array().to_pylist(),
    "errors": errors,
}))
"""


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("shapes")
    project = make_project(root / "p", {**PRELUDE, **TYPES}, backends='["python"]')
    from codegen.cli import main

    assert main(["--project", str(project.root), "build"]) == 0
    tree = merged_tree(project.output / "python", root / "site")
    result: dict[str, object] = json.loads(run_python(tree, PROBE))
    return result


def test_parameters_follow_positional_count_defaults_names_and_before(shapes: dict[str, object]) -> None:
    assert shapes["pair"] == [
        ["first", "POSITIONAL_OR_KEYWORD", None],
        ["second", "KEYWORD_ONLY", "2.5"],
        ["style", "KEYWORD_ONLY", "<Mode.Lines: 1>"],
    ]
    assert shapes["pair_default"] == [2.5, "Lines", "Filled"]
    assert shapes["level"] == [["amount", "POSITIONAL_OR_KEYWORD", "5.0"]]
    assert shapes["level_value"] == [5.0, 2.0, 9.0]


def test_archetype_parameters(shapes: dict[str, object]) -> None:
    assert shapes["gauge"] == [
        ["radii", "KEYWORD_ONLY", "None"],
        ["positions", "KEYWORD_ONLY", None],
        ["how_much", "KEYWORD_ONLY", None],
    ]
    # Fields keep their declared order on the wire, whatever the parameter order.
    assert shapes["gauge_fields"] == ["Gauge:positions", "Gauge:level", "Gauge:radii"]


def test_constants_aliases_and_constants_from(shapes: dict[str, object]) -> None:
    assert shapes["origin"] == [0.0, 0.0, "Filled"]
    assert shapes["alias"] is True
    assert shapes["gauge_constant"] == 1.0


def test_matrices_are_taken_row_by_row_and_stored_in_their_layout(shapes: dict[str, object]) -> None:
    assert shapes["grid"] == [1.0, 3.0, 2.0, 4.0]
    assert shapes["grid_columns"] == [1.0, 2.0, 3.0, 4.0]
    assert shapes["grid_batch"] == [[1.0, 3.0, 2.0, 4.0]]


def test_errors_name_the_reported_constructor_and_the_missing_conversion(shapes: dict[str, object]) -> None:
    assert shapes["errors"] == {
        "pair": ["TypeError", "PairExt.__init__() missing 1 required positional argument: 'first'"],
        "gauge": ["TypeError", "Gauge.__init__() missing 1 required keyword-only argument: 'how_much'"],
        "opaque": ["NotImplementedError", "Arrow serialization of Opaque not implemented: nobody wrote it"],
    }


def lint(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> str:
    project: Project = make_project(tmp_path / "p", {**PRELUDE, **files})
    code, _, err = project.run("lint", capsys=capsys)
    assert code == 1
    assert "Traceback" not in err
    return err


def test_the_retired_keyword_only_attribute_names_its_replacement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    points = PRELUDE["rerun/archetypes/points3d.rrdef"].replace(
        "struct Points3D", "@python.keyword_only_init\n        struct Points3D"
    )
    err = lint(tmp_path, capsys, {"rerun/archetypes/points3d.rrdef": points})
    assert "error[E160]: unknown attribute `@python.keyword_only_init`" in err
    assert "hint: `@python.keyword_only_init` was replaced by `@constructor.positional(0)`" in err


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ("@param.default(1)\n", "default `1` does not fit field `Pair.mode`"),
        ("@param.default(Dotted)\n", "the field takes the name of one of its variants: Lines, Filled"),
        ("@param.before(mode)\n", "`@param.before(mode)` on `Pair.mode` names no other field"),
        ("@param.name(Style)\n", "parameter name `Style` of `Pair.mode` must be snake_case"),
        ("@param.name(first)\n", "fields `first` and `mode` of `Pair` both take the constructor parameter"),
        ("@param.name(class)\n", "constructor parameter `class` of `Pair.mode` would be a Python keyword"),
        ("@param.name(np)\n", "constructor parameter `np` of `Pair.mode` would hide the module `np`"),
    ],
)
def test_bad_parameter_shapes_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attributes: str, message: str
) -> None:
    pair = TYPES["acme/datatypes/pair.rrdef"].replace(
        "            @param.name(style)\n            @param.default(Lines)\n", "            " + attributes
    )
    assert message in lint(tmp_path, capsys, {**TYPES, "acme/datatypes/pair.rrdef": pair})


@pytest.mark.parametrize(
    ("constant", "message"),
    [
        ("@constant(ORIGIN, 0.0, 0.0)", "gives 2 value(s) for 3 field(s)"),
        (
            '@constant(ORIGIN, 0.0, "x", Lines)',
            'value `"x"` of constant `Pair.ORIGIN` does not fit field `first`',
        ),
        ("@constant(origin, 0.0, 0.0, Lines)", "constant name `origin` of `Pair` must be UPPER_SNAKE_CASE"),
        ("@constant(ORIGIN, 0.0, 0.0, Lines)\n@constant(ORIGIN, 1.0, 1.0, Lines)", "is defined twice"),
    ],
)
def test_bad_constants_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], constant: str, message: str
) -> None:
    pair = TYPES["acme/datatypes/pair.rrdef"].replace("@constant(ORIGIN, 0.0, 0.0, Filled)", constant)
    assert message in lint(tmp_path, capsys, {**TYPES, "acme/datatypes/pair.rrdef": pair})


def test_a_repeated_constant_is_reported_where_it_is_repeated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = TYPES["acme/datatypes/pair.rrdef"].replace(
        "@constant(ZERO, ORIGIN)", '@constant(ORIGIN, 1.0, "x", Lines)'
    )
    err = lint(tmp_path, capsys, {**TYPES, "acme/datatypes/pair.rrdef": pair})
    assert "acme/datatypes/pair.rrdef:6:11: error[E167]: constant `Pair.ORIGIN` is defined twice" in err
    assert 'acme/datatypes/pair.rrdef:6:24: error[E167]: value `"x"` of constant `Pair.ORIGIN`' in err


def test_a_required_field_with_a_default_and_a_needless_required_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gauge = TYPES["acme/archetypes/gauge.rrdef"].replace(
        "            @required\n            positions:",
        "            @required\n            @param.required\n            @param.default(1)\n"
        "            positions:",
    )
    err = lint(tmp_path, capsys, {**TYPES, "acme/archetypes/gauge.rrdef": gauge})
    assert "required field `Gauge.positions` cannot have a default value" in err
    assert "`@param.required` on `Gauge.positions`, which has a default" in err


def test_constants_from_and_matrix_layout_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gauge = TYPES["acme/archetypes/gauge.rrdef"].replace("@constants_from(level)", "@constants_from(radii)")
    grid = TYPES["acme/datatypes/grid.rrdef"].replace("[f32; 4]", "[f32; 3]")
    err = lint(
        tmp_path, capsys, {**TYPES, "acme/archetypes/gauge.rrdef": gauge, "acme/datatypes/grid.rrdef": grid}
    )
    assert "`@constants_from(radii)`: component `rerun.components.Radius` has no constants" in err
    assert "`@matrix_layout` needs a datatype of one field of N*N floats" in err
