"""Gates that CI and contributors rely on, run as part of the test suite."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from conftest import REPO


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True)


@pytest.mark.slow
def test_generated_tree_is_in_sync_with_definitions() -> None:
    done = run(sys.executable, "-m", "codegen", "build", "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_check_and_format() -> None:
    ruff = find_ruff_bin()
    for command in (["check"], ["format", "--check"]):
        done = run(ruff, *command, "codegen", "runtime", "tests")
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict_on_the_tool() -> None:
    done = run(sys.executable, "-m", "mypy", "--strict", "codegen")
    assert done.returncode == 0, done.stdout + done.stderr


def test_definitions_keep_compatibility_with_every_recorded_snapshot() -> None:
    done = run(sys.executable, "-m", "codegen", "compat")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "against compat/0.33.json" in done.stderr
