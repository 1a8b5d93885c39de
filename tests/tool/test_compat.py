"""`codegen compat` and `codegen snapshot` from the command line: baselines, policy, formats, exits."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.compat.check import Baseline, CompatConfig, Waiver, findings_for, locations_of, view_of
from codegen.compat.rules import RULES, Level
from codegen.frontend import Source, load
from conftest import PRELUDE, REPO, Project, make_project

MODE = """
    namespace rerun.components;

    /// How things are drawn.
    enum Mode: u8 {
        /// Lines.
        @default
        Lines = 1,

        /// Filled.
        Filled = 2,
    }
"""
KNOB = """
    namespace rerun.blueprint.components;

    /// A knob setting.
    struct Knob {
        /// How far it is turned.
        angle: rerun.datatypes.Float32,
    }
"""
FILES = {**PRELUDE, "rerun/components/mode.rrdef": MODE, "rerun/blueprint/components/knob.rrdef": KNOB}


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = make_project(tmp_path / "p", FILES)
    git(project.root, "init", "-q")
    git(project.root, "-c", "user.email=t@t", "-c", "user.name=t", "add", "-A")
    git(project.root, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "baseline")
    return project


def edit(project: Project, relative: str, old: str, new: str) -> None:
    path = project.definitions / relative
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def add_compat_settings(project: Project, text: str) -> None:
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n[tool.codegen.compat]\n" + text)


def test_unchanged_definitions_have_no_findings(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 0, err
    assert out == ""
    assert "0 finding(s) against HEAD" in err


def test_the_repository_compared_with_itself_is_clean() -> None:
    sources = [
        Source(p.as_posix(), p.relative_to(REPO / "definitions").as_posix(), p.read_text())
        for p in sorted((REPO / "definitions").rglob("*.rrdef"))
    ]
    model = load(sources).model
    assert model is not None
    view = view_of(model)
    findings, _ = findings_for(
        Baseline("self", view), view, locations_of(model), CompatConfig(snapshots=REPO / "compat")
    )
    assert findings == []


def test_formats_and_exit_codes(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    edit(project, "rerun/components/mode.rrdef", "Filled = 2,", "Filled = 3,")
    status, out, _err = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 100
    assert out.splitlines() == [
        "definitions/rerun/components/mode.rrdef:10:5: ERR ENUM_VALUE_CHANGED enum variant "
        "`rerun.components.Mode.Filled` changed value 2 -> 3 [DATA_BACKWARD,DATA_FORWARD; against HEAD]",
        "  = fix: values are the wire format: restore the old value",
    ]
    status, out, _ = project.run("compat", "--against", "HEAD", "--format", "json", capsys=capsys)
    record = json.loads(out)
    assert (record["rule"], record["level"], record["line"], record["column"]) == (
        "ENUM_VALUE_CHANGED",
        "ERR",
        10,
        5,
    )
    assert record["categories"] == ["DATA_BACKWARD", "DATA_FORWARD"]
    status, out, _ = project.run("compat", "--against", "HEAD", "--format", "github", capsys=capsys)
    assert out.startswith(
        "::error file=definitions/rerun/components/mode.rrdef,line=10,col=5,title=ENUM_VALUE_CHANGED::"
    )


def test_fail_on_threshold(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    edit(
        project,
        "rerun/components/mode.rrdef",
        "Filled = 2,\n",
        "Filled = 2,\n\n    /// Dotted.\n    Dotted = 3,\n",
    )
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert "WARN ENUM_VALUE_ADDED" in out
    assert status == 0
    status, _, _ = project.run("compat", "--against", "HEAD", "--fail-on", "WARN", capsys=capsys)
    assert status == 100
    add_compat_settings(project, 'fail_on = "WARN"\n')
    status, _, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 100


def test_unstable_types_report_info_only(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    edit(project, "rerun/blueprint/components/knob.rrdef", "angle:", "turn:")
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 0
    assert "INFO FIELD_RENAMED field `angle` of `rerun.blueprint.components.Knob` is now `turn`" in out
    assert "= note: reported as INFO: the type is unstable" in out


def test_missing_revision_is_a_tool_error(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = project.run("compat", "--against", "v9.9.9", capsys=capsys)
    assert status == 1
    assert (
        "baseline `v9.9.9` is not a snapshot file, a definitions directory, or a commit of this repository."
        in err
    )


def test_shallow_clone_explains_how_to_fetch(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(project, "rerun/components/mode.rrdef", "/// Filled.", "/// Filled in.")
    git(project.root, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "second")
    old = git(project.root, "rev-parse", "HEAD~1").strip()
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{project.root}", str(clone)], check=True)
    status, _, err = Project(clone).run("compat", "--against", old, capsys=capsys)
    assert status == 1
    assert "This clone is shallow: fetch the revision first" in err


def test_directory_and_snapshot_baselines(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_definitions = tmp_path / "old"
    subprocess.run(["cp", "-r", str(project.definitions), str(old_definitions)], check=True)
    status, out, _ = project.run("snapshot", "1.0", capsys=capsys)
    assert status == 0 and "compat/1.0.json" in out
    edit(project, "rerun/archetypes/points3d.rrdef", "radii:", "sizes:")
    for baseline in (str(old_definitions), "compat/1.0.json"):
        status, out, _ = project.run("compat", "--against", baseline, capsys=capsys)
        assert status == 100
        assert "ERR ARCHETYPE_FIELD_RENAMED" in out


def test_a_baseline_written_with_a_retired_attribute_still_loads(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Definitions of an older revision may use `@python.keyword_only_init`, which became
    `@constructor.positional(0)`: they compare as that, without findings."""
    old_definitions = tmp_path / "old"
    subprocess.run(["cp", "-r", str(project.definitions), str(old_definitions)], check=True)
    old_points = old_definitions / "rerun/archetypes/points3d.rrdef"
    old_points.write_text(
        old_points.read_text().replace("struct Points3D", "@python.keyword_only_init\nstruct Points3D")
    )
    edit(
        project,
        "rerun/archetypes/points3d.rrdef",
        "struct Points3D",
        "@constructor.positional(0)\nstruct Points3D",
    )
    status, out, err = project.run("compat", "--against", str(old_definitions), capsys=capsys)
    assert status == 0, out + err
    assert "0 finding(s)" in err


