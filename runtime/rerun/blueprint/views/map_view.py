"""`MapView`: geospatial data over map tiles."""

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
from rerun.blueprint.archetypes import MapBackground, MapZoom

if TYPE_CHECKING:
    from rerun.blueprint.components import MapProviderLike
    from rerun.datatypes import Float64Like

__all__ = ["MapView"]


class MapView(View):
    """Shows `GeoPoints` and `GeoLineStrings` on a map."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        zoom: MapZoom | Float64Like | None = None,
        background: MapBackground | MapProviderLike | None = None,
    ) -> None:
        """A map view; see `View` for the arguments all views share.

        Parameters
        ----------
        zoom:
            How far the map is zoomed in: a `MapZoom`, or just the zoom level.
        background:
            Where the map tiles come from: a `MapBackground`, or just a `MapProvider`.

        """
        super().__init__(
            class_identifier="Map",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("zoom", MapZoom, zoom, MapZoom),
                _as_property("background", MapBackground, background, MapBackground),
            ),
        )
