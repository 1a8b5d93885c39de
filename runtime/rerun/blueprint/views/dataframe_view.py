"""`DataframeView`: the data of some entities as a table, one row per time."""

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
from rerun.blueprint.archetypes import DataframeQuery

__all__ = ["DataframeView"]


class DataframeView(View):
    """A table of the components logged to the view's entities, indexed by one timeline."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        query: DataframeQuery | None = None,
    ) -> None:
        """A dataframe view; see `View` for the arguments all views share.

        Parameters
        ----------
        query:
            The timeline, the row filters and the columns of the table.

        """
        super().__init__(
            class_identifier="Dataframe",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(_as_property("query", DataframeQuery, query)),
        )
