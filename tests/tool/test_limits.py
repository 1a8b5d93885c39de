"""The limits on input (docs/idl.md, "Limits"): hostile input gets a diagnostic, in linear time."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Span, render_all
from codegen.frontend import discover
from codegen.limits import EXCERPT_WIDTH, MAX_FILE_SIZE, MAX_NESTING
from codegen.syntax import parse

REPO = Path(__file__).resolve().parents[2]


def _struct(field_type: str, attribute: str = "") -> str:
    return f"namespace a.datatypes;\n/// A.\n{attribute}struct A {{\n    /// V.\n    v: {field_type},\n}}\n"


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 500, 100_000])
def test_deep_types_and_values_are_a_diagnostic(depth: int) -> None:
    for text in (
        _struct("[" * depth + "f32" + "]" * depth),
        _struct("[" * depth + "f32; 2]" * depth),
        _struct("f32", "@x(a=" + "[" * depth + "1" + "]" * depth + ")\n"),
    ):
        if len(text.split("\n")[2 if "@x" in text else 4]) > 10_000:
            continue  # the line limit reports it first
        result = parse(text, "a.rrdef")
        assert [d.code for d in result.diagnostics] == [Code.NESTING_TOO_DEEP]


def test_nesting_up_to_the_limit_parses() -> None:
    result = parse(_struct("[" * MAX_NESTING + "f32" + "]" * MAX_NESTING), "a.rrdef")
    assert result.diagnostics == ()
    assert result.file is not None


def test_the_repository_definitions_stay_well_inside_the_limits() -> None:
    for path in (REPO / "definitions").rglob("*.rrdef"):
        text = path.read_text(encoding="utf-8")
        depth = deepest = 0
        for char in text:  # brackets in comments count too: an upper bound
            depth += {"[": 1, "]": -1}.get(char, 0)
            deepest = max(deepest, depth)
        assert deepest <= MAX_NESTING // 4, path
        assert len(text.encode()) <= MAX_FILE_SIZE // 16, path
        assert max(map(len, text.split("\n"))) <= 1_000, path


@pytest.mark.parametrize("char", ["\0", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\r"])
def test_control_characters_in_docs_and_strings(char: str) -> None:
    doc = f"namespace a.datatypes;\n/// A{char}b.\nstruct A {{\n    /// V.\n    v: f32,\n}}\n"
    (found,) = parse(doc, "a.rrdef").diagnostics
    assert found.code is Code.CONTROL_CHARACTER
    assert found.span == Span("a.rrdef", 2, 6, 2, 7)
    string = _struct("f32", f'@python.aliases("ab{char}")\n')
    (found,) = parse(string, "a.rrdef").diagnostics
    assert found.code is Code.CONTROL_CHARACTER
    assert found.span == Span("a.rrdef", 3, 20, 3, 21)


def test_crlf_line_ends_and_tabs_are_fine() -> None:
    text = "namespace a.datatypes;\r\n/// A\tb.\r\nstruct A {\r\n    /// V.\r\n    v: f32,\r\n}\r\n"
    result = parse(text, "a.rrdef")
    assert result.diagnostics == ()


@pytest.mark.parametrize("literal", ["0x" + "f" * 5000, "9" * 5000, "-" + "1" * 41, "0x" + "1_" * 41])
def test_long_integer_literals(literal: str) -> None:
    (found,) = parse(_struct(f"[f32; {literal}]"), "a.rrdef").diagnostics
    assert found.code is Code.INTEGER_TOO_LONG
    assert len(found.message) < 200


def test_the_longest_integers_still_parse() -> None:
    result = parse(_struct("[f32; 0x" + "0" * 39 + "3]"), "a.rrdef")
    assert result.diagnostics == () and result.file is not None


def test_long_lines() -> None:
    text = _struct("f32").replace("/// A.", "/// A" + "a" * 20_000 + ".")
    (found,) = parse(text, "a.rrdef").diagnostics
    assert found.code is Code.LINE_TOO_LONG
    assert (found.span.line, found.span.column) == (2, 10_001) if found.span else False


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero")
def test_only_regular_files_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "d" / "a" / "datatypes"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.rrdef")  # opening it for reading would wait for a writer
    (folder / "zero.rrdef").symlink_to("/dev/zero")  # reading it would never end
    (folder / "big.rrdef").write_bytes(b"/" * (MAX_FILE_SIZE + 1))
    (folder / "max.rrdef").write_bytes(b"/" * MAX_FILE_SIZE)
    (folder / "dir.rrdef").mkdir()
    started = time.perf_counter()
    sources, problems = discover(tmp_path / "d", tmp_path)
    assert time.perf_counter() - started < 5
    assert [s.relative_path for s in sources] == ["a/datatypes/max.rrdef"]
    assert [(d.code, d.message.split(" ")[0]) for d in problems] == [
        (Code.FILE_TOO_LARGE, "d/a/datatypes/big.rrdef"),
        (Code.NOT_A_REGULAR_FILE, "d/a/datatypes/fifo.rrdef"),
        (Code.NOT_A_REGULAR_FILE, "d/a/datatypes/zero.rrdef"),
    ]


def _many(count: int, path: str = "big.rrdef") -> tuple[list[Diagnostic], dict[str, str]]:
    line = "    v: " + "Nope " * 2_000  # 10,000 columns, every diagnostic in the middle
    text = "\n".join([line] * count) + "\n"
    spans = [Span(path, n, 5_003, n, 5_007) for n in range(1, count + 1)]
    return [Diagnostic(Code.UNKNOWN_TYPE, "unknown type `Nope`", s, "a hint") for s in spans], {path: text}


def test_long_lines_are_quoted_around_the_caret() -> None:
    diagnostics, sources = _many(1)
    rendered = render_all(diagnostics, sources)
    quoted, caret = rendered.splitlines()[2:4]
    assert len(quoted) <= EXCERPT_WIDTH + 10 and quoted.startswith("1 | …") and quoted.endswith("…")
    assert quoted[caret.index("^")] == "N" and caret.count("^") == 4


def test_at_most_so_many_diagnostics_are_shown() -> None:
    diagnostics, sources = _many(250)
    small = render_all(diagnostics, sources)
    assert small.count("error[E120]") == 100
    assert small.endswith("... and 150 more errors in big.rrdef\n\n250 errors, 0 warnings\n")
    for number in range(15):
        extra, extra_sources = _many(100, f"f{number:02}.rrdef")
        diagnostics += extra
        sources |= extra_sources
    rendered = render_all(diagnostics, sources)
    assert rendered.count("error[E120]") == 1_000
    assert "... and 150 more errors in big.rrdef" in rendered
    assert "... and 600 more errors in total" in rendered
    assert rendered.endswith("1750 errors, 0 warnings\n")


def _best_of_three(run: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def test_rendering_is_linear() -> None:
    few, few_sources = _many(500)
    many, many_sources = _many(10_000)
    # Everything shown: 20 times the diagnostics may take 20 times as long, and a margin for noise.
    unlimited = {"per_file": 10**9, "in_all": 10**9}
    baseline = _best_of_three(lambda: render_all(few, few_sources, **unlimited))
    assert _best_of_three(lambda: render_all(many, many_sources, **unlimited)) <= 40 * baseline + 0.05
    # With the limits, the output does not grow with the number of diagnostics.
    baseline = _best_of_three(lambda: render_all(few, few_sources))
    assert _best_of_three(lambda: render_all(many, many_sources)) <= 20 * baseline + 0.05
    assert len(render_all(many, many_sources)) < 100 * 1_000
