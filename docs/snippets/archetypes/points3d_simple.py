"""Log a cloud of random 3D points.

Points are the simplest 3D primitive: an (N, 3) array of positions is all `Points3D` needs;
color and size are optional.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_points3d_simple", spawn=True)

rng = np.random.default_rng(seed=3)
positions = rng.uniform(-1.0, 1.0, size=(200, 3))

rr.log("cloud", rr.Points3D(positions, colors=[255, 180, 0], radii=0.02))
