"""Finding the definition files: symbolic links to folders and files are followed, broken ones reported.

The rendered diagnostics are golden cases (E007_*, E120_unknown_type_in_a_linked_folder); these tests
check what discovery hands on, the rebuild decision, and that no layout of links can make it hang.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from codegen.build import input_digest
from codegen.codes import Code
from codegen.config import load_config
from codegen.frontend import discover
from conftest import PRELUDE, Link, Project, make_project

READING = """
    namespace acme.components;

    /// A sensor reading.
    struct Reading {
        /// The value.
        value: rerun.datatypes.Float32,
    }
"""
GAUGE = """
    namespace acme.archetypes;

    /// A gauge.
    struct Gauge {
        /// What it reads.
        @required
        readings: [acme.components.Reading],
    }
"""


def linked_project(tmp_path: Path) -> Project:
    """`definitions/acme` links to a folder outside the definitions; one file in it is a link too."""
    project = make_project(
        tmp_path / "p",
        {
            **PRELUDE,
            "outside/acme/components/reading.rrdef": READING,
            "outside/gauge.rrdef": GAUGE,
            "acme": Link("../outside/acme"),
        },
    )
    (project.root / "outside/acme/archetypes").mkdir()
    (project.root / "outside/acme/archetypes/gauge.rrdef").symlink_to("../../gauge.rrdef")
    return project


def test_linked_folders_and_files_are_found_under_the_links_path(tmp_path: Path) -> None:
    project = linked_project(tmp_path)
    sources, problems = discover(project.definitions, project.root)
    assert problems == []
    found = {s.relative_path: s.display_path for s in sources}
    assert found["acme/components/reading.rrdef"] == "definitions/acme/components/reading.rrdef"
    assert found["acme/archetypes/gauge.rrdef"] == "definitions/acme/archetypes/gauge.rrdef"
    assert [s.relative_path for s in sources] == sorted(found)


def test_definitions_in_a_linked_folder_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = linked_project(tmp_path)
    status, _, err = project.run("lint", capsys=capsys)
    assert (status, err) == (0, "0 errors, 0 warnings\n")
    status, out, _ = project.run("model", "acme.archetypes.Gauge", capsys=capsys)
    assert status == 0
    assert '"fqname": "acme.archetypes.Gauge"' in out


def test_a_change_in_a_linked_folder_triggers_a_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = linked_project(tmp_path)
    config = load_config(project.root)
    before = input_digest(config)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    target = project.root / "outside/acme/components/reading.rrdef"
    target.write_text(target.read_text().replace("A sensor reading.", "What a sensor read."))
    assert input_digest(config) != before
    status, out, _ = project.run("build", capsys=capsys)
    assert status == 0
    assert "nothing changed" not in out
    assert "What a sensor read." in (project.output / "python/acme/components/reading.py").read_text()


def test_adding_a_broken_link_after_a_good_build_is_not_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    (project.definitions / "rerun/datatypes/gone.rrdef").symlink_to("nowhere.rrdef")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert (
        "error[E007]: `definitions/rerun/datatypes/gone.rrdef` is a symbolic link to `nowhere.rrdef`" in err
    )


@pytest.mark.parametrize(
    ("link", "target", "leads"),
    [
        ("rerun/loop", ".", "definitions/rerun"),  # the folder itself
        ("rerun/datatypes/root", "../..", "definitions"),  # the definitions root
        ("rerun/project", "../..", "."),  # the project, which holds the definitions
    ],
)
def test_a_link_back_into_its_own_folders_is_refused_not_followed(
    tmp_path: Path, link: str, target: str, leads: str
) -> None:
    project = make_project(tmp_path / "p", {**PRELUDE, link: Link(target)})
    sources, problems = discover(project.definitions, project.root)
    assert [p.code for p in problems] == [Code.BAD_LINK]
    assert problems[0].message.startswith(f"`definitions/{link}` is a symbolic link to `{target}` ({leads})")
    assert "a folder that the link is in" in problems[0].message
    # Everything else is still found, once.
    assert sorted(s.relative_path for s in sources) == sorted(PRELUDE)


def test_a_link_to_a_folder_that_links_back_is_reported_once_per_link(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {**PRELUDE, "acme": Link("../outside/acme")})
    outside = project.root / "outside/acme"
    outside.mkdir(parents=True)
    (outside / "back").symlink_to("../../definitions")
    sources, problems = discover(project.definitions, project.root)
    assert [p.message.split(" is a")[0] for p in problems] == ["`definitions/acme/back`"]
    assert sorted(s.relative_path for s in sources) == sorted(PRELUDE)


def test_two_links_to_one_folder_are_both_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a cycle: the files are seen twice, and the layout rule says which path is wrong."""
    project = make_project(
        tmp_path / "p",
        {
            **PRELUDE,
            "outside/acme/components/reading.rrdef": READING,
            "acme": Link("../outside/acme"),
            "copy": Link("../outside/acme"),
        },
    )
    sources, problems = discover(project.definitions, project.root)
    assert problems == []
    relative = [s.relative_path for s in sources]
    assert "acme/components/reading.rrdef" in relative
    assert "copy/components/reading.rrdef" in relative
    status, _, err = project.run("lint", capsys=capsys)
    assert status == 1
    assert "error[E103]" in err or "error[E110]" in err


def test_a_missing_definitions_folder_holds_nothing(tmp_path: Path) -> None:
    assert discover(tmp_path / "nothing", tmp_path) == ([], [])


def test_the_definitions_root_may_itself_be_a_link(tmp_path: Path) -> None:
    real = make_project(tmp_path / "real", PRELUDE)
    project = tmp_path / "p"
    project.mkdir()
    (project / "definitions").symlink_to(real.definitions)
    sources, problems = discover(project / "definitions", project)
    assert problems == []
    assert [s.display_path for s in sources] == sorted(f"definitions/{p}" for p in PRELUDE)
    assert sources[0].text == textwrap.dedent(PRELUDE[sorted(PRELUDE)[0]]).lstrip("\n")
