"""A file that does not parse: references to the type it would define are a note (N008), not E120.

The rendered output is in the golden cases N008_*; these tests pin what the golden files cannot show:
the resolver's contract, ordering, promotion and the build's summary of many notes.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Severity, Span, render_all
from codegen.frontend import Source, load
from codegen.resolve import ParsedFile, resolve
from codegen.syntax import parse
from conftest import PRELUDE, make_project

BROKEN_RATIO = """
    namespace rerun.datatypes;

    /// A ratio.
    struct Ratio {
        /// Above.
        numerator: f32,,
    }
"""


def user_of_ratio(name: str) -> str:
    return f"""
        namespace rerun.datatypes;

        /// Odds.
        @transparent
        struct {name} {{
            /// As a ratio.
            ratio: rerun.datatypes.Ratio,
        }}
    """


def sources(files: dict[str, str]) -> list[Source]:
    return [
        Source(f"definitions/{path}", path, textwrap.dedent(text).lstrip("\n"))
        for path, text in sorted(files.items())
    ]


def test_the_resolver_reports_a_note_and_gives_no_model() -> None:
    text = textwrap.dedent(user_of_ratio("Odds")).lstrip("\n")
    tree = parse(text, "definitions/rerun/datatypes/odds.rrdef").file
    assert tree is not None
    failed = {"rerun/datatypes/ratio.rrdef": "definitions/rerun/datatypes/ratio.rrdef"}
    result = resolve([ParsedFile(tree, "rerun/datatypes/odds.rrdef")], failed_files=failed)
    assert [(d.code, d.severity) for d in result.diagnostics] == [
        (Code.DEFINED_IN_FILE_WITH_ERRORS, Severity.NOTE)
    ]
    assert result.diagnostics[0].message == (
        "`rerun.datatypes.Ratio` is defined in a file with errors (definitions/rerun/datatypes/ratio.rrdef)"
    )
    assert result.model is None  # a file is missing from it
    # Without the failed file it is an unknown type, as before.
    assert [d.code for d in resolve([ParsedFile(tree, "rerun/datatypes/odds.rrdef")]).diagnostics] == [
        Code.UNKNOWN_TYPE
    ]


def test_load_counts_one_error_and_puts_the_notes_after_it() -> None:
    # `aaa/...` sorts before `rerun/...`: by location alone the note would come first.
    files = {
        "rerun/datatypes/ratio.rrdef": BROKEN_RATIO,
        "aaa/datatypes/odds.rrdef": user_of_ratio("Odds").replace("rerun.datatypes;", "aaa.datatypes;"),
    }
    result = load(sources(files))
    assert result.model is None
    assert [d.code.code for d in result.diagnostics] == ["E002", "N008"]
    assert [d.is_error for d in result.diagnostics] == [True, False]
    rendered = render_all(result.diagnostics, result.sources)
    assert rendered.index("error[E002]") < rendered.index("note[N008]")
    assert rendered.endswith("\n1 error, 0 warnings, 1 note\n")
    assert "unknown type" not in rendered and "did you mean" not in rendered


def test_only_the_file_the_layout_rule_names_counts() -> None:
    """A broken file at another path might define anything: the reference stays an unknown type."""
    files = {
        "rerun/datatypes/ratios.rrdef": BROKEN_RATIO,
        "rerun/datatypes/odds.rrdef": user_of_ratio("Odds"),
    }
    assert sorted(d.code.code for d in load(sources(files)).diagnostics) == ["E002", "E120"]


def test_notes_sort_after_errors_and_warnings_wherever_they_are() -> None:
    def at(code: Code, path: str) -> Diagnostic:
        return Diagnostic(code, code.code, Span(path, 1, 1, 1, 2))

    diagnostics = [
        at(Code.DEFINED_IN_FILE_WITH_ERRORS, "a.rrdef"),
        at(Code.MISSING_SNIPPET, "z.rrdef"),
        at(Code.UNEXPECTED_TOKEN, "m.rrdef"),
        Diagnostic(Code.CONFIG, "no span"),
    ]
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    assert [d.code.code for d in ordered] == ["E204", "E002", "W174", "N008"]


def test_warnings_as_errors_leaves_notes_as_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        **PRELUDE,
        "rerun/datatypes/ratio.rrdef": BROKEN_RATIO,
        "rerun/datatypes/odds.rrdef": user_of_ratio("Odds"),
    }
    project = make_project(tmp_path / "p", files)
    status, _, err = project.run("lint", "--warnings-as-errors", capsys=capsys)
    assert status == 1
    assert "note[N008]" in err
    assert err.endswith("\n1 error, 0 warnings, 1 note\n")
    assert Diagnostic(Code.DEFINED_IN_FILE_WITH_ERRORS, "x").as_error().severity is Severity.NOTE


def test_build_shows_a_few_notes_of_a_kind_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    users = {f"rerun/datatypes/odds{index}.rrdef": user_of_ratio(f"Odds{index}") for index in range(5)}
    project = make_project(tmp_path / "p", {**PRELUDE, "rerun/datatypes/ratio.rrdef": BROKEN_RATIO, **users})
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert err.count("error[E002]") == 1
    assert err.count("note[N008]:") == 3
    assert "... and 2 more note[N008]" in err
    assert err.endswith("\n1 error, 0 warnings, 5 notes\n")
    status, _, err = project.run("lint", capsys=capsys)
    assert err.count("note[N008]:") == 5
    assert not project.output.exists()
