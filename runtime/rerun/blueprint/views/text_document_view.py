"""`TextDocumentView`: one text document, as plain text or markdown."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rerun.blueprint.api import (
    ComponentsLike,
    OverrideLike,
    View,
    ViewContentsLike,
    _as_property,
    _properties,
)
from rerun.blueprint.archetypes import TextDocumentFormat

__all__ = ["TextDocumentView"]


class TextDocumentView(View):
    """Shows a `TextDocument`."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        format_options: TextDocumentFormat | None = None,
    ) -> None:
        """A text document view; see `View` for the arguments all views share.

        Parameters
        ----------
        format_options:
            Whether the text is set in a monospace font and whether long lines wrap.

        """
        super().__init__(
            class_identifier="TextDocument",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(_as_property("format_options", TextDocumentFormat, format_options)),
        )
