"""Plane3D: a normal and a distance, stored together as (x, y, z, d)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt


class Plane3DExt:
    """Extension for `rerun.datatypes.Plane3D`: built from a normal and a distance."""

    __slots__ = ()

    def __init__(self: Any, normal: Any, distance: float | int | None = None) -> None:
        """The plane of points `p` with `dot(normal, p) = distance`; without `distance`, `normal`
        holds all four values.

        Parameters
        ----------
        normal : Vec3DLike | Vec4DLike
            The plane's normal vector (x, y, z), stored as given; the viewer normalizes it. When
            `distance` is left out, it holds all four values (x, y, z, distance) instead.
        distance : float, optional
            The signed distance of the plane from the origin, along the normal: a positive one
            moves the plane away from the origin in the direction of the normal.
        """
        values = np.asarray(normal, dtype=np.float32).reshape(-1)
        if distance is not None:
            values = np.append(values, np.float32(distance))
        if values.shape != (4,):
            raise ValueError(f"Plane3D needs a 3D normal and a distance, got {values.size} values")
        self.xyzd = values

    def normal(self: Any) -> npt.NDArray[np.float32]:
        """The normal vector of the plane (as given, not normalized)."""
        normal: npt.NDArray[np.float32] = self.xyzd[:3]
        return normal

    def distance(self: Any) -> float:
        """The distance term of the plane equation."""
        return float(self.xyzd[3])

    def with_distance(self: Any, distance: float) -> Any:
        """A copy of the plane with the same normal, moved to another distance.

        Parameters
        ----------
        distance : float
            The new signed distance from the origin, along the normal.
        """
        return type(self)(self.xyzd[:3], distance)
