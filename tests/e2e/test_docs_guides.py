"""The guides stay true: the walkthrough in docs/add-an-archetype.md is run as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from conftest import REPO

pytestmark = pytest.mark.slow  # runs many subprocesses; deselect with -m 'not slow'

GUIDE = (REPO / "docs" / "add-an-archetype.md").read_text(encoding="utf-8")
DEFINITION = "rerun/archetypes/waypoints3d.rrdef"


def marked(name: str) -> str:
    """The text after `<!-- walkthrough: name -->`: a fenced block's content, or a list up to a blank line."""
    after = GUIDE.split(f"<!-- walkthrough: {name} -->\n", 1)[1]
    fenced = re.match(r"```\w*\n(.*?)```\n", after, flags=re.DOTALL)
    return fenced.group(1) if fenced else after.split("\n\n", 1)[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The repository's definitions plus the walkthrough's, with the real templates and snippets."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "definitions", root / "definitions")
    (root / "definitions" / DEFINITION).write_text(marked("definition"), encoding="utf-8")
    (root / "pyproject.toml").write_text(
        "[tool.codegen]\n"
        f'templates = "{(REPO / "templates").as_posix()}"\n'
        f'snippets = "{(REPO / "docs/snippets").as_posix()}"\n'
        f'extensions = "{(REPO / "runtime/rerun").as_posix()}"\n',
        encoding="utf-8",
    )
    return root


def test_the_walkthrough_definition_builds_into_the_files_it_names(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--project", str(project), "build"]) == 0, capsys.readouterr().err
    added = re.findall(r"`generated/([^`]+)`", marked("added"))
    assert len(added) == 3
    for path in added:
        assert (project / "generated" / path).is_file(), path
    module = (project / "generated/python/rerun/archetypes/waypoints3d.py").read_text(encoding="utf-8")
    assert "class Waypoints3D(Archetype):" in module
    page = (project / "generated/docs/reference/rerun/archetypes/waypoints3d.md").read_text(encoding="utf-8")
    assert "[`Points3D`](points3d.md)" in page  # the cross-reference became a link


def test_the_mistake_it_shows_is_what_lint_prints(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / "definitions" / DEFINITION
    path.write_text(path.read_text(encoding="utf-8").replace("    @optional\n", ""), encoding="utf-8")
    assert main(["--project", str(project), "lint"]) == 1
    err = capsys.readouterr().err
    diagnostic, _, summary = marked("mistake").rstrip("\n").rpartition("\n\n")
    assert diagnostic in err
    assert summary.startswith("1 error") and "\n1 error," in err
