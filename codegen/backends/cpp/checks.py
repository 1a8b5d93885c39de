"""What valid definitions must also satisfy to become C++: the C++ backend's `check` hook.

Names that are C++ keywords or that the generated code uses itself, and `@cpp.*` options that do
not fit their type, are reported here, with positions, before any code is generated.
"""

from __future__ import annotations

from collections.abc import Iterator

from codegen.backends.cpp.builder import CppViews
from codegen.backends.cpp.types import KEYWORDS
from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Span
from codegen.model import Kind, Model, Shape
from codegen.naming import snake_case

# Members every generated union or archetype has, which a field or variant may not be named.
UNION_MEMBERS = frozenset({"storage", "kind", "Kind", "None"})
ARCHETYPE_MEMBERS = frozenset({"ArchetypeName", "update_fields", "clear_fields", "as_batches", "columns"})


def check_model(views: CppViews) -> list[Diagnostic]:
    """Every C++-specific problem of the model."""
    problems = list(_names(views.model))
    for typedef in views.types():
        views.unit(typedef)  # building a view reports what its `@cpp.*` options get wrong
    return problems + views.problems


def _names(model: Model) -> Iterator[Diagnostic]:
    for typedef in model.types:
        if typedef.kind is Kind.VIEW:
            continue
        taken = ARCHETYPE_MEMBERS if typedef.kind is Kind.ARCHETYPE else frozenset({typedef.name})
        for field in typedef.fields:
            yield from _name(typedef.fqname, "field", field.name, field.span, taken)
        for variant in typedef.enum_variants:
            yield from _name(typedef.fqname, "variant", variant.name, variant.span, frozenset())
        for union_variant in typedef.union_variants:
            yield from _name(typedef.fqname, "variant", union_variant.name, union_variant.span, UNION_MEMBERS)
            if typedef.shape is Shape.UNION:
                factory = snake_case(union_variant.name)
                yield from _name(
                    typedef.fqname, "variant factory", factory, union_variant.span, UNION_MEMBERS
                )


def _name(owner: str, what: str, name: str, span: Span, taken: frozenset[str]) -> Iterator[Diagnostic]:
    if name in KEYWORDS:
        yield Diagnostic(
            Code.CPP_NAME,
            f"the {what} `{name}` of `{owner}` is a C++ keyword",
            span,
            "rename it: the C++ backend keeps names as written",
        )
    elif name in taken:
        yield Diagnostic(
            Code.CPP_NAME,
            f"the {what} `{name}` of `{owner}` clashes with a name the generated C++ type uses itself",
            span,
            f"rename it (taken: {', '.join(sorted(taken))})",
        )
