"""The Python backend's output: it imports, matches the Arrow mapping, lints and type-checks."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from codegen.backends.python.docstrings import literal as docstring_literal
from codegen.formatting import RUFF_CONFIG
from conftest import PRELUDE, REPO, TESTS, Project, make_project
from pythontree import merged_tree, run_python

EXTRA = {
    "rerun/components/fill_mode.rrdef": """
        namespace rerun.components;

        /// How shapes are filled.
        enum FillMode: u8 {
            /// Outlines only.
            Wireframe = 1,

            /// Filled in.
            @default
            Solid = 2,
        }
    """,
    "rerun/datatypes/time_int.rrdef": """
        namespace rerun.datatypes;

        /// A time.
        @transparent
        struct TimeInt {
            /// Nanoseconds or a sequence number.
            value: i64,
        }
    """,
    "rerun/datatypes/boundary.rrdef": """
        namespace rerun.datatypes;

        /// One end of a range.
        union Boundary {
            /// Relative to the cursor.
            Relative: rerun.datatypes.TimeInt = 1,

            /// No bound.
            Infinite = 2,
        }
    """,
    # The runtime's `rerun.blueprint` package imports these three generated packages.
    "rerun/blueprint/datatypes/zoom.rrdef": """
        namespace rerun.blueprint.datatypes;

        /// A zoom factor.
        @transparent
        struct Zoom {
            /// The factor.
            factor: f64,
        }
    """,
    "rerun/blueprint/components/zoom_level.rrdef": """
        namespace rerun.blueprint.components;

        /// How far the view is zoomed in.
        struct ZoomLevel {
            /// The factor.
            factor: rerun.blueprint.datatypes.Zoom,
        }
    """,
    "rerun/blueprint/archetypes/map_zoom.rrdef": """
        namespace rerun.blueprint.archetypes;

        /// The zoom of a map view.
        struct MapZoom {
            /// The zoom level.
            @optional
            zoom: rerun.blueprint.components.ZoomLevel,
        }
    """,
    # A user's own namespace, as the custom-data pages of the Rerun docs do by hand.
    "acme/components/confidence.rrdef": """
        namespace acme.components;

        /// How sure the detector is, from 0 to 1.
        struct Confidence {
            /// The confidence.
            value: rerun.datatypes.Float32,
        }
    """,
    "acme/archetypes/custom_points3d.rrdef": """
        namespace acme.archetypes;

        /// Points with a confidence each.
        ///
        /// Shown in the API docs.
        /// \\py Only in Python: see [rerun.archetypes.Points3D].
        /// \\md Only on the web page.
        ///
        /// \\example custom/escapes title="Text with escapes"
        /// \\example custom/quotes title="Triple quotes"
        /// \\example custom/web_only title="Only on the web page" !api
        /// \\example custom/missing title="Not written yet"
        struct CustomPoints3D {
            /// Where the points are.
            @required
            positions: [rerun.components.Position3D],

            /// How sure we are of each point.
            @recommended
            confidences: [acme.components.Confidence],
        }
    """,
    # A struct with a list of structs: converted by the generated batch, no extension needed.
    "acme/datatypes/polyline.rrdef": """
        namespace acme.datatypes;

        /// A named run of points.
        struct Polyline {
            /// Its name.
            name: string,

            /// Its points, in order.
            points: [rerun.datatypes.Vec3D],
        }
    """,
    "rerun/datatypes/old_pair.rrdef": """
        namespace rerun.datatypes;

        /// An outdated pair of numbers.
        @state(deprecated, since="0.30.0", notice="Use Vec3D instead.")
        struct OldPair {
            /// The first number.
            first: f32,

            /// The second one, if there is one.
            second: rerun.datatypes.Float32?,
        }
    """,
}

SNIPPETS = {
    "custom/escapes": '''
        """Print a tab and a newline."""

        print("a\\tb\\n")
    ''',
    "custom/quotes": '''
        """A string in triple quotes."""

        text = """one "quoted" word"""
        print(text + '"')
    ''',
    "custom/web_only": """
        print("only on the web page")
    """,
}

PROBE = """
import json
import pyarrow as pa
import rerun.datatypes as dt
import rerun.components as cp
import rerun.archetypes as ar
import acme.archetypes as aa
import acme.components as ac
import acme.datatypes as ad

