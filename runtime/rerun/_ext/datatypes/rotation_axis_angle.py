"""RotationAxisAngle: an axis and an angle, given as an `Angle`, radians or degrees."""

from __future__ import annotations

from typing import Any


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
        """A rotation about `axis` by exactly one of `angle` (Angle or radians), `radians` or `degrees`."""
        from rerun.datatypes import Angle, Vec3D

        given = sum(value is not None for value in (angle, radians, degrees))
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
