"""Pinhole: the projection can also be given as focal length, principal point or field of view."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from rerun.archetypes.pinhole import Pinhole


class PinholeExt(Pinhole):
    """The projection from a focal length and principal point, or from a field of view."""

    @staticmethod
    def _derive_fields(
        *,
        image_from_camera: Any = None,
        resolution: Any = None,
        camera_xyz: Any = None,  # taken (and returned as it is) to keep its place in the signature
        width: float | None = None,
        height: float | None = None,
        focal_length: float | npt.ArrayLike | None = None,
        principal_point: npt.ArrayLike | None = None,
        fov_y: float | None = None,
        aspect_ratio: float | None = None,
    ) -> dict[str, Any]:
        """A pinhole camera.

        Give the projection as `image_from_camera`, or as a `focal_length` with a `principal_point`
        (by default the middle of the image), or as a vertical field of view `fov_y` in radians.
        The image size is `resolution` or `width` and `height`; with `fov_y` and `aspect_ratio`
        alone, the image is 1 unit high.

        Parameters
        ----------
        width : int | float, optional
            The width of the image in pixels; with `height`, used when `resolution` is not given.
        height : int | float, optional
            The height of the image in pixels; with `width`, used when `resolution` is not given.
        focal_length : float | npt.ArrayLike, optional
            The focal length in pixels: one value for both axes, or (x, y) for non-square pixels.
            Cannot be combined with `image_from_camera`.
        principal_point : npt.ArrayLike, optional
            Where the optical axis meets the image, as (x, y) in pixels; by default the middle of
            the image. Only used with `focal_length` or `fov_y`.
        fov_y : float, optional
            The vertical field of view in radians, used when `focal_length` is not given: the focal
            length becomes `height / (2 * tan(fov_y / 2))`. Needs the image height; cannot be
            combined with `image_from_camera`.
        aspect_ratio : float, optional
            The image's width divided by its height; with `fov_y` and no image size, the
            resolution becomes (`aspect_ratio`, 1).
        """
        if image_from_camera is not None and not (focal_length is None and fov_y is None):
            raise ValueError("`image_from_camera` can't be combined with `focal_length` or `fov_y`.")
        if resolution is None and width is not None and height is not None:
            resolution = [width, height]
        elif resolution is not None:
            width, height = (float(v) for v in np.asarray(resolution, dtype=np.float64).reshape(-1)[:2])
        elif fov_y is not None and aspect_ratio is not None:
            width, height = float(aspect_ratio), 1.0
            resolution = [width, height]

        if focal_length is None and fov_y is not None:
            if height is None:
                raise ValueError("`fov_y` needs one of resolution, width/height or aspect_ratio")
            focal_length = 0.5 * height / math.tan(0.5 * fov_y)

        if image_from_camera is None and focal_length is not None:
            if principal_point is None:
                if width is None or height is None:
                    raise ValueError("Must provide one of principal_point, resolution, or width/height")
                principal_point = [width / 2, height / 2]
            focal = np.asarray(focal_length, dtype=np.float64).reshape(-1)
            fx, fy = (focal[0], focal[0]) if focal.size == 1 else (focal[0], focal[1])
            u, v = np.asarray(principal_point, dtype=np.float64).reshape(-1)[:2]
            image_from_camera = np.array([[fx, 0.0, u], [0.0, fy, v], [0.0, 0.0, 1.0]])
        return {"image_from_camera": image_from_camera, "resolution": resolution, "camera_xyz": camera_xyz}
