"""GeoLineStrings: the strips are given as `lat_lon`, keyword-only."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class GeoLineStringsExt:
    """Extension for `rerun.archetypes.GeoLineStrings`: the strips are the keyword `lat_lon`."""

    def __init__(self: Any, *, lat_lon: Any, radii: Any = None, colors: Any = None) -> None:
        """Line strips on a map, each a sequence of (latitude, longitude) pairs in degrees.

        Parameters
        ----------
        lat_lon : GeoLineStringArrayLike
            The line strings, each a sequence of (latitude, longitude) positions in degrees of
            the WGS 84 system (EPSG:4326), north and east positive. A single strip may be given on
            its own.
        """
        with catch_and_log_exceptions("GeoLineStrings") as guard:
            self._set_fields(line_strings=lat_lon, radii=radii, colors=colors)
            return
        if guard.failed:
            self._clear_fields()
