"""A bounded, seeded run of the fuzz harness (tests/fuzz_harness.py): every family of hostile
definitions, linted and built in-process under a time and memory guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_harness import FAMILIES, Files, Harness

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    runner = Harness(tmp_path_factory.mktemp("fuzz"))
    runner.calibrate()
    return runner


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_hostile_definitions_get_diagnostics_or_build(harness: Harness, family: str) -> None:
    @settings(
        max_examples=8,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.just(None).flatmap(lambda _: FAMILIES[family]))
    def check(files: Files) -> None:
        harness.check(files)

    check()
    harness.clean()


def test_the_harness_catches_an_unbuildable_input(tmp_path: Path) -> None:
    """The emittability check is real: Python that does not compile fails it."""
    broken = tmp_path / "out" / "python" / "broken.py"
    broken.parent.mkdir(parents=True)
    broken.write_text("def f(:\n", encoding="utf-8")
    from fuzz_harness import _assert_emittable

    with pytest.raises(SyntaxError):
        _assert_emittable(tmp_path / "out")
