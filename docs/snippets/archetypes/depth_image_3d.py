"""Turn a depth image into a 3D point cloud by logging it under a pinhole camera.

With a `Pinhole` on the parent entity, the viewer projects every pixel of the depth image into 3D
at its distance. This depth image is in meters (`float32`, so `meter=1.0`): a floor seen by a
camera 1.2 m above it, a wall 5 m ahead and a crate 2.5 m away.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_depth_image_3d", spawn=True)

width, height, focal_length = 320, 240, 200.0

# How far each image row is below the image center; the floor is hit where this is positive.
below_center = np.arange(height, dtype=np.float32)[:, np.newaxis] - height / 2
floor_distance = 1.2 * focal_length / np.maximum(below_center, 1e-3)
depth = np.repeat(np.minimum(floor_distance, 5.0), width, axis=1)
depth[90:170, 200:260] = 2.5

rr.log("world/camera", rr.Pinhole(focal_length=focal_length, width=width, height=height), static=True)
rr.log("world/camera/depth", rr.DepthImage(depth, meter=1.0))
