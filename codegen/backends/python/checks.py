"""What valid definitions must also satisfy to become Python: the Python backend's `check` hook.

Names that are Python keywords, field names that the generated classes use themselves, and
extension modules that break their contract are reported here, with positions, before any code
is generated.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator

from codegen.backends import BackendContext
from codegen.backends.python.builder import VIEW_PARAMETERS, PythonViews, module_names
from codegen.backends.python.extensions import extension_path
from codegen.backends.python.types import module_alias
from codegen.backends.python.view import ARCHETYPE_METHODS
from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Span
from codegen.model import Kind, Model, Shape, view_property_archetype


def check_model(context: BackendContext, views: PythonViews) -> list[Diagnostic]:
    """Every Python-specific problem of the model and of its extension modules."""
    problems = list(_names(context.model, views)) + views.problems
    if not problems:  # signatures and shorthands are checked against constructors, which extensions shape
        problems += _signatures(context.model, views)
        problems += _views(context, views)
    return problems


def _signatures(model: Model, views: PythonViews) -> Iterator[Diagnostic]:
    """Constructors that Python cannot have: a positional parameter after a keyword-only one, or a
    positional one without a default after one with a default."""
    for typedef in model.types:
        if typedef.kind is not Kind.ARCHETYPE and typedef.shape is Shape.ENUM:
            continue
        parameters = views.constructor(typedef.fqname).parameters
        keywords = next((i for i, p in enumerate(parameters) if p.keyword_only), len(parameters))
        late = next((p for p in parameters[keywords:] if not p.keyword_only), None)
        defaulted = next((i for i, p in enumerate(parameters[:keywords]) if p.default is not None), keywords)
        after = next((p for p in parameters[defaulted:keywords] if p.default is None), None)
        if late is not None:
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"the constructor of `{typedef.fqname}` would take `{late.name}` by position after "
                "parameters that are keyword-only",
                typedef.span,
                "the positional parameters of an extension's `_derive_fields` must come first",
            )
        elif after is not None:
            yield Diagnostic(
                Code.CONSTRUCTOR_SHAPE,
                f"the constructor of `{typedef.fqname}` would take `{after.name}` by position, without a "
                "default, after a parameter with one",
                typedef.span,
                "lower `@constructor.positional`, or give the parameter a default",
            )


def _views(context: BackendContext, views: PythonViews) -> Iterator[Diagnostic]:
    """View properties that would clash with the parameters every view takes, shorthands that the
    archetype's constructor has no parameter for, and extension modules of views (they have none)."""
    shared = {p.name for p in VIEW_PARAMETERS}
    for view in context.model.of_kind(Kind.VIEW):
        module = extension_path(context.extensions, view)
        if module.is_file():
            path = context.display(module)
            yield Diagnostic(
                Code.EXTENSION_CONTRACT,
                f"{path} extends view `{view.fqname}`, but views take no extension module",
                Span(path, 1, 1, 1, 2),
                "a view class is generated whole; remove the module",
            )
        for field in view.fields:
            if field.name in shared:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"view property name `{field.name}` is taken by the parameter of that name that every "
                    "view takes",
                    field.span,
                    "rename the property",
                )
            if field.shorthand is not None and views.shorthand_parameter(field) is None:
                archetype = view_property_archetype(field).rpartition(".")[2]
                wanted = views.shorthand_keyword(field)
                if wanted is None:
                    message = (
                        f"goes to `{archetype}(...)` by position, but it takes every argument by keyword"
                    )
                    hint = "name the field the shorthand is given as: `@param.shorthand(field)`"
                else:
                    message = f"goes to `{archetype}({wanted}=...)`, but it has no parameter `{wanted}`"
                    hint = (
                        f"the hand-written `{archetype}.__init__` must take `{wanted}`, or name another field"
                    )
                yield Diagnostic(
                    Code.SHORTHAND_NOT_A_PARAMETER,
                    f"the shorthand of `{view.name}.{field.name}` {message}",
                    field.shorthand.span,
                    hint,
                )


# The parameters and locals of the generated functions that take fields as parameters (`__init__`,
# `_set_fields`, `from_fields`, `columns`), and the builtins they call: a field of one of these
# names would not compile, or would break when the function runs.
FUNCTION_NAMES = frozenset({"self", "cls", "clear_unset", "instance", "guard", "given", "derived", "super"})


def _names(model: Model, views: PythonViews) -> Iterator[Diagnostic]:
    # Module names the generated functions refer to; a parameter of that name would shadow them.
    aliases = {module_alias(ns) for ns in model.namespaces}
    common = module_names() | aliases

    def _imported(name: str) -> str:
        return f"the module `{name}`" if name in _MODULES | aliases else f"the imported `{name}`"

    for typedef in model.types:
        ext = views.extensions.get(typedef.fqname)
        shadowing = common | module_names(ext.imports) if ext is not None else common
        for field in typedef.fields:
            if keyword.iskeyword(field.name) or keyword.issoftkeyword(field.name):
                yield Diagnostic(
                    Code.RESERVED_NAME, f"field name `{field.name}` is a Python keyword", field.span
                )
            elif typedef.kind is Kind.ARCHETYPE and field.name in ARCHETYPE_METHODS:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"archetype field name `{field.name}` would hide a method of the generated class",
                    field.span,
                )
            elif field.name in FUNCTION_NAMES:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"field name `{field.name}` is a name the generated Python functions use themselves",
                    field.span,
                    "rename the field",
                )
            elif field.name in shadowing:
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"field name `{field.name}` would hide {_imported(field.name)} in the generated Python",
                    field.span,
                    "rename the field",
                )
            parameter = field.parameter_name
            clash = parameter in shadowing or parameter in FUNCTION_NAMES or keyword.iskeyword(parameter)
            if parameter != field.name and clash:
                if keyword.iskeyword(parameter):
                    what = "be a Python keyword"
                elif parameter in FUNCTION_NAMES:
                    what = "be a name the generated Python functions use themselves"
                else:
                    what = f"hide {_imported(parameter)}"
                yield Diagnostic(
                    Code.RESERVED_NAME,
                    f"constructor parameter `{parameter}` of `{typedef.name}.{field.name}` would {what} "
                    "in the generated Python",
                    field.span,
                    "choose another name in `@param.name(...)`",
                )
        variants = [(v.name, v.span) for v in typedef.enum_variants]
        variants += [(v.name, v.span) for v in typedef.union_variants]
        for name, span in variants:
            if keyword.iskeyword(name):
                yield Diagnostic(Code.RESERVED_NAME, f"variant name `{name}` is a Python keyword", span)


# The modules among the names generated modules import (the rest are classes and functions).
_MODULES = frozenset({"np", "npt", "pa"})
