"""Transform3D: `rotation=` of either kind, a uniform `scale`, and the deprecated `from_parent`."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from rerun import datatypes
from rerun.archetypes.transform3d import Transform3D
from rerun.datatypes import Quaternion, RotationAxisAngle


class Transform3DExt(Transform3D):
    """A rotation of either kind, a uniform scale, and the deprecated `from_parent`."""

    @staticmethod
    def _derive_fields(
        *,
        rotation: Quaternion | RotationAxisAngle | None = None,
        rotation_axis_angle: Any = None,
        quaternion: Any = None,
        scale: datatypes.Vec3DLike | float | None = None,
        mat3x3: Any = None,  # taken (and returned as it is) to keep its place in the signature
        from_parent: bool | None = None,
        relation: Any = None,
    ) -> dict[str, Any]:
        """A transform between an entity and its parent.

        Parameters
        ----------
        rotation : Quaternion | RotationAxisAngle, optional
            A rotation of either kind, as a `rerun.datatypes.Quaternion` or
            `rerun.datatypes.RotationAxisAngle` object (plain numbers are rejected), stored as
            `quaternion` or `rotation_axis_angle`. Cannot be combined with either of those.
        scale : Vec3DLike | float, optional
            A scale factor along each of the three axes, or one number that scales all three alike.
        from_parent : bool, optional
            Deprecated (and warned about): `True` is `relation=TransformRelation.ChildFromParent`,
            `False` `relation=TransformRelation.ParentFromChild`. Cannot be combined with `relation`.
        """
        if rotation is not None:
            if quaternion is not None or rotation_axis_angle is not None:
                raise ValueError(
                    "`rotation` parameter can't be combined with `quaternion` or `rotation_axis_angle`."
                )
            if isinstance(rotation, Quaternion):
                quaternion = rotation
            elif isinstance(rotation, RotationAxisAngle):
                rotation_axis_angle = rotation
            else:
                raise ValueError("`rotation` must be a `Quaternion` or a `RotationAxisAngle`.")
        if from_parent is not None:
            warnings.warn(
                "`from_parent` is deprecated as an argument to `Transform3D`; "
                "prefer `relation=rerun.TransformRelation.ChildFromParent` instead",
                DeprecationWarning,
                stacklevel=3,
            )
            if relation is not None:
                raise ValueError("`from_parent` and `relation` parameters are mutually exclusive.")
            relation = "ChildFromParent" if from_parent else "ParentFromChild"
        if scale is not None and np.ndim(scale) == 0:
            scale = np.full(3, scale, dtype=np.float32)
        return {
            "rotation_axis_angle": rotation_axis_angle,
            "quaternion": quaternion,
            "scale": scale,
            "mat3x3": mat3x3,
            "relation": relation,
        }
