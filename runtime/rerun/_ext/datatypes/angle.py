"""Angle: built from radians or degrees."""

from __future__ import annotations

import math
from typing import Any


class AngleExt:
    """Extension for `rerun.datatypes.Angle`: construct it from `rad=` or `deg=`."""

    __slots__ = ()

    def __init__(self: Any, rad: float | None = None, deg: float | None = None) -> None:
        """An angle of `rad` radians, or else `deg` degrees (radians win when both are given).

        Parameters
        ----------
        rad : float, optional
            The angle in radians.
        deg : float, optional
            The angle in degrees, converted to radians; used only when `rad` is not given.
        """
        if rad is not None:
            self.radians = float(rad)
        elif deg is not None:
            self.radians = math.radians(deg)
        else:
            raise ValueError("Angle needs either `rad` or `deg`")
