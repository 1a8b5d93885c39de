"""Formatting generated code with pinned formatters and the tool's own configurations: ruff for
Python, clang-format for C++."""

from __future__ import annotations

import os
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

RUFF_CONFIG = Path(__file__).with_name("ruff-generated.toml")
# The generated files that are formatted: modules and the stubs next to lazy package inits.
PYTHON_SUFFIXES = (".py", ".pyi")


CLANG_FORMAT_CONFIG = Path(__file__).with_name("clang-format.yaml")
# The generated C++ files that are formatted.
CPP_SUFFIXES = (".hpp", ".cpp")
_CLANG_FORMAT_BATCH = 120  # files per clang-format process (they run in parallel)


class FormatterError(Exception):
    """A formatter failed; the message holds its output."""


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


def format_cpp(files: dict[str, str]) -> dict[str, str]:
    """Format C++ sources with the clang-format of the `clang-format` wheel (a pinned dependency,
    so that every machine lays out the same bytes), in a scratch directory."""
    if not files:
        return {}
    executable = _clang_format()
    with tempfile.TemporaryDirectory(prefix="codegen-format-") as scratch:
        root = Path(scratch)
        (root / ".clang-format").write_text(CLANG_FORMAT_CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
        relatives = sorted(files)
        for relative in relatives:
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[relative], encoding="utf-8")
        batches = [
            relatives[i : i + _CLANG_FORMAT_BATCH] for i in range(0, len(relatives), _CLANG_FORMAT_BATCH)
        ]

        def run(batch: list[str]) -> subprocess.CompletedProcess[str]:
            command = [executable, "-i", "--style=file", *batch]
            return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            for done in pool.map(run, batches):
                if done.returncode != 0:
                    raise FormatterError(f"clang-format failed:\n{done.stdout}{done.stderr}".rstrip())
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}


def _clang_format() -> str:
    """The clang-format binary the `clang-format` wheel installs."""
    try:
        import clang_format  # type: ignore[import-untyped]
    except ImportError:
        raise FormatterError(
            "clang-format is missing: the C++ backend formats with the `clang-format` Python package "
            "(`pip install -e .` installs it)"
        ) from None
    return str(Path(clang_format.__file__).parent / "data" / "bin" / "clang-format")
