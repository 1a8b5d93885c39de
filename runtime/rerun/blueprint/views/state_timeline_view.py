"""`StateTimelineView`: discrete states as colored lanes along time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rerun.blueprint.api import ComponentsLike, OverrideLike, View, ViewContentsLike

__all__ = ["StateTimelineView"]


class StateTimelineView(View):
    """Shows `StateChange` data, one lane per entity, styled by `StateConfiguration`."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
    ) -> None:
        """A state timeline; the arguments are as for `View`. This view has no properties of its own."""
        super().__init__(
            class_identifier="StateTimeline",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
        )
