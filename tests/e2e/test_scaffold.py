"""`codegen init` makes a project whose own tests pass once it is built (its README's commands)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main


@pytest.mark.slow
def test_a_new_project_builds_and_passes_its_own_tests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "my-types"
    assert main(["init", str(project), "--namespace", "acme"]) == 0
    assert main(["--project", str(project), "build"]) == 0, capsys.readouterr().err
    # The generated package is imported from where it was built rather than installed.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    env["PYTHONPATH"] = str(project / "generated" / "python")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"the project's tests failed:\n{done.stdout}\n{done.stderr}"
    assert "3 passed" in done.stdout
