"""Assemble the importable `rerun` package from the runtime and a generated tree, as the install does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def merged_tree(generated_python: Path, destination: Path) -> Path:
    """Copy runtime/rerun and every generated package into `destination`; returns it (for PYTHONPATH)."""
    shutil.copytree(
        REPO / "runtime" / "rerun", destination / "rerun", ignore=shutil.ignore_patterns("__pycache__")
    )
    for package in sorted(p for p in generated_python.iterdir() if p.is_dir()):
        shutil.copytree(package, destination / package.name, dirs_exist_ok=True)
    return destination


# Keeps the editable install's finder away, so the child process sees only the merged tree.
ISOLATE = (
    "import sys\n"
    "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable__')]\n"
)


def run_python(pythonpath: Path, code: str) -> str:
    """Run `code` in a fresh interpreter that imports `rerun` from `pythonpath`; its stdout."""
    code = ISOLATE + code
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=pythonpath
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
