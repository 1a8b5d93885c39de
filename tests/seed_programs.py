"""The example programs of the seed documents, extracted verbatim.

Seeds 000 and 002 are markdown: their programs are fenced ```python blocks. Seeds 001 and 003 are
rendered text. In the API reference (003) each example is a title line ending in `:` followed by
the program, which runs until the next API signature line (`def name(...)`, `class Name`) or the
next title.

Some pages show fragments rather than programs (no imports, `…` for elided code); those are
completed as little as possible to run, and the completion is spelled out where it is made.
Seed 004 is a pre-0.9 version of the DNA tutorial (`rr.log_points`, `rerun_demo`), which this
package does not support: it is not extracted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
API_REFERENCE = "003_f3c9c503fca3ba9f.txt"
DNA_TUTORIAL = "002_0252b71397a76af6.txt"
CUSTOM_DATA = "000_ce0373ff87fefbf5.txt"
CUSTOM_DATA_RENDERED = "001_9af3d48b3332cb99.txt"

_SIGNATURE = re.compile(r"^(def \w+\(.*\)( classmethod| staticmethod| deprecated| property.*)?|class \w+)$")
_KEYWORDS = {
    "for",
    "while",
    "if",
    "elif",
    "else",
    "def",
    "class",
    "with",
    "try",
    "except",
    "finally",
    "async",
}


@dataclass(frozen=True)
class SeedProgram:
    """One program: where it comes from and its source."""

    name: str
    source: str


def _is_title(lines: list[str], index: int) -> bool:
    line = lines[index]
    if (
        not line.endswith(":")
        or line.startswith((" ", "\t", "#"))
        or line.split(" ", 1)[0].rstrip(":") in _KEYWORDS
    ):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return following.startswith(("import ", "from ", "# ", "#!", '"""'))


def api_reference_programs() -> list[SeedProgram]:
    """Every example program of the API reference, named `<n>-<title>`."""
    lines = (SEEDS / API_REFERENCE).read_text().splitlines()
    programs: list[SeedProgram] = []
    index = 0
    while index < len(lines):
        if not _is_title(lines, index):
            index += 1
            continue
        title = lines[index].rstrip(":")
        body: list[str] = []
        index += 1
        while index < len(lines) and not _SIGNATURE.match(lines[index]) and not _is_title(lines, index):
            body.append(lines[index])
            index += 1
        while body and not body[-1].strip():
            body.pop()
        source = "\n".join(body) + "\n"
        if "import rerun" in source:
            slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
            programs.append(SeedProgram(f"{len(programs):03d}-{slug}", source))
    return programs


def markdown_blocks(seed: str) -> list[str]:
    """The fenced ```python blocks of a markdown seed, in order."""
    text = (SEEDS / seed).read_text()
    return [block.strip("\n") + "\n" for block in re.findall(r"```python\n(.*?)```", text, flags=re.S)]


def dna_tutorial() -> SeedProgram:
    """The DNA tutorial assembled as the page tells the reader to: spawn and set the time at the top."""
    blocks = markdown_blocks(DNA_TUTORIAL)
    imports, _spawn_alone, points, scaffolding, beads, animation, spawn_and_time, rotation = blocks
    return SeedProgram(
        "dna_tutorial", "\n".join([imports, spawn_and_time, points, scaffolding, beads, animation, rotation])
    )


# Fragments log without a recording of their own: they get the lines a program starts with.
_FRAGMENT_START = 'import rerun as rr\n\nrr.init("rerun_example_seed_fragment", spawn=True)\n\n'

# The remapping example's class annotates with `rr.ComponentBatch`, a name rerun 0.33 does not
# have, and uses `dataclass`, `List`, `Iterable` and `np` without importing them: it runs with
# deferred annotations and those imports.
_LABELED_POINTS_IMPORTS = """from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import List

import numpy as np

"""

# The example elides where the points come from (`my_points_classifier(…)`): two labelled points.
_LABELED_POINTS_SOURCE = (
    'classified = LabeledPoints(points=np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]]), labels=["a", "b"])'
)


def _labeled_points(name: str, example: str) -> SeedProgram:
    """The remapping example (class, `…`, the logging lines) made a program."""
    lines = example.rstrip("\n").splitlines()
    elision = lines.index("…")
    logging = [
        _LABELED_POINTS_SOURCE if "my_points_classifier" in line else line for line in lines[elision + 1 :]
    ]
    body = "\n".join(lines[:elision]).rstrip("\n")
    start = 'rr.init("rerun_example_seed_fragment", spawn=True)'
    return SeedProgram(
        name, _LABELED_POINTS_IMPORTS + body + "\n\n\n" + start + "\n" + "\n".join(logging) + "\n"
    )


def custom_data_programs() -> list[SeedProgram]:
    """The programs of the "Send user-defined data" pages (seeds 000 and 001)."""
    any_values, _class_alone, remapping = markdown_blocks(CUSTOM_DATA)
    rendered = (SEEDS / CUSTOM_DATA_RENDERED).read_text()
    rendered_any_values = re.search(r"^rr\.log\(\n.*?^\)\n", rendered, flags=re.S | re.M)
    rendered_remapping = re.search(r"^import rerun as rr .*?^rr\.log\(.*?\)\n", rendered, flags=re.S | re.M)
    full_program = rendered[rendered.index("#!/usr/bin/env python3") :]
    if rendered_any_values is None or rendered_remapping is None:
        raise ValueError(f"{CUSTOM_DATA_RENDERED} no longer has the examples where expected")
    return [
        SeedProgram("000-any_values", _FRAGMENT_START + any_values),
        _labeled_points("000-labeled_points", remapping),
        SeedProgram("001-any_values", _FRAGMENT_START + rendered_any_values.group(0)),
        _labeled_points("001-labeled_points", rendered_remapping.group(0)),
        SeedProgram("001-custom_data", full_program.rstrip("\n") + "\n"),
    ]
