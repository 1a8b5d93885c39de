"""The reference vectors (../shared/vectors): what rerun-sdk 0.33.1 returns, replayed against ours.

Issue 4 is done when every vector passes. Until then tests/vectors_known_failures.txt lists the ids
that still fail; this test fails when any other vector fails (a regression) and when a listed one
passes (so the list only ever shrinks: remove the id). `python tests/vectors.py` shows the details.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import TESTS
from vectors import VECTORS, all_records, compare, run

KNOWN_FAILURES_PATH = TESTS / "vectors_known_failures.txt"

pytestmark = pytest.mark.skipif(
    not VECTORS.is_dir(), reason="the shared vectors are not checked out beside the repo"
)


def test_vectors(capsys: pytest.CaptureFixture[str]) -> None:
    known = {line.strip() for line in KNOWN_FAILURES_PATH.read_text().splitlines() if line.strip()}
    totals: Counter[tuple[str, str]] = Counter()
    passed: Counter[tuple[str, str]] = Counter()
    regressions: list[str] = []
    fixed: list[str] = []
    for name, record in all_records():
        key = (name, record["family"])
        totals[key] += 1
        problems = compare(record, run(record))
        if not problems:
            passed[key] += 1
            if record["id"] in known:
                fixed.append(record["id"])
        elif record["id"] not in known:
            regressions.append(f"{record['id']}: {'; '.join(problems)[:400]}")
    with capsys.disabled():
        print()
        for key in sorted(totals):
            print(f"vectors {key[0]} ({key[1]}): passed {passed[key]}/{totals[key]}")
        print(f"vectors overall: passed {sum(passed.values())}/{sum(totals.values())}")
    assert not regressions, "vectors that used to pass now fail:\n" + "\n".join(regressions)
    assert not fixed, "these now pass; remove them from tests/vectors_known_failures.txt:\n" + "\n".join(
        fixed
    )
