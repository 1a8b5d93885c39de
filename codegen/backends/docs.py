"""The reference-docs backend: Markdown pages for the docs site, under docs/reference/.

One page per type (a view's page lists its properties and the archetypes it shows), an index per
namespace (grouped by `@docs.category`), an overview page and a snippet index. Links between pages
are relative, so the pages work in the mkdocs site (see mkdocs.yml and codegen/site.py) and when
browsed as files.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa

from codegen import snippets as snippet_files
from codegen.arrow import component_descriptor
from codegen.backends import BackendContext, GeneratedFile
from codegen.backends.python import python_views
from codegen.doclinks import Reference, replace_references
from codegen.model import (
    Docs,
    DocTarget,
    Field,
    FixedSizeListType,
    Kind,
    ListType,
    Model,
    PrimitiveType,
    RefType,
    Role,
    Shape,
    Stability,
    State,
    Type,
    TypeDef,
    ViewType,
    referenced_fqnames,
    view_property_archetype,
)
from codegen.naming import snake_case

ROOT = "docs/reference"
INDEX = "index.md"
SNIPPET_INDEX = "snippets/index.md"
_ONE_LINE_ARROW = 72  # longer struct and union types are shown one child per line

_KIND_INTRO = {
    Kind.ARCHETYPE: "Archetypes are what you log: each bundles the components that together describe "
    "one kind of thing, such as a point cloud or an image, and the viewer knows how to show it.",
    Kind.COMPONENT: "Components are the named pieces of data that archetypes are made of. Each one "
    "gives meaning to a datatype, such as a position, a color or a radius.",
    Kind.DATATYPE: "Datatypes are the plain data (numbers, vectors, strings, structs) that components "
    "are built from. They say how values are laid out in Arrow, not what they mean.",
    Kind.VIEW: "Views are the kinds of space a blueprint lays out in the viewer, such as a 3D scene or a "
    "plot over time. Each shows some archetypes, and its properties are archetypes that configure it.",
}


def page_path(fqname: str) -> str:
    """Where a type's page lives, relative to the reference root."""
    namespace, _, name = fqname.rpartition(".")
    return f"{namespace.replace('.', '/')}/{snake_case(name)}.md"


def namespace_index_path(namespace: str) -> str:
    return f"{namespace.replace('.', '/')}/{INDEX}"


def namespace_title(namespace: str) -> str:
    """`rerun.archetypes` -> `Archetypes`, `rerun.blueprint.components` -> `Blueprint components`."""
    root, *scope, kind = namespace.split(".")
    title = " ".join([*scope, kind]).capitalize()
    return title if root == "rerun" else f"{title} ({root})"


