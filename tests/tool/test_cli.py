"""The command line as a user meets it: help, exit codes, and never a traceback for bad definitions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from conftest import PRELUDE, REPO, make_project


@pytest.mark.parametrize("command", [[], ["build"], ["lint"], ["model"]])
def test_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: codegen")
    if command == ["build"]:
        assert "--check" in out and "--force" in out and "--warnings-as-errors" in out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--chek"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --chek" in capsys.readouterr().err


def test_bad_definitions_in_a_real_process_give_diagnostics_not_a_traceback(tmp_path: Path) -> None:
    files = {**PRELUDE, "rerun/datatypes/bad.rrdef": "namespace rerun.datatypes;\nstruct Bad { x: Nope }\n"}
    project = make_project(tmp_path / "p", files)
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "--project", str(project.root), "build"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "definitions/rerun/datatypes/bad.rrdef:2:17: error[E120]: unknown type `Nope`" in done.stderr
    assert not project.output.exists()


def test_model_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    status, out, _ = project.run("model", "rerun.components.Radius", capsys=capsys)
    assert status == 0
    assert '"fqname": "rerun.components.Radius"' in out
    assert '"kind": "component"' in out


def test_internal_errors_are_reported_briefly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)

    def explode(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("codegen.cli.build", explode)
    monkeypatch.delenv("CODEGEN_DEBUG", raising=False)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 3
    assert "internal error: ZeroDivisionError: boom" in err
    assert "CODEGEN_DEBUG=1" in err
