"""Ellipsoids3D: spheres can be given by `radii` instead of `half_sizes`."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun.error_utils import catch_and_log_exceptions


class Ellipsoids3DExt:
    """Extension for `rerun.archetypes.Ellipsoids3D`."""

    def __init__(
        self: Any,
        *,
        half_sizes: Any = None,
        radii: Any = None,
        centers: Any = None,
        rotation_axis_angles: Any = None,
        quaternions: Any = None,
        colors: Any = None,
        line_radii: Any = None,
        fill_mode: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        """Ellipsoids by their `half_sizes` along each axis, or spheres by their `radii`.

        Parameters
        ----------
        radii : Float32ArrayLike, optional
            One radius per sphere, used instead of `half_sizes`: each becomes a half size of that
            value along all three axes. Cannot be combined with `half_sizes`. Not to be confused
            with `line_radii`, the thickness of the wireframe lines.
        """
        with catch_and_log_exceptions("Ellipsoids3D") as guard:
            if radii is not None:
                if half_sizes is not None:
                    raise ValueError("Cannot specify both `half_sizes` and `radii` at the same time.")
                half_sizes = np.repeat(np.asarray(radii, dtype=np.float32).reshape(-1, 1), 3, axis=1)
            self._set_fields(
                half_sizes=half_sizes,
                centers=centers,
                rotation_axis_angles=rotation_axis_angles,
                quaternions=quaternions,
                colors=colors,
                line_radii=line_radii,
                fill_mode=fill_mode,
                labels=labels,
                show_labels=show_labels,
                class_ids=class_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
