"""cmake/RerunTypegen.cmake: a CMake project that links `rerun_typegen` configures, builds and runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import rerun as rr
from conftest import PRELUDE, REPO, make_project

pytestmark = pytest.mark.slow  # compiles the generated C++: about a minute

EXAMPLE = REPO / "tests/cpp/cmake_project"


def configure(
    build: Path, *options: str, python: Path = Path(sys.executable), env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Configure the example project into `build`, with the Ninja generator."""
    command = ["cmake", "-G", "Ninja", "-S", str(EXAMPLE), "-B", str(build), f"-DPython3_EXECUTABLE={python}"]
    return subprocess.run([*command, *options], capture_output=True, text=True, env=env)


def test_the_example_project_builds_and_converts_like_the_python_sdk(tmp_path: Path) -> None:
    build = tmp_path / "build"
    configured = configure(build)
    assert configured.returncode == 0, configured.stdout + configured.stderr
    built = subprocess.run(["cmake", "--build", str(build)], capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    ran = subprocess.run([str(build / "example")], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    array = rr.components.Position3DBatch([[1, 2, 3], [4, 5, 6]]).as_arrow_array()
    assert ran.stdout == f"rerun.components.Position3D\n{array.type}\n{array.to_string()}\n"


def test_a_project_without_generated_cpp_fails_to_configure_with_the_hint(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    configured = configure(tmp_path / "build", f"-DRERUN_TYPEGEN_PROJECT={project.root}")
    assert configured.returncode == 1
    message = " ".join(configured.stderr.split())  # CMake wraps long lines
    assert "rerun_typegen: `codegen cpp-flags --sources` failed" in message
    assert "error[E207]: the C++ output has not been generated" in message
    assert "hint: run `codegen build` with the cpp backend" in message


# A Python whose `codegen cpp-flags` (or `cpp-flags --libs`) prints one flag more.
SURPRISING_PYTHON = """\
#!/bin/bash
out=$("$REAL_PYTHON" "$@") || exit
if [ "$1" = -m ] && [ "${@: -1}" = "$SURPRISE_AFTER" ]; then out="$out -DSURPRISE"; fi
printf '%s\\n' "$out"
"""


@pytest.mark.parametrize("command", ["cpp-flags", "cpp-flags --libs"])
def test_a_flag_the_file_cannot_map_stops_configuring(tmp_path: Path, command: str) -> None:
    python = tmp_path / "python"
    python.write_text(SURPRISING_PYTHON, encoding="utf-8")
    python.chmod(0o755)
    environment = {**os.environ, "REAL_PYTHON": sys.executable, "SURPRISE_AFTER": command.split()[-1]}
    configured = configure(tmp_path / "build", python=python, env=environment)
    assert configured.returncode == 1
    assert f"rerun_typegen: unexpected `-DSURPRISE` from `codegen {command}`" in configured.stderr
