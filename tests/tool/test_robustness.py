"""Property-based: whatever text a definition file holds, the front end answers with diagnostics."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.diagnostics import render_all
from codegen.frontend import Source, load
from conftest import PRELUDE, REPO

SEEDS = [text for text in PRELUDE.values()]
REAL = sorted((REPO / "definitions").rglob("*.rrdef"))[:40]
SEEDS += [p.read_text(encoding="utf-8") for p in REAL]
ALPHABET = st.sampled_from(
    [*list("{}[]();:,.=?@/\\\"'<>#*-_ \n\tabcxyzAZ019"), "///", "//", "namespace", "struct"]
)


def check(text: str, path: str = "rerun/datatypes/thing.rrdef") -> None:
    sources = [Source(f"definitions/{path}", path, text)]
    sources += [Source(f"definitions/{p}", p, t) for p, t in PRELUDE.items() if p != path]
    result = load(sources)
    rendered = render_all(result.diagnostics, result.sources)
    assert rendered.endswith("warnings\n") or rendered.endswith("warning\n")
    assert "__ANON" not in rendered and "$END" not in rendered and "_LBRACE" not in rendered
    assert (result.model is None) == any(d.is_error for d in result.diagnostics)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_gives_diagnostics(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_random_tokens_give_diagnostics(text: str) -> None:
    check(text)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
        span = draw(st.integers(1, 12))
        if operation == "delete":
            text = text[:position] + text[position + span :]
        elif operation == "insert":
            text = text[:position] + draw(ALPHABET) + text[position:]
        elif operation == "replace":
            text = text[:position] + draw(ALPHABET) + text[position + span :]
        else:
            text = text[:position] + text[position : position + span] * 2 + text[position + span :]
    return text


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_definitions_give_diagnostics(text: str) -> None:
    check(text)
