"""Outline a point cloud with its covariance ellipsoids at one, two and three standard deviations.

The points are drawn from a normal distribution that is stretched along its own axes and then
turned by 40 degrees around z. The ellipsoids share that rotation; only their size differs.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_ellipsoids3d_batch", spawn=True)

sigmas = np.array([3.0, 1.0, 0.5])
angle = np.radians(40.0)
rotation = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]])

rng = np.random.default_rng(seed=1)
points = (rng.normal(size=(5000, 3)) * sigmas) @ rotation.T
rr.log("samples", rr.Points3D(points, radii=0.02, colors=[90, 90, 90]))

rr.log(
    "samples/sigma_ellipsoids",
    rr.Ellipsoids3D(
        half_sizes=[sigmas, 2 * sigmas, 3 * sigmas],
        rotation_axis_angles=[rr.RotationAxisAngle(axis=[0, 0, 1], radians=angle)] * 3,
        colors=[[250, 200, 40], [250, 130, 40], [230, 60, 60]],
        labels=["1 sigma", "2 sigma", "3 sigma"],
    ),
)
