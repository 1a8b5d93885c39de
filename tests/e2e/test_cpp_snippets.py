"""The C++ snippets build exactly the data their Python versions log.

Until C++ can record, a C++ snippet (`docs/snippets/<path>.cpp`, beside `<path>.py`) logs through
`docs/snippets/snippet_log.hpp`, which prints one line per component batch or column: the call's
number, the entity path, whether it is static, the times, the descriptor and the array as base64
Arrow IPC. The Python version runs under `tests/snippet_runner.py`, whose trace holds the same for
every call; its arrays are serialised the same way, and both must agree line for line.

The snippets compile with `-Wall -Wextra -Werror`, each linked with the generated unity source and
the runtime, compiled once per session.
"""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cpp_build
import pyarrow as pa
import pytest
from cpp_build import NORMAL
from snippet_runner import LoggedCall, logged_calls

from codegen import cppflags
from codegen.config import load_config
from codegen.formatting import format_cpp
from conftest import REPO, TESTS

SNIPPETS = REPO / "docs" / "snippets"
LOG = SNIPPETS / "snippet_log.hpp"  # what the C++ snippets log through
RUNNER = TESTS / "snippet_runner.py"
CPP_SNIPPETS = sorted(SNIPPETS.rglob("*.cpp"))
COMPILER = "g++"
# -O0: the unity source compiles in about half the time it takes with -O2.
COMPILE = [*cppflags.compile_flags(load_config(REPO)), f"-I{SNIPPETS}", "-O0", "-Wall", "-Wextra", "-Werror"]
JOBS = 2
PROPERTIES = "/__properties"  # what `rr.init` logs about the recording (its start time), not the snippet


def name_of(snippet: Path) -> str:
    return snippet.relative_to(SNIPPETS).with_suffix("").as_posix()


def test_there_are_cpp_snippets_and_each_has_a_python_version() -> None:
    assert len(CPP_SNIPPETS) >= 12
    alone = [name_of(p) for p in CPP_SNIPPETS if not p.with_suffix(".py").is_file()]
    assert not alone, f"C++ snippets without a Python version: {alone}"
    includes = {
        name_of(p): next(line for line in p.read_text().splitlines() if line.startswith("#include"))
        for p in CPP_SNIPPETS
    }
    late = [name for name, first in includes.items() if first != f'#include "{LOG.name}"']
    assert not late, (
        f"C++ snippets that do not include {LOG.name} first (it is precompiled for the test): {late}"
    )


def test_the_cpp_snippets_are_laid_out_like_the_generated_code() -> None:
    """By the pinned clang-format, with the generated code's settings."""
    files = {p.relative_to(SNIPPETS).as_posix(): p.read_text(encoding="utf-8") for p in [*CPP_SNIPPETS, LOG]}
    unformatted = [name for name, text in format_cpp(files).items() if text != files[name]]
    assert not unformatted, f"not formatted as codegen/clang-format.yaml says: {unformatted}"


@dataclass(frozen=True)
class Built:
    program: Path | None
    errors: str  # the compiler's and linker's output when `program` is None


def _run(command: list[str]) -> str | None:
    """None when the command succeeded, else what it printed."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    return None if done.returncode == 0 else f"$ {' '.join(command)}\n{done.stdout}{done.stderr}"


def _compile(source: Path, output: Path, *flags: str) -> str | None:
    return _run([COMPILER, *flags, *COMPILE, "-c", str(source), "-o", str(output)])


# A program whose archetype fails to serialise: its rows do not add up to its positions.
FAILING = """#include "snippet_log.hpp"

#include <rerun/archetypes/points3d.hpp>

int main() {
    snippet::log("fine", rerun::archetypes::Points3D({{0.0f, 0.0f, 0.0f}}));
    const auto columns = rerun::archetypes::Points3D({{0.0f, 0.0f, 0.0f}}).columns({2});
    snippet::send_columns("broken", snippet::TimeColumn::from_sequence("step", {0}), columns);
}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Built]:
    """Every C++ snippet, and FAILING (as failing.cpp), compiled and linked, on two cores.
    The generated code and the runtime come from the session's shared toolchain (compiled once for
    every C++ test), and snippet_log.hpp is compiled once too: precompiled, it halves the time each
    snippet takes (which includes it first)."""
    build = tmp_path_factory.mktemp("cpp-snippets")
    failing = build / "failing.cpp"
    failing.write_text(FAILING, encoding="utf-8")
    programs = [*CPP_SNIPPETS, failing]
    toolchain = cpp_build.shared_toolchain(load_config(REPO), NORMAL, tmp_path_factory.getbasetemp())
    library = toolchain.objects(toolchain.library())
    # GCC takes `<dir>/snippet_log.hpp.gch` for `#include "snippet_log.hpp"` when <dir> comes first
    # in the include path; it is built from a header that includes the real one, since GCC warns
    # about `#pragma once` in the file it compiles.
    precompiled = build / "precompiled"
    precompiled.mkdir()
    (precompiled / LOG.name).write_text(f'#include "{LOG}"\n', encoding="utf-8")
    with ThreadPoolExecutor(JOBS) as pool:
        header = pool.submit(
            _compile, precompiled / LOG.name, precompiled / f"{LOG.name}.gch", "-x", "c++-header"
        )
        assert header.result() is None, header.result()
        program_objects = [build / f"program{index}.o" for index in range(len(programs))]
        uses_header = (f"-I{precompiled}", "-Winvalid-pch")
        compiled_programs = [
            pool.submit(_compile, program, obj, *uses_header)
            for program, obj in zip(programs, program_objects, strict=True)
        ]
        source_objects = [job.result() for job in library]
        result = {}
        for source, obj, job in zip(programs, program_objects, compiled_programs, strict=True):
            program = obj.with_suffix("")
            error = job.result()
            if error is None:
                objects = [str(obj), *map(str, source_objects)]
                error = _run([COMPILER, *objects, *cppflags.link_flags(), "-o", str(program)])
            result[source] = Built(program if error is None else None, error or "")
    return result


