"""Formatting generated code with pinned formatters and the tool's own configurations: ruff (or
black, `[tool.codegen] formatter`) for Python, clang-format for C++."""

from __future__ import annotations

import functools
import os
import subprocess
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

RUFF_CONFIG = Path(__file__).with_name("ruff-generated.toml")
# The generated files that are formatted: modules and the stubs next to lazy package inits.
PYTHON_SUFFIXES = (".py", ".pyi")
# The layouts of generated Python (`[tool.codegen] formatter`); the first is the default.
PYTHON_FORMATTERS = ("ruff", "black")


CLANG_FORMAT_CONFIG = Path(__file__).with_name("clang-format.yaml")
# The generated C++ files that are formatted.
CPP_SUFFIXES = (".hpp", ".cpp")
_CLANG_FORMAT_BATCH = 120  # files per clang-format process (they run in parallel)


class FormatterError(Exception):
    """A formatter failed; the message holds its output."""


def format_python(files: dict[str, str], formatter: str = "ruff") -> dict[str, str]:
    """Format many Python sources (`.py` and `.pyi`) at once, in a scratch directory: `ruff check
    --fix` (import sorting and fixes), then `ruff format`, or black when `formatter` is "black".

    Both run with the tool's own settings only (ruff with --config, black through its API with an
    explicit mode), so no configuration of the project being built can change the bytes.
    `files` maps relative paths to source text; the result has the same keys.
    """
    if formatter not in PYTHON_FORMATTERS:
        raise FormatterError(
            f"unknown Python formatter `{formatter}` (one of: {', '.join(PYTHON_FORMATTERS)})"
        )
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
        commands = [["check", "--fix", "--exit-zero", "--quiet", *common]]
        if formatter == "ruff":
            commands.append(["format", *common])
        for command in commands:
            done = subprocess.run(
                [ruff, *command, "."], cwd=root, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise FormatterError(f"ruff {command[0]} failed:\n{done.stdout}{done.stderr}".rstrip())
        fixed = {relative: (root / relative).read_text(encoding="utf-8") for relative in files}
    if formatter == "black":
        return {relative: _black(relative, text) for relative, text in fixed.items()}
    return fixed


def _black(relative: str, text: str) -> str:
    """One source laid out by the pinned black, with the line length and target of
    ruff-generated.toml; black reads no configuration when called this way."""
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(
        target_versions={TargetVersion.PY311},
        line_length=_ruff_line_length(),
        string_normalization=True,
        is_pyi=relative.endswith(".pyi"),
        magic_trailing_comma=True,
        preview=False,
    )
    try:
        return black.format_str(text, mode=mode)
    except Exception as error:  # InvalidInput for a syntax error; anything else is black's failure too
        message = str(error).strip() or type(error).__name__
        raise FormatterError(f"black failed on {relative}:\n{message}") from None


@functools.cache
def _ruff_line_length() -> int:
    """The line length of ruff-generated.toml: both layouts wrap at the same column."""
    value = tomllib.loads(RUFF_CONFIG.read_text(encoding="utf-8"))["line-length"]
    assert isinstance(value, int)
    return value


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