def test_every_snapshot_is_checked_transitively(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.run("snapshot", "1.0", capsys=capsys)
    edit(
        project,
        "rerun/components/mode.rrdef",
        "Filled = 2,",
        "Filled = 2,\n\n    /// Dotted.\n    Dotted = 3,",
    )
    project.run("snapshot", "1.1", capsys=capsys)
    edit(project, "rerun/components/mode.rrdef", "    /// Filled.\n    Filled = 2,\n", "")
    status, out, err = project.run("compat", capsys=capsys)
    assert status == 100
    assert "against compat/1.0.json, compat/1.1.json" in err
    removed = [line for line in out.splitlines() if "ENUM_VALUE_REMOVED" in line]
    assert len(removed) == 2  # once per snapshot
    assert "WARN ENUM_VALUE_ADDED" in out  # Dotted is new relative to 1.0


def test_no_baseline_at_all(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = project.run("compat", capsys=capsys)
    assert status == 1
    assert "no baseline: pass --against, or record one with `codegen snapshot NAME`" in err


def remove_radii(project: Project) -> None:
    """Delete the `radii` field, with its docs and attributes, from the prelude's Points3D."""
    path = project.definitions / "rerun/archetypes/points3d.rrdef"
    text = path.read_text()
    end = "radii: [rerun.components.Radius],"
    path.write_text(text[: text.index("\n    /// How big")] + text[text.index(end) + len(end) :])


def test_waivers_need_a_deprecation_in_the_baseline(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    add_compat_settings(
        project,
        'waivers = [{ rule = "ARCHETYPE_FIELD_REMOVED", '
        'element = "rerun.archetypes.Points3D.radii", reason = "gone" }]\n',
    )
    remove_radii(project)
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 100
    assert (
        "= note: waiver not honoured: `rerun.archetypes.Points3D.radii` was not deprecated in `HEAD`" in out
    )
    # Deprecate first, commit (the release), then remove: the waiver applies.
    git(project.root, "checkout", "-q", "--", "definitions")
    edit(
        project,
        "rerun/archetypes/points3d.rrdef",
        "@recommended\n    radii",
        '@recommended\n    @state(deprecated, since="1.1", notice="Gone soon.")\n    radii',
    )
    git(project.root, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "deprecate")
    remove_radii(project)
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 0
    assert "INFO ARCHETYPE_FIELD_REMOVED" in out and "= note: waived: gone" in out


def test_ignores_and_categories(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    edit(project, "rerun/components/mode.rrdef", "Filled = 2,", "Filled = 3,")
    edit(project, "rerun/datatypes/vec3d.rrdef", "[f32; 3]", "[f64; 3]")
    add_compat_settings(project, 'ignore = ["ENUM_VALUE_CHANGED"]\n')
    _, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert "ENUM_VALUE_CHANGED" not in out and "FIELD_TYPE_WIDENED" in out
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('ignore = ["ENUM_VALUE_CHANGED"]', 'categories = ["API"]')
    )
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert (status, out) == (0, "")
    pyproject.write_text(
        pyproject.read_text().replace(
            'categories = ["API"]',
            'ignore_only = { FIELD_TYPE_WIDENED = ["rerun.datatypes.Vec3D"] }\n'
            'ignore_types = ["rerun.components.Mode"]',
        )
    )
    status, out, _ = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert (status, out) == (0, "")


def test_bad_settings_are_tool_errors(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    add_compat_settings(project, 'ignore = ["NO_SUCH_RULE"]\nfail_on = "LOUD"\n')
    status, _, err = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 1
    assert "bad level or category" in err and "unknown rule `NO_SUCH_RULE`" in err


def test_broken_current_definitions_are_a_tool_error(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(project, "rerun/components/mode.rrdef", "Filled = 2,", "Filled = 0,")
    status, _, err = project.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 1
    assert "error[E140]" in err and "the current definitions have errors" in err


def test_every_rule_is_documented() -> None:
    doc = (REPO / "docs" / "compat.md").read_text()
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.level.name} |" in doc, rule.id


ARCHETYPES = sorted(p.name for p in (REPO / "definitions/rerun/archetypes").glob("*.rrdef"))


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ARCHETYPES), st.sampled_from(["recommended", "optional"]), st.booleans())
def test_adding_an_optional_component_is_info_only(archetype: str, role: str, batch: bool) -> None:
    root = REPO / "definitions"
    sources = {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*.rrdef"))}
    old = load([Source(f"definitions/{k}", k, v) for k, v in sources.items()]).model
    path = f"rerun/archetypes/{archetype}"
    component = "[rerun.components.Radius]" if batch else "rerun.components.Radius"
    text = sources[path].rstrip()
    assert text.endswith("}")
    sources[path] = text[:-1] + f"\n    /// An extra.\n    @{role}\n    zz_extra: {component},\n}}\n"
    new = load([Source(f"definitions/{k}", k, v) for k, v in sources.items()]).model
    assert old is not None and new is not None
    findings, _ = findings_for(
        Baseline("b", view_of(old)), view_of(new), locations_of(new), CompatConfig(snapshots=root)
    )
    assert [(f.rule.id, f.level) for f in findings] == [("ARCHETYPE_FIELD_ADDED", Level.INFO)]


@pytest.mark.parametrize(
    ("keyword_only", "expected"), [(False, ["ARCHETYPE_PARAMETER_ORDER_CHANGED"]), (True, [])]
)
def test_reordering_required_fields_breaks_only_a_positional_constructor(
    keyword_only: bool, expected: list[str]
) -> None:
    attribute = "@constructor.positional(0)\n" if keyword_only else ""

    fields = {"a": "rerun.components.Radius", "b": "rerun.components.Position3D"}

    def model(order: str) -> Any:
        body = "".join(f"    /// {name}.\n    @required\n    {name}: [{fields[name]}],\n\n" for name in order)
        text = (
            f"namespace rerun.archetypes;\n\n/// Two required fields.\n{attribute}struct Pair {{\n{body}}}\n"
        )
        sources = {**PRELUDE, "rerun/archetypes/pair.rrdef": text}
        loaded = load([Source(f"definitions/{k}", k, v) for k, v in sources.items()]).model
        assert loaded is not None
        return loaded

    old, new = model("ab"), model("ba")
    findings, _ = findings_for(
        Baseline("b", view_of(old)), view_of(new), locations_of(new), CompatConfig(snapshots=REPO / "compat")
    )
    assert [f.rule.id for f in findings if f.rule.id.startswith("ARCHETYPE_PARAMETER")] == expected


# -- views ------------------------------------------------------------------------------------------

SCENE_VIEW = """
    namespace acme.views;

    /// A scene.
    @view_identifier("Scene")
    struct SceneView {
        /// The grid.
        @param.shorthand
        grid: acme.archetypes.Grid,

        /// Defaults for the points.
        points: rerun.archetypes.Points3D,
    }
"""


def archetype(name: str) -> str:
    return f"""
        namespace acme.archetypes;

        /// A {name.lower()}.
        struct {name} {{
            /// How wide its lines are.
            @required
            width: rerun.components.Radius,
        }}
    """


VIEW_FILES = {
    **PRELUDE,
    "acme/archetypes/grid.rrdef": archetype("Grid"),
    "acme/archetypes/backdrop.rrdef": archetype("Backdrop"),
    "acme/views/scene_view.rrdef": SCENE_VIEW,
}


def findings_between(
    old: dict[str, str], new: dict[str, str], settings: CompatConfig | None = None
) -> list[tuple[str, str, str]]:
    """(rule, level, element) of every finding of `new` against `old`, both sets of definitions."""

    def model(files: dict[str, str]) -> Any:
        sources = [Source(f"definitions/{k}", k, textwrap.dedent(v).lstrip()) for k, v in files.items()]
        loaded = load(sources)
        assert loaded.model is not None, [d.message for d in loaded.diagnostics]
        return loaded.model

    before, after = model(old), model(new)
    findings, _ = findings_for(
        Baseline("b", view_of(before)),
        view_of(after),
        locations_of(after),
        settings or CompatConfig(snapshots=REPO / "compat"),
    )
    return [(f.rule.id, f.level.name, f.element) for f in findings]


def scene(old: str, new: str) -> dict[str, str]:
    assert old in SCENE_VIEW
    return {**VIEW_FILES, "acme/views/scene_view.rrdef": SCENE_VIEW.replace(old, new)}


VIEW = "acme.views.SceneView"


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (
            scene('"Scene"', '"Scene3D"'),
            [("VIEW_IDENTIFIER_CHANGED", "ERR", VIEW)],
        ),
        (
            scene("\n        /// Defaults for the points.\n        points: rerun.archetypes.Points3D,\n", ""),
            [("VIEW_PROPERTY_REMOVED", "ERR", f"{VIEW}.points")],
        ),
        (
            scene("grid: acme.archetypes.Grid", "grid: acme.archetypes.Backdrop"),
            [("VIEW_PROPERTY_ARCHETYPE_CHANGED", "ERR", f"{VIEW}.grid")],
        ),
        (
            scene("        @param.shorthand\n", ""),
            [("VIEW_SHORTHAND_REMOVED", "ERR", f"{VIEW}.grid")],
        ),
        (
            scene(
                "points: rerun.archetypes.Points3D,\n",
                "points: rerun.archetypes.Points3D,\n\n"
                "        /// What is behind.\n        backdrop: acme.archetypes.Backdrop,\n",
            ),
            [("VIEW_PROPERTY_ADDED", "INFO", f"{VIEW}.backdrop")],
        ),
        (
            scene("points:", "defaults_of_points:"),
            [
                ("VIEW_PROPERTY_REMOVED", "ERR", f"{VIEW}.points"),
                ("VIEW_PROPERTY_ADDED", "INFO", f"{VIEW}.defaults_of_points"),
            ],
        ),
        (
            scene(
                "        points:",
                '        @state(deprecated, since="1.1", notice="Use defaults.")\n        points:',
            ),
            [("FIELD_DEPRECATED", "INFO", f"{VIEW}.points")],
        ),
        (
            {k: v for k, v in VIEW_FILES.items() if k != "acme/views/scene_view.rrdef"},
            [("TYPE_REMOVED", "ERR", VIEW)],
        ),
        (
            {
                **VIEW_FILES,
                "acme/views/plain_view.rrdef": """
                    namespace acme.views;

                    /// A view without properties.
                    @view_identifier("Plain")
                    struct PlainView {}
                """,
            },
            [("TYPE_ADDED", "INFO", "acme.views.PlainView")],
        ),
    ],
    ids=[
        "identifier",
        "property-removed",
        "archetype-changed",
        "shorthand-removed",
        "property-added",
        "property-renamed",
        "property-deprecated",
        "view-removed",
        "view-added",
    ],
)
def test_view_changes(new: dict[str, str], expected: list[tuple[str, str, str]]) -> None:
    assert findings_between(VIEW_FILES, new) == expected


def test_a_deprecated_view_property_may_be_removed_with_a_waiver() -> None:
    deprecated = scene(
        "        points:", '        @state(deprecated, since="1.1", notice="Gone soon.")\n        points:'
    )
    removed = scene(
        "\n        /// Defaults for the points.\n        points: rerun.archetypes.Points3D,\n", ""
    )
    waiver = Waiver("VIEW_PROPERTY_REMOVED", f"{VIEW}.points", "deprecated in 1.1")
    settings = CompatConfig(snapshots=REPO / "compat", waivers=(waiver,))
    assert findings_between(deprecated, removed, settings) == [
        ("VIEW_PROPERTY_REMOVED", "INFO", f"{VIEW}.points")
    ]
    assert findings_between(VIEW_FILES, removed, settings) == [
        ("VIEW_PROPERTY_REMOVED", "ERR", f"{VIEW}.points")
    ]


def test_changes_to_an_unstable_view_are_info() -> None:
    unstable = scene('@view_identifier("Scene")', '@view_identifier("Scene")\n    @state(unstable)')
    changed = {
        **unstable,
        "acme/views/scene_view.rrdef": unstable["acme/views/scene_view.rrdef"].replace('"Scene"', '"S"'),
    }
    assert findings_between(unstable, changed) == [("VIEW_IDENTIFIER_CHANGED", "INFO", VIEW)]


EXTENDER = """
    namespace acme.archetypes;

    /// Points with a confidence each.
    @extends(rerun.archetypes.Points3D)
    struct ConfidentPoints3D {
        /// How sure a detector is.
        @recommended
        confidences: [rerun.components.Radius],
    }
"""


def test_a_field_removed_from_a_base_archetype_breaks_its_extenders_too() -> None:
    old = {**PRELUDE, "acme/archetypes/confident_points3d.rrdef": EXTENDER}
    points = textwrap.dedent(PRELUDE["rerun/archetypes/points3d.rrdef"])
    without_radii = points[: points.index("\n    /// How big")] + "\n}\n"
    new = {**old, "rerun/archetypes/points3d.rrdef": without_radii}
    removed = [(rule, element) for rule, _level, element in findings_between(old, new)]
    assert ("ARCHETYPE_FIELD_REMOVED", "rerun.archetypes.Points3D.radii") in removed
    assert ("ARCHETYPE_FIELD_REMOVED", "acme.archetypes.ConfidentPoints3D.radii") in removed
