"""Quaternion: built from `xyzw=`; the identity rotation and the all-zero quaternion ready-made."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt


class QuaternionExt:
    """Extension for `rerun.datatypes.Quaternion` (and the `RotationQuat` component built on it)."""

    __slots__ = ()

    def __init__(self: Any, *, xyzw: npt.ArrayLike) -> None:
        """A quaternion from its four components, keyword-only so the order cannot be mixed up.

        Parameters
        ----------
        xyzw : npt.ArrayLike
            Four numbers: the vector part `x`, `y`, `z`, then the scalar part `w`. The identity
            rotation is `[0, 0, 0, 1]`.
        """
        values = np.array(xyzw, dtype=np.float32)
        if values.size != 4:
            raise ValueError(
                f"Quaternion expects 4 values (x, y, z, w), got an array of shape {values.shape}"
            )
        self.xyzw = values.reshape(4)

    @staticmethod
    def identity() -> Any:
        """The rotation that leaves everything as it is: `xyzw = (0, 0, 0, 1)`."""
        from rerun.datatypes import Quaternion

        return Quaternion(xyzw=[0.0, 0.0, 0.0, 1.0])

    @staticmethod
    def invalid() -> Any:
        """The all-zero quaternion, which cannot be normalized: the viewer treats it as invalid."""
        from rerun.datatypes import Quaternion

        return Quaternion(xyzw=[0.0, 0.0, 0.0, 0.0])
