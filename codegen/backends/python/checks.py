"""What valid definitions must also satisfy to become Python: the Python backend's `check` hook.

Names that are Python keywords, field names that the generated classes use themselves, and
extension modules that break their contract are reported here, with positions, before any code
is generated.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator

from codegen.backends import BackendContext
from codegen.backends.python.extensions import ExtensionError, find_extension
from codegen.backends.python.types import module_alias
from codegen.codes import Code
from codegen.diagnostics import Diagnostic
from codegen.model import Kind, Model

# Archetype members that a field of the same name would hide.
RESERVED_ARCHETYPE_FIELDS = frozenset(
    {
        "columns",
        "cleared",
        "from_fields",
        "archetype",
        "archetype_short_name",
        "as_component_batches",
        "visualizer",
    }
)


def check_model(context: BackendContext) -> list[Diagnostic]:
    """Every Python-specific problem of the model and of its extension modules."""
    problems = list(_names(context.model))
    for typedef in context.model.types:
        try:
            find_extension(context, typedef)
        except ExtensionError as error:
            problems.append(Diagnostic(Code.EXTENSION_CONTRACT, str(error), error.span, error.hint))
    return problems


def _names(model: Model) -> Iterator[Diagnostic]:
    # Module names the generated functions refer to; a parameter of that name would shadow them.
    shadowing = {"np", "npt", "pa", "Any", "ClassVar"} | {module_alias(ns) for ns in model.namespaces}
    for typedef in model.types:
        for field in typedef.fields:
            if keyword.iskeyword(field.name) or keyword.issoftkeyword(field.name):
                yield Diagnostic(
                    Code.RESERVED_NAME, f"field name `{field.name}` is a Python keyword", field.span
                )
            elif typedef.kind is Kind.ARCHETYPE and field.name in RESERVED_ARCHETYPE_FIELDS:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"archetype field name `{field.name}` would hide a method of the generated class",
                    field.span,
                )
            elif field.name in shadowing:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"field name `{field.name}` would hide the module `{field.name}` in the generated Python",
                    field.span,
                    "rename the field",
                )
        variants = [(v.name, v.span) for v in typedef.enum_variants]
        variants += [(v.name, v.span) for v in typedef.union_variants]
        for name, span in variants:
            if keyword.iskeyword(name):
                yield Diagnostic(Code.RESERVED_NAME, f"variant name `{name}` is a Python keyword", span)
