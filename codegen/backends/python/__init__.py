"""The Python backend: one module per type under python/<namespace>/, plus package `__init__` files.

The neutral model becomes a typed view model (view.py, built by builder.py), which the templates
in templates/python/ lay out. What is Python-specific about valid definitions (keywords, names the
generated classes reserve, extension modules) is checked by `check`, before anything is generated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from codegen.backends import DO_NOT_EDIT, BackendContext, GeneratedFile
from codegen.backends.python.builder import PythonViews
from codegen.backends.python.checks import check_model
from codegen.backends.python.view import Archetype, EnumClass, Module, ValueClass, ViewClass
from codegen.core import CORE_ROOT
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
        yield from _parent_packages(context, sorted(by_namespace))
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


def _parent_packages(context: BackendContext, namespaces: list[str]) -> Iterator[GeneratedFile]:
    """The packages above a user's namespaces (`acme` above `acme.components`), each importing the
    packages below it, so that `import acme` is enough; with a `py.typed` marker in the root. The
    core's `rerun` and `rerun.blueprint` are hand-written instead."""
    children: dict[str, set[str]] = {}
    for namespace in namespaces:
        parts = namespace.split(".")
        if parts[0] == CORE_ROOT:
            continue
        for depth in range(1, len(parts)):
            children.setdefault(".".join(parts[:depth]), set()).add(parts[depth])
    for package, below in sorted(children.items()):
        folder = "python/" + package.replace(".", "/")
        source = f"the definitions of {package}"
        text = context.render(
            "python/package_parent.py.jinja",
            header=context.header(source),
            package=package,
            children=sorted(below),
        )
        yield GeneratedFile(f"{folder}/__init__.py", text, source)
        if "." not in package:
            marker = f"# {DO_NOT_EDIT}: written by `codegen build`. The package is typed (PEP 561).\n"
            yield GeneratedFile(f"{folder}/py.typed", marker, source)