def relative_link(from_page: str, to_page: str) -> str:
    """The link from one page to another, both given relative to the reference root."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


@dataclass(frozen=True)
class Use:
    """A type that refers to another one: `user` mentions it in `member` (a field or variant)."""

    user: TypeDef
    member: str


class DocsBackend:
    name = "docs"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        pages = _Pages(context)
        yield from pages.types()
        yield from pages.namespace_indexes()
        yield pages.overview()
        yield pages.snippet_index()


class _Pages:
    def __init__(self, context: BackendContext) -> None:
        self.context = context
        self.model = context.model
        self.used_by = _used_by(context.model)
        self.snippets = snippet_files.load_all(context.snippets)
        self.snippet_types = {s.path: snippet_files.types_used(s, self.model) for s in self.snippets}

    def _file(self, page: str, template: str, source: str, **values: object) -> GeneratedFile:
        header = self.context.header(source, "<!--").replace("\n", " -->\n")
        text = self.context.render(template, header=header, **values)
        return GeneratedFile(f"{ROOT}/{page}", text, source)

    def link(self, from_page: str, fqname: str, member: str | None = None) -> str:
        """A Markdown link to a type (or one of its members) from a page."""
        typedef = self.model.get(fqname)
        target = relative_link(from_page, page_path(fqname))
        if member is not None:
            return f"[`{typedef.name}.{member}`]({target}#{member})"
        return f"[`{typedef.name}`]({target})"

    def text(self, from_page: str, text: str) -> str:
        """Doc text with its `[references]` rendered as links."""

        def render(reference: Reference) -> str:
            if reference.target in self.model:
                return self.link(from_page, reference.target)
            return self.link(from_page, reference.type_name, reference.target.rpartition(".")[2])

        return replace_references(text, render)

    def docs(self, from_page: str, docs: Docs) -> list[str]:
        return [self.text(from_page, line) for line in docs.lines_for(DocTarget.WEB)]

    def cell(self, from_page: str, docs: Docs, state: State | None = None) -> str:
        """Docs squeezed into one table cell: lines joined, paragraphs separated by line breaks."""
        paragraphs: list[list[str]] = [[]]
        for line in self.docs(from_page, docs):
            if line:
                paragraphs[-1].append(line)
            elif paragraphs[-1]:
                paragraphs.append([])
        text = "<br><br>".join(" ".join(p) for p in paragraphs if p).replace("|", "\\|")
        if state is not None and state.stability is Stability.DEPRECATED:
            text = f"**Deprecated since {state.since}:** {state.notice}<br><br>{text}"
        return text

    def type_text(self, from_page: str, type_: Type) -> str:
        """A field type in words, with links: `list of Vec3D`, `array of 3 f32`."""
        if isinstance(type_, PrimitiveType):
            return f"`{type_.primitive.value}`"
        if isinstance(type_, RefType):
            return self.link(from_page, type_.fqname)
        item = self.type_text(from_page, type_.item) + (" (nullable)" if type_.item_nullable else "")
        if isinstance(type_, FixedSizeListType):
            return f"array of {type_.length} {item}"
        assert isinstance(type_, ListType)
        return f"list of {item}"

    # -- one page per type -------------------------------------------------------------------

    def types(self) -> Iterator[GeneratedFile]:
        for typedef in self.model.types:
            if typedef.kind is Kind.VIEW:
                yield self.view_page(typedef)
                continue
            page = page_path(typedef.fqname)
            values: dict[str, object] = {
                "t": typedef,
                "kind_title": typedef.kind.value.capitalize(),
                "docs": self.docs(page, typedef.docs),
                "index_link": relative_link(page, namespace_index_path(typedef.namespace)),
                "namespace_title": namespace_title(typedef.namespace),
                "examples": self.examples(typedef),
                "more_snippets": self.more_snippets(page, typedef),
                "used_by": self.uses(page, typedef),
                "arrow_type": None,
                "roles": [],
                "members": [],
            }
            if typedef.kind is Kind.ARCHETYPE:
                values["roles"] = self.archetype_fields(page, typedef)
                values["view_types"] = [self.view_type(page, v) for v in typedef.view_types]
                views = python_views(self.context)
                signature = views.constructor(typedef.fqname)
                values["signature"] = signature.call(typedef.name)
                values["derives_fields"] = views.derives_fields(typedef.fqname)
                values["keyword_only"] = all(p.keyword_only for p in signature.parameters)
                values["descriptor_example"] = (
                    component_descriptor(typedef, typedef.fields[0].name)["component"]
                    if typedef.fields
                    else None
                )
            else:
                values["arrow_type"] = arrow_text(self.context.arrow.of_type(typedef.fqname))
                values["members"] = self.members(page, typedef)
            yield self._file(page, "docs/type.md.jinja", typedef.source_path, **values)

    def archetype_fields(self, page: str, typedef: TypeDef) -> list[tuple[str, list[dict[str, str]]]]:
        groups: list[tuple[str, list[dict[str, str]]]] = []
        for role in Role:
            rows = [self.archetype_field(page, f) for f in typedef.fields if f.role is role]
            if rows:
                groups.append((role.value.capitalize(), rows))
        return groups

    def archetype_field(self, page: str, field: Field) -> dict[str, str]:
        component = self.link(page, field.component)
        return {
            "name": field.name,
            "type": f"{component} (one per instance)" if field.is_batch else f"{component} (one value)",
            "docs": self.cell(page, field.docs, field.state),
        }

    def view_type(self, page: str, view_type: ViewType) -> dict[str, str | None]:
        """A view that can show an archetype: a link to its page when the model defines it."""
        link = f"`{view_type.name}`" if view_type.fqname is None else self.link(page, view_type.fqname)
        return {"link": link, "note": view_type.note}

    # -- views -------------------------------------------------------------------------------

    def view_page(self, view: TypeDef) -> GeneratedFile:
        page = page_path(view.fqname)
        python_name = f"rrb.{view.name}" if view.namespace == "rerun.blueprint.views" else None
        return self._file(
            page,
            "docs/view.md.jinja",
            view.source_path,
            t=view,
            deprecated=view.state.stability is Stability.DEPRECATED,
            unstable=view.state.stability is Stability.UNSTABLE,
            docs=self.docs(page, view.docs),
            index_link=relative_link(page, namespace_index_path(view.namespace)),
            namespace_title=namespace_title(view.namespace),
            properties=[self.view_property(page, f) for f in view.fields],
            shown=self.shown_in(page, view),
            signature=python_views(self.context).constructor(view.fqname).call(view.name),
            python_name=python_name,
            examples=self.examples(view),
            more_snippets=self.more_snippets(page, view),
        )

    def view_property(self, page: str, field: Field) -> dict[str, object]:
        """One property of a view: its archetype (with the archetype's fields), its docs, and what
        its shorthand is turned into."""
        archetype = self.model.get(view_property_archetype(field))
        docs = self.docs(page, field.docs)
        if field.state.stability is Stability.DEPRECATED:
            docs = [f"**Deprecated since {field.state.since}:** {field.state.notice}", "", *docs]
        shorthand = None
        call = python_views(self.context).shorthand_call(field)
        if call is not None:
            shorthand = (
                f"In Python it also takes `{call.accepts}` in place of the archetype, as `{call.shown}`."
            )
        return {
            "name": field.name,
            "archetype": self.link(page, archetype.fqname),
            "summary": self.text(page, archetype.docs.summary),
            "docs": docs,
            "shorthand": shorthand,
            "fields": [
                {
                    "link": self.link(page, archetype.fqname, f.name),
                    "summary": self.text(page, f.docs.summary),
                }
                for f in archetype.fields
            ],
        }

    def shown_in(self, page: str, view: TypeDef) -> list[dict[str, str | None]]:
        """The archetypes that name the view in `@docs.view_types`, with the note on when."""
        return [
            {"link": self.link(page, archetype.fqname), "note": view_type.note}
            for archetype in self.model.of_kind(Kind.ARCHETYPE)
            for view_type in archetype.view_types
            if view_type.fqname == view.fqname
        ]

    def members(self, page: str, typedef: TypeDef) -> list[dict[str, str]]:
        """The rows of the fields or variants table of a datatype or component."""
        if typedef.shape is Shape.ENUM:
            return [
                {
                    "name": v.name,
                    "type": f"{v.value}" + (" (default)" if v.is_default else ""),
                    "docs": self.cell(page, v.docs),
                }
                for v in typedef.enum_variants
            ]
        if typedef.shape is Shape.UNION:
            return [
                {
                    "name": v.name,
                    "type": (self.type_text(page, v.type) if v.type else "no payload")
                    + f" (type code {v.type_code})",
                    "docs": self.cell(page, v.docs),
                }
                for v in typedef.union_variants
            ]
        return [
            {
                "name": f.name,
                "type": self.type_text(page, f.type) + (" (nullable)" if f.nullable else ""),
                "docs": self.cell(page, f.docs, f.state),
            }
            for f in typedef.fields
        ]

    def examples(self, typedef: TypeDef) -> list[dict[str, object]]:
        """The `\\example` snippets that exist, with their description and code."""
        found: list[dict[str, object]] = []
        for example in typedef.docs.examples:
            snippet = snippet_files.load(self.context.snippets, example.path)
            if snippet is None:
                continue
            found.append(
                {
                    "title": example.title or snippet.summary or example.path,
                    "summary": ""
                    if not example.title or _same(example.title, snippet.summary)
                    else snippet.summary,
                    "description": list(snippet.description),
                    "code": snippet.code.rstrip("\n"),
                    "fence": _fence(snippet.code),
                    "path": snippet.file_name,
                }
            )
        return found

    def more_snippets(self, page: str, typedef: TypeDef) -> list[str]:
        """Links to the other snippets that use the type (the index lists them all)."""
        shown = {e.path for e in typedef.docs.examples}
        index = relative_link(page, SNIPPET_INDEX)
        return [
            f"[`{s.path}`]({index}#{_snippet_anchor(s.path)})"
            for s in self.snippets
            if typedef.fqname in self.snippet_types[s.path] and s.path not in shown
        ]

    def uses(self, page: str, typedef: TypeDef) -> list[str]:
        """Each type that uses this one, with the fields or variants that do."""
        members: dict[str, list[str]] = {}
        for use in self.used_by.get(typedef.fqname, []):
            members.setdefault(use.user.fqname, []).append(f"`{use.member}`")
        return [f"{self.link(page, user)} ({', '.join(names)})" for user, names in members.items()]

    # -- indexes -----------------------------------------------------------------------------

    def namespace_indexes(self) -> Iterator[GeneratedFile]:
        for namespace in self.model.namespaces:
            page = namespace_index_path(namespace)
            types = [t for t in self.model.types if t.namespace == namespace]
            all_unstable = all(t.state.stability is Stability.UNSTABLE for t in types)
            categories: dict[str, list[dict[str, str]]] = {}
            for typedef in types:
                badge = typedef.state.stability.value
                if typedef.state.stability is Stability.STABLE or (all_unstable and badge == "unstable"):
                    badge = ""
                categories.setdefault(typedef.docs_category or "Other", []).append(
                    {
                        "link": self.link(page, typedef.fqname),
                        "badge": badge,
                        "summary": self.text(page, typedef.docs.summary).replace("|", "\\|"),
                    }
                )
            ordered = sorted(categories.items(), key=lambda item: (item[0] == "Other", item[0]))
            yield self._file(
                page,
                "docs/index.md.jinja",
                f"the definitions of {namespace}",
                namespace=namespace,
                title=namespace_title(namespace),
                intro=_KIND_INTRO[types[0].kind],
                all_unstable=all_unstable,
                categories=ordered,
                show_headings=len(ordered) > 1 or ordered[0][0] != "Other",
            )

    def overview(self) -> GeneratedFile:
        sections = []
        for kind in (Kind.ARCHETYPE, Kind.COMPONENT, Kind.DATATYPE, Kind.VIEW):
            namespaces = sorted(
                {t.namespace for t in self.model.of_kind(kind)}, key=lambda ns: (ns.count("."), ns)
            )
            if not namespaces:  # views, in definitions that have none
                continue
            sections.append(
                {
                    "title": kind.plural.capitalize(),
                    "intro": _KIND_INTRO[kind],
                    "namespaces": [
                        {
                            "title": namespace_title(ns),
                            "namespace": ns,
                            "link": namespace_index_path(ns),
                            "count": sum(t.namespace == ns for t in self.model.types),
                        }
                        for ns in namespaces
                    ],
                }
            )
        return self._file(
            INDEX,
            "docs/overview.md.jinja",
            "the definitions",
            sections=sections,
            snippet_index=SNIPPET_INDEX,
            snippet_count=len(self.snippets),
        )

    def snippet_index(self) -> GeneratedFile:
        page = SNIPPET_INDEX
        by_type: dict[str, list[str]] = {}
        for snippet in self.snippets:
            for fqname in self.snippet_types[snippet.path]:
                by_type.setdefault(fqname, []).append(snippet.path)
        existing = {snippet.path for snippet in self.snippets}
        for typedef in self.model.types:  # a type's own `\example`s count, even when used indirectly
            for example in typedef.docs.examples:
                paths = by_type.setdefault(typedef.fqname, [])
                if example.path in existing and example.path not in paths:
                    paths.append(example.path)
            if not by_type.get(typedef.fqname, True):
                del by_type[typedef.fqname]
        rows = [
            {
                "path": s.path,
                "anchor": _snippet_anchor(s.path),
                "summary": s.summary.replace("|", "\\|"),
                "types": ", ".join(self.link(page, fq) for fq in self.snippet_types[s.path]),
            }
            for s in self.snippets
        ]
        kinds = []
        for kind in (Kind.ARCHETYPE, Kind.COMPONENT, Kind.DATATYPE, Kind.VIEW):
            used = [t for t in self.model.of_kind(kind) if t.fqname in by_type]
            kinds.append(
                {
                    "title": kind.plural.capitalize(),
                    "rows": [
                        {
                            "link": self.link(page, t.fqname),
                            "snippets": ", ".join(
                                f"[`{p}`](#{_snippet_anchor(p)})" for p in by_type[t.fqname]
                            ),
                        }
                        for t in used
                    ],
                }
            )
        lacking: dict[str, list[str]] = {}
        for typedef in self.model.of_kind(Kind.ARCHETYPE):
            if typedef.fqname not in by_type and typedef.state.stability is not Stability.DEPRECATED:
                lacking.setdefault(namespace_title(typedef.namespace), []).append(
                    self.link(page, typedef.fqname)
                )
        return self._file(
            page,
            "docs/snippets.md.jinja",
            "the snippets",
            snippets=rows,
            kinds=[k for k in kinds if k["rows"]],
            lacking=sorted(lacking.items()),
        )


def _same(title: str, summary: str) -> bool:
    """Whether a snippet's summary only repeats the example's title."""
    return title.rstrip(".").casefold() == summary.rstrip(".").casefold()


def _snippet_anchor(path: str) -> str:
    return "snippet-" + path.replace("/", "-")


def _fence(code: str) -> str:
    """A code fence longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _used_by(model: Model) -> dict[str, list[Use]]:
    """For each type, the types that refer to it and in which member, sorted by the user's name."""
    users: dict[str, list[Use]] = {}
    for typedef in model.types:
        members = [(f.name, f.type) for f in typedef.fields]
        members += [(v.name, v.type) for v in typedef.union_variants if v.type is not None]
        for member, type_ in members:
            for fqname in dict.fromkeys(referenced_fqnames(type_)):
                users.setdefault(fqname, []).append(Use(typedef, member))
    for uses in users.values():
        uses.sort(key=lambda use: (use.user.kind is not Kind.ARCHETYPE, use.user.fqname))
    return users


def arrow_text(data_type: pa.DataType, indent: str = "") -> str:
    """An Arrow type in pyarrow's notation, one child per line for long structs and unions."""
    one_line = str(data_type)
    if len(indent) + len(one_line) <= _ONE_LINE_ARROW or not (
        pa.types.is_struct(data_type) or pa.types.is_union(data_type) or _is_list(data_type)
    ):
        return one_line
    inner = indent + "    "
    if _is_list(data_type):
        value = data_type.value_field
        head = "fixed_size_list" if pa.types.is_fixed_size_list(data_type) else "list"
        tail = f"[{data_type.list_size}]" if pa.types.is_fixed_size_list(data_type) else ""
        return f"{head}<{_arrow_field(value, inner)}>{tail}"
    children = [data_type.field(i) for i in range(data_type.num_fields)]
    if pa.types.is_struct(data_type):
        lines = [f"{inner}{_arrow_field(child, inner)}" for child in children]
        return "struct<\n" + ",\n".join(lines) + f"\n{indent}>"
    codes = list(data_type.type_codes)
    lines = [
        f"{inner}{_arrow_field(child, inner)}={code}" for child, code in zip(children, codes, strict=True)
    ]
    return f"{data_type.mode}_union<\n" + ",\n".join(lines) + f"\n{indent}>"


def _is_list(data_type: pa.DataType) -> bool:
    return bool(pa.types.is_list(data_type) or pa.types.is_fixed_size_list(data_type))


def _arrow_field(arrow_field: pa.Field, indent: str) -> str:
    nullable = "" if arrow_field.nullable else " not null"
    return f"{arrow_field.name}: {arrow_text(arrow_field.type, indent)}{nullable}"
