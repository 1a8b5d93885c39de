"""Small helpers for demos and tutorials: a coloured spiral, a bouncing interpolation, interleaving."""

from __future__ import annotations

from math import tau
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["bounce_lerp", "build_color_spiral", "interleave"]


def build_color_spiral(
    num_points: int = 100,
    radius: float = 2.0,
    angular_step: float = 0.02,
    angular_offset: float = 0.0,
    z_step: float = 0.1,
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.uint8]]:
    """Points on a helix around the z axis, and a colour per point that runs through a rainbow.

    Point `i` sits at angle `tau * (i * angular_step + angular_offset)` and height `i * z_step`,
    centred on z = 0. Returns `(points, colors)`: float32 `(num_points, 3)` positions and uint8
    `(num_points, 3)` RGB colours.
    """
    steps = np.arange(num_points, dtype=np.float64)
    angles = tau * (steps * angular_step + angular_offset)
    heights = steps * z_step - (num_points - 1) * z_step / 2.0
    points = np.column_stack([radius * np.cos(angles), radius * np.sin(angles), heights]).astype(np.float32)
    hue = steps / max(num_points - 1, 1)
    phases = np.array([0.0, 1.0 / 3.0, 2.0 / 3.0])
    rgb = 0.5 + 0.5 * np.cos(tau * (hue[:, None] * 0.8 + phases[None, :]))
    colors = np.round(rgb * 255.0).astype(np.uint8)
    return points, colors


def bounce_lerp(a: Any, b: Any, t: Any) -> Any:
    """Interpolate from `a` to `b` and back: t = 0 gives a, 1 gives b, 2 gives a again, and so on.

    Works on scalars and numpy arrays alike (`t` broadcasts).
    """
    t = np.asarray(t, dtype=np.float64)
    whole = np.floor(t)
    fraction = t - whole
    fraction = np.where(np.mod(whole, 2) == 0, fraction, 1.0 - fraction)
    result = (1.0 - fraction) * np.asarray(a, dtype=np.float64) + fraction * np.asarray(b, dtype=np.float64)
    return result.item() if np.ndim(result) == 0 else result


def interleave(first: npt.ArrayLike, second: npt.ArrayLike) -> npt.NDArray[Any]:
    """Rows of two equally long arrays, alternating: first[0], second[0], first[1], ..."""
    a = np.asarray(first)
    b = np.asarray(second)
    if a.shape != b.shape:
        raise ValueError(f"interleave needs arrays of the same shape, got {a.shape} and {b.shape}")
    out = np.empty((a.shape[0] * 2, *a.shape[1:]), dtype=np.result_type(a, b))
    out[0::2] = a
    out[1::2] = b
    return out
