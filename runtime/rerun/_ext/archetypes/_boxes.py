"""Shared by Boxes2D and Boxes3D: extents from sizes and minimum corners, rotations of either kind."""

from __future__ import annotations

from typing import Any

import numpy as np


def box_extents(sizes: Any, mins: Any, half_sizes: Any, centers: Any) -> tuple[Any, Any]:
    """(half sizes, centers) from full sizes and minimum corners, if those were given instead."""
    if sizes is not None:
        if half_sizes is not None:
            raise ValueError("Cannot specify both `sizes` and `half_sizes` at the same time.")
        half_sizes = np.asarray(sizes, dtype=np.float64) / 2
    if mins is not None:
        if centers is not None:
            raise ValueError("Cannot specify both `mins` and `centers` at the same time.")
        if half_sizes is None:
            raise ValueError("Cannot specify `mins` without `sizes` or `half_sizes`.")
        centers = np.asarray(mins, dtype=np.float64) + half_sizes
    return half_sizes, centers


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
