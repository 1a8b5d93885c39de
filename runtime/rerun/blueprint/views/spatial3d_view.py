"""`Spatial3DView`: a 3D scene with a camera the user can move."""

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
from rerun.blueprint.archetypes import (
    Background,
    EyeControls3D,
    LineGrid3D,
    SpatialInformation,
    VisibleTimeRanges,
)

if TYPE_CHECKING:
    from rerun.blueprint.components import BackgroundKindLike
    from rerun.datatypes import Rgba32Like, VisibleTimeRangeLike

__all__ = ["Spatial3DView"]


class Spatial3DView(View):
    """A 3D view: point clouds, meshes, boxes, cameras and more, in 3D space."""

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
        line_grid: LineGrid3D | bool | None = None,
        spatial_information: SpatialInformation | None = None,
        eye_controls: EyeControls3D | None = None,
        time_ranges: VisibleTimeRanges | VisibleTimeRangeLike | Sequence[VisibleTimeRangeLike] | None = None,
    ) -> None:
        """A 3D view; see `View` for the arguments all views share.

        Parameters
        ----------
        background:
            What is drawn behind the scene: a `Background`, a color, or a `BackgroundKind`.
        line_grid:
            The reference grid: a `LineGrid3D`, or just whether it is shown.
        spatial_information:
            The frame the scene is shown in, and whether its axes and bounding box are drawn.
        eye_controls:
            The camera the scene is seen through: its kind, placement and speed.
        time_ranges:
            The stretch of time the view collects data from, per timeline.

        """
        super().__init__(
            class_identifier="3D",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("background", Background, background, Background),
                _as_property("line_grid", LineGrid3D, line_grid, LineGrid3D),
                _as_property("spatial_information", SpatialInformation, spatial_information),
                _as_property("eye_controls", EyeControls3D, eye_controls),
                _as_property("time_ranges", VisibleTimeRanges, time_ranges, VisibleTimeRanges),
            ),
        )
