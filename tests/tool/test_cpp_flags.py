"""`codegen cpp-flags`: the flags that compile and link C++ against the generated code and pyarrow's Arrow."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow
import pytest

from codegen.cli import main
from codegen.core import core_paths
from conftest import PRELUDE, REPO, Project, make_project

ARROW_LIBRARY_DIR = Path(pyarrow.get_library_dirs()[0])


def flags(project: Project, *args: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    status, out, err = project.run("cpp-flags", *args, capsys=capsys)
    assert status == 0, err
    assert out.count("\n") == 1  # one line
    return shlex.split(out)


def test_help_names_both_modes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["cpp-flags", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: codegen cpp-flags [-h] [--libs | --sources]")


def test_libs_and_sources_together_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["cpp-flags", "--libs", "--sources"])
    assert exit_info.value.code == 2
    assert "argument --sources: not allowed with argument --libs" in capsys.readouterr().err


def test_compile_flags_are_cpp20_and_the_include_paths_of_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "a project", PRELUDE)  # the space must survive the quoting
    assert flags(project, capsys=capsys) == [
        "-std=c++20",
        f"-I{project.output / 'cpp'}",
        f"-I{core_paths().cpp_runtime}",
        "-isystem",
        pyarrow.get_include(),
    ]


def test_the_repository_include_dirs_exist(capsys: pytest.CaptureFixture[str]) -> None:
    found = flags(Project(REPO), capsys=capsys)
    assert "-std=c++20" in found
    includes = [flag.removeprefix("-I") for flag in found if flag.startswith("-I")]
    includes.append(found[found.index("-isystem") + 1])
    assert len(includes) == 3
    for include in includes:
        assert Path(include).is_absolute() and Path(include).is_dir(), include
    assert (Path(includes[-1]) / "arrow/api.h").is_file()


def test_link_flags_name_the_versioned_libarrow_and_an_rpath(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = flags(make_project(tmp_path / "p", PRELUDE), "--libs", capsys=capsys)
    library = f"libarrow.so.{pyarrow.cpp_build_info.so_version}"
    assert found == [f"-L{ARROW_LIBRARY_DIR}", f"-l:{library}", f"-Wl,-rpath,{ARROW_LIBRARY_DIR}"]
    assert (ARROW_LIBRARY_DIR / library).is_file()


def test_sources_are_the_unity_source_and_the_runtime(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    unity = project.output / "cpp/unity_build.cpp"
    unity.parent.mkdir(parents=True)
    unity.write_text("// stands in for the generated one\n", encoding="utf-8")
    status, out, err = project.run("cpp-flags", "--sources", capsys=capsys)
    assert status == 0, err
    assert out.splitlines() == [
        str(unity),
        *(str(p) for p in sorted(core_paths().cpp_runtime.rglob("*.cpp"))),
    ]


def test_sources_before_the_cpp_build_is_an_error_with_a_hint(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "--project", str(project.root), "cpp-flags", "--sources"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(
        "error[E207]: the C++ output has not been generated: generated/cpp/unity_build.cpp is missing\n"
        '  = hint: run `codegen build` with the cpp backend ("cpp" in [tool.codegen] backends)\n'
    )


def test_a_reader_that_stops_early_is_no_internal_error(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first write
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "--project", str(project.root), "cpp-flags"],
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


PROGRAM = """\
#include <arrow/api.h>

#include <iostream>

int main() {
    arrow::Int32Builder builder;
    if (!builder.AppendValues({1, 2, 3}).ok()) {
        return 1;
    }
    std::shared_ptr<arrow::Array> array = builder.Finish().ValueOrDie();
    std::cout << array->length() << " values, Arrow " << arrow::GetBuildInfo().version_string << "\\n";
    return 0;
}
"""


@pytest.mark.slow
def test_a_program_built_with_the_flags_runs(tmp_path: Path) -> None:
    (tmp_path / "main.cpp").write_text(PROGRAM, encoding="utf-8")
    # As a user types it; -Werror shows that Arrow's own headers are outside the warnings.
    script = textwrap.dedent(
        """\
        set -e
        codegen() { "$PYTHON" -m codegen --project "$ROOT" "$@"; }
        g++ $(codegen cpp-flags) -Wall -Wextra -Werror -c main.cpp -o main.o
        g++ main.o $(codegen cpp-flags --libs) -o main
        """
    )
    env = {**os.environ, "PYTHON": sys.executable, "ROOT": str(REPO)}
    built = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    ran = subprocess.run([str(tmp_path / "main")], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == f"3 values, Arrow {pyarrow.cpp_build_info.version}\n"
