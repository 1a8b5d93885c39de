"""The reference pages: what each kind of page says, cross-references, snippets and the indexes."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from codegen import doclinks
from codegen import snippets as snippet_files
from codegen.backends.docs.builder import arrow_text
from codegen.build import load_model
from codegen.config import load_config
from conftest import PRELUDE, Project, make_project

POINTS = """
    namespace rerun.archetypes;

    /// Points in 3D, sized by [rerun.components.Radius].
    ///
    /// See [rerun.archetypes.Points3D.radii] and [rerun.datatypes.Float32]; `[not.a.reference]` is code.
    /// \\md Only on the web.
    /// \\py Only in Python.
    ///
    /// \\example archetypes/points3d_simple title="Three points"
    @docs.category("Spatial 3D")
    @docs.view_types("Spatial3DView", "Spatial2DView: under a projection")
    struct Points3D {
        /// How big they are.
        @recommended
        radii: [rerun.components.Radius],

        /// Where the points are.
        ///
        /// In the entity's space.
        @required
        positions: [rerun.components.Position3D],
    }
"""

OLD_POINTS = """
    namespace rerun.archetypes;

    /// Points of an older kind.
    @state(deprecated, since="0.30.0", notice="Use Points3D.")
    struct OldPoints {
        /// Where.
        @required
        positions: [rerun.components.Position3D],
    }
"""

SIMPLE = '''"""Log three points.

The viewer shows them in 3D.
"""

import rerun as rr

rr.log("points", rr.Points3D([[0, 0, 0], [1, 0, 0], [0, 1, 0]], radii=rr.components.Radius(0.5)))
'''

ALIASED = """from rerun import archetypes as arch

arch.Points3D.columns(positions=[[0, 0, 0]])
"""

REFERENCE = "docs/reference"


def build(tmp_path: Path, capsys: pytest.CaptureFixture[str], extension: str | None = None) -> Project:
    files = {
        **PRELUDE,
        "rerun/archetypes/points3d.rrdef": POINTS,
        "rerun/archetypes/old_points.rrdef": OLD_POINTS,
    }
    project = make_project(tmp_path / "p", files, backends='["docs"]')
    snippets = project.root / "snippets/archetypes"
    snippets.mkdir(parents=True)
    (snippets / "points3d_simple.py").write_text(SIMPLE, encoding="utf-8")
    (snippets / "aliased.py").write_text(ALIASED, encoding="utf-8")
    if extension is not None:
        module = project.root / "runtime/_ext/archetypes/points3d.py"
        module.parent.mkdir(parents=True)
        module.write_text(extension, encoding="utf-8")
    status, _out, err = project.run("build", capsys=capsys)
    assert status == 0, err
    return project


def page(project: Project, path: str) -> str:
    return (project.output / REFERENCE / path).read_text(encoding="utf-8")


def test_references_become_links_and_web_lines_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    points = page(build(tmp_path, capsys), "rerun/archetypes/points3d.md")
    assert "Points in 3D, sized by [`Radius`](../components/radius.md)." in points
    assert "See [`Points3D.radii`](points3d.md#radii) and [`Float32`](../datatypes/float32.md);" in points
    assert "`[not.a.reference]` is code." in points
    assert "Only on the web." in points and "Only in Python." not in points
    assert "| `radii`{ #radii } |" in points  # the anchor the field reference points at


def test_an_archetype_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    points = page(build(tmp_path, capsys), "rerun/archetypes/points3d.md")
    assert points.startswith("# Points3D\n\n<!-- DO NOT EDIT")
    # Fields by role, required first, whatever the declaration order.
    assert points.index("### Required") < points.index("`positions`") < points.index("### Recommended")
    row = "| `positions`{ #positions } | [`Position3D`](../components/position3d.md) (one per instance) |"
    assert row + " Where the points are.<br><br>In the entity's space. |" in points
    assert "* `Spatial3DView`\n* `Spatial2DView` (under a projection)\n" in points
    signature = (
        "```python\nPoints3D(\n    positions: datatypes.Vec3DArrayLike,\n    *,\n"
        "    radii: datatypes.Float32ArrayLike | None = None,\n)\n```"
    )
    assert signature in points
    assert "takes the required fields as positional arguments" in points
    # The example: its title, the snippet's docstring as prose, then its code without the docstring.
    example = points.split("## Example\n", 1)[1]
    assert example.startswith("\n### Three points\n\nLog three points.\n\nThe viewer shows them in 3D.\n")
    assert '```python title="archetypes/points3d_simple.py"\nimport rerun as rr\n\nrr.log(' in example
    assert '"""' not in example
    # The other snippet that uses it is linked, not inlined.
    assert "[`archetypes/aliased`](../../snippets/index.md#snippet-archetypes-aliased)" in points


