"""Scale3D: one factor for all three axes, or one per axis."""

from __future__ import annotations

import numpy as np

from rerun import datatypes
from rerun.components.scale3d import Scale3D


class Scale3DExt(Scale3D):
    """A uniform or a per-axis scale."""

    def __init__(
        self, uniform_or_per_axis: datatypes.Vec3DLike | datatypes.Float32Like | None = True
    ) -> None:
        """A scale: a factor of 1 changes nothing, 2 doubles sizes along that axis.

        Parameters
        ----------
        uniform_or_per_axis : Vec3DLike | Float32Like, optional
            A single factor for all three axes, or three factors for x, y and z. The default
            (`True`, i.e. 1) is no scaling at all.
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
