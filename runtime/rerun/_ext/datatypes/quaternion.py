"""Quaternion: built from `xyzw=`; the identity rotation and the all-zero quaternion ready-made."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from rerun.datatypes.quaternion import Quaternion


class QuaternionExt(Quaternion):
    """Quaternions by keyword, checked to have four values; `identity()` and `invalid()`."""

    @staticmethod
    def _derive_fields(*, xyzw: npt.ArrayLike) -> dict[str, Any]:
        """A quaternion from its four components, keyword-only so the order cannot be mixed up."""
        values = np.array(xyzw, dtype=np.float32)
        if values.size != 4:
            raise ValueError(
                f"Quaternion expects 4 values (x, y, z, w), got an array of shape {values.shape}"
            )
        return {"xyzw": values.reshape(4)}

    @staticmethod
    def identity() -> Quaternion:
        """The rotation that leaves everything as it is: `xyzw = (0, 0, 0, 1)`."""
        return Quaternion(xyzw=[0.0, 0.0, 0.0, 1.0])

    @staticmethod
    def invalid() -> Quaternion:
        """The all-zero quaternion, which cannot be normalized: the viewer treats it as invalid."""
        return Quaternion(xyzw=[0.0, 0.0, 0.0, 0.0])
