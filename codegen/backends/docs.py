"""The reference-docs backend: a Markdown page per type and an index per kind, under docs/reference/."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.arrow import component_descriptor
from codegen.backends import BackendContext, GeneratedFile
from codegen.model import (
    DocTarget,
    Field,
    FixedSizeListType,
    Kind,
    ListType,
    Model,
    PrimitiveType,
    RefType,
    Role,
    Type,
    TypeDef,
    referenced_fqnames,
)
from codegen.naming import snake_case

ROOT = "docs/reference"


def page_path(typedef: TypeDef) -> str:
    """Where a type's page lives, relative to the reference root."""
    return _path_of(typedef.fqname)


def _path_of(fqname: str) -> str:
    namespace, _, name = fqname.rpartition(".")
    return f"{namespace.replace('.', '/')}/{snake_case(name)}.md"


class DocsBackend:
    name = "docs"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        model = context.model
        used_by = _used_by(model)
        for typedef in model.types:
            yield GeneratedFile(
                f"{ROOT}/{page_path(typedef)}",
                context.render(
                    "docs/type.md.jinja",
                    header=context.header(typedef.source_path, "<!--").replace("\n", " -->\n"),
                    t=typedef,
                    docs=typedef.docs.lines_for(DocTarget.WEB),
                    fields=[self._field(typedef, f) for f in typedef.fields],
                    roles=[r for r in Role],
                    arrow_type=None
                    if typedef.kind is Kind.ARCHETYPE
                    else str(context.arrow.of_type(typedef.fqname)),
                    used_by=[(u, _link(typedef, u.fqname)) for u in used_by.get(typedef.fqname, [])],
                ),
                typedef.source_path,
            )
        for namespace in model.namespaces:
            types = [t for t in model.types if t.namespace == namespace]
            categories: dict[str, list[TypeDef]] = {}
            for typedef in types:
                categories.setdefault(typedef.docs_category or "Other", []).append(typedef)
            ordered = sorted(categories.items(), key=lambda item: (item[0] == "Other", item[0]))
            source = f"the definitions of {namespace}"
            yield GeneratedFile(
                f"{ROOT}/{namespace.replace('.', '/')}/index.md",
                context.render(
                    "docs/index.md.jinja",
                    header=context.header(source, "<!--").replace("\n", " -->\n"),
                    namespace=namespace,
                    categories=[
                        (name, [(t, snake_case(t.name) + ".md") for t in group]) for name, group in ordered
                    ],
                ),
                source,
            )

    def _field(self, owner: TypeDef, field: Field) -> dict[str, object]:
        entry: dict[str, object] = {
            "name": field.name,
            "type": _type_text(owner, field.type),
            "nullable": field.nullable,
            "docs": field.docs.lines_for(DocTarget.WEB),
            "role": field.role,
        }
        if owner.kind is Kind.ARCHETYPE:
            entry["descriptor"] = component_descriptor(owner, field.name)["component"]
        return entry


def _used_by(model: Model) -> dict[str, list[TypeDef]]:
    users: dict[str, list[TypeDef]] = {}
    for typedef in model.types:
        types = [f.type for f in typedef.fields] + [v.type for v in typedef.union_variants if v.type]
        for fqname in sorted({fq for t in types for fq in referenced_fqnames(t)}):
            users.setdefault(fqname, []).append(typedef)
    return users


def _link(page_of: TypeDef, target: str) -> str:
    """The relative link from the page of `page_of` to the page of the type `target`."""
    return "../" * (page_of.namespace.count(".") + 1) + _path_of(target)


def _type_text(owner: TypeDef, type_: Type) -> str:
    if isinstance(type_, PrimitiveType):
        return f"`{type_.primitive.value}`"
    if isinstance(type_, RefType):
        return f"[`{type_.fqname.rsplit('.', 1)[1]}`]({_link(owner, type_.fqname)})"
    item = _type_text(owner, type_.item) + ("?" if type_.item_nullable else "")
    if isinstance(type_, FixedSizeListType):
        return f"{type_.length} x {item}"
    assert isinstance(type_, ListType)
    return f"list of {item}"
