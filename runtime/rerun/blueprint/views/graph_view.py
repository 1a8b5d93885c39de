"""`GraphView`: nodes and edges, placed by a force simulation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
    ForceCenter,
    ForceCollisionRadius,
    ForceLink,
    ForceManyBody,
    ForcePosition,
    GraphBackground,
    VisualBounds2D,
)

if TYPE_CHECKING:
    from rerun.datatypes import Rgba32Like

__all__ = ["GraphView"]


class GraphView(View):
    """Shows `GraphNodes` and `GraphEdges`; the layout comes from a set of forces."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        visual_bounds: VisualBounds2D | None = None,
        background: GraphBackground | Rgba32Like | None = None,
        force_link: ForceLink | None = None,
        force_many_body: ForceManyBody | None = None,
        force_position: ForcePosition | None = None,
        force_collision_radius: ForceCollisionRadius | None = None,
        force_center: ForceCenter | None = None,
    ) -> None:
        """A graph view; see `View` for the arguments all views share.

        Parameters
        ----------
        visual_bounds:
            The part of the graph's plane that is visible.
        background:
            What is drawn behind the graph: a `GraphBackground`, or just its color.
        force_link:
            The spring force along edges.
        force_many_body:
            The repulsion (or attraction) between every pair of nodes.
        force_position:
            The pull of every node toward a fixed point.
        force_collision_radius:
            The force that keeps nodes from overlapping.
        force_center:
            The shift that keeps the graph centered on the origin.

        """
        super().__init__(
            class_identifier="Graph",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("visual_bounds", VisualBounds2D, visual_bounds),
                _as_property("background", GraphBackground, background, lambda c: GraphBackground(color=c)),
                _as_property("force_link", ForceLink, force_link),
                _as_property("force_many_body", ForceManyBody, force_many_body),
                _as_property("force_position", ForcePosition, force_position),
                _as_property("force_collision_radius", ForceCollisionRadius, force_collision_radius),
                _as_property("force_center", ForceCenter, force_center),
            ),
        )
