"""Every example program in docs/snippets runs headless, its recording passes Rerun's verifier, and
it holds the rows and values the program logged (traced by the runner as the program logged them)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from rrd_tools import assert_verified
from snippet_runner import assert_recorded_as_logged, logged_calls

from conftest import REPO, TESTS
from rerun.rrd import read_rrd

pytestmark = pytest.mark.slow  # runs many subprocesses; deselect with -m 'not slow'

ROOT = REPO
SNIPPETS = ROOT / "docs" / "snippets"
RUNNER = TESTS / "snippet_runner.py"
# Snippets that import a user's generated package, not only `rerun`; the test of their page runs
# them in a project made with `codegen init` (tests/e2e/test_user_defined_data.py).
NEEDS_A_PROJECT = {SNIPPETS / "howto" / "generated_types.py"}
ALL = sorted(set(SNIPPETS.rglob("*.py")) - NEEDS_A_PROJECT)


def logged_paths(source: str) -> set[str]:
    """The literal entity paths a program passes to `rr.log` / `rr.send_columns`, normalized."""
    paths = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("log", "send_columns")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            paths.add("/" + node.args[0].value.strip("/"))
    return paths


def test_there_are_snippets() -> None:
    assert len(ALL) >= 49


def name_of(snippet: Path) -> str:
    return str(snippet.relative_to(SNIPPETS).with_suffix(""))


@pytest.mark.parametrize("snippet", ALL, ids=[name_of(p) for p in ALL])
def test_snippet_runs_headless_and_records_a_valid_file(snippet: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.rrd"
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(snippet), str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{snippet.name} failed:\n{done.stdout}\n{done.stderr}"
    assert "Warning" not in done.stderr, done.stderr
    assert_verified(output)
    recording = read_rrd(output).recording()
    missing = logged_paths(snippet.read_text()) - set(recording.entity_paths())
    assert not missing, f"logged but not in the recording: {sorted(missing)}"
    assert_recorded_as_logged(name_of(snippet), recording, logged_calls(output))
