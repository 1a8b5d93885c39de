"""The mutation corpus (tests/compat_cases.py): each edit of the real definitions gives exactly the
expected findings, with the rule's categories and a location in the edited definitions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.compat.check import Baseline, CompatConfig, findings_for, locations_of, view_of
from codegen.compat.rules import RULES
from codegen.frontend import discover, load
from codegen.model import Model
from compat_cases import CASES
from conftest import REPO

pytestmark = pytest.mark.slow  # runs many subprocesses; deselect with -m 'not slow'


def load_model_at(definitions: Path, root: Path) -> Model:
    sources, problems = discover(definitions, root)
    result = load(sources)
    errors = [d.message for d in result.diagnostics if d.is_error]
    assert result.model is not None and not problems, errors
    return result.model


@pytest.fixture(scope="module")
def baseline() -> Baseline:
    return Baseline("baseline", view_of(load_model_at(REPO / "definitions", REPO)))


def apply_edits(root: Path, edits: list[tuple[str, ...]]) -> None:
    definitions = root / "definitions"
    for edit in edits:
        path = definitions / edit[1]
        if edit[0] == "replace":
            text = path.read_text(encoding="utf-8")
            assert text.count(edit[2]) == 1, f"{edit[2]!r} must occur exactly once in {edit[1]}"
            path.write_text(text.replace(edit[2], edit[3]), encoding="utf-8")
        elif edit[0] == "delete":
            path.unlink()
        elif edit[0] == "write":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(edit[2], encoding="utf-8")
        else:
            raise AssertionError(f"unknown edit {edit[0]}")


@pytest.mark.parametrize("case", sorted(CASES))
def test_mutation(case: str, baseline: Baseline, tmp_path: Path) -> None:
    edits, expected = CASES[case]
    shutil.copytree(REPO / "definitions", tmp_path / "definitions")
    apply_edits(tmp_path, edits)
    model = load_model_at(tmp_path / "definitions", tmp_path)
    locations = locations_of(model)
    settings = CompatConfig(snapshots=tmp_path / "none")
    findings, _ = findings_for(baseline, view_of(model), locations, settings)
    got = sorted((f.rule.id, f.level.name, f.element) for f in findings)
    assert got == sorted(expected)
    for finding in findings:
        assert finding.rule is RULES[finding.rule.id]
        place = locations.get(finding.element) or locations.get(finding.element.rpartition(".")[0])
        if place is not None:
            assert finding.location == place, finding
        else:  # a removed type: reported at its former file
            assert finding.location.path.startswith("definitions/") and finding.location.line == 1
