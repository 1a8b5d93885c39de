"""Describe a camera by its vertical field of view and aspect ratio instead of pixel intrinsics.

`camera_xyz=RUB` says the camera's axes point right, up and back (as in OpenGL), so it looks down
-z; the image plane distance, color and line width only change how the frustum is drawn.
"""

import math

import rerun as rr

rr.init("rerun_example_pinhole_perspective", spawn=True)

rr.log(
    "world/camera",
    rr.Pinhole(
        fov_y=math.radians(60),
        aspect_ratio=4 / 3,
        camera_xyz=rr.ViewCoordinates.RUB,
        image_plane_distance=0.5,
        color=[80, 200, 255],
        line_width=0.01,
    ),
)

# A row of points in front of the camera, at increasing depth.
rr.log("world/points", rr.Points3D([[0.4 * i - 0.8, 0.0, -1.0 - 0.5 * i] for i in range(5)], radii=0.05))