def test_a_derived_constructor_is_shown_with_the_model_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extension = (
        "from typing import Any\n\nfrom rerun.archetypes.points3d import Points3D\n\n\n"
        "class Points3DExt(Points3D):\n"
        '    """Scaled points."""\n\n'
        "    @staticmethod\n"
        "    def _derive_fields(positions: Any, *, scale: float = 1.0) -> dict[str, Any]:\n"
        '        return {"positions": positions}\n'
    )
    points = page(build(tmp_path, capsys, extension), "rerun/archetypes/points3d.md")
    assert (
        "Points3D(\n    positions: datatypes.Vec3DArrayLike,\n    *,\n    scale: float = 1.0,\n"
        "    radii: datatypes.Float32ArrayLike | None = None,\n)"
    ) in points
    assert "Its constructor also takes arguments that are not fields" in points


def test_datatype_and_component_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = build(tmp_path, capsys)
    vec3d = page(project, "rerun/datatypes/vec3d.md")
    assert "| `xyz`{ #xyz } | array of 3 `f32` | x, y, z. |" in vec3d
    assert "## Arrow datatype\n\n```text\nfixed_size_list<item: float not null>[3]\n```" in vec3d
    assert "* [`Position3D`](../components/position3d.md) (`xyz`)" in vec3d
    radius = page(project, "rerun/components/radius.md")
    assert "| `value`{ #value } | [`Float32`](../datatypes/float32.md) |" in radius
    assert "* [`Points3D`](../archetypes/points3d.md) (`radii`)" in radius
    assert "`rerun.components.Radius`, and `rerun.components.RadiusBatch`" in radius


def test_indexes_group_by_category_and_mark_deprecated_types(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = build(tmp_path, capsys)
    index = page(project, "rerun/archetypes/index.md")
    spatial, other = index.split("## Spatial 3D\n", 1)[1].split("## Other\n", 1)
    assert (
        "| [`Points3D`](points3d.md) | Points in 3D, sized by [`Radius`](../components/radius.md). |"
        in spatial
    )
    assert '[`OldPoints`](old_points.md) <span class="rr-badge rr-deprecated">deprecated</span>' in other
    old = page(project, "rerun/archetypes/old_points.md")
    assert old.startswith("# OldPoints (deprecated)\n")
    assert '!!! warning "Deprecated since 0.30.0"\n    Use Points3D.' in old
    overview = page(project, "index.md")
    assert "* [Archetypes](rerun/archetypes/index.md): 2 types in `rerun.archetypes`" in overview


def test_the_snippet_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = page(build(tmp_path, capsys), "snippets/index.md")
    assert "No snippet uses or documents these archetypes yet" not in index  # OldPoints is deprecated
    points_row = (
        "| [`Points3D`](../rerun/archetypes/points3d.md) | "
        "[`archetypes/aliased`](#snippet-archetypes-aliased), "
        "[`archetypes/points3d_simple`](#snippet-archetypes-points3d_simple) |"
    )
    assert points_row in index
    assert "| [`Radius`](../rerun/components/radius.md) | [`archetypes/points3d_simple`]" in index
    assert (
        "| `archetypes/points3d_simple`{ #snippet-archetypes-points3d_simple } | Log three points. | "
        "[`Points3D`](../rerun/archetypes/points3d.md), [`Radius`](../rerun/components/radius.md) |"
    ) in index


def test_archetypes_without_a_snippet_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE, backends='["docs"]')
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    index = page(project, "snippets/index.md")
    assert "* Archetypes: [`Points3D`](../rerun/archetypes/points3d.md)\n" in index


def test_an_example_named_by_the_definition_counts_even_if_its_code_does_not_name_the_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = POINTS.replace("struct Points3D", "struct Shown").replace(
        "archetypes/points3d_simple", "archetypes/indirect"
    )
    project = make_project(
        tmp_path / "p", {**PRELUDE, "rerun/archetypes/shown.rrdef": shown}, backends='["docs"]'
    )
    snippets = project.root / "snippets/archetypes"
    snippets.mkdir(parents=True)
    (snippets / "indirect.py").write_text('"""Configure a view."""\n\nimport rerun as rr\n', encoding="utf-8")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    index = page(project, "snippets/index.md")
    assert (
        "| [`Shown`](../rerun/archetypes/shown.md) | [`archetypes/indirect`](#snippet-archetypes-indirect) |"
        in index
    )
    assert "[`Shown`](../rerun/archetypes/shown.md)" not in index.split("## Archetypes used by snippets")[0]


def test_find_references_skips_code_and_markdown_links() -> None:
    text = "A [rerun.a.B] and `[rerun.c.D]`, [x, y], [link](http://e.x) [rerun.e.F.g]."
    found = list(doclinks.find_references(text))
    assert [r.target for r in found] == ["rerun.a.B", "rerun.e.F.g"]
    assert text[found[0].start : found[0].end] == "[rerun.a.B]"
    assert found[1].type_name == "rerun.e.F"
    assert doclinks.as_code("See [rerun.a.B].") == "See `rerun.a.B`."


