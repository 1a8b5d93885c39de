"""The command line as a user meets it: help, exit codes, and never a traceback for bad definitions."""

from __future__ import annotations

import os
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


def _closed_pipe_run(project: Path, args: list[str], *, closed: str, unbuffered: bool) -> tuple[int, str]:
    """Run codegen with `closed` ("stdout" or "stderr") writing into a pipe whose reader is already gone;
    return the status and what the other stream got."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first write
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, closed: write}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "codegen", "--project", str(project), *args],
            stdout=streams["stdout"],
            stderr=streams["stderr"],
            text=True,
            cwd=REPO,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write)
    return done.returncode, done.stderr if closed == "stdout" else done.stdout


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    ("args", "closed"),
    [
        (["model"], "stdout"),
        (["model", "rerun.components.Radius"], "stdout"),  # small enough to sit in the buffer until exit
        (["--version"], "stdout"),  # argparse prints and exits before any command runs
        (["lint"], "stderr"),  # diagnostics go to stderr
    ],
    ids=["model", "model-one-type", "version", "lint-stderr"],
)
def test_a_closed_pipe_ends_quietly_with_141(
    args: list[str], closed: str, unbuffered: bool, tmp_path: Path
) -> None:
    files = {**PRELUDE, "rerun/datatypes/bad.rrdef": "namespace rerun.datatypes;\nstruct Bad { x: Nope }\n"}
    project = make_project(tmp_path / "p", files if args == ["lint"] else PRELUDE)
    status, other = _closed_pipe_run(project.root, args, closed=closed, unbuffered=unbuffered)
    assert other == ""
    # argparse swallows a failing write of its own (--version unbuffered), and then the command succeeded
    assert status == (0 if args == ["--version"] and unbuffered else 141)


def test_a_reader_that_stops_after_one_line_ends_the_command_quietly(tmp_path: Path) -> None:
    """`codegen model | head -1` with more output than a pipe holds: the write fails half-way."""
    files = dict(PRELUDE)
    for index in range(200):
        files[f"rerun/datatypes/number{index}.rrdef"] = (
            f"namespace rerun.datatypes;\n\n/// A number.\nstruct Number{index} {{\n"
            "    /// The value.\n    value: f64,\n}\n"
        )
    project = make_project(tmp_path / "p", files)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    command = [sys.executable, "-m", "codegen", "--project", str(project.root), "model"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline() == b"[\n"
        process.stdout.close()
        err = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert (status, err) == (141, "")
