"""The guides stay true: what docs/add-an-archetype.md shows of `codegen lint` and `codegen build` is
what they do. (tests/e2e/test_add_an_archetype.py runs the whole walkthrough as written.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.cli import main
from conftest import REPO

pytestmark = pytest.mark.slow  # builds a project; deselect with -m 'not slow'

GUIDE = (REPO / "docs" / "add-an-archetype.md").read_text(encoding="utf-8")
ARCHETYPE = "definitions/acme/archetypes/waypoints3d.rrdef"


def marked(mark: str) -> str:
    """The text after `<!-- mark -->`: a fenced block's content, or a list up to a blank line."""
    after = GUIDE.split(f"<!-- {mark} -->\n", 1)[1]
    fenced = re.match(r"```\w*\n(.*?)```\n", after, flags=re.DOTALL)
    return fenced.group(1) if fenced else after.split("\n\n", 1)[0]


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The project of the walkthrough: `codegen init`, plus the page's two definition files."""
    root = tmp_path / "route-types"
    assert main(["init", str(root), "--namespace", "acme"]) == 0
    for path in ("definitions/acme/components/speed.rrdef", ARCHETYPE):
        (root / path).write_text(marked(f"walkthrough: file {path}"), encoding="utf-8")
    capsys.readouterr()
    return root


def test_the_definitions_build_into_the_files_it_names(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--project", str(project), "build"]) == 0, capsys.readouterr().err
    added = re.findall(r"`generated/([^`]+)`", marked("check: added"))
    assert len(added) == 5
    for path in added:
        assert (project / "generated" / path).is_file(), path
    module = (project / "generated/python/acme/archetypes/waypoints3d.py").read_text(encoding="utf-8")
    assert "class Waypoints3D(Archetype):" in module
    assert 'NAME: ClassVar[str] = "acme.archetypes.Waypoints3D"' in module
    page = (project / "generated/docs/reference/acme/archetypes/waypoints3d.md").read_text(encoding="utf-8")
    assert "Points3D" in page  # the cross-reference to the core archetype resolved


def test_the_mistake_it_shows_is_what_lint_prints(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--project", str(project), "lint"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    path = project / ARCHETYPE
    text = path.read_text(encoding="utf-8")
    assert text.count("    @optional\n    labels:") == 1
    path.write_text(text.replace("    @optional\n    labels:", "    labels:"), encoding="utf-8")
    assert main(["--project", str(project), "lint"]) == 1
    err = capsys.readouterr().err
    diagnostic, _, summary = marked("check: mistake").rstrip("\n").rpartition("\n\n")
    assert diagnostic in err
    assert summary.startswith("1 error") and "\n1 error," in err
