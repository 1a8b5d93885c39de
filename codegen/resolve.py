"""Syntax trees -> the validated model (codegen/model.py), collecting every problem on the way.

Nothing here stops at the first error: each check records a diagnostic and carries on, so a
contributor sees all the mistakes of a change at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from codegen import attributes as attrs
from codegen import construction
from codegen import syntax_tree as st
from codegen.codes import Code
from codegen.core import CORE_ROOT
from codegen.diagnostics import Diagnostic, Span
from codegen.doclinks import find_references
from codegen.model import (
    ENUM_BACKING_WIDTHS,
    Constant,
    DocLine,
    Docs,
    DocTarget,
    EnumVariant,
    Example,
    Field,
    FixedSizeListType,
    Identifier,
    Kind,
    ListType,
    LiteralValue,
    MatrixLayout,
    Model,
    ParameterShape,
    Primitive,
    PrimitiveType,
    RefType,
    Role,
    Shape,
    Shorthand,
    Stability,
    State,
    Type,
    TypeDef,
    UnionVariant,
    ViewType,
    referenced_fqnames,
)
from codegen.naming import snake_case

DEFINITION_SUFFIX = ".rrdef"
MAX_FIXED_ARRAY_LENGTH = 2**31 - 1
MAX_UNION_TYPE_CODE = 127
# How deeply types and lists may nest inside one value: backends walk them level by level.
MAX_NESTING_DEPTH = 64
# Broken doc references reported per doc line; the rest are counted in a note.
MAX_BROKEN_PER_LINE = 5

_KIND_BY_SEGMENT = {
    "datatypes": Kind.DATATYPE,
    "components": Kind.COMPONENT,
    "archetypes": Kind.ARCHETYPE,
    "views": Kind.VIEW,
}
_PRIMITIVES = {p.value: p for p in Primitive}
_PRIMITIVE_INDEX = attrs.NameIndex(_PRIMITIVES)
_ATTRIBUTE_INDEX = attrs.NameIndex(attrs.ATTRIBUTES)
_TYPE_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_MEMBER_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_VARIANT_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_NAMESPACE_SEGMENT = re.compile(r"^[a-z][a-z0-9_]*$")
_DOC_TAGS = {"py": DocTarget.PYTHON, "md": DocTarget.WEB, "cpp": DocTarget.CPP}
_EXAMPLE_PATH = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./-]*$")
_EXAMPLE_OPTION = re.compile(r'\s*(?:(?P<api>!api)|title="(?P<title>(?:[^"\\]|\\.)*)"|(?P<other>\S+))')


@dataclass(frozen=True)
class ParsedFile:
    """A parsed file and its path relative to the definitions directory (decides where it must live)."""

    tree: st.SourceFile
    relative_path: str
    imported: bool = False  # a file of the installed core: resolved to be referred to, never emitted


@dataclass(frozen=True)
class Scope:
    """What a project may define, and where its names are looked up (for messages)."""

    packages: frozenset[str] | None = None  # the namespace roots it defines; None: any
    searched: tuple[str, ...] = ()  # the sets of definitions names are looked up in, described


@dataclass
class _Entry:
    """A declaration with what its file's namespace says about it."""

    decl: st.Declaration
    namespace: str
    kind: Kind
    scope: str | None
    path: str
    imported: bool = False

    @property
    def fqname(self) -> str:
        return f"{self.namespace}.{self.decl.name.text}"

    @property
    def shape(self) -> Shape:
        if isinstance(self.decl, st.EnumDecl):
            return Shape.ENUM
        if isinstance(self.decl, st.UnionDecl):
            return Shape.UNION
        return Shape.STRUCT


@dataclass(frozen=True)
class _Occurrence:
    """One validated use of an attribute: its positional and keyword values, and where it is."""

    positional: list[LiteralValue]
    keywords: dict[str, LiteralValue]
    span: Span
    value_spans: list[Span]  # of the positional values


@dataclass
class _Attributes:
    """The validated attributes of one construct, by name (a repeatable one may occur often)."""

    values: dict[str, list[_Occurrence]] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return name in self.values

    def occurrences(self, name: str) -> list[_Occurrence]:
        return self.values.get(name, [])

    def _once(self, name: str) -> _Occurrence | None:
        """The attribute's (first) occurrence, if it is there."""
        occurrences = self.values.get(name)
        return occurrences[0] if occurrences else None

    def literal(self, name: str) -> LiteralValue | None:
        """The first positional value, as the literal it is."""
        once = self._once(name)
        return once.positional[0] if once is not None and once.positional else None

    def first(self, name: str) -> str | None:
        """The first positional value, as text."""
        value = self.literal(name)
        return None if value is None else str(value)

    def span(self, name: str) -> Span | None:
        once = self._once(name)
        return once.span if once is not None else None

    def all_positional(self, name: str) -> list[str]:
        once = self._once(name)
        return [str(v) for v in once.positional] if once is not None else []

    def keyword(self, name: str, key: str) -> str | None:
        once = self._once(name)
        value = once.keywords.get(key) if once is not None else None
        return None if value is None else str(value)


@dataclass(frozen=True)
class ResolveResult:
    model: Model | None
    diagnostics: tuple[Diagnostic, ...]


def resolve(
    files: Sequence[ParsedFile],
    snippet_exists: Callable[[str], bool] | None = None,
    scope: Scope | None = None,
    failed_files: Mapping[str, str] | None = None,
) -> ResolveResult:
    """Check and resolve parsed files into a model. The model is None if there was any error.

    `snippet_exists` answers whether an `\\example` path names a snippet of the project; None skips
    that check. Imported files (the installed core) are resolved too, and land in `Model.imported`.
    `failed_files` maps the relative path of each definition file that did not parse to its display
    path: a reference to a type that such a file would define (by the layout rule) is a note
    (N008) rather than an unknown type, and there is no model.
    """
    resolver = _Resolver(snippet_exists, scope or Scope(), failed_files or {})
    model = resolver.run(files)
    return ResolveResult(model, tuple(resolver.diagnostics))


