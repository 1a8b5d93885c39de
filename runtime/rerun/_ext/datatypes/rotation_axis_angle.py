"""RotationAxisAngle: an axis and an angle, given as an `Angle`, radians or degrees."""

from __future__ import annotations

import math
from typing import Any

from rerun.datatypes.rotation_axis_angle import RotationAxisAngle


class RotationAxisAngleExt(RotationAxisAngle):
    """The angle also as `radians=` or `degrees=`."""

    @staticmethod
    def _derive_fields(
        axis: Any, angle: Any = None, *, radians: float | None = None, degrees: float | None = None
    ) -> dict[str, Any]:
        """A rotation about `axis` by exactly one of `angle` (Angle or radians), `radians` or `degrees`.

        Parameters
        ----------
        angle : AngleLike | float, optional
            How far to turn around the axis: an `Angle`, or a plain number of radians.
        radians : float, optional
            How far to turn around the axis, in radians.
        degrees : float, optional
            How far to turn around the axis, in degrees.
        """
        if (angle is not None) + (radians is not None) + (degrees is not None) != 1:
            raise ValueError("Exactly one of `angle`, `radians` or `degrees` must be given")
        if degrees is not None:
            angle = math.radians(degrees)
        return {"axis": axis, "angle": radians if radians is not None else angle}
