"""Tell the viewer which way is up: here the z axis, as in most robotics and GIS data.

`ViewCoordinates` on the scene's root entity sets the meaning of x, y and z for everything below
it, so the 3D view's camera starts out upright.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_view_coordinates_simple", spawn=True)

rr.log("terrain", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)  # x right, y forward, z up

# A hill: the height goes into z.
y, x = np.mgrid[-3:3:25j, -3:3:25j]
z = 1.5 * np.exp(-(x**2 + y**2) / 3)
rr.log("terrain/hill", rr.Points3D(np.stack([x.ravel(), y.ravel(), z.ravel()], axis=1), radii=0.04))
