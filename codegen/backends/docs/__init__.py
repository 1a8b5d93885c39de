"""The reference-docs backend: Markdown pages for the docs site, under docs/reference/.

One page per type (a view's page lists its properties and the archetypes it shows), an index per
namespace (grouped by `@docs.category`), an overview page and a snippet index. The model becomes a
typed view model of pages (view.py, built by builder.py), which the templates in templates/docs/
lay out; signatures and Python names come from the Python backend's view model.
"""

from __future__ import annotations

from collections.abc import Iterator

from codegen.backends import BackendContext, GeneratedFile
from codegen.backends.docs.builder import ROOT, DocsPages


class DocsBackend:
    name = "docs"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        for page in DocsPages(context).pages():
            header = context.header(page.source, "<!--").replace("\n", " -->\n")
            text = context.render(page.template, header=header, page=page)
            yield GeneratedFile(f"{ROOT}/{page.path}", text, page.source)
