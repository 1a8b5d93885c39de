"""From the model to the docs view model (view.py): one page object per Markdown page.

Links between pages are relative (the pages work in the mkdocs site and when browsed as files).
What Python programs call is read from the Python backend's view model, never worked out here.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa

from codegen import snippets as snippet_files
from codegen.arrow import component_descriptor
from codegen.backends import BackendContext
from codegen.backends.docs.view import (
    ArchetypePage,
    Category,
    Example,
    Heading,
    IndexEntry,
    IndexPage,
    KindSection,
    KindSnippets,
    Lacking,
    LinkNote,
    MemberTable,
    NamespaceEntry,
    OverviewPage,
    Page,
    Program,
    PropertyField,
    PythonClass,
    RoleGroup,
    Row,
    SnippetIndexPage,
    SnippetRow,
    Snippets,
    Status,
    TypeSnippets,
    ValuePage,
    ViewPage,
    ViewProperty,
)
from codegen.backends.python import python_views
from codegen.backends.python.types import short_name
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
    referenced_fqnames,
    view_property_archetype,
)
from codegen.naming import snake_case

ROOT = "docs/reference"
# Where a user's pages link the core types they use: Rerun's own reference.
CORE_REFERENCE = "https://rerun.io/docs/reference/types"
INDEX = "index.md"
SNIPPET_INDEX = "snippets/index.md"
_ONE_LINE_ARROW = 72  # longer struct and union types are shown one child per line
_KINDS = (Kind.ARCHETYPE, Kind.COMPONENT, Kind.DATATYPE, Kind.VIEW)

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

# The headings of a datatype's or component's member table, by its shape.
_MEMBER_COLUMNS = {
    Shape.STRUCT: ("Fields", "Field", "Type"),
    Shape.ENUM: ("Variants", "Variant", "Value"),
    Shape.UNION: ("Variants", "Variant", "Payload"),
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


def core_reference_url(typedef: TypeDef) -> str | None:
    """The page of a core type in Rerun's online reference; None for the blueprint types, which it
    does not list one by one."""
    if typedef.scope is not None:
        return None
    return f"{CORE_REFERENCE}/{typedef.kind.plural}/{snake_case(typedef.name)}"


def relative_link(from_page: str, to_page: str) -> str:
    """The link from one page to another, both given relative to the reference root."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


@dataclass(frozen=True)
class Use:
    """A type that refers to another one: `user` mentions it in `member` (a field or variant)."""

    user: TypeDef
    member: str


