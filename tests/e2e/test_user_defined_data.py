"""The "Send user-defined data" guide stays true: the page shows each of its programs and the
definitions `codegen init` writes exactly as they are, and each program records a file that Rerun's
`rerun rrd verify` accepts, carrying the descriptors the page describes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rrd_tools import assert_verified
from snippet_runner import assert_recorded_as_logged, logged_calls

from codegen.cli import main
from conftest import REPO, TESTS
from rerun.rrd import read_rrd

PAGE = (REPO / "docs" / "user-defined-data.md").read_text(encoding="utf-8")
SNIPPETS = REPO / "docs" / "snippets"
RUNNER = TESTS / "snippet_runner.py"
CODEGEN = Path(sys.executable).parent / "codegen"  # the tool installed next to this interpreter

# `<!-- snippet: PATH -->` or `<!-- scaffold: PATH -->`, then a fenced block: what the page shows.
MARKED = re.compile(
    r"<!-- (snippet|scaffold): (\S+) -->\n```[^\n]*\n(.*?)^```$", flags=re.DOTALL | re.MULTILINE
)

Descriptor = tuple[str, str, str | None, str | None]  # entity path, component, archetype, component type

POINTS3D = "rerun.archetypes.Points3D"
EXPECTED: dict[str, set[Descriptor]] = {
    "howto/any_values.py": {
        ("/weather_station", "station_name", None, None),
        ("/weather_station", "elevation_m", None, None),
        ("/weather_station", "sensor_ids", None, None),
        ("/weather_station", "wind_direction_deg", None, None),
        ("/weather_station", "temperature", None, "rerun.components.Scalar"),
        ("/weather_station", "summary", None, "rerun.components.Text"),
        ("/weather_station", "humidity_percent", None, None),
    },
    "howto/remap_to_archetype.py": {
        ("/village/landmarks", "Points3D:positions", POINTS3D, "rerun.components.Position3D"),
        ("/village/landmarks", "Points3D:labels", POINTS3D, "rerun.components.Text"),
        ("/village/landmarks", "Points3D:radii", POINTS3D, "rerun.components.Radius"),
    },
    "howto/custom_archetype.py": {
        ("/detections", "Points3D:positions", POINTS3D, "rerun.components.Position3D"),
        ("/detections", "Points3D:colors", POINTS3D, "rerun.components.Color"),
        ("/detections", "Points3D:radii", POINTS3D, "rerun.components.Radius"),
        ("/detections", "ScoredPoints3D:confidences", "user.ScoredPoints3D", "user.Confidence"),
    },
    "howto/generated_types.py": {
        ("/detections", "Points3D:positions", POINTS3D, "rerun.components.Position3D"),
        ("/detections", "Points3D:colors", POINTS3D, "rerun.components.Color"),
        ("/detections", "Points3D:radii", POINTS3D, "rerun.components.Radius"),
        (
            "/detections",
            "ConfidentPoints3D:confidences",
            "acme.archetypes.ConfidentPoints3D",
            "acme.components.Confidence",
        ),
    },
}
# Each needs only `rerun`, except the last, which needs a project made with `codegen init`.
WITHOUT_A_PROJECT = [name for name in EXPECTED if name != "howto/generated_types.py"]


def shown(kind: str) -> dict[str, str]:
    """The page's blocks marked `<!-- kind: PATH -->`, by path, in page order."""
    blocks = {path: text for found, path, text in MARKED.findall(PAGE) if found == kind}
    assert len(blocks) == PAGE.count(f"<!-- {kind}: "), f"a `{kind}` mark is not followed by a fenced block"
    return blocks


def test_the_page_shows_each_program_as_it_is() -> None:
    programs = shown("snippet")
    assert list(programs) == list(EXPECTED)  # the four ways, in order
    for path, text in programs.items():
        assert text == (SNIPPETS / path).read_text(encoding="utf-8"), f"the page's {path} is out of date"


def test_the_page_shows_the_definitions_that_codegen_init_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "codegen init my-types --namespace acme\n" in PAGE
    assert main(["init", str(tmp_path / "my-types"), "--namespace", "acme"]) == 0, capsys.readouterr().err
    definitions = shown("scaffold")
    assert len(definitions) == 2
    for path, text in definitions.items():
        assert text == (tmp_path / "my-types" / path).read_text(encoding="utf-8"), (
            f"the page's {path} differs"
        )


def recorded_descriptors(output: Path) -> set[Descriptor]:
    """Every (entity, descriptor) of the recording's chunks, without the recording's own properties."""
    recording = read_rrd(output).recording()
    return {
        (chunk.entity_path, d.component, d.archetype, d.component_type)
        for chunk in recording.chunks
        for d in chunk.components
        if chunk.entity_path != "/__properties"
    }


def record(snippet: str, output: Path, env: dict[str, str] | None = None) -> None:
    """Run the snippet headless (tests/snippet_runner.py) into `output`, and check the file."""
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(SNIPPETS / snippet), str(output)],
        cwd=output.parent,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, f"{snippet} failed:\n{done.stdout}\n{done.stderr}"
    assert_verified(output)
    assert recorded_descriptors(output) == EXPECTED[snippet]
    assert_recorded_as_logged(snippet, read_rrd(output).recording(), logged_calls(output))


@pytest.mark.parametrize("snippet", WITHOUT_A_PROJECT)
def test_the_program_records_a_verified_file_with_the_descriptors_it_describes(
    snippet: str, tmp_path: Path
) -> None:
    record(snippet, tmp_path / "out.rrd")


@pytest.mark.slow
def test_generated_types_are_logged_from_a_project_made_with_codegen_init(tmp_path: Path) -> None:
    project = tmp_path / "my-types"
    for command, cwd in (
        ([str(CODEGEN), "init", str(project), "--namespace", "acme"], tmp_path),
        ([str(CODEGEN), "build"], project),
    ):
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    # The generated package is imported from where it was built, not installed.
    env = {**os.environ, "PYTHONPATH": str(project / "generated" / "python")}
    record("howto/generated_types.py", tmp_path / "out.rrd", env)
