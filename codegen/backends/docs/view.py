"""The docs backend's view model: one frozen page object per generated Markdown page.

Everything a template shows is decided here (links resolved, prose chosen, tables filled), so the
templates in templates/docs/ only lay the pages out. Each page names its template and its path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Status:
    """The banner under a page's title: deprecated (with since/notice), unstable, or neither."""

    deprecated: bool
    unstable: bool
    since: str
    notice: str


@dataclass(frozen=True)
class Heading:
    """What every type page opens with."""

    name: str
    fqname: str
    kind_label: str  # shown as a badge: "Archetype", "Component", "Datatype", "View"
    noun: str  # how the unstable note calls the page's subject: "type" or "view"
    namespace_title: str
    index_link: str
    status: Status
    docs: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """A table row naming a member (its anchor), what it holds, and its docs in one cell."""

    name: str
    type: str
    docs: str


@dataclass(frozen=True)
class RoleGroup:
    """An archetype's fields of one role (required, recommended, optional)."""

    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class MemberTable:
    """The fields or variants of a datatype or component."""

    title: str  # "Fields" or "Variants"
    name_column: str
    type_column: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class LinkNote:
    """A link to a page, with an optional note in parentheses."""

    link: str
    note: str | None


@dataclass(frozen=True)
class Program:
    """One language's version of a snippet, shown as a code block."""

    language: str  # as the tab names it: "Python", "C++"
    highlight: str  # the code block's language: "python", "cpp"
    code: str
    fence: str  # longer than any run of backticks in the code
    path: str  # the file, shown as the block's title


@dataclass(frozen=True)
class Example:
    """A snippet shown on a type's page."""

    title: str
    summary: str  # empty when it only repeats the title
    description: tuple[str, ...]
    programs: tuple[Program, ...]  # the Python version, then the C++ one if there is one
    tabbed: bool  # more than one version: each one goes in a tab named after its language


@dataclass(frozen=True)
class Snippets:
    """The snippets a type's page shows in full, and links to the others that use the type."""

    type_name: str
    examples_heading: str  # "Example" or "Examples"
    examples: tuple[Example, ...]
    shows_cpp: bool  # some example has a C++ version, which needs a word on how it logs
    more: tuple[str, ...]


@dataclass(frozen=True)
class PythonClass:
    """How Python programs reach a type and call its constructor."""

    fqname: str
    short_name: str | None  # `rr.Points3D` for the types the top-level packages re-export
    signature: str
    derives_fields: bool  # hand-written code turns some arguments into fields
    keyword_only: bool  # every argument is a keyword


@dataclass(frozen=True)
class ArchetypePage:
    template: ClassVar[str] = "docs/archetype.md.jinja"
    path: str
    source: str
    heading: Heading
    descriptor_example: str | None  # a field's column name, to show how columns are named
    # For an `@extends` archetype: a link to its base, and one of the base's column names.
    extends: LinkNote | None
    roles: tuple[RoleGroup, ...]
    view_types: tuple[LinkNote, ...]
    python: PythonClass
    snippets: Snippets
    used_by: tuple[str, ...]


@dataclass(frozen=True)
class ValuePage:
    """The page of a datatype or component."""

    template: ClassVar[str] = "docs/value.md.jinja"
    path: str
    source: str
    heading: Heading
    members: MemberTable | None  # None for a struct without fields
    arrow_type: str
    is_enum: bool
    snippets: Snippets
    used_by: tuple[str, ...]


@dataclass(frozen=True)
class PropertyField:
    link: str
    summary: str


@dataclass(frozen=True)
class ViewProperty:
    """One property of a view: the archetype that configures it, and what else Python accepts."""

    name: str
    archetype: str
    summary: str
    docs: tuple[str, ...]
    shorthand: str | None
    fields: tuple[PropertyField, ...]


@dataclass(frozen=True)
class ViewPage:
    template: ClassVar[str] = "docs/view.md.jinja"
    path: str
    source: str
    heading: Heading
    identifier: str
    properties: tuple[ViewProperty, ...]
    shown: tuple[LinkNote, ...]
    python: PythonClass
    snippets: Snippets


@dataclass(frozen=True)
class IndexEntry:
    link: str
    badge: str  # a stability to flag ("deprecated", "unstable"), or empty
    summary: str


@dataclass(frozen=True)
class Category:
    title: str
    entries: tuple[IndexEntry, ...]


@dataclass(frozen=True)
class IndexPage:
    """The page of one namespace: its types, grouped by `@docs.category`."""

    template: ClassVar[str] = "docs/index.md.jinja"
    path: str
    source: str
    title: str
    namespace: str
    intro: str
    all_unstable: bool
    show_headings: bool  # False when every type falls in the one "Other" category
    categories: tuple[Category, ...]


@dataclass(frozen=True)
class NamespaceEntry:
    title: str
    namespace: str
    link: str
    count: int


@dataclass(frozen=True)
class KindSection:
    title: str
    intro: str
    namespaces: tuple[NamespaceEntry, ...]


@dataclass(frozen=True)
class OverviewPage:
    template: ClassVar[str] = "docs/overview.md.jinja"
    path: str
    source: str
    sections: tuple[KindSection, ...]
    snippet_index: str
    snippet_count: int


@dataclass(frozen=True)
class SnippetRow:
    path: str
    anchor: str
    has_cpp: bool  # there is a C++ version beside the Python one
    summary: str
    types: tuple[str, ...]


@dataclass(frozen=True)
class TypeSnippets:
    link: str
    snippets: tuple[str, ...]


@dataclass(frozen=True)
class KindSnippets:
    title: str
    rows: tuple[TypeSnippets, ...]


@dataclass(frozen=True)
class Lacking:
    """The archetypes of one namespace that no snippet uses."""

    title: str
    links: tuple[str, ...]


@dataclass(frozen=True)
class SnippetIndexPage:
    template: ClassVar[str] = "docs/snippets.md.jinja"
    path: str
    source: str
    lacking: tuple[Lacking, ...]
    kinds: tuple[KindSnippets, ...]
    snippets: tuple[SnippetRow, ...]


Page = ArchetypePage | ValuePage | ViewPage | IndexPage | OverviewPage | SnippetIndexPage