print(json.dumps({
    "vec3d": str(dt.Vec3DBatch._ARROW_DATATYPE),
    "position": [str(cp.Position3DBatch._ARROW_DATATYPE), cp.Position3DBatch._COMPONENT_TYPE,
                 issubclass(cp.Position3DBatch, dt.Vec3DBatch)],
    "boundary": str(dt.BoundaryBatch._ARROW_DATATYPE),
    "fill_default": str(cp.FillMode.default()),
    "fill_values": [m.value for m in cp.FillMode],
    "confidence": [
        ac.ConfidenceBatch._COMPONENT_TYPE,
        ac.ConfidenceBatch([0.5, 1.0]).as_arrow_array().to_pylist(),
    ],
    "descriptor": {
        name: getattr(aa.CustomPoints3D.descriptor_confidences(), name)
        for name in ("component", "archetype", "component_type")
    },
    "names": sorted(ar.__all__) + sorted(aa.__all__),
    "polylines": ad.PolylineBatch(
        [ad.Polyline("a", [[1, 2, 3], [4, 5, 6]]), ad.Polyline("b", [])]
    ).as_arrow_array().to_pylist(),
}))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(tmp_path_factory.mktemp("py") / "p", {**PRELUDE, **EXTRA})
    for path, text in SNIPPETS.items():
        file = project.root / "snippets" / f"{path}.py"
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    from codegen.cli import main

    assert main(["--project", str(project.root), "build"]) == 0
    return project


# The editable install of this repository maps `rerun.*` packages to its own generated tree; drop
# its import hook so the probe sees only the tree under test.
def test_generated_modules_import_and_match_the_arrow_mapping(project: Project, tmp_path: Path) -> None:
    tree = merged_tree(project.output / "python", tmp_path / "site")
    result = json.loads(run_python(tree, PROBE))
    assert result["vec3d"] == "fixed_size_list<item: float not null>[3]"
    assert result["position"] == [result["vec3d"], "rerun.components.Position3D", True]
    assert (
        result["boundary"]
        == "dense_union<_null_markers: null=0, Relative: int64 not null=1, Infinite: null=2>"
    )
    assert result["fill_default"] == "Solid"
    assert result["fill_values"] == [1, 2]
    assert result["confidence"] == ["acme.components.Confidence", [0.5, 1.0]]
    assert result["descriptor"] == {
        "component": "CustomPoints3D:confidences",
        "archetype": "acme.archetypes.CustomPoints3D",
        "component_type": "acme.components.Confidence",
    }
    assert result["names"] == ["Points3D", "CustomPoints3D"]
    assert result["polylines"] == [
        {"name": "a", "points": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]},
        {"name": "b", "points": []},
    ]


