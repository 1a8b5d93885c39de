"""Builds of one output at once: the output's lock makes them take turns, so `generated/` ends whole
whatever the interleaving; the staging folder is never followed through a link; the no-op check
looks at the output on disk."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from codegen import writer
from conftest import PRELUDE, REPO, Project, make_project

WAITING = "codegen: waiting for another build of generated/ to finish"
TIMEOUT = 300  # seconds: a generous bound for one build on a loaded machine, never a measure of speed


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def command(project: Project, *args: str) -> list[str]:
    return [sys.executable, "-m", "codegen", "--project", str(project.root), *args]


def run(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(project, *args), capture_output=True, text=True, cwd=REPO, timeout=TIMEOUT, check=False
    )


@contextmanager
def started(project: Project, *args: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A codegen process writing its stdout and stderr to `log`; ended however the block is left."""
    with log.open("wb") as sink:
        process = subprocess.Popen(command(project, *args), stdout=sink, stderr=subprocess.STDOUT, cwd=REPO)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What one build of the small project writes, built on its own."""
    project = make_project(tmp_path_factory.mktemp("reference") / "p", PRELUDE)
    done = run(project, "build")
    assert done.returncode == 0, done.stderr
    return tree(project.output)


@pytest.mark.slow
def test_two_builds_at_once_leave_the_output_whole(tmp_path: Path, reference: dict[str, bytes]) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    for trial in range(8):
        # Give both builds work to do (an in-sync output is left alone): without the lock, the
        # second one's recovery removes the first one's staging tree half-way.
        if trial % 2:
            shutil.rmtree(project.output, ignore_errors=True)
        elif project.output.is_dir():
            for path in sorted(project.output.rglob("*.py"))[::2]:
                path.unlink()
        logs = tmp_path / f"first{trial}.log", tmp_path / f"second{trial}.log"
        with started(project, "build", "--force", log=logs[0]) as first:
            time.sleep(trial * 0.007)  # staggered starts, 0 to 49 ms apart; nothing asserts on time
            with started(project, "build", "--force", log=logs[1]) as second:
                statuses = first.wait(timeout=TIMEOUT), second.wait(timeout=TIMEOUT)
        outputs = [log.read_text() for log in logs]
        assert statuses == (0, 0), outputs
        assert not any("internal error" in text for text in outputs), outputs
        check = run(project, "build", "--check")
        assert check.returncode == 0, check.stdout + check.stderr
        assert tree(project.output) == reference
    assert sorted(p.name for p in project.root.iterdir() if p.name.startswith(".generated")) == [
        ".generated.lock"
    ]


def test_a_build_waits_for_the_lock_and_says_so(tmp_path: Path, reference: dict[str, bytes]) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    log = tmp_path / "build.log"
    descriptor = os.open(writer.lock_path(project.output), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        with started(project, "build", log=log) as process:
            deadline = time.monotonic() + TIMEOUT
            while WAITING not in log.read_text() and process.poll() is None:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.05)
            assert process.poll() is None, log.read_text()  # it waits as long as the lock is held
            assert not project.output.exists()
            fcntl.flock(descriptor, fcntl.LOCK_UN)
            status = process.wait(timeout=TIMEOUT)
    finally:
        os.close(descriptor)
    text = log.read_text()
    assert status == 0, text
    assert text.startswith(WAITING + "\n")
    assert "codegen: built 5 types" in text
    assert tree(project.output) == reference


def test_the_lock_is_released_however_the_build_ends(
    prelude_project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject = prelude_project.root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"docs"]', '"docs", "backends_for_tests:FailingBackend"]')
    )
    assert prelude_project.run("build", capsys=capsys)[0] == 1
    descriptor = os.open(writer.lock_path(prelude_project.output), os.O_RDWR)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises if the lock were still held
    finally:
        os.close(descriptor)


def test_the_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    calls: list[str] = []
    with writer.lock(output, on_wait=lambda: calls.append("outer")):
        with writer.lock(output, on_wait=lambda: calls.append("inner")):
            pass
        descriptor = os.open(writer.lock_path(output), os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):  # held by the outer block still
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(descriptor)
    assert calls == []


@pytest.mark.parametrize("kind", ["link to a folder", "link to nowhere", "file"])
@pytest.mark.parametrize("name", [".generated.staging", ".generated.previous"])
def test_a_staging_name_that_is_no_folder_of_ours_is_removed_not_followed(
    tmp_path: Path, reference: dict[str, bytes], kind: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep me")
    staging = project.root / name
    if kind == "link to a folder":
        staging.symlink_to(elsewhere, target_is_directory=True)
    elif kind == "link to nowhere":
        staging.symlink_to(tmp_path / "nowhere")
    else:
        staging.write_text("not a folder")
    status, _, err = project.run("build", "--check", capsys=capsys)
    assert status == 1, err  # nothing built yet: out of sync, and no internal error
    assert "internal error" not in err
    assert not os.path.lexists(staging)
    if kind != "file":
        staging.symlink_to(elsewhere if kind == "link to a folder" else tmp_path / "nowhere")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    assert tree(project.output) == reference
    assert not os.path.lexists(staging)
    assert tree(elsewhere) == {"precious.txt": b"keep me"}
    assert project.run("build", "--check", capsys=capsys)[0] == 0


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_a_lock_file_that_is_no_file_is_refused_with_a_diagnostic(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    target = tmp_path / "elsewhere.lock"
    target.write_text("")
    if kind == "link":
        writer.lock_path(project.output).symlink_to(target)
    else:
        writer.lock_path(project.output).mkdir()
    for args in [("build",), ("build", "--check")]:
        status, _, err = project.run(*args, capsys=capsys)
        assert status == 2, err
        assert "error[E204]: the build lock" in err
        assert ("is a symbolic link" if kind == "link" else "is not a regular file") in err
        assert "internal error" not in err
    assert not project.output.exists()


@pytest.mark.parametrize("change", ["delete", "edit"])
def test_the_no_op_check_sees_a_deleted_or_edited_output_file(
    tmp_path: Path, reference: dict[str, bytes], change: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    assert project.run("build", capsys=capsys)[0] == 0
    assert "nothing changed since the last build" in project.run("build", capsys=capsys)[1]
    victim = project.output / "python/rerun/archetypes/points3d.py"
    if change == "delete":
        victim.unlink()
    else:
        victim.write_bytes(victim.read_bytes() + b"# edited\n")
    assert project.run("build", "--check", capsys=capsys)[0] == 1
    status, out, err = project.run("build", capsys=capsys)
    assert status == 0, err
    assert ("1 added, 0 changed" if change == "delete" else "0 added, 1 changed") in out
    assert tree(project.output) == reference
    assert "nothing changed since the last build" in project.run("build", capsys=capsys)[1]
