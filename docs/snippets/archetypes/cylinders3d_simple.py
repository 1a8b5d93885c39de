"""Log a row of cylinders of the same length whose radii grow from left to right.

Each cylinder is centered on its `centers` entry and extends along its local z axis by half its
length in each direction.
"""

import rerun as rr

rr.init("rerun_example_cylinders3d_simple", spawn=True)

count = 5
rr.log(
    "cans",
    rr.Cylinders3D(
        lengths=[1.5] * count,
        radii=[0.1 + 0.1 * i for i in range(count)],
        centers=[[1.5 * i, 0.0, 0.75] for i in range(count)],
        colors=[[60 + 45 * i, 100, 220 - 40 * i] for i in range(count)],
    ),
)
