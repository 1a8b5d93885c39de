"""Log a few labeled 2D arrows: the four points of a compass, all starting at the origin.

Without `origins`, every arrow starts at (0, 0). In 2D views the y axis points down, so north is -y.
"""

import rerun as rr

rr.init("rerun_example_arrows2d_simple", spawn=True)

rr.log(
    "compass",
    rr.Arrows2D(
        vectors=[[0.0, -1.0], [0.7, 0.0], [0.0, 0.7], [-0.7, 0.0]],
        colors=[[230, 40, 40], [120, 120, 120], [120, 120, 120], [120, 120, 120]],
        labels=["N", "E", "S", "W"],
        radii=0.03,
    ),
)
