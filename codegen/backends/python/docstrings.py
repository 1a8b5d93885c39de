"""Docstrings of the generated Python, numpy style: their text, and that text as a Python literal."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from codegen.doclinks import as_code
from codegen.model import Docs, DocTarget, Example, Stability, State, TypeDef
from codegen.snippets import load as load_snippet

_UNSTABLE_NOTE = [
    "This type is unstable: it may change in any release, and data logged with it may not load in",
    "later versions of the viewer.",
]


def literal(text: str, indent: str = "") -> str:
    """`text` as a triple-quoted Python literal whose value is exactly `text`.

    Raw when that needs no escapes, so that snippet code with backslashes reads as written;
    otherwise backslashes are doubled and every quote that would end the literal is escaped. The
    closing quotes of a docstring of several lines go on a line of their own. ruff re-indents real
    docstrings; `indent` indents the lines of others (attribute docstrings) itself.
    """
    if "\n" in text:
        text = "\n".join(f"{indent}{line}" if line else "" for line in text.split("\n"))[len(indent) :]
        text += "\n" + indent
    if "\\" in text and '"""' not in text and not text.endswith(("\\", '"')):
        return f'r"""{text}"""'
    escaped = re.sub(r'"(?=""|"*\Z)', r'\\"', text.replace("\\", "\\\\"))
    return f'"""{escaped}"""'


def section(title: str, body: Sequence[str]) -> list[str]:
    """A numpy-style section: a blank line, the underlined title, the body."""
    return ["", title, "-" * len(title), *body]


def parameter_entry(
    name: str, doc_type: str, docs: Sequence[str], *, optional: bool, state: State | None = None
) -> tuple[str, ...]:
    """One entry of a `Parameters` section: `name : type[, optional]` and the indented description."""
    body = list(docs)
    if state is not None and state.stability is Stability.DEPRECATED:
        body += ["", f"Deprecated since {state.since}: {state.notice}"]
    head = f"{name} : {doc_type}{', optional' if optional else ''}"
    return (head, *(f"    {line}" if line else "" for line in body))


def function_docstring(
    summary: Sequence[str], entries: Iterable[Sequence[str]], after: Sequence[str] = ()
) -> str:
    """A function's docstring: the summary lines, a `Parameters` section (if any entry) and more sections."""
    lines = [line for entry in entries for line in entry]
    return "\n".join([*summary, *(section("Parameters", lines) if lines else []), *after])


def python_lines(docs: Docs) -> list[str]:
    """The doc lines for Python, with references to other types as inline code."""
    return [as_code(line) for line in docs.lines_for(DocTarget.PYTHON)]


def module_docstring(typedef: TypeDef) -> str:
    return f"{typedef.kind.value.capitalize()} `{typedef.name}`: {as_code(typedef.docs.summary)}"


def type_docstring(typedef: TypeDef, snippets: Path) -> str:
    """A type's docstring: summary, deprecation, the Python docs, the unstable warning, examples."""
    lines = [f"**{typedef.kind.value.capitalize()}**: {as_code(typedef.docs.summary)}"]
    if typedef.state.stability is Stability.DEPRECATED:
        lines += ["", f".. deprecated:: {typedef.state.since}", f"    {typedef.state.notice}"]
    rest = python_lines(typedef.docs)[1:]
    if rest:
        lines += rest if rest[0] == "" else ["", *rest]
    if typedef.state.stability is Stability.UNSTABLE:
        lines += section("Warnings", _UNSTABLE_NOTE)
    examples = _examples(typedef.docs.examples, snippets)
    if examples:
        lines += section("Examples", examples)
    return "\n".join(lines)


def _examples(examples: Iterable[Example], snippets: Path) -> list[str]:
    """Each `\\example` meant for API docs whose snippet exists: its title and its code, fenced."""
    lines: list[str] = []
    for example in examples:
        snippet = load_snippet(snippets, example.path) if example.in_api_docs else None
        if snippet is None:
            continue
        if lines:
            lines.append("")
        if example.title:
            lines += [f"### {example.title}", ""]
        lines += [f"{snippet.fence}python", *snippet.code.rstrip("\n").splitlines(), snippet.fence]
    return lines


def variant_docstring(docs: Docs, *, default: bool) -> str:
    lines = python_lines(docs)
    return "\n".join([*lines, "", "This is the default."] if default else lines)


CLEAR_UNSET = parameter_entry(
    "clear_unset",
    "bool",
    ["Clear every field that is not given, by logging it as an empty batch."],
    optional=True,
)


def from_fields_docstring(name: str, entries: Iterable[Sequence[str]]) -> str:
    return function_docstring(
        [
            f"Update only some fields of a `{name}`.",
            "",
            "The fields not given are left out, so they keep what was logged before, unless",
            "`clear_unset` clears them.",
        ],
        entries,
    )


def columns_docstring(name: str, entries: Iterable[Sequence[str]]) -> str:
    return function_docstring(
        [
            f"Columns of `{name}` fields, to send many rows at once with `rr.send_columns`.",
            "",
            "By default each value is a row of its own. For fields of numbers, strings or fixed-size",
            "vectors, input with more dimensions than one value has is cut into rows along its first",
            "axis instead: a `(10, 5, 3)` array of 3D positions gives 10 rows of 5 positions each.",
            "Call `.partition(lengths)` on the result to choose the rows: row `i` takes the next",
            "`lengths[i]` values.",
        ],
        entries,
        section("Returns", ["ComponentColumnList", "    One column per field given, in field order."]),
    )


def hand_written_init_docstring(
    written: str, parameters: Sequence[str], generated: Mapping[str, Sequence[str]]
) -> str:
    """The docstring of a hand-written constructor: its own text, with a `Parameters` section over
    its own parameters in order, each entry taken from that text or else from `generated` (the
    entries of the fields, by name)."""
    prose, own, after = split_parameters(written)
    entries = [own.get(name) or generated.get(name) or [name] for name in parameters]
    return function_docstring(prose, entries, after)


def split_parameters(docstring: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """A numpy-style docstring cut around its `Parameters` section: the lines before it, its
    entries by parameter name, and the lines after it (from the next section on)."""
    lines = docstring.splitlines()
    headings = [i for i in range(len(lines) - 1) if lines[i].strip() and set(lines[i + 1].strip()) == {"-"}]
    start = next((i for i in headings if lines[i].strip() == "Parameters"), None)
    if start is None:
        return lines, {}, []
    end = next((i for i in headings if i > start), len(lines))
    entries: dict[str, list[str]] = {}
    for line in lines[start + 2 : end]:
        if line and not line[0].isspace():
            entries[line.split(":")[0].strip()] = [line]
        elif entries:
            entries[list(entries)[-1]].append(line)
    for entry in entries.values():
        while entry[-1] == "":
            entry.pop()
    while start > 0 and lines[start - 1] == "":
        start -= 1
    return lines[:start], entries, ["", *lines[end:]] if end < len(lines) else []
