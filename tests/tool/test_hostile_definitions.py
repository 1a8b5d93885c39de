"""Definitions written to hurt the tool: long chains, huge cycles, monstrous doc lines, names that
the generated code uses itself. Each must end in a build or in diagnostics, in time that grows with
the input, never in a crash or a hang.

Budgets are relative: a large input against a small one, timed on the same machine in the same run
(the best of a few tries), never absolute seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import snippets as snippet_files
from codegen.codes import Code
from codegen.doclinks import code_spans, find_references
from codegen.resolve import MAX_BROKEN_PER_LINE, MAX_NESTING_DEPTH, ParsedFile, resolve
from codegen.syntax import parse
from conftest import PRELUDE, make_project

DT = "rerun/datatypes/"
AR = "rerun/archetypes/"


def _datatype(i: int, field_type: str, doc: str = "") -> tuple[str, str]:
    text = (
        f"namespace rerun.datatypes;\n\n/// Type {i}.{doc}\nstruct T{i} {{\n"
        f"    /// The next.\n    next: {field_type},\n}}\n"
    )
    return f"{DT}t{i}.rrdef", text


def _chain(n: int) -> dict[str, str]:
    """T0 holds T1, which holds T2, ... up to T{n-1}, which holds an f32."""
    return dict(_datatype(i, f"T{i + 1}" if i + 1 < n else "f32") for i in range(n))


def _cycle(n: int) -> dict[str, str]:
    """T0 holds T1, ..., T{n-1} holds T0."""
    return dict(_datatype(i, f"T{(i + 1) % n}") for i in range(n))


def _unknown(n: int) -> dict[str, str]:
    """n types, each holding a misspelt name of its own."""
    return dict(_datatype(i, f"Tx{i}q") for i in range(n))


def _parsed(files: dict[str, str]) -> list[ParsedFile]:
    trees = []
    for path, text in sorted(files.items()):
        tree = parse(text, f"definitions/{path}").file
        assert tree is not None
        trees.append(ParsedFile(tree, path))
    return trees


def _best_time(run: Callable[[], object], tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _codes(files: list[ParsedFile]) -> list[Code]:
    return [d.code for d in resolve(files).diagnostics]


# -- nesting depth -------------------------------------------------------------------------------


def test_a_chain_at_the_limit_resolves_and_one_past_it_is_reported() -> None:
    assert _codes(_parsed(_chain(MAX_NESTING_DEPTH))) == []
    assert _codes(_parsed(_chain(MAX_NESTING_DEPTH + 1))) == [Code.TYPE_CHAIN_TOO_DEEP]


def test_lists_count_as_levels() -> None:
    files = _chain(MAX_NESTING_DEPTH)
    files.update([_datatype(0, "[T1]")])  # one level more than the chain at the limit
    assert _codes(_parsed(files)) == [Code.TYPE_CHAIN_TOO_DEEP]


def test_a_chain_of_500_types_is_a_diagnostic_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", _chain(500), backends='["python", "arrow", "docs", "cpp"]')
    (project.root / "snippets").mkdir()
    status, _out, err = project.run("build", capsys=capsys)
    assert status == 1
    assert "[E135]" in err and "E203" not in err and "RecursionError" not in err
    assert err.count("error[") == 1  # at the outermost type only


@pytest.mark.slow
def test_a_chain_at_the_limit_builds_with_every_backend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(
        tmp_path / "p", _chain(MAX_NESTING_DEPTH), backends='["python", "arrow", "docs", "cpp"]'
    )
    (project.root / "snippets").mkdir()
    status, _out, err = project.run("build", capsys=capsys)
    assert status == 0, err


def test_a_long_extends_chain_resolves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files: dict[str, str] = dict(PRELUDE)
    for i in range(400):
        extends = f"@extends(rerun.archetypes.A{i - 1})\n" if i else ""
        body = "" if i else "    /// Where.\n    @required\n    positions: [rerun.components.Position3D],\n"
        files[f"{AR}a{i}.rrdef"] = (
            f"namespace rerun.archetypes;\n\n/// A{i}.\n{extends}struct A{i} {{\n{body}}}\n"
        )
    project = make_project(tmp_path / "p", files)
    (project.root / "snippets").mkdir()
    status, _out, err = project.run("lint", capsys=capsys)
    assert (status, err.splitlines()[-1:]) == (0, ["0 errors, 0 warnings"]), err


# -- cycles and hints ----------------------------------------------------------------------------


def test_a_cycle_is_reported_once_with_its_path() -> None:
    result = resolve(_parsed(_cycle(3)))
    assert [d.message for d in result.diagnostics] == [
        "`rerun.datatypes.T0` contains itself: rerun.datatypes.T0 -> rerun.datatypes.T1 -> "
        "rerun.datatypes.T2 -> rerun.datatypes.T0"
    ]


@pytest.mark.slow
def test_cycle_detection_scales_linearly() -> None:
    small, large = _parsed(_cycle(500)), _parsed(_cycle(5000))
    assert _codes(large) == [Code.REFERENCE_CYCLE]
    baseline = _best_time(lambda: resolve(small))
    assert _best_time(lambda: resolve(large), tries=1) <= 30 * baseline


@pytest.mark.slow
def test_did_you_mean_hints_scale_linearly() -> None:
    small, large = _parsed(_unknown(500)), _parsed(_unknown(5000))
    baseline = _best_time(lambda: resolve(small))
    start = time.perf_counter()
    codes = _codes(large)
    assert time.perf_counter() - start <= 30 * baseline
    assert set(codes) == {Code.UNKNOWN_TYPE}


# -- doc lines -----------------------------------------------------------------------------------


def test_code_spans_follow_commonmark() -> None:
    assert code_spans("a `b` c") == [(2, 5)]
    assert code_spans("``a ` b``") == [(0, 9)]
    assert code_spans("`a``b`") == [(0, 6)]  # a run closes only a run of as many backticks
    assert code_spans("x ``` y") == []  # nothing closes it: plain text
    assert [r.target for r in find_references("`[a.b]` [c.d] ``` [e.f]")] == ["c.d", "e.f"]


def test_a_line_of_backticks_is_scanned_in_linear_time() -> None:
    def line(n: int) -> str:
        return "`" * n + " [a.b] " + " ".join("`" * k for k in range(1, n // 10))

    small, large = line(500), line(5000)
    baseline = _best_time(lambda: list(find_references(small)), tries=5)
    assert _best_time(lambda: list(find_references(large)), tries=5) <= 30 * max(baseline, 1e-4)


def test_a_line_of_many_broken_references_reports_a_few() -> None:
    count = 900  # a line of under 10,000 characters, the longest the parser takes
    references = " ".join(f"[a.b{i}]" for i in range(count))
    result = resolve(_parsed(dict([_datatype(0, "f32", " " + references)])))
    assert [d.code for d in result.diagnostics] == [Code.BROKEN_REFERENCE] * MAX_BROKEN_PER_LINE
    assert result.diagnostics[-1].notes == (
        f"this line has {count - MAX_BROKEN_PER_LINE} more broken references, not shown",
    )


# -- snippets ------------------------------------------------------------------------------------


def test_a_snippet_linked_to_a_file_outside_the_snippets_is_not_embedded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(PRELUDE)
    points = files[f"{AR}points3d.rrdef"]
    files[f"{AR}points3d.rrdef"] = points.replace(
        "struct Points3D", '/// \\example archetypes/leak title="Leak"\n        struct Points3D', 1
    )
    project = make_project(tmp_path / "p", files)
    outside = tmp_path / "secret.py"
    outside.write_text('"""Secret."""\n\nTOKEN = "do-not-embed"\n', encoding="utf-8")
    (project.root / "snippets" / "archetypes").mkdir(parents=True)
    (project.root / "snippets" / "archetypes" / "leak.py").symlink_to(outside)
    status, _out, err = project.run("lint", capsys=capsys)
    assert "[W174]" in err and status == 0, err
    snippets = project.root / "snippets"
    assert snippet_files.load(snippets, "archetypes/leak") is None  # what the backends embed
    assert snippet_files.load_all(snippets) == []
