"""`TextLogView`: log messages in a table, one row per message."""

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
from rerun.blueprint.archetypes import TextLogColumns, TextLogFormat, TextLogRows

__all__ = ["TextLogView"]


class TextLogView(View):
    """Lists `TextLog` messages with their time, entity and level."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        columns: TextLogColumns | None = None,
        rows: TextLogRows | None = None,
        format_options: TextLogFormat | None = None,
    ) -> None:
        """A text log view; see `View` for the arguments all views share.

        Parameters
        ----------
        columns:
            Which timeline and message columns are shown.
        rows:
            Which messages are listed, by log level.
        format_options:
            How message bodies are set, e.g. in a monospace font.

        """
        super().__init__(
            class_identifier="TextLog",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("columns", TextLogColumns, columns),
                _as_property("rows", TextLogRows, rows),
                _as_property("format_options", TextLogFormat, format_options),
            ),
        )
