"""GeoLineString: the positions are given by keyword."""

from __future__ import annotations

from typing import Any

import numpy as np


class GeoLineStringExt:
    """Extension for `rerun.components.GeoLineString`: `lat_lon=`, checked to hold (lat, lon) pairs."""

    __slots__ = ()

    def __init__(self: Any, *, lat_lon: Any) -> None:
        """A line through the positions `lat_lon`, in order.

        Parameters
        ----------
        lat_lon : DVec2DArrayLike
            The positions along the line, each a (latitude, longitude) pair in degrees: a
            sequence of pairs or an Nx2 array.
        """
        positions = np.array(lat_lon, dtype=np.float64)
        if positions.size == 0:
            positions = positions.reshape(0, 2)
        if positions.ndim != 2 or positions.shape[1] != 2:
            raise ValueError(
                f"GeoLineString needs (latitude, longitude) pairs, got an array of shape {positions.shape}"
            )
        self.lat_lon = positions
