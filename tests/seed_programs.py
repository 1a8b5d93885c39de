"""The example programs of the seed documents, extracted verbatim.

Seeds 000 and 002 are markdown: their programs are fenced ```python blocks. Seed 003 (the API
reference) is rendered text: each example is a title line ending in `:` followed by the program,
which runs until the next API signature line (`def name(...)`, `class Name`) or the next title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
API_REFERENCE = "003_f3c9c503fca3ba9f.txt"
DNA_TUTORIAL = "002_0252b71397a76af6.txt"

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