def test_generated_python_passes_ruff(project: Project) -> None:
    done = subprocess.run(
        [
            find_ruff_bin(),
            "check",
            "--config",
            str(RUFF_CONFIG),
            "--no-cache",
            str(project.output / "python"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_generated_python_of_the_repository_type_checks(tmp_path: Path) -> None:
    """mypy --strict over the runtime together with what `codegen build` wrote for definitions/."""
    tree = merged_tree(REPO / "generated" / "python", tmp_path / "site")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(TESTS / "mypy-generated.ini"),
            "rerun",
        ],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


DOCS_PROBE = """
import inspect, json
import acme.archetypes as aa
import rerun.archetypes as ar
import rerun.blueprint.datatypes as bd
import rerun.components as cp
import rerun.datatypes as dt

docs = {
    "points_init": ar.Points3D.__init__,
    "points_from_fields": ar.Points3D.from_fields,
    "points_columns": ar.Points3D.columns,
    "custom": aa.CustomPoints3D,
    "old_pair": dt.OldPair,
    "old_pair_init": dt.OldPair.__init__,
    "zoom": bd.Zoom,
    "boundary_init": dt.Boundary.__init__,
    "position_batch": cp.Position3DBatch,
}
print(json.dumps({name: inspect.getdoc(value) for name, value in docs.items()}))
"""


@pytest.fixture(scope="module")
def docstrings(project: Project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tree = merged_tree(project.output / "python", tmp_path_factory.mktemp("docs") / "site")
    result: dict[str, str] = json.loads(run_python(tree, DOCS_PROBE))
    return result


def test_archetype_methods_document_each_field_with_its_type(docstrings: dict[str, str]) -> None:
    assert docstrings["points_init"] == textwrap.dedent(
        """\
        Create a new `Points3D`.

        Parameters
        ----------
        positions : Vec3DArrayLike
            Where the points are.
        radii : Float32ArrayLike, optional
            How big they are."""
    )
    from_fields = docstrings["points_from_fields"]
    assert "clear_unset : bool, optional\n" in from_fields
    assert "positions : Vec3DArrayLike, optional\n    Where the points are." in from_fields
    columns = docstrings["points_columns"]
    assert "rr.send_columns" in columns and ".partition(lengths)" in columns
    assert "radii : Float32ArrayLike, optional\n    How big they are." in columns
    assert columns.endswith(
        "Returns\n-------\nComponentColumnList\n    One column per field given, in field order."
    )


def test_type_docstrings_hold_python_docs_and_api_examples(docstrings: dict[str, str]) -> None:
    custom = docstrings["custom"]
    head, _, examples = custom.partition("\n\nExamples\n--------\n")
    assert head == (
        "**Archetype**: Points with a confidence each.\n\n"
        "Shown in the API docs.\n"
        "Only in Python: see `rerun.archetypes.Points3D`."
    )
    assert examples == textwrap.dedent(
        '''\
        ### Text with escapes

        ```python
        print("a\\tb\\n")
        ```

        ### Triple quotes

        ```python
        text = """one "quoted" word"""
        print(text + '"')
        ```'''
    )


def test_state_of_a_type_shows_in_its_docstring(docstrings: dict[str, str]) -> None:
    assert docstrings["old_pair"].startswith(
        "**Datatype**: An outdated pair of numbers.\n\n.. deprecated:: 0.30.0\n    Use Vec3D instead."
    )
    assert "\nWarnings\n--------\nThis type is unstable" in docstrings["zoom"]
    assert "Warnings" not in docstrings["old_pair"]
    assert docstrings["old_pair_init"].endswith(
        "first : float\n    The first number.\n"
        "second : Float32Like, optional\n    The second one, if there is one."
    )


def test_unions_and_batches_document_what_they_take(docstrings: dict[str, str]) -> None:
    assert docstrings["boundary_init"].endswith(
        "kind : str, optional\n"
        "    The variant, one of the following (`relative` by default):\n\n"
        "    - `relative`, with a `TimeIntLike` value: Relative to the cursor.\n"
        "    - `infinite`, without a value: No bound."
    )
    assert docstrings["position_batch"] == (
        "A batch of `Position3D` component values, as one Arrow array (see `BaseBatch`)."
    )


def test_enum_variants_have_docstrings(project: Project) -> None:
    source = (project.output / "python/rerun/components/fill_mode.py").read_text(encoding="utf-8")
    members = ast.parse(source).body
    enum = next(n for n in members if isinstance(n, ast.ClassDef) and n.name == "FillMode")
    docs = {
        target.id: ast.literal_eval(following.value)
        for statement, following in zip(enum.body, enum.body[1:], strict=False)
        if isinstance(statement, ast.Assign) and isinstance(following, ast.Expr)
        for target in statement.targets
        if isinstance(target, ast.Name)
    }
    assert docs == {"Wireframe": "Outlines only.", "Solid": "Filled in.\n\n    This is the default.\n    "}


def test_the_repository_points3d_documents_its_fields_and_examples() -> None:
    """The real `Points3D`: a hand-written constructor, with the generated parameter docs merged in."""
    import inspect

    import rerun as rr
    from codegen.snippets import load

    init = inspect.getdoc(rr.Points3D.__init__) or ""
    parameters = init.partition("Parameters\n----------\n")[2]
    heads = [line for line in parameters.splitlines() if line and not line[0].isspace()]
    assert heads == [
        "positions : Vec3DArrayLike",
        "radii : Float32ArrayLike, optional",
        "colors : Rgba32ArrayLike, optional",
        "labels : Utf8ArrayLike, optional",
        "show_labels : BoolLike, optional",
        "class_ids : ClassIdArrayLike, optional",
        "keypoint_ids : KeypointIdArrayLike, optional",
    ]
    snippet = load(REPO / "docs" / "snippets", "archetypes/points3d_simple")
    assert snippet is not None
    assert f"```python\n{snippet.code}```" in (inspect.getdoc(rr.Points3D) or "")


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "a \\t backslash",
        'ends in a quote"',
        'ends in two quotes""',
        'a """ run and a """" longer one',
        "ends in a backslash \\",
        'both \\n and """',
        "several\nlines\\d",
    ],
)
def test_docstring_literals_keep_the_text_exactly(text: str) -> None:
    literal = docstring_literal(text)
    value = ast.literal_eval(literal)
    assert value == (text + "\n" if "\n" in text else text)
    assert literal.startswith('r"""') == (
        "\\" in text and '"""' not in text and not text.endswith(("\\", '"'))
    )
