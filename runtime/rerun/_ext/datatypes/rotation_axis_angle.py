"""RotationAxisAngle: an axis and an angle, given as an `Angle`, radians or degrees."""

from __future__ import annotations

from typing import Any

# The modules themselves, not the `rerun.datatypes` package: this runs while the package loads.
from rerun.datatypes.angle import Angle
from rerun.datatypes.vec3d import Vec3D


class RotationAxisAngleExt:
    """Extension for `rerun.datatypes.RotationAxisAngle`: `angle=`, `radians=` or `degrees=`."""

    __slots__ = ()

    def __init__(
        self: Any,
        axis: Any,
        angle: Any = None,
        *,
        radians: float | None = None,
        degrees: float | None = None,
    ) -> None:
        """A rotation about `axis` by exactly one of `angle` (Angle or radians), `radians` or `degrees`.

        Parameters
        ----------
        axis : Vec3DLike
            The direction of the axis to rotate around.

            It does not need to be of unit length; the viewer normalizes it. If that is impossible,
            typically because it is the zero vector, the rotation is ignored.
        angle : AngleLike | float, optional
            How far to turn around the axis: an `Angle`, or a plain number of radians.
        radians : float, optional
            How far to turn around the axis, in radians.
        degrees : float, optional
            How far to turn around the axis, in degrees.
        """
        given = (angle is not None) + (radians is not None) + (degrees is not None)
        if given != 1:
            raise ValueError("Exactly one of `angle`, `radians` or `degrees` must be given")
        if angle is not None:
            angle = angle if isinstance(angle, Angle) else Angle(rad=angle)
        elif radians is not None:
            angle = Angle(rad=radians)
        else:
            angle = Angle(deg=degrees)
        self.axis = axis if isinstance(axis, Vec3D) else Vec3D(axis)
        self.angle = angle
