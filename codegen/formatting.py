"""Formatting generated Python with the pinned ruff and the tool's own configuration."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

RUFF_CONFIG = Path(__file__).with_name("ruff-generated.toml")
# The generated files that are formatted: modules and the stubs next to lazy package inits.
PYTHON_SUFFIXES = (".py", ".pyi")


class FormatterError(Exception):
    """ruff failed; the message holds its output."""


def format_python(files: dict[str, str]) -> dict[str, str]:
    """Format many Python sources (`.py` and `.pyi`) at once: `ruff check --fix`, then `ruff format`,
    in a scratch directory.

    `files` maps relative paths to source text; the result has the same keys.
    """
    if not files:
        return {}
    ruff = find_ruff_bin()
    with tempfile.TemporaryDirectory(prefix="codegen-format-") as scratch:
        root = Path(scratch)
        for relative, text in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        common = ["--config", str(RUFF_CONFIG), "--no-cache"]
        for command in (["check", "--fix", "--exit-zero", "--quiet", *common], ["format", *common]):
            done = subprocess.run(
                [ruff, *command, "."], cwd=root, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise FormatterError(f"ruff {command[0]} failed:\n{done.stdout}{done.stderr}".rstrip())
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}
