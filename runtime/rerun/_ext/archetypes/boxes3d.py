"""Boxes3D: boxes also given by size and minimum corner, and rotations of either kind."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun._ext.archetypes.boxes2d import box_extents
from rerun.error_utils import catch_and_log_exceptions


def is_quaternions(rotations: Any) -> bool:
    """Whether `rotations` holds quaternions (rather than axis-angle rotations)."""
    from rerun.datatypes import Quaternion, RotationAxisAngle

    first = rotations[0] if isinstance(rotations, list | tuple) and rotations else rotations
    if isinstance(first, Quaternion | RotationAxisAngle):
        return isinstance(first, Quaternion)
    shape = np.shape(rotations)
    return len(shape) > 0 and shape[-1] == 4


def split_rotations(rotations: Any, rotation_axis_angles: Any, quaternions: Any) -> tuple[Any, Any]:
    """(rotation_axis_angles, quaternions), with `rotations` going to its kind and clearing the other."""
    if rotations is None:
        return rotation_axis_angles, quaternions
    if rotation_axis_angles is not None or quaternions is not None:
        raise ValueError("`rotations` can't be combined with `rotation_axis_angles` or `quaternions`.")
    return ([], rotations) if is_quaternions(rotations) else (rotations, [])


class Boxes3DExt:
    """Extension for `rerun.archetypes.Boxes3D`."""

    def __init__(
        self: Any,
        *,
        sizes: Any = None,
        mins: Any = None,
        half_sizes: Any = None,
        centers: Any = None,
        rotation_axis_angles: Any = None,
        quaternions: Any = None,
        rotations: Any = None,
        colors: Any = None,
        radii: Any = None,
        fill_mode: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
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
        with catch_and_log_exceptions("Boxes3D") as guard:
            half_sizes, centers = box_extents(sizes, mins, half_sizes, centers)
            rotation_axis_angles, quaternions = split_rotations(rotations, rotation_axis_angles, quaternions)
            self._set_fields(
                half_sizes=half_sizes,
                centers=centers,
                rotation_axis_angles=rotation_axis_angles,
                quaternions=quaternions,
                colors=colors,
                radii=radii,
                fill_mode=fill_mode,
                labels=labels,
                show_labels=show_labels,
                class_ids=class_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
