"""The C++ backend: one header per type under cpp/<namespace>/ (and a source where the type needs
one), an umbrella header per namespace root (`rerun.hpp`) and a unity source, over Arrow C++.

The neutral model becomes a typed view model (view.py, built by builder.py), which the templates
in templates/cpp/ lay out; the pipeline formats the result with clang-format. The generated code
builds on the hand-written runtime in runtime/cpp/ (descriptors, batches, the Loggable trait).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from codegen.backends import BackendContext, GeneratedFile
from codegen.backends.cpp.builder import CppViews
from codegen.backends.cpp.checks import check_model
from codegen.backends.cpp.view import Archetype, CppUnit, EnumType, StructType, UnionType
from codegen.core import CORE_ROOT
from codegen.cppflags import CPP_OUTPUT, UNITY_SOURCE
from codegen.diagnostics import Diagnostic

_TEMPLATES: dict[type, str] = {
    Archetype: "cpp/archetype",
    EnumType: "cpp/enum",
    StructType: "cpp/struct",
    UnionType: "cpp/union",
}
# The runtime headers the umbrella header includes, below runtime/cpp.
_RUNTIME_HEADERS = (
    "rerun/component_batch.hpp",
    "rerun/component_column.hpp",
    "rerun/component_descriptor.hpp",
    "rerun/half.hpp",
    "rerun/loggable.hpp",
)


def cpp_views(context: BackendContext) -> CppViews:
    """The C++ view model of this build (built once, shared by the check and the generation)."""
    return context.shared("cpp", lambda: CppViews(context))


def _has_source(unit: CppUnit) -> bool:
    return not isinstance(unit, StructType) or unit.has_source


class CppBackend:
    name = "cpp"

    def check(self, context: BackendContext) -> Iterable[Diagnostic]:
        return check_model(cpp_views(context))

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        views = cpp_views(context)
        headers: dict[str, list[str]] = {}  # by namespace root
        sources: list[str] = []
        for typedef in views.types():
            unit = views.unit(typedef)
            template = _TEMPLATES[type(unit)]
            headers.setdefault(typedef.root, []).append(unit.unit.header)
            text = context.render(f"{template}.hpp.jinja", t=unit)
            yield GeneratedFile(f"{CPP_OUTPUT}/{unit.unit.header}", text, typedef.source_path)
            if _has_source(unit):
                sources.append(unit.unit.source)
                text = context.render(f"{template}.cpp.jinja", t=unit)
                yield GeneratedFile(f"{CPP_OUTPUT}/{unit.unit.source}", text, typedef.source_path)
        source = "all definitions"
        comment = context.header(source, comment="//")
        for root, included in sorted(headers.items()):  # `rerun.hpp`; `acme.hpp` for a user's types
            runtime = _RUNTIME_HEADERS if root == CORE_ROOT else ()
            yield GeneratedFile(
                f"{CPP_OUTPUT}/{root}.hpp",
                context.render(
                    "cpp/umbrella.hpp.jinja", comment=comment, runtime=runtime, headers=sorted(included)
                ),
                source,
            )
        yield GeneratedFile(
            f"{CPP_OUTPUT}/{UNITY_SOURCE}",
            context.render("cpp/unity_build.cpp.jinja", comment=comment, sources=sorted(sources)),
            source,
        )