class _Resolver:
    def __init__(
        self, snippet_exists: Callable[[str], bool] | None, scope: Scope, failed_files: Mapping[str, str]
    ) -> None:
        self.snippet_exists = snippet_exists
        self.scope = scope
        self.failed_files = failed_files
        self.imports_core = False
        self.resolving_imported = False  # while resolving a core type: its snippets are not the project's
        self.diagnostics: list[Diagnostic] = []
        self.entries: dict[str, _Entry] = {}
        # Where the construction attributes of each type and field are, for construction.check.
        self.type_spans: dict[str, construction.Where] = {}
        self.field_spans: dict[tuple[str, str], construction.Where] = {}
        self.typedefs_by_name: dict[str, TypeDef] = {}
        # "Did you mean" indexes of the defined types, built at the first unknown name.
        self._by_short: dict[str, list[str]] = {}
        self._short_index: attrs.NameIndex | None = None
        self._fqname_index: attrs.NameIndex | None = None

    def report(
        self, code: Code, message: str, span: Span | None, hint: str | None = None, notes: Iterable[str] = ()
    ) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, hint, tuple(notes)))

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    # -- files and namespaces ----------------------------------------------------------------

    def run(self, files: Sequence[ParsedFile]) -> Model | None:
        self.imports_core = any(f.imported for f in files)
        for parsed in sorted(files, key=lambda f: (f.imported, f.relative_path)):
            self._collect_file(parsed)
        typedefs = [self._resolve_entry(self.entries[fq]) for fq in sorted(self.entries)]
        typedefs = self._apply_extends(typedefs)
        self._check_cycles(typedefs)
        by_name = {t.fqname: t for t in typedefs}
        self.diagnostics += construction.check(by_name, self.type_spans, self.field_spans)
        typedefs = self._resolve_views(typedefs)
        if self.has_errors or self.failed_files:
            return None
        imported = {fq for fq, entry in self.entries.items() if entry.imported}
        return Model(
            tuple(t for t in typedefs if t.fqname not in imported),
            tuple(t for t in typedefs if t.fqname in imported),
        )

    def _collect_file(self, parsed: ParsedFile) -> None:
        tree = parsed.tree
        start = Span(tree.path, 1, 1, 1, 2)
        if tree.namespace is None:
            self.report(
                Code.MISSING_NAMESPACE,
                "this file has no namespace declaration",
                tree.declarations[0].name.span if tree.declarations else start,
                "start the file with `namespace rerun.datatypes;` (or components / archetypes)",
            )
            return
        namespace = tree.namespace
        segments = namespace.text.split(".")
        bad_segments = [s for s in segments if not _NAMESPACE_SEGMENT.match(s)]
        if bad_segments:
            self.report(
                Code.NAME_STYLE,
                f"namespace segment `{bad_segments[0]}` must be lowercase snake_case",
                namespace.span,
            )
            return
        kind = _KIND_BY_SEGMENT.get(segments[-1])
        if kind is None or len(segments) < 2:
            self.report(
                Code.UNKNOWN_NAMESPACE_KIND,
                f"namespace `{namespace.text}` does not say what kind of types it holds",
                namespace.span,
                "the last segment must be `datatypes`, `components`, `archetypes` or `views`, "
                "after at least one package segment, as in `acme.components`",
            )
            return
        if not parsed.imported and not self._check_root(namespace):
            return
        scope = ".".join(segments[1:-1]) or None
        if len(tree.declarations) != 1:
            where = tree.declarations[1].name.span if tree.declarations else namespace.span
            self.report(
                Code.TYPES_PER_FILE,
                f"a definition file holds exactly one type; this one has {len(tree.declarations)}",
                where,
                "move each type to a file of its own, named after it",
            )
            if not tree.declarations:
                return
        for decl in tree.declarations:
            entry = _Entry(decl, namespace.text, kind, scope, tree.path, parsed.imported)
            self._check_location(parsed, entry)
            self._add_entry(entry)

    def _check_root(self, namespace: st.Name) -> bool:
        """Whether a project file's namespace is one of the project's own; False (reported) for one
        under the installed core's root, whose types would collide with the core's."""
        root = namespace.text.split(".")[0]
        if self.imports_core and root == CORE_ROOT:
            self.report(
                Code.FOREIGN_NAMESPACE,
                f"namespace `{namespace.text}` belongs to the core types of the installed SDK",
                namespace.span,
                "give your types a namespace of your own, such as `acme.components`, and refer to the "
                "core's by their full names (`rerun.components.Color`); the real viewer only knows the "
                "core's own `rerun.*` types",
            )
            return False
        packages = self.scope.packages
        if packages is not None and root not in packages:
            listed = ", ".join(f"`{p}`" for p in sorted(packages))
            self.report(
                Code.FOREIGN_NAMESPACE,
                f"namespace `{namespace.text}` is outside this project's packages ({listed})",
                namespace.span,
                f"add `{root}` to [tool.codegen] packages, or move the type below one of them",
            )
        return True

    def _check_location(self, parsed: ParsedFile, entry: _Entry) -> None:
        expected = "/".join(entry.namespace.split(".")) + "/" + snake_case(entry.decl.name.text)
        expected += DEFINITION_SUFFIX
        if parsed.relative_path != expected and len(parsed.tree.declarations) == 1:
            self.report(
                Code.FILE_LOCATION,
                f"`{entry.fqname}` must be defined in `{expected}`, not `{parsed.relative_path}`",
                entry.decl.name.span,
                "the path below the definitions directory follows the namespace, and the file "
                "is named after the type in snake_case",
            )

    def _add_entry(self, entry: _Entry) -> None:
        existing = self.entries.get(entry.fqname)
        if existing is not None:
            first = existing.decl.name.span
            self.report(
                Code.DUPLICATE_TYPE,
                f"`{entry.fqname}` is defined more than once",
                entry.decl.name.span,
                notes=[f"first defined at {first}"],
            )
            return
        self.entries[entry.fqname] = entry

    # -- one type ----------------------------------------------------------------------------

    def _resolve_entry(self, entry: _Entry) -> TypeDef:
        decl = entry.decl
        self.resolving_imported = entry.imported
        subject = f"{entry.kind.value} `{entry.decl.name.text}`"
        if not _TYPE_NAME.match(decl.name.text):
            self.report(
                Code.NAME_STYLE,
                f"type name `{decl.name.text}` must be PascalCase",
                decl.name.span,
                "start with an uppercase letter and use only letters and digits",
            )
        attributes = self._attributes(decl.preamble, attrs.Site.TYPE, entry.kind, entry.shape)
        docs = self._docs(decl.preamble, subject, decl.name.span, examples_allowed=True)
        typedef = TypeDef(
            fqname=entry.fqname,
            name=decl.name.text,
            namespace=entry.namespace,
            kind=entry.kind,
            shape=entry.shape,
            scope=entry.scope,
            docs=docs,
            state=self._state(
                attributes,
                Stability.UNSTABLE if entry.scope else Stability.STABLE,
                decl.preamble,
                f"type `{decl.name.text}`",
                decl.name.span,
            ),
            source_path=entry.path,
            span=decl.name.span,
            arrow_transparent=attributes.has("transparent"),
            docs_category=attributes.first("docs.category"),
            view_types=tuple(_view_type(v) for v in attributes.all_positional("docs.view_types")),
            visualizer=attributes.has("visualizer"),
            null_markers_every_row=attributes.has("null_markers_every_row"),
            view_identifier=attributes.first("view_identifier"),
            language_options=_language_options(attributes),
            positional=_int_or_none(attributes.literal("constructor.positional")),
            constants=self._constants(attributes),
            constants_from=attributes.first("constants_from"),
            matrix_layout=MatrixLayout(layout) if (layout := attributes.first("matrix_layout")) else None,
            extends=attributes.first("extends"),
        )
        self.type_spans[entry.fqname] = _where(attributes, decl.name.span)
        if entry.kind is Kind.ARCHETYPE and entry.shape is not Shape.STRUCT:
            self.report(
                Code.ARCHETYPE_SHAPE,
                f"archetype `{decl.name.text}` must be a struct of component fields, "
                f"not an {entry.shape.value}",
                decl.keyword,
            )
        if entry.kind is Kind.VIEW:
            self._check_view(entry, typedef)
        if isinstance(decl, st.StructDecl):
            return self._resolve_struct(entry, decl, typedef)
        if isinstance(decl, st.EnumDecl):
            return self._resolve_enum(entry, decl, typedef)
        return self._resolve_union(entry, decl, typedef)

    def _state(
        self, attributes: _Attributes, default: Stability, preamble: st.Preamble, subject: str, fallback: Span
    ) -> State:
        """The lifecycle of a type or field: `@state(...)`, or `default` without it."""
        stability = Stability(attributes.first("state") or default.value)
        since = attributes.keyword("state", "since")
        notice = attributes.keyword("state", "notice")
        span = next((a.span for a in preamble.attributes if a.name.text == "state"), fallback)
        if stability is Stability.DEPRECATED and (not since or not notice):
            missing = " and ".join(k for k, v in (("since", since), ("notice", notice)) if not v)
            self.report(
                Code.DEPRECATION,
                f"deprecated {subject} needs {missing}",
                span,
                'say when and what to use instead: @state(deprecated, since="0.24.0", notice="Use X.")',
            )
        if stability is not Stability.DEPRECATED and (since or notice):
            self.report(
                Code.DEPRECATION,
                f"`since` and `notice` only apply to deprecated types and fields, and {subject} is "
                f"{stability.value}",
                span,
            )
        return State(stability, since, notice)

    def _resolve_struct(self, entry: _Entry, decl: st.StructDecl, typedef: TypeDef) -> TypeDef:
        # A view may have no properties, and an archetype that extends another no fields of its own.
        if not decl.fields and entry.kind is not Kind.VIEW and typedef.extends is None:
            self.report(Code.EMPTY_TYPE, f"struct `{decl.name.text}` has no fields", decl.name.span)
        self._check_unique_members([f.name for f in decl.fields], "field")
        fields = tuple(self._resolve_field(entry, f) for f in decl.fields)
        if entry.kind is Kind.COMPONENT and len(decl.fields) != 1:
            self.report(
                Code.COMPONENT_ARITY,
                f"component `{decl.name.text}` must wrap exactly one datatype field, "
                f"but has {len(decl.fields)}",
                decl.name.span,
                "put the fields in a datatype and let the component wrap it",
            )
        if typedef.arrow_transparent and len(decl.fields) != 1:
            self.report(
                Code.TRANSPARENT_ARITY,
                f"transparent datatype `{decl.name.text}` must have exactly one field, "
                f"but has {len(decl.fields)}",
                decl.name.span,
                "remove @transparent to encode it as an Arrow struct",
            )
        return replace(typedef, fields=fields)

    def _resolve_field(self, entry: _Entry, decl: st.FieldDecl) -> Field:
        owner = entry.decl.name.text
        self._check_member_name(decl.name)
        attributes = self._attributes(decl.preamble, attrs.Site.FIELD, entry.kind, entry.shape)
        docs = self._docs(decl.preamble, f"field `{owner}.{decl.name.text}`", decl.name.span)
        type_ = self._resolve_type(decl.type, entry)
        role = None
        if entry.kind is Kind.ARCHETYPE:
            role = self._role(attributes, decl)
        subject = f"field `{owner}.{decl.name.text}`"
        state = self._state(attributes, Stability.STABLE, decl.preamble, subject, decl.name.span)
        shorthand = None
        if (span := attributes.span("param.shorthand")) is not None:
            shorthand = Shorthand(attributes.first("param.shorthand"), span)
        field_ = Field(
            decl.name.text,
            type_ or PrimitiveType(Primitive.BOOL),
            decl.type.nullable,
            docs,
            decl.name.span,
            role,
            state,
            ParameterShape(
                attributes.first("param.name"),
                attributes.literal("param.default"),
                attributes.first("param.before"),
                attributes.has("param.required"),
            ),
            shorthand,
        )
        self.field_spans[(entry.fqname, decl.name.text)] = _where(attributes, decl.name.span)
        if type_ is not None:
            self._check_field_type(entry, decl, type_)
        return field_

    def _constants(self, attributes: _Attributes) -> tuple[Constant, ...]:
        constants: list[Constant] = []
        for occurrence in attributes.occurrences("constant"):
            name = str(occurrence.positional[0])
            values = tuple(occurrence.positional[1:])
            earlier = {c.name for c in constants}
            alias = values[0].name if len(values) == 1 and isinstance(values[0], Identifier) else None
            constants.append(
                Constant(
                    name,
                    values,
                    occurrence.span,
                    alias if alias in earlier else None,
                    tuple(occurrence.value_spans),
                )
            )
        return tuple(constants)

    def _role(self, attributes: _Attributes, decl: st.FieldDecl) -> Role:
        roles = [role for role in Role if attributes.has(role.value)]
        if len(roles) != 1:
            given = ", ".join(f"@{r.value}" for r in roles) or "none"
            self.report(
                Code.ARCHETYPE_FIELD_ROLE,
                f"archetype field `{decl.name.text}` needs exactly one of @required, @recommended, "
                f"@optional (given: {given})",
                decl.name.span,
            )
        return roles[0] if roles else Role.OPTIONAL

    def _check_field_type(self, entry: _Entry, decl: st.FieldDecl, type_: Type) -> None:
        owner = entry.decl.name.text
        if entry.kind is Kind.VIEW:
            self._check_view_property(owner, decl, type_)
            return
        if entry.kind is Kind.ARCHETYPE:
            inner = type_.item if isinstance(type_, ListType) else type_
            if not (isinstance(inner, RefType) and self._kind_of(inner.fqname) is Kind.COMPONENT):
                self.report(
                    Code.ARCHETYPE_FIELD_NOT_COMPONENT,
                    f"archetype field `{owner}.{decl.name.text}` must be a component or a list of "
                    f"one, not {self._describe(type_)}",
                    decl.type.span,
                    "archetype fields are `Component` (one value) or `[Component]` (a batch)",
                )
            self._forbid_nullability(
                decl.type, "an archetype field", "its role says whether it may be left out"
            )
            return
        if entry.kind is Kind.COMPONENT:
            inner = type_.item if isinstance(type_, ListType | FixedSizeListType) else type_
            if not (isinstance(inner, RefType) and self._kind_of(inner.fqname) is Kind.DATATYPE):
                self.report(
                    Code.COMPONENT_NOT_WRAPPING_DATATYPE,
                    f"component `{owner}` must wrap a datatype (or a list of one), not "
                    f"{self._describe(type_)}",
                    decl.type.span,
                    "wrap primitives in a transparent datatype, such as rerun.datatypes.Float32",
                )
            if decl.type.nullable:
                self._nullability_error(
                    decl.type, "a component's field", "the component itself is what may be missing"
                )
            return
        for fqname in referenced_fqnames(type_):
            if self._kind_of(fqname) is not Kind.DATATYPE:
                self.report(
                    Code.WRONG_REFERENCE_KIND,
                    f"datatype field `{owner}.{decl.name.text}` refers to "
                    f"{self._kind_name(fqname)} `{fqname}`",
                    decl.type.span,
                    "datatypes are built from primitives and other datatypes only",
                )
        transparent = any(a.name.text == "transparent" for a in entry.decl.preamble.attributes)
        if transparent and decl.type.nullable:
            self._nullability_error(decl.type, "the field of a transparent datatype", "")

    # -- views -------------------------------------------------------------------------------

    def _check_view(self, entry: _Entry, typedef: TypeDef) -> None:
        """A view is a struct of properties with the identifier the viewer knows it by."""
        decl = entry.decl
        if entry.shape is not Shape.STRUCT:
            self.report(
                Code.VIEW_SHAPE,
                f"view `{decl.name.text}` must be a struct of properties, not an {entry.shape.value}",
                decl.keyword,
            )
        written = next((a for a in decl.preamble.attributes if a.name.text == "view_identifier"), None)
        if written is None:
            self.report(
                Code.VIEW_IDENTIFIER_MISSING,
                f"view `{decl.name.text}` has no `@view_identifier`",
                decl.name.span,
                'name the view class as the viewer knows it, as in `@view_identifier("3D")`',
            )
        elif typedef.view_identifier == "":
            self.report(
                Code.VIEW_IDENTIFIER_MISSING,
                f"the `@view_identifier` of view `{decl.name.text}` is empty",
                written.span,
                'name the view class as the viewer knows it, as in `@view_identifier("3D")`',
            )

    def _check_view_property(self, owner: str, decl: st.FieldDecl, type_: Type) -> None:
        """A view's field is one archetype, written as a plain reference: no list, no `?`."""
        if isinstance(type_, RefType) and self._kind_of(type_.fqname) is Kind.ARCHETYPE:
            self._forbid_nullability(decl.type, "a view property", "a property left out is simply not set")
            return
        item = type_.item if isinstance(type_, ListType | FixedSizeListType) else None
        if isinstance(item, RefType) and self._kind_of(item.fqname) is Kind.ARCHETYPE:
            hint = f"write `{item.fqname}` without brackets: a view has at most one of each property"
        else:
            hint = (
                "a view's fields are its properties, each an archetype such as "
                "`rerun.blueprint.archetypes.Background`"
            )
        self.report(
            Code.VIEW_FIELD_NOT_ARCHETYPE,
            f"view property `{owner}.{decl.name.text}` must be an archetype, not {self._describe(type_)}",
            decl.type.span,
            hint,
        )

    def _resolve_views(self, typedefs: list[TypeDef]) -> list[TypeDef]:
        """What needs every type resolved: the archetypes of view properties and their shorthands,
        and the views that archetypes name in `@docs.view_types` (given their fqnames)."""
        by_fqname = {t.fqname: t for t in typedefs}
        views = [t for t in typedefs if t.kind is Kind.VIEW]
        for view in views:
            self._check_view_properties(view, by_fqname)
        if not views:
            return typedefs
        by_name: dict[str, list[str]] = {}
        for view in views:
            by_name.setdefault(view.name, []).append(view.fqname)
        return [
            replace(
                t, view_types=tuple(self._named_view(t, i, v, by_name) for i, v in enumerate(t.view_types))
            )
            if t.view_types
            else t
            for t in typedefs
        ]

    def _check_view_properties(self, view: TypeDef, by_fqname: dict[str, TypeDef]) -> None:
        seen: dict[str, Field] = {}
        for field_ in view.fields:
            archetype = by_fqname.get(field_.type.fqname) if isinstance(field_.type, RefType) else None
            if archetype is None or archetype.kind is not Kind.ARCHETYPE:
                continue  # already reported as no archetype
            first = seen.setdefault(archetype.fqname, field_)
            if first is not field_:
                self.report(
                    Code.VIEW_ARCHETYPE_TWICE,
                    f"view properties `{first.name}` and `{field_.name}` of `{view.name}` are both "
                    f"`{archetype.fqname}`",
                    field_.span,
                    "a property is stored below the view under its archetype's name, so each "
                    "archetype can be one property only",
                )
            shorthand = field_.shorthand
            names = [f.name for f in archetype.fields]
            if shorthand is not None and shorthand.parameter is not None and shorthand.parameter not in names:
                suggestion = attrs.closest(shorthand.parameter, names)
                self.report(
                    Code.CONSTRUCTOR_SHAPE,
                    f"the shorthand of `{view.name}.{field_.name}` names `{shorthand.parameter}`, which is "
                    f"no field of `{archetype.fqname}`",
                    shorthand.span,
                    f"did you mean `@param.shorthand({suggestion})`?"
                    if suggestion
                    else f"its fields are {', '.join(f'`{n}`' for n in names)}",
                )

    def _named_view(
        self, archetype: TypeDef, index: int, view_type: ViewType, by_name: dict[str, list[str]]
    ) -> ViewType:
        """A `@docs.view_types` entry (the `index`th) with the view it names, by short name in every
        views namespace (one in the archetype's own root first)."""
        candidates = by_name.get(view_type.name, [])
        if candidates:
            own = [fq for fq in candidates if fq.split(".")[0] == archetype.root]
            return replace(view_type, fqname=(own or candidates)[0])
        span = self.type_spans[archetype.fqname].of("docs.view_types", index)
        suggestion = attrs.closest(view_type.name, sorted(by_name))
        self.report(
            Code.UNKNOWN_VIEW_TYPE,
            f"`{archetype.name}` can be shown in `{view_type.name}`, says `@docs.view_types`, but no view "
            "has that name",
            span,
            f"did you mean `{suggestion}`?"
            if suggestion
            else "the views are " + ", ".join(f"`{n}`" for n in sorted(by_name)),
        )
        return view_type

    # -- enums and unions --------------------------------------------------------------------

    def _resolve_enum(self, entry: _Entry, decl: st.EnumDecl, typedef: TypeDef) -> TypeDef:
        backing = _PRIMITIVES.get(decl.backing.text)
        if backing not in ENUM_BACKING_WIDTHS:
            self.report(
                Code.ENUM_BACKING_TYPE,
                f"enum `{decl.name.text}` is backed by `{decl.backing.text}`",
                decl.backing.span,
                "enums are stored as unsigned integers: use u8, u16, u32 or u64",
            )
            backing = None
        if not decl.variants:
            self.report(Code.EMPTY_TYPE, f"enum `{decl.name.text}` has no variants", decl.name.span)
        self._check_unique_members([v.name for v in decl.variants], "variant")
        variants: list[EnumVariant] = []
        seen_values: dict[int, str] = {}
        for variant in decl.variants:
            self._check_variant_name(variant.name)
            attributes = self._attributes(variant.preamble, attrs.Site.ENUM_VARIANT, entry.kind, entry.shape)
            docs = self._docs(
                variant.preamble, f"variant `{decl.name.text}.{variant.name.text}`", variant.name.span
            )
            self._check_enum_value(decl, variant, backing, seen_values)
            variants.append(
                EnumVariant(
                    variant.name.text, variant.value, attributes.has("default"), docs, variant.name.span
                )
            )
        defaults = [v for v in variants if v.is_default]
        if decl.variants and len(defaults) != 1:
            where = defaults[1].span if defaults else decl.name.span
            self.report(
                Code.ENUM_DEFAULT,
                f"enum `{decl.name.text}` must mark exactly one variant @default, not {len(defaults)}",
                where,
                "the default is what a value takes when none is given",
            )
        return replace(typedef, enum_variants=tuple(variants), enum_backing=backing)

    def _check_enum_value(
        self, decl: st.EnumDecl, variant: st.EnumVariantDecl, backing: Primitive | None, seen: dict[int, str]
    ) -> None:
        name = f"{decl.name.text}.{variant.name.text}"
        if variant.value == 0:
            self.report(
                Code.ENUM_ZERO,
                f"enum variant `{name}` uses 0, which is reserved",
                variant.value_span,
                "0 marks an invalid value on the wire; start at 1",
            )
        elif variant.value in seen:
            self.report(
                Code.ENUM_DUPLICATE_VALUE,
                f"enum variant `{name}` reuses the value {variant.value} of `{seen[variant.value]}`",
                variant.value_span,
            )
        if variant.value < 0:
            self.report(
                Code.ENUM_VALUE_RANGE,
                f"value {variant.value} of `{name}` is negative",
                variant.value_span,
                "enum values are unsigned: number the variants from 1",
            )
        elif backing is not None and variant.value >= 2 ** ENUM_BACKING_WIDTHS[backing]:
            self.report(
                Code.ENUM_VALUE_RANGE,
                f"value {variant.value} of `{name}` does not fit in {backing.value} "
                f"(largest: {2 ** ENUM_BACKING_WIDTHS[backing] - 1})",
                variant.value_span,
                "use a wider backing type, such as `enum X: u16`",
            )
        seen.setdefault(variant.value, variant.name.text)

    def _resolve_union(self, entry: _Entry, decl: st.UnionDecl, typedef: TypeDef) -> TypeDef:
        if not decl.variants:
            self.report(Code.EMPTY_TYPE, f"union `{decl.name.text}` has no variants", decl.name.span)
        if entry.kind is Kind.COMPONENT:
            self.report(
                Code.COMPONENT_NOT_WRAPPING_DATATYPE,
                f"component `{decl.name.text}` cannot be a union",
                decl.keyword,
                "define the union as a datatype and wrap it in a component struct",
            )
        self._check_unique_members([v.name for v in decl.variants], "variant")
        variants: list[UnionVariant] = []
        seen_codes: dict[int, str] = {}
        previous = 0
        for variant in decl.variants:
            name = f"{decl.name.text}.{variant.name.text}"
            self._check_variant_name(variant.name)
            self._attributes(variant.preamble, attrs.Site.UNION_VARIANT, entry.kind, entry.shape)
            docs = self._docs(variant.preamble, f"variant `{name}`", variant.name.span)
            code = variant.type_code
            if not 1 <= code <= MAX_UNION_TYPE_CODE:
                self.report(
                    Code.UNION_TYPE_CODE,
                    f"union variant `{name}` has type code {code}, outside 1..{MAX_UNION_TYPE_CODE}",
                    variant.type_code_span,
                    "type code 0 belongs to the implicit `_null_markers` child",
                )
            elif code in seen_codes:
                self.report(
                    Code.UNION_DUPLICATE_CODE,
                    f"union variant `{name}` reuses type code {code} of `{seen_codes[code]}`",
                    variant.type_code_span,
                )
            elif code < previous:
                self.report(
                    Code.UNION_CODE_ORDER,
                    f"union variant `{name}` has type code {code} after a variant with {previous}",
                    variant.type_code_span,
                    "declare variants in increasing type-code order; add new variants at the end",
                )
            seen_codes.setdefault(code, variant.name.text)
            previous = max(previous, code)
            type_ = None
            if variant.type is not None:
                type_ = self._resolve_type(variant.type, entry)
                self._forbid_nullability(
                    variant.type, "a union variant", "a null union value is encoded by type code 0"
                )
                for fqname in referenced_fqnames(type_) if type_ else ():
                    if self._kind_of(fqname) is not Kind.DATATYPE:
                        self.report(
                            Code.UNION_VARIANT_TYPE,
                            f"union variant `{name}` carries {self._kind_name(fqname)} `{fqname}`",
                            variant.type.span,
                            "union payloads are primitives or datatypes",
                        )
            variants.append(UnionVariant(variant.name.text, type_, code, docs, variant.name.span))
        return replace(typedef, union_variants=tuple(variants))

    # -- types -------------------------------------------------------------------------------

    def _resolve_type(self, expr: st.TypeExpr, entry: _Entry) -> Type | None:
        if isinstance(expr, st.NamedType):
            return self._resolve_name(expr.name, entry)
        item = self._resolve_type(expr.item, entry)
        if isinstance(expr, st.FixedArrayType):
            if not 1 <= expr.length <= MAX_FIXED_ARRAY_LENGTH:
                self.report(
                    Code.BAD_ARRAY_LENGTH,
                    f"fixed-size array length must be between 1 and {MAX_FIXED_ARRAY_LENGTH}, "
                    f"not {expr.length}",
                    expr.length_span,
                    "use a list `[T]` for a variable number of items",
                )
            return None if item is None else FixedSizeListType(item, expr.length, expr.item.nullable)
        return None if item is None else ListType(item, expr.item.nullable)

    def _resolve_name(self, name: st.Name, entry: _Entry) -> Type | None:
        primitive = _PRIMITIVES.get(name.text)
        if primitive is not None:
            return PrimitiveType(primitive)
        candidates = [name.text] if "." in name.text else [f"{entry.namespace}.{name.text}"]
        for candidate in candidates:
            if candidate in self.entries:
                return RefType(candidate)
        if self._note_failed_definition(candidates, name.span):
            return None
        self.report(
            Code.UNKNOWN_TYPE,
            f"unknown type `{name.text}`",
            name.span,
            self._type_hint(name.text, entry),
            self._searched_note(),
        )
        return None

    def _searched_note(self) -> list[str]:
        """Where names were looked up, when that is more than the project's own definitions."""
        if len(self.scope.searched) < 2:
            return []
        return ["looked up in " + " and in ".join(self.scope.searched)]

    def _type_hint(self, written: str, entry: _Entry) -> str:
        """Suggest the closest defined type by its short name, preferring the namespace written."""
        namespace, _, short = written.rpartition(".")
        namespace = namespace or entry.namespace
        if self._short_index is None:  # built once: every unknown name is looked up in it
            self._by_short = {}
            for fqname in sorted(self.entries):
                self._by_short.setdefault(fqname.rsplit(".", 1)[1], []).append(fqname)
            self._short_index = attrs.NameIndex(self._by_short)
        match = self._short_index.closest(short) or _PRIMITIVE_INDEX.closest(short)
        if match is None:
            return "write a primitive (u8, f32, string, ...) or a fully-qualified type name"
        if match in _PRIMITIVES:
            return f"did you mean the primitive `{match}`?"
        options = self._by_short[match]
        best = next((fq for fq in options if fq.startswith(namespace + ".")), options[0])
        return f"did you mean `{best}`?"

    def _note_failed_definition(self, fqnames: Iterable[str], span: Span) -> bool:
        """If a file that did not parse would define one of `fqnames`, say so (N008) and return True:
        the syntax error is the problem, and whether the type exists is unknown until it is fixed."""
        for fqname in fqnames:
            namespace, _, short = fqname.rpartition(".")
            expected = "/".join(namespace.split(".")) + "/" + snake_case(short) + DEFINITION_SUFFIX
            display = self.failed_files.get(expected) if namespace else None
            if display is not None:
                self.report(
                    Code.DEFINED_IN_FILE_WITH_ERRORS,
                    f"`{fqname}` is defined in a file with errors ({display})",
                    span,
                    "fix the errors in that file; this reference is checked once it parses",
                )
                return True
        return False

    def _kind_of(self, fqname: str) -> Kind | None:
        entry = self.entries.get(fqname)
        return None if entry is None else entry.kind

    def _kind_name(self, fqname: str) -> str:
        kind = self._kind_of(fqname)
        return kind.value if kind else "type"

    def _describe(self, type_: Type) -> str:
        if isinstance(type_, PrimitiveType):
            return f"primitive `{type_.primitive.value}`"
        if isinstance(type_, RefType):
            kind = self._kind_of(type_.fqname)
            return f"{kind.value if kind else 'type'} `{type_.fqname}`"
        if isinstance(type_, ListType):
            return f"a list of {self._describe(type_.item)}"
        return f"a fixed-size array of {self._describe(type_.item)}"

    def _forbid_nullability(self, expr: st.TypeExpr, what: str, why: str) -> None:
        if expr.nullable:
            self._nullability_error(expr, what, why)
        elif isinstance(expr, st.ListType | st.FixedArrayType) and expr.item.nullable:
            self._nullability_error(expr.item, f"the items of {what}", why)

    def _nullability_error(self, expr: st.TypeExpr, what: str, why: str) -> None:
        self.report(
            Code.NULLABILITY_NOT_ALLOWED,
            f"{what} cannot be nullable",
            expr.span,
            f"remove the `?`{'; ' + why if why else ''}",
        )

    # -- extending archetypes ------------------------------------------------------------------

    def _apply_extends(self, typedefs: list[TypeDef]) -> list[TypeDef]:
        """Give each `@extends` archetype its base's fields first (bases of bases before them)."""
        by_name = {t.fqname: t for t in typedefs}
        done: dict[str, TypeDef] = {}

        def extended(typedef: TypeDef) -> TypeDef:
            """Walk up the bases until one that is done (or has none), then apply them downwards:
            a loop, not recursion, since the definitions decide how long the chain is."""
            chain = [typedef.fqname]  # the archetypes being extended, from the outermost
            on_chain = {typedef.fqname}
            bases: list[str | None] = []
            while chain[-1] not in done:
                base_name = self._extends_base(by_name[chain[-1]], by_name)
                bases.append(base_name)
                if base_name in on_chain:
                    cycle = " -> ".join((*chain[chain.index(base_name) :], base_name))
                    self.report(
                        Code.BAD_EXTENDS,
                        f"archetypes extend each other in a cycle: {cycle}",
                        self.type_spans[chain[-1]].of("extends", 0),
                    )
                    bases[-1] = None
                    break
                if base_name is None:
                    break
                chain.append(base_name)
                on_chain.add(base_name)
            for index in range(len(bases) - 1, -1, -1):
                fqname, base_name = chain[index], bases[index]
                result = replace(by_name[fqname], extends=None)
                if base_name is not None:
                    base = done[base_name]
                    result = replace(
                        by_name[fqname], extends=base_name, fields=self._inherit(by_name[fqname], base)
                    )
                done[fqname] = result
            return done[typedef.fqname]

        return [extended(t) for t in typedefs]

    def _extends_base(self, typedef: TypeDef, by_name: dict[str, TypeDef]) -> str | None:
        """The archetype `@extends` names, by full name; None (reported) if it names none."""
        written = typedef.extends
        if written is None:
            return None
        span = self.type_spans[typedef.fqname].of("extends", 0)
        fqname = written if "." in written else f"{typedef.namespace}.{written}"
        base = by_name.get(fqname)
        if base is None:
            archetypes = sorted(t.fqname for t in by_name.values() if t.kind is Kind.ARCHETYPE)
            short = {fq.rsplit(".", 1)[1]: fq for fq in archetypes}
            close = attrs.closest(written.rsplit(".", 1)[-1], sorted(short))
            self.report(
                Code.BAD_EXTENDS,
                f"`@extends` names `{written}`, which is no defined type",
                span,
                f"did you mean `{short[close]}`?" if close else "name an archetype by its full name",
                self._searched_note(),
            )
            return None
        if base.kind is not Kind.ARCHETYPE:
            self.report(
                Code.BAD_EXTENDS,
                f"`@extends` names `{fqname}`, which is a {base.kind.value}, not an archetype",
                span,
                "an archetype can only extend another archetype; a component belongs in a field",
            )
            return None
        return fqname

    def _inherit(self, typedef: TypeDef, base: TypeDef) -> tuple[Field, ...]:
        """The base's fields (marked with the archetype whose descriptors they keep), then the type's."""
        inherited = tuple(replace(f, inherited_from=f.inherited_from or base.fqname) for f in base.fields)
        taken = {f.name: f for f in inherited}
        own: list[Field] = []
        for field_ in typedef.fields:
            shadowed = taken.get(field_.name)
            if shadowed is not None:
                self.report(
                    Code.BAD_EXTENDS,
                    f"field `{typedef.name}.{field_.name}` shadows the field `{field_.name}` of "
                    f"`{shadowed.inherited_from}`, which `{typedef.name}` extends",
                    field_.span,
                    "rename the field: an extending archetype has every field of its base already",
                )
                continue
            own.append(field_)
        for field_ in inherited:
            self.field_spans[(typedef.fqname, field_.name)] = self.field_spans[(base.fqname, field_.name)]
        return (*inherited, *own)

    def _check_cycles(self, typedefs: list[TypeDef]) -> None:
        """Report each set of types that contain each other (once, through its first type), then, if
        there is none, every type that nests deeper than MAX_NESTING_DEPTH."""
        edges: dict[str, list[str]] = {}
        for typedef in typedefs:
            types = [f.type for f in typedef.fields] + [v.type for v in typedef.union_variants if v.type]
            edges[typedef.fqname] = sorted(
                {fq for t in types for fq in referenced_fqnames(t) if fq in self.entries}
            )
        cyclic = False
        for component in _strongly_connected(edges):
            start = min(component)
            if len(component) == 1 and start not in edges[start]:
                continue
            cyclic = True
            path = _find_cycle(start, edges, component)
            self.report(
                Code.REFERENCE_CYCLE,
                f"`{start}` contains itself: " + " -> ".join([*path, path[0]]),
                self.entries[start].decl.name.span,
                "Arrow types cannot be recursive; break the cycle",
            )
        if not cyclic:
            self._check_depth(typedefs, edges)

    def _check_depth(self, typedefs: list[TypeDef], edges: dict[str, list[str]]) -> None:
        """Report the types whose values nest more than MAX_NESTING_DEPTH types and lists deep, at
        the outermost types of each too-deep chain (the graph has no cycles)."""
        self.typedefs_by_name = {t.fqname: t for t in typedefs}
        depth: dict[str, int] = {}
        for typedef in typedefs:
            _nesting_depths(typedef.fqname, self._nesting_children, depth)
        referenced = {target for targets in edges.values() for target in targets}
        for fqname in sorted(depth):
            if depth[fqname] <= MAX_NESTING_DEPTH or fqname in referenced:
                continue
            chain = [fqname]
            while len(chain) < 4:
                children = self._nesting_children(chain[-1])
                deepest = max(children, key=lambda c: (c[1] + depth[c[0]], c[0]), default=None)
                if deepest is None:
                    break
                chain.append(deepest[0])
            self.report(
                Code.TYPE_CHAIN_TOO_DEEP,
                f"`{fqname}` nests {depth[fqname]} types and lists deep, more than the "
                f"{MAX_NESTING_DEPTH} allowed: " + " -> ".join(chain) + " -> ...",
                self.entries[fqname].decl.name.span,
                "flatten the chain: a value may contain at most "
                f"{MAX_NESTING_DEPTH} levels of nested types and lists",
            )

    def _nesting_children(self, fqname: str) -> list[tuple[str, int]]:
        """The types a type's fields and variants refer to, each with the list levels around it, + 1."""
        typedef = self.typedefs_by_name[fqname]
        types = [f.type for f in typedef.fields] + [v.type for v in typedef.union_variants if v.type]
        children: list[tuple[str, int]] = []
        for type_ in types:
            levels = 1
            while isinstance(type_, ListType | FixedSizeListType):
                type_, levels = type_.item, levels + 1
            if isinstance(type_, RefType) and type_.fqname in self.typedefs_by_name:
                children.append((type_.fqname, levels))
        return children

    # -- names, attributes and docs ----------------------------------------------------------

    def _check_unique_members(self, names: list[st.Name], what: str) -> None:
        seen: dict[str, st.Name] = {}
        for name in names:
            if name.text in seen:
                self.report(
                    Code.DUPLICATE_MEMBER,
                    f"{what} `{name.text}` is declared twice",
                    name.span,
                    notes=[f"first declared at {seen[name.text].span}"],
                )
            seen.setdefault(name.text, name)

    def _check_member_name(self, name: st.Name) -> None:
        if not _MEMBER_NAME.match(name.text):
            self.report(
                Code.NAME_STYLE,
                f"field name `{name.text}` must be snake_case",
                name.span,
                f"try `{snake_case(name.text).lstrip('_') or 'value'}`",
            )

    def _check_variant_name(self, name: st.Name) -> None:
        if not _VARIANT_NAME.match(name.text):
            self.report(
                Code.NAME_STYLE,
                f"variant name `{name.text}` must be PascalCase",
                name.span,
                "start with an uppercase letter; use letters, digits and underscores",
            )

    def _attributes(self, preamble: st.Preamble, site: attrs.Site, kind: Kind, shape: Shape) -> _Attributes:
        result = _Attributes()
        for attribute in preamble.attributes:
            name = attribute.name.text
            spec = attrs.lookup(name)
            if spec is None:
                suggestion = _ATTRIBUTE_INDEX.closest(name)
                hint = "see docs/idl.md for the attributes"
                if suggestion:
                    hint = f"did you mean `@{suggestion}`?"
                if name in attrs.RETIRED:
                    hint = f"`@{name}` was replaced by `{attrs.RETIRED[name]}`"
                self.report(Code.UNKNOWN_ATTRIBUTE, f"unknown attribute `@{name}`", attribute.name.span, hint)
                continue
            if site not in spec.sites or kind not in spec.kinds or shape not in spec.shapes:
                self.report(
                    Code.MISPLACED_ATTRIBUTE,
                    f"`@{name}` is not valid on {_describe_site(site, kind, shape)}",
                    attribute.span,
                    f"`@{name}` applies to {_describe_spec_sites(spec)}",
                )
                continue
            if name in result.values and not spec.repeatable:
                self.report(Code.DUPLICATE_ATTRIBUTE, f"`@{name}` is given twice", attribute.span)
                continue
            parsed = self._attribute_args(spec, attribute)
            if parsed is not None:
                result.values.setdefault(name, []).append(parsed)
        return result

    def _attribute_args(self, spec: attrs.AttributeSpec, attribute: st.Attribute) -> _Occurrence | None:
        args = attribute.args or ()
        positional = [a for a in args if a.key is None]
        keywords = [a for a in args if a.key is not None]

        def bad(message: str, span: Span) -> None:
            self.report(
                Code.BAD_ATTRIBUTE_ARGUMENTS,
                f"`@{spec.name}`: {message}",
                span,
                f"usage: {spec.example or spec.describe_signature()}",
            )

        ok = True
        params = list(spec.positional)
        if len(positional) < spec.min_positional:
            bad(f"expected at least {spec.min_positional} argument(s), got {len(positional)}", attribute.span)
            ok = False
        values: list[LiteralValue] = []
        for index, arg in enumerate(positional):
            param = params[index] if index < len(params) else spec.variadic
            if param is None:
                bad(f"takes {len(params)} positional argument(s), got {len(positional)}", arg.span)
                ok = False
                break
            ok = self._check_value(param, arg.value, bad) and ok
            values.append(_argument(param, arg.value))
        keyword_values: dict[str, LiteralValue] = {}
        known = {p.name: p for p in spec.keywords}
        for arg in keywords:
            assert arg.key is not None
            param = known.get(arg.key.text)
            if param is None:
                accepted = ", ".join(known) or "none"
                bad(f"unknown argument `{arg.key.text}` (accepted: {accepted})", arg.key.span)
                ok = False
                continue
            if arg.key.text in keyword_values:
                bad(f"argument `{arg.key.text}` is given twice", arg.key.span)
                ok = False
                continue
            ok = self._check_value(param, arg.value, bad) and ok
            keyword_values[arg.key.text] = _argument(param, arg.value)
        spans = [a.value.span for a in positional]
        return _Occurrence(values, keyword_values, attribute.span, spans) if ok else None

    @staticmethod
    def _check_value(param: attrs.Param, value: st.Value, bad: Callable[[str, Span], None]) -> bool:
        if param.kind is not attrs.ValueKind.LITERAL and value.kind != _VALUE_KINDS[param.kind]:
            shown = {
                "string": "a string",
                "int": "an integer",
                "float": "a number with a fraction",
                "ident": "a bare word",
                "list": "a list",
            }[value.kind]
            bad(f"`{param.name}` must be {_article(param.kind)}, not {shown}", value.span)
            return False
        if param.choices and value.value not in param.choices:
            bad(f"`{param.name}` must be one of {', '.join(param.choices)}; got `{value.value}`", value.span)
            return False
        return True

    def _docs(
        self, preamble: st.Preamble, subject: str, span: Span, *, examples_allowed: bool = False
    ) -> Docs:
        if not preamble.docs:
            self.report(
                Code.MISSING_DOCS,
                f"{subject} has no documentation",
                span,
                "add a `///` comment above it: a one-line summary, then any details",
            )
            return Docs()
        lines: list[DocLine] = []
        examples: list[Example] = []
        for index, doc in enumerate(preamble.docs):
            text = doc.text[1:] if doc.text.startswith(" ") else doc.text
            if not text.startswith("\\example"):
                self._check_references(doc)
            if not text.startswith("\\"):
                lines.append(DocLine(text))
                if index == 0 and not text.strip():
                    self.report(
                        Code.DOC_SUMMARY,
                        f"the docs of {subject} start with an empty line",
                        doc.span,
                        "the first line is a one-sentence summary",
                    )
                continue
            tag, _, rest = text[1:].partition(" ")
            if index == 0:
                self.report(
                    Code.DOC_SUMMARY,
                    f"the docs of {subject} start with a `\\{tag}` line",
                    doc.span,
                    "the first line is an untagged one-sentence summary for every language",
                )
            if tag == "example":
                example = self._example(rest, doc, subject, examples_allowed)
                if example is not None:
                    examples.append(example)
            elif tag in _DOC_TAGS:
                lines.append(DocLine(rest, _DOC_TAGS[tag]))
            else:
                self.report(
                    Code.UNKNOWN_DOC_TAG,
                    f"unknown doc tag `\\{tag}`",
                    doc.span,
                    "the tags are \\py (Python only), \\md (web docs only), \\cpp and \\example",
                )
        return Docs(tuple(lines), tuple(examples))

    def _check_references(self, doc: st.DocLine) -> None:
        """Report every `[a.b.C]` / `[a.b.C.member]` in a doc line that names nothing defined: the
        first MAX_BROKEN_PER_LINE of them, the last of those saying how many more the line has."""
        reported: list[tuple[Span, tuple[str, str]]] = []
        shown = more = 0
        for reference in find_references(doc.text):
            problem = self._reference_problem(reference.target)
            if problem is None:
                continue
            column = doc.span.column + len("///") + reference.start
            span = Span(
                doc.span.path, doc.span.line, column, doc.span.line, column + reference.end - reference.start
            )
            owner = reference.target.rpartition(".")[0]  # `[a.b.C.member]` refers to `a.b.C`
            if shown == MAX_BROKEN_PER_LINE:
                more += 1
                continue
            shown += 1
            if not self._note_failed_definition([reference.target, owner], span):
                reported.append((span, problem))
        for index, (span, (message, hint)) in enumerate(reported):
            last = index == len(reported) - 1
            notes = [f"this line has {more} more broken references, not shown"] if last and more else []
            self.report(Code.BROKEN_REFERENCE, message, span, hint, notes)

    def _reference_problem(self, target: str) -> tuple[str, str] | None:
        """(message, hint) if `target` is neither a defined type nor a member of one; else None."""
        if target in self.entries:
            return None
        owner, _, member = target.rpartition(".")
        entry = self.entries.get(owner)
        if entry is not None:
            members = _member_names(entry.decl)
            if member in members:
                return None
            suggestion = attrs.closest(member, members)
            return (
                f"broken reference `[{target}]`: `{owner}` has no field or variant `{member}`",
                f"did you mean `[{owner}.{suggestion}]`?"
                if suggestion
                else f"its members are {', '.join(f'`{m}`' for m in members)}",
            )
        if self._fqname_index is None:
            self._fqname_index = attrs.NameIndex(self.entries)
        suggestion = self._fqname_index.closest(target)
        return (
            f"broken reference `[{target}]`: no type has this name",
            f"did you mean `[{suggestion}]`?"
            if suggestion
            else "refer to a type by its fully-qualified name, as in `[rerun.components.Color]`, "
            "or to a field after it; put bracketed text that is no reference in backticks",
        )

    def _example(self, rest: str, doc: st.DocLine, subject: str, allowed: bool) -> Example | None:
        usage = 'write `\\example path/to/snippet title="What it shows"`, optionally with `!api`'
        if not allowed:
            self.report(
                Code.BAD_EXAMPLE, f"examples belong in a type's docs, not in the docs of {subject}", doc.span
            )
            return None
        path, _, options = rest.strip().partition(" ")
        if not path or not _EXAMPLE_PATH.match(path) or path.endswith(".py"):
            self.report(
                Code.BAD_EXAMPLE,
                f"`\\example` needs a snippet path, got `{path}`",
                doc.span,
                usage + "; the path has no extension",
            )
            return None
        if any(segment in ("", ".", "..") for segment in path.split("/")):
            self.report(
                Code.BAD_EXAMPLE,
                f"`\\example` path `{path}` leads outside the snippets directory or has an empty segment",
                doc.span,
                "name the snippet by its path below the snippets directory, without `.` or `..`",
            )
            return None
        title: str | None = None
        in_api = True
        for match in _EXAMPLE_OPTION.finditer(options):
            if match.group("api"):
                in_api = False
            elif match.group("title") is not None:
                title = match.group("title").replace('\\"', '"')
            elif match.group("other"):
                self.report(
                    Code.BAD_EXAMPLE, f"unknown `\\example` option `{match.group('other')}`", doc.span, usage
                )
                return None
        if self.snippet_exists is not None and not self.resolving_imported and not self.snippet_exists(path):
            self.report(
                Code.MISSING_SNIPPET,
                f"example snippet `{path}` does not exist",
                doc.span,
                "add the snippet under the snippets directory, or fix the path",
            )
        return Example(path, title, in_api, doc.span)


