"""Views in the language: resolution, the registry entry, the generated Python class and the docs pages."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from codegen.arrow import ArrowMapping
from codegen.cli import main
from codegen.frontend import Source, load
from codegen.model import Kind, Model, Shorthand, Stability, ViewType
from codegen.registry import type_entry
from conftest import PRELUDE, Project, make_project

GRID = """
    namespace rerun.blueprint.archetypes;

    /// A grid of lines.
    struct LineGrid {
        /// Whether the grid is drawn.
        @required
        visible: rerun.components.Radius,

        /// How wide the lines are.
        @optional
        width: rerun.components.Radius,
    }
"""

SCENE = """
    namespace rerun.blueprint.views;

    /// A scene of points.
    ///
    /// Drawn on a grid.
    @view_identifier("Scene")
    struct SceneView {
        /// The grid below the points.
        @param.shorthand
        grid: rerun.blueprint.archetypes.LineGrid,

        /// Defaults for the points.
        @param.shorthand(radii)
        points: rerun.archetypes.Points3D,
    }
"""

POINTS = """
    namespace rerun.archetypes;

    /// Points in 3D.
    @docs.view_types("SceneView: on a grid", "EmptyView")
    struct Points3D {
        /// Where the points are.
        @required
        positions: [rerun.components.Position3D],

        /// How big they are.
        @recommended
        radii: [rerun.components.Radius],
    }
"""

EMPTY = """
    namespace rerun.blueprint.views;

    /// A view of nothing in particular.
    @view_identifier("Empty")
    struct EmptyView {}