class DocsPages:
    """Builds every page of the reference from the model (and the Python view model)."""

    def __init__(self, context: BackendContext) -> None:
        self.context = context
        self.model = context.model
        self.python = python_views(context)
        self.used_by = _used_by(context.model)
        self.snippets = snippet_files.load_all(context.snippets)
        self.snippet_by_path = {s.path: s for s in self.snippets}
        self.snippet_types = {s.path: snippet_files.types_used(s, self.model) for s in self.snippets}
        self.snippets_using: dict[str, list[str]] = {}  # by type: the snippets whose code uses it
        for snippet in self.snippets:
            for fqname in self.snippet_types[snippet.path]:
                self.snippets_using.setdefault(fqname, []).append(snippet.path)

    def pages(self) -> Iterator[Page]:
        for typedef in self.model.types:
            if typedef.kind is Kind.VIEW:
                yield self.view_page(typedef)
            elif typedef.kind is Kind.ARCHETYPE:
                yield self.archetype_page(typedef)
            else:
                yield self.value_page(typedef)
        yield from self.namespace_indexes()
        yield self.overview()
        yield self.snippet_index()

    # -- text --------------------------------------------------------------------------------

    def link(self, from_page: str, fqname: str, member: str | None = None) -> str:
        """A Markdown link to a type (or one of its members) from a page; a core type that a user's
        project imports links to its page in Rerun's own reference."""
        typedef = self.model.get(fqname)
        if self.model.is_imported(fqname):
            shown = typedef.name if member is None else f"{typedef.name}.{member}"
            url = core_reference_url(typedef)
            return f"[`{shown}`]({url})" if url else f"`{shown}`"
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

    def docs(self, from_page: str, docs: Docs) -> tuple[str, ...]:
        return tuple(self.text(from_page, line) for line in docs.lines_for(DocTarget.WEB))

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
            text = f"{_deprecation(state)}<br><br>{text}"
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

    # -- type pages --------------------------------------------------------------------------

    def heading(self, page: str, typedef: TypeDef) -> Heading:
        state = typedef.state
        return Heading(
            name=typedef.name,
            fqname=typedef.fqname,
            kind_label=typedef.kind.value.capitalize(),
            noun="view" if typedef.kind is Kind.VIEW else "type",
            namespace_title=namespace_title(typedef.namespace),
            index_link=relative_link(page, namespace_index_path(typedef.namespace)),
            status=Status(
                deprecated=state.stability is Stability.DEPRECATED,
                unstable=state.stability is Stability.UNSTABLE,
                since=state.since or "",
                notice=state.notice or "",
            ),
            docs=self.docs(page, typedef.docs),
        )

    def python_class(self, typedef: TypeDef) -> PythonClass:
        signature = self.python.constructor(typedef.fqname)
        return PythonClass(
            fqname=typedef.fqname,
            short_name=short_name(typedef.fqname),
            signature=signature.call(typedef.name),
            derives_fields=self.python.derives_fields(typedef.fqname),
            keyword_only=all(p.keyword_only for p in signature.parameters),
        )

    def archetype_page(self, typedef: TypeDef) -> ArchetypePage:
        page = page_path(typedef.fqname)
        own = [f for f in typedef.fields if f.inherited_from is None]
        return ArchetypePage(
            path=page,
            source=typedef.source_path,
            heading=self.heading(page, typedef),
            descriptor_example=(
                component_descriptor(typedef, own[0] if own else typedef.fields[0])["component"]
                if typedef.fields
                else None
            ),
            extends=self.extends(page, typedef),
            roles=tuple(
                RoleGroup(role.value.capitalize(), rows)
                for role in Role
                if (rows := tuple(self.archetype_field(page, f) for f in typedef.fields if f.role is role))
            ),
            view_types=tuple(
                LinkNote(f"`{v.name}`" if v.fqname is None else self.link(page, v.fqname), v.note)
                for v in typedef.view_types
            ),
            python=self.python_class(typedef),
            snippets=self.type_snippets(page, typedef),
            used_by=self.uses(page, typedef),
        )

    def extends(self, page: str, typedef: TypeDef) -> LinkNote | None:
        """The base of an `@extends` archetype, with the column name of one field it inherits."""
        inherited = next((f for f in typedef.fields if f.inherited_from is not None), None)
        if typedef.extends is None or inherited is None:
            return None
        return LinkNote(
            self.link(page, typedef.extends), component_descriptor(typedef, inherited)["component"]
        )

    def archetype_field(self, page: str, field: Field) -> Row:
        component = self.link(page, field.component)
        how_many = "one per instance" if field.is_batch else "one value"
        return Row(field.name, f"{component} ({how_many})", self.cell(page, field.docs, field.state))

    def value_page(self, typedef: TypeDef) -> ValuePage:
        page = page_path(typedef.fqname)
        rows = self.members(page, typedef)
        title, name_column, type_column = _MEMBER_COLUMNS[typedef.shape]
        return ValuePage(
            path=page,
            source=typedef.source_path,
            heading=self.heading(page, typedef),
            members=MemberTable(title, name_column, type_column, rows) if rows else None,
            arrow_type=arrow_text(self.context.arrow.of_type(typedef.fqname)),
            is_enum=typedef.shape is Shape.ENUM,
            snippets=self.type_snippets(page, typedef),
            used_by=self.uses(page, typedef),
        )

    def members(self, page: str, typedef: TypeDef) -> tuple[Row, ...]:
        """The rows of the fields or variants table of a datatype or component."""
        if typedef.shape is Shape.ENUM:
            return tuple(
                Row(v.name, f"{v.value}" + (" (default)" if v.is_default else ""), self.cell(page, v.docs))
                for v in typedef.enum_variants
            )
        if typedef.shape is Shape.UNION:
            return tuple(
                Row(
                    v.name,
                    (self.type_text(page, v.type) if v.type else "no payload")
                    + f" (type code {v.type_code})",
                    self.cell(page, v.docs),
                )
                for v in typedef.union_variants
            )
        return tuple(
            Row(
                f.name,
                self.type_text(page, f.type) + (" (nullable)" if f.nullable else ""),
                self.cell(page, f.docs, f.state),
            )
            for f in typedef.fields
        )

    def view_page(self, view: TypeDef) -> ViewPage:
        page = page_path(view.fqname)
        assert view.view_identifier is not None  # every view names one (E168)
        return ViewPage(
            path=page,
            source=view.source_path,
            heading=self.heading(page, view),
            identifier=view.view_identifier,
            properties=tuple(self.view_property(page, f) for f in view.fields),
            shown=tuple(
                LinkNote(self.link(page, archetype.fqname), view_type.note)
                for archetype in self.model.of_kind(Kind.ARCHETYPE)
                for view_type in archetype.view_types
                if view_type.fqname == view.fqname
            ),
            python=self.python_class(view),
            snippets=self.type_snippets(page, view),
        )

    def view_property(self, page: str, field: Field) -> ViewProperty:
        """One property of a view: its archetype (with the archetype's fields), its docs, and what
        its shorthand is turned into."""
        archetype = self.model.get(view_property_archetype(field))
        docs = self.docs(page, field.docs)
        if field.state.stability is Stability.DEPRECATED:
            docs = (_deprecation(field.state), "", *docs)
        call = self.python.shorthand_call(field)
        return ViewProperty(
            name=field.name,
            archetype=self.link(page, archetype.fqname),
            summary=self.text(page, archetype.docs.summary),
            docs=docs,
            shorthand=None
            if call is None
            else f"In Python it also takes `{call.accepts}` in place of the archetype, as `{call.shown}`.",
            fields=tuple(
                PropertyField(self.link(page, archetype.fqname, f.name), self.text(page, f.docs.summary))
                for f in archetype.fields
            ),
        )

    def type_snippets(self, page: str, typedef: TypeDef) -> Snippets:
        """The `\\example` snippets that exist, in full, and links to the others that use the type."""
        examples = []
        shows_cpp = False
        for example in typedef.docs.examples:
            snippet = self.snippet_by_path.get(example.path)
            if snippet is None:
                continue
            programs = [
                Program("Python", "python", snippet.code.rstrip("\n"), snippet.fence, snippet.file_name)
            ]
            if snippet.cpp is not None:
                cpp = snippet.cpp
                programs.append(Program("C++", "cpp", cpp.code.rstrip("\n"), cpp.fence, cpp.file_name))
                shows_cpp = True
            examples.append(
                Example(
                    title=example.title or snippet.summary or example.path,
                    summary=""
                    if not example.title or _same(example.title, snippet.summary)
                    else snippet.summary,
                    description=tuple(snippet.description),
                    programs=tuple(programs),
                    tabbed=len(programs) > 1,
                )
            )
        shown = {e.path for e in typedef.docs.examples}
        index = relative_link(page, SNIPPET_INDEX)
        more = tuple(
            f"[`{path}`]({index}#{_snippet_anchor(path)})"
            for path in self.snippets_using.get(typedef.fqname, [])
            if path not in shown
        )
        heading = "Examples" if len(examples) > 1 else "Example"
        return Snippets(typedef.name, heading, tuple(examples), shows_cpp, more)

    def uses(self, page: str, typedef: TypeDef) -> tuple[str, ...]:
        """Each type that uses this one, with the fields or variants that do."""
        members: dict[str, list[str]] = {}
        for use in self.used_by.get(typedef.fqname, []):
            members.setdefault(use.user.fqname, []).append(f"`{use.member}`")
        return tuple(f"{self.link(page, user)} ({', '.join(names)})" for user, names in members.items())

    # -- indexes -----------------------------------------------------------------------------

    def namespace_indexes(self) -> Iterator[IndexPage]:
        for namespace in self.model.namespaces:
            page = namespace_index_path(namespace)
            types = [t for t in self.model.types if t.namespace == namespace]
            all_unstable = all(t.state.stability is Stability.UNSTABLE for t in types)
            categories: dict[str, list[IndexEntry]] = {}
            for typedef in types:
                stability = typedef.state.stability
                flagged = stability is not Stability.STABLE and not (
                    all_unstable and stability is Stability.UNSTABLE
                )
                categories.setdefault(typedef.docs_category or "Other", []).append(
                    IndexEntry(
                        link=self.link(page, typedef.fqname),
                        badge=stability.value if flagged else "",
                        summary=self.text(page, typedef.docs.summary).replace("|", "\\|"),
                    )
                )
            ordered = sorted(categories.items(), key=lambda item: (item[0] == "Other", item[0]))
            yield IndexPage(
                path=page,
                source=f"the definitions of {namespace}",
                title=namespace_title(namespace),
                namespace=namespace,
                intro=_KIND_INTRO[types[0].kind],
                all_unstable=all_unstable,
                show_headings=len(ordered) > 1 or ordered[0][0] != "Other",
                categories=tuple(Category(title, tuple(entries)) for title, entries in ordered),
            )

    def overview(self) -> OverviewPage:
        sections = []
        for kind in _KINDS:
            namespaces = sorted(
                {t.namespace for t in self.model.of_kind(kind)}, key=lambda ns: (ns.count("."), ns)
            )
            if not namespaces:  # views, in definitions that have none
                continue
            entries = tuple(
                NamespaceEntry(
                    title=namespace_title(ns),
                    namespace=ns,
                    link=namespace_index_path(ns),
                    count=sum(t.namespace == ns for t in self.model.types),
                )
                for ns in namespaces
            )
            sections.append(KindSection(kind.plural.capitalize(), _KIND_INTRO[kind], entries))
        return OverviewPage(
            path=INDEX,
            source="the definitions",
            sections=tuple(sections),
            snippet_index=SNIPPET_INDEX,
            snippet_count=len(self.snippets),
        )

    def snippet_index(self) -> SnippetIndexPage:
        page = SNIPPET_INDEX
        by_type = {fqname: list(paths) for fqname, paths in self.snippets_using.items()}
        existing = self.snippet_by_path
        for typedef in self.model.types:  # a type's own `\example`s count, even when used indirectly
            for example in typedef.docs.examples:
                paths = by_type.setdefault(typedef.fqname, [])
                if example.path in existing and example.path not in paths:
                    paths.append(example.path)
            if not by_type.get(typedef.fqname, True):
                del by_type[typedef.fqname]
        kinds = []
        for kind in _KINDS:
            rows = tuple(
                TypeSnippets(
                    self.link(page, t.fqname),
                    tuple(f"[`{p}`](#{_snippet_anchor(p)})" for p in by_type[t.fqname]),
                )
                for t in self.model.of_kind(kind)
                if t.fqname in by_type
            )
            if rows:
                kinds.append(KindSnippets(kind.plural.capitalize(), rows))
        lacking: dict[str, list[str]] = {}
        for typedef in self.model.of_kind(Kind.ARCHETYPE):
            if typedef.fqname not in by_type and typedef.state.stability is not Stability.DEPRECATED:
                lacking.setdefault(namespace_title(typedef.namespace), []).append(
                    self.link(page, typedef.fqname)
                )
        return SnippetIndexPage(
            path=page,
            source="the snippets",
            lacking=tuple(Lacking(title, tuple(links)) for title, links in sorted(lacking.items())),
            kinds=tuple(kinds),
            snippets=tuple(
                SnippetRow(
                    path=s.path,
                    anchor=_snippet_anchor(s.path),
                    has_cpp=s.cpp is not None,
                    summary=s.summary.replace("|", "\\|"),
                    types=tuple(self.link(page, fq) for fq in self.snippet_types[s.path]),
                )
                for s in self.snippets
            ),
        )


def _deprecation(state: State) -> str:
    return f"**Deprecated since {state.since}:** {state.notice}"


def _same(title: str, summary: str) -> bool:
    """Whether a snippet's summary only repeats the example's title."""
    return title.rstrip(".").casefold() == summary.rstrip(".").casefold()


def _snippet_anchor(path: str) -> str:
    return "snippet-" + path.replace("/", "-")


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
