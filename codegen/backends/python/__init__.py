"""The Python backend: one module per type under python/<namespace>/, plus package `__init__` files.

The neutral model becomes a typed view model (view.py, built by builder.py), which the templates
in templates/python/ lay out. What is Python-specific about valid definitions (keywords, names the
generated classes reserve, extension modules) is checked by `check`, before anything is generated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from codegen.backends import BackendContext, GeneratedFile
from codegen.backends.python.builder import PythonViews
from codegen.backends.python.checks import check_model
from codegen.backends.python.view import Archetype, EnumClass, Module, ValueClass, ViewClass
from codegen.diagnostics import Diagnostic

_TEMPLATES = {
    Archetype: "python/archetype.py.jinja",
    EnumClass: "python/enum.py.jinja",
    ValueClass: "python/value.py.jinja",
    ViewClass: "python/view.py.jinja",
}


def python_views(context: BackendContext) -> PythonViews:
    """The Python view model of this build (built once, also read by the docs backend)."""
    return context.shared("python", lambda: PythonViews(context))


class PythonBackend:
    name = "python"

    def check(self, context: BackendContext) -> Iterable[Diagnostic]:
        return check_model(context, python_views(context))

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        views = python_views(context)
        by_namespace: dict[str, list[Module]] = {}
        for typedef in context.model.types:
            module = views.module(typedef.fqname)
            by_namespace.setdefault(typedef.namespace, []).append(module)
            text = context.render(_TEMPLATES[type(module.body)], m=module, t=module.body)
            yield GeneratedFile(module.path, text, typedef.source_path)
        for namespace, modules in sorted(by_namespace.items()):
            source = f"the definitions of {namespace}"
            folder = modules[0].path.rpartition("/")[0]
            # `__init__.py` imports each type's module on first use (fast `import rerun`);
            # `__init__.pyi` imports them all, for type checkers.
            for suffix in ("py", "pyi"):
                yield GeneratedFile(
                    f"{folder}/__init__.{suffix}",
                    context.render(
                        f"python/package_init.{suffix}.jinja",
                        header=context.header(source),
                        namespace=namespace,
                        modules=modules,
                        exports=sorted(name for m in modules for name in m.exports),
                    ),
                    source,
                )