def test_snippet_parsing_and_the_types_it_uses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snippet = snippet_files.parse("archetypes/points3d_simple", SIMPLE)
    assert snippet.summary == "Log three points."
    assert snippet.description == ("The viewer shows them in 3D.",)
    assert snippet.code.startswith("import rerun as rr\n\nrr.log(")
    assert {"rerun.log", "rerun.Points3D", "rerun.components.Radius"} <= snippet.python_names
    project = build(tmp_path, capsys)
    model = load_model(load_config(project.root)).model
    assert model is not None
    assert snippet_files.types_used(snippet, model) == [
        "rerun.archetypes.Points3D",
        "rerun.components.Radius",
    ]
    aliased = snippet_files.parse("archetypes/aliased", ALIASED)
    assert snippet_files.types_used(aliased, model) == ["rerun.archetypes.Points3D"]
    with pytest.raises(snippet_files.SnippetError, match=r"`broken\.py` is not valid Python"):
        snippet_files.parse("broken", "def (:\n")


TWO_EXAMPLES = """
    namespace rerun.archetypes;

    /// Points in 3D.
    ///
    /// \\example archetypes/points3d_simple title="Three points"
    /// \\example archetypes/aliased title="As columns"
    struct Points3D {
        /// Where the points are.
        @required
        positions: [rerun.components.Position3D],
    }
"""

CPP = """// Log three points.
// (A second comment line.)

#include <rerun/archetypes/points3d.hpp>

int main() {
    snippet::log("points", rerun::archetypes::Points3D({{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}));
}
"""


def test_an_example_with_a_cpp_version_shows_both_in_tabs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {**PRELUDE, "rerun/archetypes/points3d.rrdef": TWO_EXAMPLES}
    project = make_project(tmp_path / "p", files, backends='["docs"]')
    snippets = project.root / "snippets/archetypes"
    snippets.mkdir(parents=True)
    (snippets / "points3d_simple.py").write_text(SIMPLE, encoding="utf-8")
    (snippets / "aliased.py").write_text(ALIASED, encoding="utf-8")
    assert project.run("build", capsys=capsys)[0] == 0
    python_only = page(project, "rerun/archetypes/points3d.md")
    assert "===" not in python_only and "snippet_log.hpp" not in python_only

    (snippets / "points3d_simple.cpp").write_text(CPP, encoding="utf-8")
    assert project.run("build", capsys=capsys)[0] == 0  # a new C++ version is an input of the build
    points = page(project, "rerun/archetypes/points3d.md")
    before, _, rest = points.partition("### Three points")
    three_points, _, as_columns = rest.partition("### As columns")
    assert "`snippet::log` and its siblings from `docs/snippets/snippet_log.hpp`" in before
    assert three_points.endswith(
        '=== "Python"\n\n'
        '    ```python title="archetypes/points3d_simple.py"\n    import rerun as rr\n\n    rr.log("points", '
        "rr.Points3D([[0, 0, 0], [1, 0, 0], [0, 1, 0]], radii=rr.components.Radius(0.5)))\n    ```\n\n"
        '=== "C++"\n\n'
        '    ```cpp title="archetypes/points3d_simple.cpp"\n    #include <rerun/archetypes/points3d.hpp>\n\n'
        "    int main() {\n"
        '        snippet::log("points", rerun::archetypes::Points3D({{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}));\n'
        "    }\n    ```\n\n"
    )
    # The example without a C++ version is shown as before, untabbed.
    assert as_columns == python_only.partition("### As columns")[2]
    assert "===" not in as_columns

    index = page(project, "snippets/index.md")
    assert "| `archetypes/points3d_simple`{ #snippet-archetypes-points3d_simple } (also in C++) |" in index
    assert "| `archetypes/aliased`{ #snippet-archetypes-aliased } |" in index

    (snippets / "points3d_simple.cpp").write_text(CPP.replace('"points"', '"dots"'), encoding="utf-8")
    assert project.run("build", capsys=capsys)[0] == 0  # so is a changed one
    assert 'snippet::log("dots"' in page(project, "rerun/archetypes/points3d.md")


def test_long_arrow_types_are_shown_one_child_per_line() -> None:
    short = pa.struct([pa.field("x", pa.float32(), nullable=False)])
    assert arrow_text(short) == "struct<x: float not null>"
    long = pa.struct(
        [
            pa.field("translation_of_the_thing", pa.list_(pa.float32(), 3)),
            pa.field("rotation_of_it", pa.utf8()),
        ]
    )
    assert arrow_text(long) == (
        "struct<\n"
        "    translation_of_the_thing: fixed_size_list<item: float>[3],\n"
        "    rotation_of_it: string\n"
        ">"
    )
