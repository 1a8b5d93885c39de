"""Assemble the importable `rerun` package from the runtime and a generated tree, as the install does."""

from __future__ import annotations

import shutil
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
