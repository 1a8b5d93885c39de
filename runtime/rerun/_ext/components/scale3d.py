"""Scale3D: one factor for all three axes, or one per axis."""

from __future__ import annotations

from typing import Any

import numpy as np


class Scale3DExt:
    """Extension for `rerun.components.Scale3D`: a uniform or a per-axis scale."""

    __slots__ = ()

    def __init__(self: Any, uniform_or_per_axis: Any = True) -> None:
        """A scale of `uniform_or_per_axis`: one number scales all axes alike, three scale each.

        A factor of 1 changes nothing, 2 doubles sizes along that axis; the default (`True`,
        i.e. 1) is no scaling at all.

        Parameters
        ----------
        uniform_or_per_axis : Vec3DLike | Float32Like, optional
            A single factor for all three axes, or three factors for x, y and z.
        """
        if uniform_or_per_axis is None:
            raise ValueError("Scale3D needs a factor, or three factors (x, y, z), not None")
        factors = np.array(uniform_or_per_axis, dtype=np.float32)
        if factors.size == 1:
            self.xyz = np.full(3, factors.reshape(()), dtype=np.float32)
        elif factors.size == 3:
            self.xyz = factors.reshape(3)
        else:
            raise ValueError(
                f"Scale3D needs one factor or three (x, y, z), got an array of shape {factors.shape}"
            )
