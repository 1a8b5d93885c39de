""".ci/run installs the Debian packages the tests need, only the missing ones, in one apt-get call.

The script runs on a PATH of stubs that log their calls instead of installing or testing anything.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

from conftest import REPO

LOGGING_STUB = '#!/bin/sh\necho "${0##*/} $*" >> "$CALLS"\n'
STUBS = {
    "bin/dirname": f'#!/bin/sh\nexec {shutil.which("dirname")} "$@"\n',
    "bin/sudo": '#!/bin/sh\necho "sudo $*" >> "$CALLS"\nexec "$@"\n',
    "bin/apt-get": LOGGING_STUB + 'exit "${APT_STATUS:-0}"\n',
    "bin/python3": LOGGING_STUB,
    "checkout/.venv/bin/pip": LOGGING_STUB,
    "checkout/.venv/bin/pytest": LOGGING_STUB,
}


def run_ci(tmp_path: Path, *, present: list[str], uid: int, apt_status: int = 0) -> tuple[int, list[str]]:
    """Run a copy of .ci/run with only the `present` tools on PATH: its exit status, the commands run."""
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy(REPO / ".ci/run", checkout / ".ci/run")
    present_stubs = {f"bin/{tool}": LOGGING_STUB for tool in present}
    for name, text in {**STUBS, "bin/id": f"#!/bin/sh\necho {uid}\n", **present_stubs}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name).chmod(stat.S_IRWXU)
    calls = tmp_path / "calls"
    env = {"PATH": str(tmp_path / "bin"), "CALLS": str(calls), "APT_STATUS": str(apt_status)}
    done = subprocess.run(["/bin/bash", str(checkout / ".ci/run")], env=env, capture_output=True, text=True)
    return done.returncode, calls.read_text(encoding="utf-8").splitlines()


THEN_THE_TESTS = ["python3 -m venv .venv", "pip install -q -e .[dev]", "pytest "]


def test_nothing_is_installed_when_every_tool_is_there(tmp_path: Path) -> None:
    assert run_ci(tmp_path, present=["chromium", "g++", "cmake", "ninja"], uid=1000) == (0, THEN_THE_TESTS)


def test_the_missing_packages_are_installed_in_one_call_through_sudo(tmp_path: Path) -> None:
    assert run_ci(tmp_path, present=["chromium", "g++"], uid=1000) == (
        0,
        [
            "sudo apt-get update -q",
            "apt-get update -q",
            "sudo apt-get install -y -q cmake ninja-build",
            "apt-get install -y -q cmake ninja-build",
            *THEN_THE_TESTS,
        ],
    )


def test_root_installs_without_sudo(tmp_path: Path) -> None:
    assert run_ci(tmp_path, present=["cmake", "ninja"], uid=0) == (
        0,
        [
            "apt-get update -q",
            "apt-get install -y -q chromium g++",
            *THEN_THE_TESTS,
        ],
    )


def test_a_failing_install_stops_before_the_tests(tmp_path: Path) -> None:
    status, calls = run_ci(tmp_path, present=["chromium", "g++", "cmake"], uid=0, apt_status=100)
    assert status == 100
    assert calls == ["apt-get update -q"]
