"""Rerun's own command-line tool (rerun-sdk 0.33.1), used as a black-box verifier of our .rrd files.

It lives in its own virtual environment, never importable next to our `rerun` package:
`$RERUN_CLI` if set, else `.venv-rerun-cli/bin/rerun` in the repository, which the first test
that needs it creates (`python3 -m venv .venv-rerun-cli && .venv-rerun-cli/bin/pip install
rerun-sdk==0.33.1`, about 230 MB from PyPI).
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERIFIER_VENV = ROOT / ".venv-rerun-cli"
VERIFIER_PACKAGE = "rerun-sdk==0.33.1"


def _install_verifier() -> None:
    with open(ROOT / ".venv-rerun-cli.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (VERIFIER_VENV / "bin" / "rerun").is_file():
            return
        base = getattr(sys, "_base_executable", sys.executable)
        subprocess.run([base, "-m", "venv", str(VERIFIER_VENV)], check=True)
        subprocess.run(
            [str(VERIFIER_VENV / "bin" / "pip"), "install", "-q", VERIFIER_PACKAGE], check=True, timeout=1200
        )
        subprocess.run([str(VERIFIER_VENV / "bin" / "rerun"), "analytics", "disable"], capture_output=True)


def rerun_cli() -> Path:
    """The `rerun` executable of rerun-sdk 0.33.1, installed in its own venv on first use."""
    configured = os.environ.get("RERUN_CLI")
    if configured:
        return Path(configured)
    path = VERIFIER_VENV / "bin" / "rerun"
    if not path.is_file():
        _install_verifier()
    return path


def verify(*paths: Path) -> subprocess.CompletedProcess[str]:
    """Run `rerun rrd verify` (footer checks included) on the files."""
    return subprocess.run(
        [str(rerun_cli()), "rrd", "verify", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "RERUN_ANALYTICS": "0"},
    )


def assert_verified(*paths: Path) -> None:
    """Fail with the tool's output unless every file passes `rerun rrd verify`."""
    result = verify(*paths)
    assert result.returncode == 0, (
        f"rerun rrd verify failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