"""

FILES = {
    **PRELUDE,
    "rerun/archetypes/points3d.rrdef": POINTS,
    "rerun/blueprint/archetypes/line_grid.rrdef": GRID,
    "rerun/blueprint/views/scene_view.rrdef": SCENE,
    "rerun/blueprint/views/empty_view.rrdef": EMPTY,
}


def model_of(files: dict[str, str]) -> Model:
    loaded = load([Source(f"definitions/{k}", k, textwrap.dedent(v).lstrip()) for k, v in files.items()])
    assert loaded.model is not None, [d.message for d in loaded.diagnostics]
    return loaded.model


def test_a_view_resolves_with_its_identifier_properties_and_shorthands() -> None:
    model = model_of(FILES)
    scene = model.get("rerun.blueprint.views.SceneView")
    assert (scene.kind, scene.view_identifier, scene.state.stability) == (
        Kind.VIEW,
        "Scene",
        Stability.UNSTABLE,
    )
    grid, points = scene.fields
    assert (grid.name, grid.role, grid.shorthand) == ("grid", None, Shorthand(None, grid.shorthand.span))
    assert points.shorthand is not None and points.shorthand.parameter == "radii"
    assert model.get("rerun.blueprint.views.EmptyView").fields == ()
    assert model.get("rerun.archetypes.Points3D").view_types == (
        ViewType("SceneView", "on a grid", "rerun.blueprint.views.SceneView"),
        ViewType("EmptyView", None, "rerun.blueprint.views.EmptyView"),
    )
    assert [t.name for t in model.of_kind(Kind.VIEW)] == ["EmptyView", "SceneView"]


def test_view_types_name_a_view_of_the_archetypes_own_root_first() -> None:
    acme_view = EMPTY.replace("rerun.blueprint.views", "acme.views")
    acme_points = POINTS.replace("rerun.archetypes", "acme.archetypes").replace(
        '"SceneView: on a grid", ', ""
    )
    model = model_of(
        {
            **FILES,
            "acme/views/empty_view.rrdef": acme_view,
            "acme/archetypes/points3d.rrdef": acme_points,
        }
    )
    assert model.get("acme.archetypes.Points3D").view_types[0].fqname == "acme.views.EmptyView"
    assert model.get("rerun.archetypes.Points3D").view_types[1].fqname == "rerun.blueprint.views.EmptyView"


def test_without_any_view_the_view_types_are_not_checked() -> None:
    model = model_of({**PRELUDE, "rerun/archetypes/points3d.rrdef": POINTS})
    assert [v.fqname for v in model.get("rerun.archetypes.Points3D").view_types] == [None, None]


def test_the_registry_entry_of_a_view() -> None:
    model = model_of(FILES)
    entry = type_entry(ArrowMapping(model), model.get("rerun.blueprint.views.SceneView"))
    assert entry == {
        "fqname": "rerun.blueprint.views.SceneView",
        "kind": "view",
        "shape": "struct",
        "source": "definitions/rerun/blueprint/views/scene_view.rrdef",
        "state": "unstable",
        "identifier": "Scene",
        "properties": [
            {
                "name": "grid",
                "archetype": "rerun.blueprint.archetypes.LineGrid",
                "shorthand": {"parameter": None},
                "state": "stable",
            },
            {
                "name": "points",
                "archetype": "rerun.archetypes.Points3D",
                "shorthand": {"parameter": "radii"},
                "state": "stable",
            },
        ],
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(tmp_path_factory.mktemp("views") / "p", FILES)
    (project.root / "snippets").mkdir()
    assert main(["--project", str(project.root), "build"]) == 0
    return project


def generated(project: Project, path: str) -> str:
    return (project.output / path).read_text(encoding="utf-8")


def test_the_generated_class_fixes_the_identifier_and_converts_each_property(project: Project) -> None:
    source = generated(project, "python/rerun/blueprint/views/scene_view.py")
    module = ast.parse(source)
    (view,) = [node for node in module.body if isinstance(node, ast.ClassDef)]
    assert (view.name, [ast.unparse(b) for b in view.bases]) == ("SceneView", ["View"])
    init = next(node for node in view.body if isinstance(node, ast.FunctionDef))
    arguments = init.args
    assert arguments.args[1:] == [] and arguments.vararg is None
    signature = [
        (a.arg, ast.unparse(a.annotation) if a.annotation else None, ast.unparse(d) if d else None)
        for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    assert signature == [
        ("origin", "str", "'/'"),
        ("contents", "ViewContentsLike", "'$origin/**'"),
        ("name", "str | None", "None"),
        ("visible", "bool | None", "None"),
        ("defaults", "Iterable[ComponentsLike] | None", "None"),
        ("overrides", "Mapping[str, OverrideLike] | None", "None"),
        ("grid", "blueprint_archetypes.LineGrid | datatypes.Float32Like | None", "None"),
        ("points", "archetypes.Points3D | datatypes.Float32ArrayLike | None", "None"),
    ]
    assert "class_identifier='Scene'" in ast.unparse(init).replace('"', "'")
    assert "_as_property('grid', blueprint_archetypes.LineGrid, grid, blueprint_archetypes.LineGrid)" in (
        ast.unparse(init)
    )
    assert (
        "_as_property('points', archetypes.Points3D, points, lambda value: archetypes.Points3D(radii=value))"
        in ast.unparse(init)
    )
    # Annotations only need `datatypes`, imported for type checkers alone.
    assert "if TYPE_CHECKING:\n    import rerun.datatypes as datatypes\n" in source
    assert "grid : LineGrid | Float32Like, optional" in source
    assert "A value on its own stands for `Points3D(radii=value)`." in source
    stub = generated(project, "python/rerun/blueprint/views/__init__.pyi")
    assert "from .empty_view import EmptyView\nfrom .scene_view import SceneView\n" in stub


def test_the_view_page(project: Project) -> None:
    page = generated(project, "docs/reference/rerun/blueprint/views/scene_view.md")
    assert page.startswith("# SceneView\n")
    assert "Drawn on a grid.\n\nThe viewer knows this view by its class identifier, `Scene`." in page
    grid = page.split("### `grid`{ #grid }\n", 1)[1].split("###", 1)[0]
    assert grid.startswith(
        "\n[`LineGrid`](../archetypes/line_grid.md): A grid of lines.\n\nThe grid below the points.\n"
    )
    assert "also takes `datatypes.Float32Like` in place of the archetype, as `LineGrid(value)`." in grid
    assert "* [`LineGrid.width`](../archetypes/line_grid.md#width): How wide the lines are.\n" in grid
    assert "as `Points3D(radii=value)`." in page
    assert "* [`Points3D`](../../archetypes/points3d.md) (on a grid)\n" in page
    assert (
        "rrb.SceneView" in page and "    grid: blueprint_archetypes.LineGrid | datatypes.Float32Like" in page
    )
    empty = generated(project, "docs/reference/rerun/blueprint/views/empty_view.md")
    assert "This view has no properties of its own." in empty


def test_archetype_pages_link_the_views_that_show_them(project: Project) -> None:
    points = generated(project, "docs/reference/rerun/archetypes/points3d.md")
    assert (
        "## Can be shown in\n\n* [`SceneView`](../blueprint/views/scene_view.md) (on a grid)\n"
        "* [`EmptyView`](../blueprint/views/empty_view.md)\n"
    ) in points
    grid = generated(project, "docs/reference/rerun/blueprint/archetypes/line_grid.md")
    assert "* [`SceneView`](../views/scene_view.md) (`grid`)" in grid  # used by the view's property


def test_the_views_index_and_the_overview(project: Project) -> None:
    index = generated(project, "docs/reference/rerun/blueprint/views/index.md")
    assert index.startswith("# Blueprint views\n")
    assert "| [`SceneView`](scene_view.md) | A scene of points. |" in index
    overview = generated(project, "docs/reference/index.md")
    assert "## Views\n" in overview
    assert (
        "* [Blueprint views](rerun/blueprint/views/index.md): 2 types in `rerun.blueprint.views`" in overview
    )


def test_the_overview_has_no_views_section_without_views(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE, backends='["docs"]')
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    overview = generated(project, "docs/reference/index.md")
    assert "## Archetypes\n" in overview and "## Views" not in overview


def test_a_shorthand_names_a_field_and_passes_its_renamed_parameter(tmp_path: Path) -> None:
    """`@param.shorthand(radii)` names the archetype's field; the call uses the field's parameter,
    `sizes` once `@param.name` renames it."""
    renamed = POINTS.replace(
        "        @recommended\n        radii:",
        "        @recommended\n        @param.name(sizes)\n        radii:",
    )
    project = make_project(tmp_path / "p", {**FILES, "rerun/archetypes/points3d.rrdef": renamed})
    (project.root / "snippets").mkdir()
    assert main(["--project", str(project.root), "build"]) == 0
    source = generated(project, "python/rerun/blueprint/views/scene_view.py")
    assert "lambda value: archetypes.Points3D(sizes=value)" in source
    assert "A value on its own stands for `Points3D(sizes=value)`." in source
