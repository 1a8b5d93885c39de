"""Log spheres of a few different sizes: the Earth and the Moon, and the Moon's distance to scale.

`radii=` is the short way of writing equal half-sizes on all three axes; the values here are in
thousands of kilometers.
"""

import rerun as rr

rr.init("rerun_example_ellipsoids3d_simple", spawn=True)

rr.log(
    "earth_and_moon",
    rr.Ellipsoids3D(
        radii=[6.371, 1.737],
        centers=[[0.0, 0.0, 0.0], [384.4, 0.0, 0.0]],
        colors=[[40, 110, 220], [190, 190, 190]],
        labels=["Earth", "Moon"],
        fill_mode="solid",
    ),
)