def _ipc_base64(array: pa.Array) -> str:
    """An array as the snippets print it: an IPC stream of one record batch with one nullable column."""
    batch = pa.record_batch([array], names=["data"])
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return base64.b64encode(sink.getvalue().to_pybytes()).decode("ascii")


def _times_text(times: dict[str, tuple[str, tuple[int, ...]]]) -> str:
    return ",".join(
        f"{name}={kind}:{';'.join(map(str, values))}" for name, (kind, values) in sorted(times.items())
    )


def python_lines(calls: list[LoggedCall]) -> Iterator[str]:
    """The calls a Python snippet made to its recording, as the C++ snippets print theirs. The trace
    holds a logged batch as a list of one row; the C++ snippets print the batch itself."""
    store = calls[0].store
    logged = [call for call in calls if call.store == store and call.entity_path != PROPERTIES]
    for number, call in enumerate(logged, start=1):
        for (component, archetype, component_type), column in call.components.items():
            array = column.values if call.method == "log" else column
            fields = [number, call.method, call.entity_path, "static" if call.static else "temporal"]
            fields += [_times_text(call.times), archetype or "", component, component_type or ""]
            yield "\t".join(map(str, [*fields, _ipc_base64(array)]))


def cpp_lines(printed: str) -> Iterator[str]:
    """What a C++ snippet printed, with its entity paths rooted at "/" as the trace has them."""
    for line in printed.splitlines():
        number, method, entity_path, rest = line.split("\t", 3)
        yield "\t".join([number, method, "/" + entity_path.strip("/"), rest])


def _readable(line: str) -> str:
    """A printed line with its array decoded: the column's Arrow field and its first values."""
    *fields, encoded = line.split("\t")
    table = pa.ipc.open_stream(base64.b64decode(encoded)).read_all()
    return " | ".join([*fields, str(table.schema.field(0)), str(table.column(0).to_pylist()[:4])])


def assert_same_lines(name: str, found: list[str], expected: list[str]) -> None:
    differing = [i for i, (a, b) in enumerate(zip(found, expected, strict=False)) if a != b]
    if differing or len(found) != len(expected):
        first = differing[0] if differing else min(len(found), len(expected))
        shown = [
            f"{name}: {len(found)} lines printed by C++, {len(expected)} logged by Python; "
            f"{len(differing)} of the common ones differ, the first is line {first + 1}:"
        ]
        for who, lines in (("C++   ", found), ("Python", expected)):
            shown.append(f"  {who}: " + (_readable(lines[first]) if first < len(lines) else "(nothing)"))
        pytest.fail("\n".join(shown))


@pytest.mark.slow  # compiles the generated code and every snippet: about 1 minute on 2 cores
@pytest.mark.parametrize("snippet", CPP_SNIPPETS, ids=[name_of(p) for p in CPP_SNIPPETS])
def test_the_cpp_snippet_logs_what_its_python_version_logs(
    snippet: Path, built: dict[Path, Built], tmp_path: Path
) -> None:
    program = built[snippet].program
    assert program is not None, built[snippet].errors
    printed = subprocess.run([str(program)], capture_output=True, text=True, timeout=60, check=False)
    assert printed.returncode == 0, f"{name_of(snippet)} failed:\n{printed.stdout}{printed.stderr}"
    output = tmp_path / "out.rrd"
    ran = subprocess.run(
        [sys.executable, str(RUNNER), str(snippet.with_suffix(".py")), str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, f"{name_of(snippet)}.py failed:\n{ran.stdout}{ran.stderr}"
    expected = list(python_lines(logged_calls(output)))
    assert expected, f"{name_of(snippet)}.py logged nothing"
    assert_same_lines(name_of(snippet), list(cpp_lines(printed.stdout)), expected)


@pytest.mark.slow  # shares the compiled snippets' build
def test_a_failed_serialisation_is_printed_and_ends_the_program(built: dict[Path, Built]) -> None:
    (program,) = [b.program for source, b in built.items() if source.name == "failing.cpp"]
    assert program is not None
    done = subprocess.run([str(program)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert [line.split("\t")[:3] for line in done.stdout.splitlines()] == [["1", "log", "fine"]]
    assert done.stderr == (
        "error: Invalid: rerun.archetypes.Points3D field Points3D:positions: "
        "the row lengths add up to 2 values, but the batch holds 1\n"
    )
