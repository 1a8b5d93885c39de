"""A user's own types, as a newcomer makes them: this project installed (not editable) into a fresh
virtual environment, `codegen init` in a folder outside the repository, the two commands of the new
project's README, then an archetype logged with `rr.log` and `send_columns`, which rerun-sdk 0.33.1's
`rerun rrd verify` accepts and whose columns carry the right descriptors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rrd_tools import assert_verified

from conftest import REPO
from rerun.rrd import read_rrd

pytestmark = pytest.mark.slow

# What a checkout holds that is not the project: environments, caches, build output.
_NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "site",
    "build",
    "*.egg-info",
    "__pycache__",
    ".codegen-cache",
    ".*_cache",
    ".hypothesis",
)

LOG_PROGRAM = """
    import sys

    import rerun as rr

    import acme

    rr.init("acme_points", spawn=False)
    rr.save(sys.argv[1])
    rr.log(
        "points",
        acme.archetypes.ConfidentPoints3D(
            [[0, 0, 0], [1, 1, 1]], colors=[[255, 0, 0], [0, 0, 255]], confidences=[0.25, 0.75]
        ),
    )
    rr.send_columns(
        "points",
        indexes=[rr.TimeColumn("frame", sequence=[1, 2])],
        columns=acme.archetypes.ConfidentPoints3D.columns(
            positions=[[2, 2, 2], [3, 3, 3]], confidences=[0.5, 1.0]
        ),
    )
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with this project installed from a copy of its sources, as
    `pip install` would from a release: the core definitions and templates must come with it."""
    base = tmp_path_factory.mktemp("sdk")
    source = base / "source"
    shutil.copytree(REPO, source, ignore=_NOT_SOURCES)
    venv = base / "venv"
    python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([python, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(source)], check=True, timeout=1500)
    shutil.rmtree(source)  # nothing may come from the sources from now on
    return venv


def _environment(venv: Path) -> dict[str, str]:
    """A shell as a user has it with the environment activated."""
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environment["PATH"] = f"{venv / 'bin'}{os.pathsep}{environment['PATH']}"
    environment["VIRTUAL_ENV"] = str(venv)
    return environment


def _run(command: list[str], cwd: Path, environment: dict[str, str]) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_a_newcomer_logs_a_custom_archetype_that_rerun_verifies(sdk: Path, tmp_path: Path) -> None:
    environment = _environment(sdk)
    project = tmp_path / "acme-types"
    _run(["codegen", "init", str(project), "--namespace", "acme"], tmp_path, environment)

    readme = (project / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.DOTALL)
    assert len(commands) == 2, commands  # set up and build; set up and test
    for command in commands:
        _run(["bash", "-euo", "pipefail", "-c", command], project, environment)

    # Only the user's package was generated; `rerun` is still the installed SDK.
    packages = sorted(p.name for p in (project / "generated" / "python").iterdir() if p.is_dir())
    assert [p for p in packages if not p.endswith(".egg-info")] == ["acme"]
    where = _run(
        ["python", "-c", "import rerun, acme; print(rerun.__file__); print(acme.__file__)"],
        tmp_path,
        environment,
    ).split()
    assert Path(where[0]).is_relative_to(sdk), where
    assert Path(where[1]).is_relative_to(project / "generated" / "python"), where

    program = tmp_path / "log_points.py"
    program.write_text(textwrap.dedent(LOG_PROGRAM), encoding="utf-8")
    recording = tmp_path / "points.rrd"
    _run(["python", str(program), str(recording)], tmp_path, environment)
    assert_verified(recording)

    chunks = [c for c in read_rrd(recording).recording().chunks if c.entity_path == "/points"]
    descriptors = {(d.archetype, d.component, d.component_type) for c in chunks for d in c.components}
    assert descriptors == {
        ("rerun.archetypes.Points3D", "Points3D:positions", "rerun.components.Position3D"),
        ("rerun.archetypes.Points3D", "Points3D:colors", "rerun.components.Color"),
        ("acme.archetypes.ConfidentPoints3D", "ConfidentPoints3D:confidences", "acme.components.Confidence"),
    }
    columns = [c for c in chunks if "frame" in c.timelines]
    assert [c.num_rows for c in columns] == [2]
    confidences = next(a for d, a in columns[0].components.items() if d.component.endswith("confidences"))
    assert confidences.to_pylist() == [[0.5], [1.0]]
