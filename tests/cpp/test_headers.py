"""Every public header of the generated C++ and its runtime compiles on its own: it includes what it uses.

Each header is one translation unit, `#include "<header>"`, checked with `g++ -fsyntax-only` and
warnings as errors, two or more at a time; every failure is reported, with the compiler's message.
"""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from codegen.config import load_config
from codegen.core import core_paths
from codegen.cppflags import compile_flags, generated_dir
from conftest import REPO

pytestmark = pytest.mark.slow  # one compiler run per header: a minute or more

CONFIG = load_config(REPO)
WARNINGS = ["-Wall", "-Wextra", "-Werror"]


def public_headers() -> list[str]:
    """Each header by the path code includes it by, below its include directory."""
    generated = generated_dir(CONFIG)
    found = [header.relative_to(generated) for header in sorted(generated.rglob("*.hpp"))]
    found += [
        header.relative_to(core_paths().cpp_runtime)
        for header in sorted((core_paths().cpp_runtime / "rerun").glob("*.hpp"))
    ]
    return [header.as_posix() for header in found]


def compile_alone(include: str) -> str | None:
    """The compiler's complaint about a translation unit holding only `#include "<include>"`, if any."""
    command = ["g++", *compile_flags(CONFIG), *WARNINGS, "-fsyntax-only", "-x", "c++", "-"]
    done = subprocess.run(command, input=f'#include "{include}"\n', capture_output=True, text=True)
    return None if done.returncode == 0 else done.stderr


def test_every_public_header_compiles_on_its_own() -> None:
    headers = public_headers()
    assert "rerun.hpp" in headers, "no generated/cpp/rerun.hpp: run `codegen build` with the cpp backend"
    assert "rerun/loggable.hpp" in headers
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        complaints = dict(zip(headers, pool.map(compile_alone, headers), strict=True))
    failing = {header: text for header, text in complaints.items() if text is not None}
    report = "\n".join(f"--- {header}\n{text}" for header, text in failing.items())
    assert not failing, f"{len(failing)} of {len(headers)} headers do not compile on their own:\n{report}"
