"""Transform3D: `rotation=` of either kind, a uniform `scale`, and the deprecated `from_parent`."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from rerun.datatypes import Quaternion, RotationAxisAngle
from rerun.error_utils import catch_and_log_exceptions


class Transform3DExt:
    """Extension for `rerun.archetypes.Transform3D`."""

    def __init__(
        self: Any,
        *,
        translation: Any = None,
        rotation: Any = None,
        rotation_axis_angle: Any = None,
        quaternion: Any = None,
        scale: Any = None,
        mat3x3: Any = None,
        from_parent: bool | None = None,
        relation: Any = None,
        child_frame: Any = None,
        parent_frame: Any = None,
    ) -> None:
        """A transform between an entity and its parent.

        `rotation` takes a `Quaternion` or a `RotationAxisAngle`; a single number as `scale` scales
        all three axes alike. `from_parent=True` is the deprecated spelling of
        `relation=TransformRelation.ChildFromParent`.

        Parameters
        ----------
        rotation : Quaternion | RotationAxisAngle, optional
            A rotation of either kind, as a `rerun.datatypes.Quaternion` or
            `rerun.datatypes.RotationAxisAngle` object (plain numbers are rejected); it is stored
            as `quaternion` or `rotation_axis_angle` accordingly. Cannot be combined with either
            of those two.
        scale : Vec3DLike | float, optional
            A scale factor along each of the three axes, or a single number that scales all
            three alike.
        from_parent : bool, optional
            Deprecated, and warned about when given: use `relation` instead. `True` means the
            transform maps from the parent's space into this entity's
            (`TransformRelation.ChildFromParent`), `False` the usual other way round
            (`TransformRelation.ParentFromChild`). Cannot be combined with `relation`.
        """
        with catch_and_log_exceptions("Transform3D") as guard:
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
                    stacklevel=2,
                )
                if relation is not None:
                    raise ValueError("`from_parent` and `relation` parameters are mutually exclusive.")
                relation = "ChildFromParent" if from_parent else "ParentFromChild"
            if scale is not None and np.ndim(scale) == 0:
                scale = np.full(3, scale, dtype=np.float32)
            self._set_fields(
                translation=translation,
                rotation_axis_angle=rotation_axis_angle,
                quaternion=quaternion,
                scale=scale,
                mat3x3=mat3x3,
                relation=relation,
                child_frame=child_frame,
                parent_frame=parent_frame,
            )
            return
        if guard.failed:
            self._clear_fields()
