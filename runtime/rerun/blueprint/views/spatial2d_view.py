"""`Spatial2DView`: images, 2D shapes, and 3D content seen through a pinhole camera."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rerun.blueprint.api import (
    ComponentsLike,
    OverrideLike,
    View,
    ViewContentsLike,
    _as_property,
    _properties,
)
from rerun.blueprint.archetypes import Background, NearClipPlane, VisibleTimeRanges, VisualBounds2D

if TYPE_CHECKING:
    from rerun.blueprint.components import BackgroundKindLike
    from rerun.datatypes import Float32Like, Rgba32Like, VisibleTimeRangeLike

__all__ = ["Spatial2DView"]


class Spatial2DView(View):
    """A 2D view: images, 2D points, boxes, lines and more, in 2D scene coordinates."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        background: Background | Rgba32Like | BackgroundKindLike | None = None,
        visual_bounds: VisualBounds2D | None = None,
        near_clip_plane: NearClipPlane | Float32Like | None = None,
        time_ranges: VisibleTimeRanges | VisibleTimeRangeLike | Sequence[VisibleTimeRangeLike] | None = None,
    ) -> None:
        """A 2D view; see `View` for the arguments all views share.

        Parameters
        ----------
        background:
            What is drawn behind the scene: a `Background`, a color, or a `BackgroundKind`.
        visual_bounds:
            The part of the scene that is visible, which sets the view's pan and zoom.
        near_clip_plane:
            How close to the camera content can get before it is cut away, in scene units.
        time_ranges:
            The stretch of time the view collects data from, per timeline.

        """
        super().__init__(
            class_identifier="2D",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("background", Background, background, Background),
                _as_property("visual_bounds", VisualBounds2D, visual_bounds),
                _as_property("near_clip_plane", NearClipPlane, near_clip_plane, NearClipPlane),
                _as_property("time_ranges", VisibleTimeRanges, time_ranges, VisibleTimeRanges),
            ),
        )
