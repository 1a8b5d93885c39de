"""Shared by Boxes2D and Boxes3D: extents from sizes and minimum corners, rotations of either kind,
and the layouts of `Boxes2D(array=...)`."""

from __future__ import annotations

from enum import Enum
from typing import Any

import numpy as np
import numpy.typing as npt


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

    first = rotations[0] if isinstance(rotations, (list, tuple)) and rotations else rotations
    if isinstance(first, (Quaternion, RotationAxisAngle)):
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


class Box2DFormat(Enum):
    """How the four numbers per box of `Boxes2D(array=...)` are laid out."""

    XYWH = "XYWH"
    """Minimum x, minimum y, width, height."""

    YXHW = "YXHW"
    """Minimum y, minimum x, height, width."""

    XYXY = "XYXY"
    """Minimum x, minimum y, maximum x, maximum y."""

    YXYX = "YXYX"
    """Minimum y, minimum x, maximum y, maximum x."""

    XCYCWH = "XCYCWH"
    """Center x, center y, width, height."""

    XCYCW2H2 = "XCYCW2H2"
    """Center x, center y, half width, half height."""


Extents = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]


def boxes_from_array(array: Any, array_format: Box2DFormat) -> Extents:
    """(half sizes, centers) of boxes given as rows of four numbers."""
    rows = np.asarray(array, dtype=np.float64).reshape(-1, 4)
    first, second = rows[:, 0:2], rows[:, 2:4]
    if array_format in (Box2DFormat.YXHW, Box2DFormat.YXYX):
        first, second = first[:, ::-1], second[:, ::-1]
    if array_format in (Box2DFormat.XYWH, Box2DFormat.YXHW):
        half_sizes = second / 2
        return half_sizes, first + half_sizes
    if array_format in (Box2DFormat.XYXY, Box2DFormat.YXYX):
        return (second - first) / 2, (first + second) / 2
    if array_format is Box2DFormat.XCYCWH:
        return second / 2, first
    return second, first
