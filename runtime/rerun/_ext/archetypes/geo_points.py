"""GeoPoints: the positions are given as `lat_lon`."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class GeoPointsExt:
    """Extension for `rerun.archetypes.GeoPoints`."""

    def __init__(
        self: Any, *, lat_lon: Any, radii: Any = None, colors: Any = None, class_ids: Any = None
    ) -> None:
        """Points at `lat_lon` (latitude and longitude in degrees), with optional radii, colors, class ids.

        Parameters
        ----------
        lat_lon : DVec2DArrayLike
            The position of each point as (latitude, longitude), in degrees of the WGS 84 system
            (EPSG:4326), north and east positive; for example (59.33, 18.07) is Stockholm.
        """
        with catch_and_log_exceptions("GeoPoints") as guard:
            self._set_fields(positions=lat_lon, radii=radii, colors=colors, class_ids=class_ids)
            return
        if guard.failed:
            self._clear_fields()
