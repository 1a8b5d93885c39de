"""Angle: built from radians or degrees."""

from __future__ import annotations

import math
from typing import Any

from rerun.datatypes.angle import Angle


class AngleExt(Angle):
    """Angles from radians or degrees."""

    @staticmethod
    def _derive_fields(rad: float | None = None, deg: float | None = None) -> dict[str, Any]:
        """An angle of `rad` radians, or else `deg` degrees (radians win when both are given).

        Parameters
        ----------
        rad : float, optional
            The angle in radians.
        deg : float, optional
            The angle in degrees, converted to radians; used only when `rad` is not given.
        """
        if rad is not None:
            return {"radians": rad}
        if deg is not None:
            return {"radians": math.radians(deg)}
        raise ValueError("Angle needs either `rad` or `deg`")
