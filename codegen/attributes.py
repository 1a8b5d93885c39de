"""The closed set of attributes the language knows, where each may appear, and what it takes.

An attribute that is not listed here is an error; so is a listed one in the wrong place.
docs/idl.md documents this table; tests/tool/test_idl_doc.py keeps the two in step.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from codegen.model import Kind, Shape


class Site(enum.Enum):
    """The construct an attribute is attached to."""

    TYPE = "type"
    FIELD = "field"
    ENUM_VARIANT = "enum variant"
    UNION_VARIANT = "union variant"


class ValueKind(enum.Enum):
    STRING = "string"
    IDENT = "identifier"
    INT = "integer"


@dataclass(frozen=True)
class Param:
    name: str
    kind: ValueKind
    choices: tuple[str, ...] = ()  # for identifiers: the accepted words


@dataclass(frozen=True)
class AttributeSpec:
    name: str
    description: str
    sites: frozenset[Site]
    kinds: frozenset[Kind] = frozenset(Kind)
    shapes: frozenset[Shape] = frozenset(Shape)
    positional: tuple[Param, ...] = ()
    min_positional: int = 0
    variadic: Param | None = None  # further positional values of this form
    keywords: tuple[Param, ...] = ()
    example: str = ""
    group: str = field(default="core")

    def describe_signature(self) -> str:
        parts = [p.name for p in self.positional]
        if self.variadic is not None:
            parts.append(f"{self.variadic.name}...")
        parts += [f"{p.name}=" for p in self.keywords]
        return f"@{self.name}" + (f"({', '.join(parts)})" if parts else "")


_STRING = ValueKind.STRING

ATTRIBUTES: dict[str, AttributeSpec] = {
    spec.name: spec
    for spec in (
        AttributeSpec(
            "state",
            "Lifecycle of a type or field. Deprecated ones also need `since` (a version) and "
            "`notice` (what to use instead). Default: stable; unstable for types in a scoped namespace.",
            frozenset({Site.TYPE, Site.FIELD}),
            positional=(Param("stability", ValueKind.IDENT, ("unstable", "stable", "deprecated")),),
            min_positional=1,
            keywords=(Param("since", _STRING), Param("notice", _STRING)),
            example='@state(deprecated, since="0.24.0", notice="Use Transform3D instead.")',
        ),
        AttributeSpec(
            "transparent",
            "A single-field datatype encoded in Arrow as its field alone, without a struct around it.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE}),
            shapes=frozenset({Shape.STRUCT}),
            example="@transparent",
        ),
        AttributeSpec(
            "default",
            "The enum variant a new value takes when nothing is specified. Exactly one per enum.",
            frozenset({Site.ENUM_VARIANT}),
            example="@default",
        ),
        AttributeSpec(
            "required",
            "An archetype field that every instance must have; a positional constructor argument.",
            frozenset({Site.FIELD}),
            kinds=frozenset({Kind.ARCHETYPE}),
            example="@required",
        ),
        AttributeSpec(
            "recommended",
            "An archetype field most users should set; keyword-only, listed before optional ones.",
            frozenset({Site.FIELD}),
            kinds=frozenset({Kind.ARCHETYPE}),
            example="@recommended",
        ),
        AttributeSpec(
            "optional",
            "An archetype field that tunes how data is shown; keyword-only.",
            frozenset({Site.FIELD}),
            kinds=frozenset({Kind.ARCHETYPE}),
            example="@optional",
        ),
        AttributeSpec(
            "visualizer",
            "The archetype has a visualizer of its own in the viewer (Python: `visualizer()`).",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            example="@visualizer",
        ),
        AttributeSpec(
            "docs.category",
            "The heading the archetype is listed under in the reference docs.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            positional=(Param("category", _STRING),),
            min_positional=1,
            example='@docs.category("Spatial 3D")',
            group="docs",
        ),
        AttributeSpec(
            "docs.view_types",
            "Views that can show the archetype, each optionally followed by `: when`.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            variadic=Param("view", _STRING),
            min_positional=1,
            example='@docs.view_types("Spatial3DView", "Spatial2DView: if logged above a pinhole camera")',
            group="docs",
        ),
        AttributeSpec(
            "python.aliases",
            "Extra Python types accepted wherever one value is expected (appended to `XLike`).",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            positional=(Param("types", _STRING),),
            min_positional=1,
            example='@python.aliases("npt.NDArray[np.float32] | Sequence[float]")',
            group="python",
        ),
        AttributeSpec(
            "python.array_aliases",
            "Extra Python types accepted wherever many values are expected (appended to `XArrayLike`).",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            positional=(Param("types", _STRING),),
            min_positional=1,
            example='@python.array_aliases("npt.NDArray[np.float32]")',
            group="python",
        ),
        AttributeSpec(
            "python.keyword_only_init",
            "The generated constructor takes the required fields by keyword too: `X(*, a, b, c=None)`.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            example="@python.keyword_only_init",
            group="python",
        ),
    )
}

LANGUAGE_GROUPS = ("python",)


def lookup(name: str) -> AttributeSpec | None:
    return ATTRIBUTES.get(name)


def closest(name: str, candidates: Sequence[str]) -> str | None:
    """The nearest known spelling, for "did you mean" hints."""
    import difflib

    matches = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return matches[0] if matches else None