def _strongly_connected(edges: Mapping[str, Sequence[str]]) -> list[set[str]]:
    """The strongly connected components of a graph (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, ())
            if position > 0:  # back from the target before `position`
                low[node] = min(low[node], low[targets[position - 1]])
            while position < len(targets) and targets[position] in index:
                if targets[position] in on_stack:
                    low[node] = min(low[node], index[targets[position]])
                position += 1
            if position < len(targets):
                work.append((node, position + 1))
                work.append((targets[position], 0))
                continue
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components


def _find_cycle(start: str, edges: Mapping[str, Sequence[str]], within: set[str]) -> list[str]:
    """A shortest cycle through `start` inside its strongly connected component `within`."""
    parent: dict[str, str] = {}
    queue = [start]
    for node in queue:  # breadth first: the list grows as it is walked
        for target in edges.get(node, ()):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1]
            if target in within and target not in parent:
                parent[target] = node
                queue.append(target)
    raise AssertionError(f"{start} is on no cycle")


def _nesting_depths(
    root: str, children: Callable[[str], list[tuple[str, int]]], depth: dict[str, int]
) -> None:
    """Fill `depth` for `root` and everything below it: 1 for a type of primitives, else the most
    of (levels + depth of child). The graph must have no cycles; no recursion."""
    work = [root]
    while work:
        node = work[-1]
        if node in depth:
            work.pop()
            continue
        pending = [child for child, _ in children(node) if child not in depth]
        if pending:
            work.extend(pending)
            continue
        work.pop()
        depth[node] = max((levels + depth[child] for child, levels in children(node)), default=1)


def _member_names(decl: st.Declaration) -> list[str]:
    """The names of a declaration's fields or variants, in order."""
    members: tuple[st.FieldDecl | st.EnumVariantDecl | st.UnionVariantDecl, ...]
    members = decl.fields if isinstance(decl, st.StructDecl) else decl.variants
    return [m.name.text for m in members]


