"""The closed set of attributes the language knows, where each may appear, and what it takes.

An attribute that is not listed here is an error; so is a listed one in the wrong place.
docs/idl.md documents this table; tests/tool/test_idl_doc.py keeps the two in step.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
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
    LITERAL = "literal"  # any value: a string, a number, true/false, a name or a list of them


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
    repeatable: bool = False  # may be given more than once on the same construct

    def describe_signature(self) -> str:
        parts = [p.name for p in self.positional]
        if self.variadic is not None:
            parts.append(f"{self.variadic.name}...")
        parts += [f"{p.name}=" for p in self.keywords]
        return f"@{self.name}" + (f"({', '.join(parts)})" if parts else "")


_STRING = ValueKind.STRING
# The kinds whose constructors `@constructor.*` and `@param.*` shape (a view's are all keyword-only,
# one per property; only `@param.shorthand` applies to it).
_CONSTRUCTED = frozenset({Kind.DATATYPE, Kind.COMPONENT, Kind.ARCHETYPE})

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
            "null_markers_every_row",
            "A union whose `_null_markers` child holds a null for every row, not only for the null "
            "ones (how rerun-sdk 0.33 writes tensor buffers).",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            shapes=frozenset({Shape.UNION}),
            example="@null_markers_every_row",
        ),
        AttributeSpec(
            "view_identifier",
            "The class identifier the viewer knows the view by. Required on every view.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.VIEW}),
            positional=(Param("identifier", _STRING),),
            min_positional=1,
            example='@view_identifier("3D")',
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
            "param.shorthand",
            "The view property also takes, in place of its archetype, what the archetype's "
            "constructor takes first by position, or (given a field of the archetype) by that keyword.",
            frozenset({Site.FIELD}),
            kinds=frozenset({Kind.VIEW}),
            positional=(Param("field", ValueKind.IDENT),),
            example="@param.shorthand(color)",
            group="param",
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
            "python.no_native_conversion",
            "The Python Batch takes Arrow arrays of exactly its type only; other input raises "
            "`NotImplementedError` with this reason, as rerun-sdk 0.33 does.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            positional=(Param("reason", _STRING),),
            min_positional=1,
            example='@python.no_native_conversion("We lack codegen for general structs")',
            group="python",
        ),
        AttributeSpec(
            "python.constructor_qualname",
            "The qualified name Python reports for the constructor in argument errors, where "
            "rerun-sdk 0.33 defines that constructor on a mixin.",
            frozenset({Site.TYPE}),
            kinds=_CONSTRUCTED,
            positional=(Param("qualname", _STRING),),
            min_positional=1,
            example='@python.constructor_qualname("Points3DExt.__init__")',
            group="python",
        ),
        AttributeSpec(
            "cpp.elements",
            "C++: a constructor taking the numbers of the type's one fixed-size-list field one by one, "
            "under these names (space-separated); components wrapping the type forward it.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("names", _STRING),),
            min_positional=1,
            example='@cpp.elements("x y z")',
            group="cpp",
        ),
        AttributeSpec(
            "cpp.packed_bytes",
            "C++: a constructor packing bytes into the type's one unsigned-integer field, the first "
            "name in the most significant byte; `name=value` gives a default.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("names", _STRING),),
            min_positional=1,
            example='@cpp.packed_bytes("r g b a=255")',
            group="cpp",
        ),
        AttributeSpec(
            "cpp.scaled_factories",
            "C++: static functions that build the type from its one number field given in another "
            "unit, each `name=factor` (the value is multiplied by the factor).",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("factories", _STRING),),
            min_positional=1,
            example='@cpp.scaled_factories("from_radians=1 from_degrees=0.017453292519943295")',
            group="cpp",
        ),
        AttributeSpec(
            "constructor.positional",
            "How many leading constructor parameters can be given by position; the rest are "
            "keyword-only. Default: an archetype's required fields, and every field of other types.",
            frozenset({Site.TYPE}),
            kinds=_CONSTRUCTED,
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("count", ValueKind.INT),),
            min_positional=1,
            example="@constructor.positional(1)",
            group="constructor",
        ),
        AttributeSpec(
            "param.name",
            "The name of the field's constructor parameter, where it differs from the field's.",
            frozenset({Site.FIELD}),
            kinds=_CONSTRUCTED,
            positional=(Param("name", ValueKind.IDENT),),
            min_positional=1,
            example="@param.name(lat_lon)",
            group="param",
        ),
        AttributeSpec(
            "param.default",
            "The default value of the field's constructor parameter: a literal of the field's type "
            "(for an enum, the name of a variant).",
            frozenset({Site.FIELD}),
            kinds=_CONSTRUCTED,
            positional=(Param("value", ValueKind.LITERAL),),
            min_positional=1,
            example="@param.default(true)",
            group="param",
        ),
        AttributeSpec(
            "param.required",
            "The field's constructor parameter must be given although the field is optional or "
            "nullable (the parameter has no default).",
            frozenset({Site.FIELD}),
            kinds=_CONSTRUCTED,
            example="@param.required",
            group="param",
        ),
        AttributeSpec(
            "param.before",
            "The field's constructor parameter comes right before another field's; the fields keep "
            "their declared order everywhere else (the wire, the docs).",
            frozenset({Site.FIELD}),
            kinds=_CONSTRUCTED,
            positional=(Param("field", ValueKind.IDENT),),
            min_positional=1,
            example="@param.before(colors)",
            group="param",
        ),
        AttributeSpec(
            "constant",
            "A named value of the type, one literal per field (`Plane3D.XY`); may be repeated.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE, Kind.COMPONENT}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("name", ValueKind.IDENT),),
            min_positional=2,
            variadic=Param("value", ValueKind.LITERAL),
            example="@constant(XY, [0.0, 0.0, 1.0, 0.0])",
            repeatable=True,
        ),
        AttributeSpec(
            "extends",
            "The archetype has every field of another archetype first, logged with that archetype's "
            "descriptors (so the viewer's visualizers of the base still draw them), then its own.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("archetype", ValueKind.IDENT),),
            min_positional=1,
            example="@extends(rerun.archetypes.Points3D)",
        ),
        AttributeSpec(
            "constants_from",
            "The archetype offers the constants of one field's component, under the same names.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.ARCHETYPE}),
            positional=(Param("field", ValueKind.IDENT),),
            min_positional=1,
            example="@constants_from(xyz)",
        ),
        AttributeSpec(
            "matrix_layout",
            "The type is a square matrix stored in its one field of N*N numbers, column after column "
            "or row after row. Constructors and batches take it as written: rows first.",
            frozenset({Site.TYPE}),
            kinds=frozenset({Kind.DATATYPE}),
            shapes=frozenset({Shape.STRUCT}),
            positional=(Param("layout", ValueKind.IDENT, ("column_major", "row_major")),),
            min_positional=1,
            example="@matrix_layout(column_major)",
        ),
    )
}

LANGUAGE_GROUPS = ("python", "cpp")

# Attributes that no longer exist, and what replaced them (the hint of the error for their use).
RETIRED: dict[str, str] = {"python.keyword_only_init": "@constructor.positional(0)"}


def upgrade_retired(text: str) -> str:
    """Definition source with each retired attribute written as what replaced it, so that older
    definitions (a compatibility baseline from an earlier revision) still load."""
    for name, replacement in RETIRED.items():
        text = re.sub(rf"@{re.escape(name)}\b(?!\s*\()", replacement, text)
    return text


def lookup(name: str) -> AttributeSpec | None:
    return ATTRIBUTES.get(name)


# At most this many candidates are compared with a misspelt name (those nearest in length first),
# so that a hint costs the same however many names there are.
MAX_COMPARED = 400


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The nearest known spelling, for "did you mean" hints."""
    return NameIndex(candidates).closest(name)


class NameIndex:
    """Known names, grouped by length once, for many "did you mean" questions."""

    def __init__(self, candidates: Iterable[str]) -> None:
        self._by_length: dict[int, list[str]] = {}
        for candidate in sorted(set(candidates)):
            self._by_length.setdefault(len(candidate), []).append(candidate)
        self._answers: dict[str, str | None] = {}

    def closest(self, name: str) -> str | None:
        """The nearest name (difflib's ratio of at least 0.6), among the MAX_COMPARED names closest
        in length that could reach that ratio at all."""
        if name in self._answers:
            return self._answers[name]
        import difflib

        pool: list[str] = []
        for length in sorted(self._by_length, key=lambda n: (abs(n - len(name)), n)):
            if 2 * min(length, len(name)) < 0.6 * (length + len(name)):
                continue  # too far off in length to reach the ratio
            pool += self._by_length[length]
            if len(pool) >= MAX_COMPARED:
                break
        matches = difflib.get_close_matches(name, pool[:MAX_COMPARED], n=1, cutoff=0.6)
        answer = matches[0] if matches else None
        self._answers[name] = answer
        return answer
