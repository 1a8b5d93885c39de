"""Golden tests of the diagnostics: every kind of mistake, rendered exactly as a user sees it.

Set UPDATE_GOLDEN=1 to rewrite tests/golden/errors/*.txt after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen.codes import Code
from codegen.core import core_paths
from conftest import PRELUDE, TESTS, Project, make_project
from error_cases import CASES, USER_CASES

GOLDEN = TESTS / "golden" / "errors"
# Every backend with checks of its own, so that their diagnostics are covered too.
WITH_CPP = '["python", "arrow", "docs", "cpp"]'
# Codes that come from the build or the file system rather than from definition text;
# tests/tool/test_build.py, test_cli.py and test_cpp_flags.py cover them.
BUILD_CODES = {
    Code.UNREADABLE_FILE,
    Code.OUT_OF_SYNC,
    Code.FORMATTER_FAILED,
    Code.BACKEND_FAILED,
    Code.CONFIG,
    Code.MISSING_MARKER,
    Code.TEMPLATE_ERROR,
    Code.NOT_BUILT,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_error_output_matches_golden(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", {**PRELUDE, **CASES[case]}, backends=WITH_CPP)
    _check_golden(project, case, capsys)


@pytest.mark.parametrize("case", sorted(USER_CASES))
def test_user_project_error_output_matches_golden(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", USER_CASES[case], backends=WITH_CPP)
    with (project.root / "pyproject.toml").open("a", encoding="utf-8") as pyproject:
        pyproject.write('packages = ["acme"]\n')
    _check_golden(project, case, capsys)


def _check_golden(project: Project, case: str, capsys: pytest.CaptureFixture[str]) -> None:
    (project.root / "snippets").mkdir()
    status, _out, err = project.run("lint", capsys=capsys)
    err = err.replace(str(core_paths().definitions), "<core>")
    golden = GOLDEN / f"{case}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(err, encoding="utf-8")
    assert err == golden.read_text(encoding="utf-8")
    assert "Traceback" not in err
    expected_code = case.split("_")[0]
    if expected_code.startswith(("E", "W", "N")):
        assert f"[{expected_code}]" in err
    assert status == (0 if expected_code.startswith("W") else 1)


def test_every_definition_error_code_has_a_golden_case() -> None:
    covered = {case.split("_")[0] for case in (*CASES, *USER_CASES)}
    missing = [c.code for c in Code if c not in BUILD_CODES and c.code not in covered]
    assert missing == []


def test_codes_are_unique() -> None:
    codes = [c.code for c in Code]
    assert len(codes) == len(set(codes))