def _language_options(attributes: _Attributes) -> dict[tuple[str, str], str]:
    """`@python.aliases("x")` -> {("python", "aliases"): "x"}: kept by the model, read by backends.

    An option without arguments maps to "".
    """
    options: dict[tuple[str, str], str] = {}
    for name in sorted(attributes.values):
        language, _, option = name.partition(".")
        if language in attrs.LANGUAGE_GROUPS:
            options[(language, option)] = attributes.first(name) or ""
    return options


def _view_type(text: str) -> ViewType:
    name, sep, note = text.partition(":")
    return ViewType(name.strip(), note.strip() if sep else None)


def _where(attributes: _Attributes, fallback: Span) -> construction.Where:
    first = {name: occurrences[0] for name, occurrences in attributes.values.items()}
    return construction.Where(
        {name: o.span for name, o in first.items()},
        {name: o.value_spans for name, o in first.items()},
        fallback,
    )


def _int_or_none(value: LiteralValue | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# The syntax-tree kind of value each kind of attribute parameter takes (literals take any).
_VALUE_KINDS = {attrs.ValueKind.STRING: "string", attrs.ValueKind.INT: "int", attrs.ValueKind.IDENT: "ident"}


def _article(kind: attrs.ValueKind) -> str:
    return {"string": "a string", "identifier": "a bare word", "integer": "an integer"}[kind.value]


def _argument(param: attrs.Param, value: st.Value) -> LiteralValue:
    """An attribute argument as the value it stands for: text and numbers as they are; for a
    literal parameter, `true`/`false` become booleans, other bare words identifiers, lists tuples."""
    if param.kind is attrs.ValueKind.LITERAL:
        return _literal(value)
    assert not isinstance(value.value, tuple)
    return value.value


def _literal(value: st.Value) -> LiteralValue:
    if isinstance(value.value, tuple):
        return tuple(_literal(item) for item in value.value)
    if value.kind == "ident":
        return {"true": True, "false": False}.get(str(value.value), Identifier(str(value.value)))
    return value.value


def _describe_site(site: attrs.Site, kind: Kind, shape: Shape) -> str:
    if site is attrs.Site.TYPE:
        return f"a {kind.value} {shape.value}"
    return f"a {site.value} of a {kind.value}"


def _describe_spec_sites(spec: attrs.AttributeSpec) -> str:
    sites = " and ".join(sorted(s.value + "s" for s in spec.sites))
    kinds = (
        "" if spec.kinds == frozenset(Kind) else " of " + " and ".join(sorted(k.plural for k in spec.kinds))
    )
    shapes = (
        ""
        if spec.shapes == frozenset(Shape)
        else " (" + ", ".join(sorted(s.value for s in spec.shapes)) + " only)"
    )
    return sites + kinds + shapes
