"""Ellipsoids3D: spheres can be given by `radii` instead of `half_sizes`."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun import datatypes
from rerun.archetypes.ellipsoids3d import Ellipsoids3D


class Ellipsoids3DExt(Ellipsoids3D):
    """Spheres by their radii."""

    @staticmethod
    def _derive_fields(
        *, half_sizes: Any = None, radii: datatypes.Float32ArrayLike | None = None
    ) -> dict[str, Any]:
        """Ellipsoids by their `half_sizes` along each axis, or spheres by their `radii`.

        Parameters
        ----------
        radii : Float32ArrayLike, optional
            One radius per sphere, used instead of `half_sizes`: each becomes a half size of that
            value along all three axes. Cannot be combined with `half_sizes`. Not to be confused
            with `line_radii`, the thickness of the wireframe lines.
        """
        if radii is not None:
            if half_sizes is not None:
                raise ValueError("Cannot specify both `half_sizes` and `radii` at the same time.")
            half_sizes = np.repeat(np.asarray(radii, dtype=np.float32).reshape(-1, 1), 3, axis=1)
        return {"half_sizes": half_sizes}
