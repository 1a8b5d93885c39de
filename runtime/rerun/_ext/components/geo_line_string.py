"""GeoLineString: the positions are given by keyword, checked to be (lat, lon) pairs."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun.components.geo_line_string import GeoLineString


class GeoLineStringExt(GeoLineString):
    """Positions by keyword, checked to be (latitude, longitude) pairs."""

    @staticmethod
    def _derive_fields(*, lat_lon: Any) -> dict[str, Any]:
        """A line through the positions `lat_lon` (pairs, or an Nx2 array), in order."""
        positions = np.array(lat_lon, dtype=np.float64)
        if positions.size == 0:
            positions = positions.reshape(0, 2)
        if positions.ndim != 2 or positions.shape[1] != 2:
            raise ValueError(
                f"GeoLineString needs (latitude, longitude) pairs, got an array of shape {positions.shape}"
            )
        return {"lat_lon": positions}
