"""docs/idl.md must stay true: every attribute and code documented, every error example real."""

from __future__ import annotations

import re

from codegen.attributes import ATTRIBUTES
from codegen.codes import Code
from conftest import REPO

DOC = (REPO / "docs" / "idl.md").read_text(encoding="utf-8")
GOLDEN = REPO / "tests" / "golden" / "errors"


def test_every_attribute_is_documented() -> None:
    for name in ATTRIBUTES:
        assert f"`@{name}" in DOC, name


def test_every_code_is_documented() -> None:
    for code in Code:
        assert f"| {code.code} | {code.description} |" in DOC, code


def test_error_examples_are_the_real_output() -> None:
    blocks = re.findall(r"<!-- golden: (\S+) -->\n```text\n(.*?)```\n", DOC, flags=re.DOTALL)
    assert len(blocks) >= 12
    for name, shown in blocks:
        assert shown == (GOLDEN / f"{name}.txt").read_text(encoding="utf-8"), name
