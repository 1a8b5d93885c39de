"""Log a cloud of random 2D points, each with its own color and radius.

Positions, colors and radii are parallel arrays: entry `i` of each describes point `i`.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_points2d_simple", spawn=True)

rng = np.random.default_rng(seed=7)
count = 50
positions = rng.normal(0.0, 2.0, size=(count, 2))
colors = rng.integers(0, 256, size=(count, 3), dtype=np.uint8)
radii = rng.uniform(0.05, 0.3, size=count)

rr.log("scatter", rr.Points2D(positions, colors=colors, radii=radii))
