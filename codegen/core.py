"""Where the installed core lives: the `rerun.*` definitions, the templates and the C++ files that
users' projects build on.

An installed distribution carries them as package data below `codegen/_core/` (see pyproject.toml);
a source checkout (an editable install, or this repository's own build) has them in its top-level
folders instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CORE_ROOT = "rerun"  # the namespace root the core defines; users' types need roots of their own

_TOOL = Path(__file__).resolve().parent
_PACKAGED = _TOOL / "_core"
_CHECKOUT = _TOOL.parent


@dataclass(frozen=True)
class CorePaths:
    definitions: Path  # holds rerun/...
    templates: Path
    cpp_runtime: Path  # the hand-written C++ runtime: rerun/loggable.hpp, ...
    cpp_generated: Path  # the generated C++ of the core types: rerun/components/..., unity_build.cpp


def core_paths() -> CorePaths:
    """The core's folders: the packaged copy of an installed distribution, else the checkout's."""
    if (_PACKAGED / "definitions").is_dir():
        return CorePaths(
            _PACKAGED / "definitions",
            _PACKAGED / "templates",
            _PACKAGED / "cpp_runtime",
            _PACKAGED / "cpp_generated",
        )
    return CorePaths(
        _CHECKOUT / "definitions",
        _CHECKOUT / "templates",
        _CHECKOUT / "runtime" / "cpp",
        _CHECKOUT / "generated" / "cpp",
    )
