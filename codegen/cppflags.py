"""How to compile and link the generated C++: against the Arrow C++ inside the pyarrow wheel.

The wheel ships headers and a versioned `libarrow.so.<so_version>` (no unversioned symlink, no CMake
package), so the flags come from asking pyarrow. Arrow's headers are `-isystem`, so that `-Wall
-Wextra -Werror` apply to our code only.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow

from codegen.codes import Code
from codegen.config import Config
from codegen.core import core_paths
from codegen.diagnostics import Diagnostic, DiagnosticError, display_path

CPP_STANDARD = "-std=c++20"  # Arrow 26's headers use std::span and <bit>
CPP_OUTPUT = "cpp"  # the C++ backend's folder below the output directory
UNITY_SOURCE = "unity_build.cpp"


def generated_dir(config: Config) -> Path:
    return config.output / CPP_OUTPUT


def _generated_dirs(config: Config) -> list[Path]:
    """The project's generated C++ and, for a user's project, the installed core's it builds on."""
    own = generated_dir(config)
    return [own, core_paths().cpp_generated] if config.imports_core else [own]


def arrow_library_dir() -> Path:
    return Path(pyarrow.get_library_dirs()[0])


def compile_flags(config: Config) -> list[str]:
    """C++20, and the include paths of the generated code, the runtime and Arrow."""
    return [
        CPP_STANDARD,
        *(f"-I{directory}" for directory in _generated_dirs(config)),
        f"-I{core_paths().cpp_runtime}",
        "-isystem",
        pyarrow.get_include(),
    ]


def link_flags() -> list[str]:
    """The wheel's libarrow by its versioned name, with an rpath so that programs find it."""
    library_dir = arrow_library_dir()
    so_version = pyarrow.cpp_build_info.so_version
    return [f"-L{library_dir}", f"-l:libarrow.so.{so_version}", f"-Wl,-rpath,{library_dir}"]


def sources(config: Config) -> list[Path]:
    """What to compile: the unity sources (every generated `.cpp`: the project's, and the core's
    for a user's project) and the runtime's sources.

    Raises when the C++ output has not been generated, since the list would be incomplete.
    """
    unity = generated_dir(config) / UNITY_SOURCE
    if not unity.is_file():
        message = f"the C++ output has not been generated: {display_path(unity, config.root)} is missing"
        hint = 'run `codegen build` with the cpp backend ("cpp" in [tool.codegen] backends)'
        raise DiagnosticError([Diagnostic(Code.NOT_BUILT, message, hint=hint)])
    unities = [directory / UNITY_SOURCE for directory in _generated_dirs(config)]
    return [*unities, *sorted(core_paths().cpp_runtime.rglob("*.cpp"))]
