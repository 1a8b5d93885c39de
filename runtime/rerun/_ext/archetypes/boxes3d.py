"""Boxes3D: boxes also given by size and minimum corner, and rotations of either kind."""

from __future__ import annotations

from typing import Any

from rerun import datatypes
from rerun._boxes import box_extents, split_rotations
from rerun.archetypes.boxes3d import Boxes3D


class Boxes3DExt(Boxes3D):
    """Boxes also by their full sizes and minimum corners, and rotations of either kind."""

    @staticmethod
    def _derive_fields(
        *,
        sizes: datatypes.Vec3DArrayLike | None = None,
        mins: datatypes.Vec3DArrayLike | None = None,
        half_sizes: Any = None,
        centers: Any = None,
        rotation_axis_angles: Any = None,
        quaternions: Any = None,
        rotations: datatypes.QuaternionArrayLike | datatypes.RotationAxisAngleArrayLike | None = None,
    ) -> dict[str, Any]:
        """3D boxes, by `half_sizes` and `centers` or by `sizes` and `mins`.

        `rotations` takes quaternions or axis-angle rotations, and clears the other kind.

        Parameters
        ----------
        sizes : Vec3DArrayLike, optional
            The full extent of each box along x, y and z, used instead of `half_sizes` (they are
            halved). Cannot be combined with `half_sizes`.
        mins : Vec3DArrayLike, optional
            The corner of each box with the smallest x, y and z, used instead of `centers`. Needs
            `sizes` or `half_sizes` to find the centers; cannot be combined with `centers`.
        rotations : QuaternionArrayLike | RotationAxisAngleArrayLike, optional
            The orientation of each box, of either kind, for code written against older versions;
            prefer `quaternions` or `rotation_axis_angles`.

            The kind is taken from the first value when it is a `Quaternion` or a
            `RotationAxisAngle`; otherwise values of four numbers are read as quaternions
            (x, y, z, w) and anything else as axis-angle rotations. The other kind is logged
            empty, clearing rotations of that kind from earlier calls. Cannot be combined with
            `quaternions` or `rotation_axis_angles`.
        """
        half_sizes, centers = box_extents(sizes, mins, half_sizes, centers)
        rotation_axis_angles, quaternions = split_rotations(rotations, rotation_axis_angles, quaternions)
        return {
            "half_sizes": half_sizes,
            "centers": centers,
            "rotation_axis_angles": rotation_axis_angles,
            "quaternions": quaternions,
        }
