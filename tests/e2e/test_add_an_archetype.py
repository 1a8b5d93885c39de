"""docs/add-an-archetype.md, followed literally, ends green: its walkthrough is run as written.

The page marks what the reader does: `<!-- walkthrough -->` before each block of shell commands,
`<!-- walkthrough: file PATH -->` before each file to create (shown in full), and
`<!-- walkthrough: prints -->` before output that a command prints. The test turns the marked
blocks, in page order, into one bash script (files become here-documents) and runs it with
`set -euo pipefail` in a temporary folder outside the repository.

The reader's environment is a fresh venv whose site-packages adds this interpreter's (a `.pth`
file), so `rerun-typegen` and its dependencies are importable while `pip install -e .` installs the
reader's project into the fresh venv, never into the repository's. `PATH` starts with the fresh
venv's `bin`, then this interpreter's (for `codegen`), and ends with Rerun's CLI (rerun-sdk 0.33.1,
tests/rrd_tools.py), so `rerun rrd verify` is Rerun's own and `python` stays ours.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from rrd_tools import rerun_cli

from conftest import REPO

PAGE = (REPO / "docs" / "add-an-archetype.md").read_text(encoding="utf-8")
BLOCK = re.compile(
    r"<!-- walkthrough(?:: (?P<kind>file|prints)(?: (?P<path>\S+))?)? -->\n```[^\n]*\n(?P<body>.*?)^```$",
    flags=re.DOTALL | re.MULTILINE,
)
END = "WALKTHROUGH_FILE_ENDS"


def blocks() -> list[re.Match[str]]:
    found = list(BLOCK.finditer(PAGE))
    assert len(found) == PAGE.count("<!-- walkthrough"), (
        "a walkthrough mark is not followed by a fenced block"
    )
    return found


def script() -> str:
    """The walkthrough as one bash script: its commands, and its files written where it says."""
    parts = ["set -euo pipefail"]
    for block in blocks():
        body = block["body"]
        if block["kind"] == "file":
            path = shlex.quote(block["path"])
            assert END not in body
            parts.append(f"mkdir -p \"$(dirname {path})\"\ncat > {path} <<'{END}'\n{body}{END}")
        elif block["kind"] is None:
            parts.append(body)
    return "\n".join(parts) + "\n"


def printed() -> list[str]:
    return [block["body"] for block in blocks() if block["kind"] == "prints"]


def test_the_walkthrough_is_marked() -> None:
    kinds = [block["kind"] for block in blocks()]
    assert kinds.count("file") == 4 and kinds.count(None) >= 5 and kinds.count("prints") == 1
    assert "codegen init" in script() and "rerun rrd verify route.rrd" in script()


def reader_environment(root: Path) -> dict[str, str]:
    """A fresh venv that sees this interpreter's packages, and the PATH described above."""
    base = getattr(sys, "_base_executable", sys.executable)
    venv = root / "venv"
    subprocess.run([base, "-m", "venv", str(venv)], check=True, timeout=300)
    fresh = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]  # holds rerun-typegen's editable install and its dependencies
    (Path(fresh) / "rerun_typegen_reference.pth").write_text(
        f"import site; site.addsitedir({ours!r})\n", encoding="utf-8"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "PYTHON", "VIRTUAL"))
    }
    path = [str(venv / "bin"), str(Path(sys.executable).parent), env.get("PATH", "/usr/bin:/bin")]
    env["PATH"] = os.pathsep.join([*path, str(rerun_cli().parent)])
    env["VIRTUAL_ENV"] = str(venv)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["RERUN_ANALYTICS"] = "0"
    return env


def run(
    command: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run in a process group of its own, which is killed whole if the time runs out."""
    with subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            stdout, stderr = process.communicate()
            pytest.fail(f"timed out after {timeout}s:\n{stdout}\n{stderr}")
        finally:
            with contextlib.suppress(ProcessLookupError):  # whatever the script left running
                os.killpg(process.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@pytest.mark.slow
def test_the_walkthrough_runs_as_written_and_ends_green(tmp_path: Path) -> None:
    env = reader_environment(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    assert REPO not in work.resolve().parents

    which = run(
        [
            "bash",
            "-c",
            'command -v codegen python pip rerun; python -c "import rerun; print(rerun.__file__)"',
        ],
        work,
        env,
        60,
    )
    codegen, python, pip, rerun, module = which.stdout.split()
    assert Path(codegen) == Path(sys.executable).parent / "codegen"
    assert Path(python) == tmp_path / "venv" / "bin" / "python"
    assert Path(pip) == tmp_path / "venv" / "bin" / "pip"
    assert Path(rerun) == rerun_cli()  # Rerun's verifier, not shadowed by anything of ours
    assert Path(module).is_relative_to(REPO / "runtime"), module  # `import rerun` is this repository's

    done = run(["bash", "-c", script()], work, env, 900)
    assert done.returncode == 0, f"the walkthrough failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    for text in printed():
        assert text in done.stdout
    assert "1 file verified without error" in done.stdout + done.stderr
    assert " 5 passed in " in done.stdout, done.stdout
    project = work / "route-types"
    assert (project / "route.rrd").is_file()
    # The project went into the reader's venv, not into the repository's.
    installed = run(["python", "-m", "pip", "list"], work, env, 120).stdout
    assert "acme-types" in installed
    ours = subprocess.run([sys.executable, "-m", "pip", "list"], capture_output=True, text=True, check=True)
    assert "acme-types" not in ours.stdout
