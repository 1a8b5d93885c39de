"""Plane3D: a normal and a distance, stored together as (x, y, z, d)."""

from __future__ import annotations

from typing import Any, Self

import numpy as np
import numpy.typing as npt

from rerun.datatypes.plane3d import Plane3D


class Plane3DExt(Plane3D):
    """Planes from a normal and a distance, and access to both."""

    @staticmethod
    def _derive_fields(normal: npt.ArrayLike, distance: float | int | None = None) -> dict[str, Any]:
        """The plane of points `p` with `dot(normal, p) = distance`.

        Parameters
        ----------
        normal : npt.ArrayLike
            The plane's normal vector (x, y, z), stored as given (the viewer normalizes it); without
            `distance`, all four values (x, y, z, distance).
        distance : float, optional
            The signed distance from the origin along the normal (positive: in its direction).
        """
        values = np.asarray(normal, dtype=np.float32).reshape(-1)
        if distance is not None:
            values = np.append(values, np.float32(distance))
        if values.shape != (4,):
            raise ValueError(f"Plane3D needs a 3D normal and a distance, got {values.size} values")
        return {"xyzd": values}

    def normal(self) -> npt.NDArray[np.float32]:
        """The normal vector of the plane (as given, not normalized)."""
        return self.xyzd[:3]

    def distance(self) -> float:
        """The distance term of the plane equation."""
        return float(self.xyzd[3])

    def with_distance(self, distance: float) -> Self:
        """A copy of the plane with the same normal, at the signed `distance` from the origin."""
        return type(self)(self.xyzd[:3], distance)
