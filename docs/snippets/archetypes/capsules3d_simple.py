"""Log a few capsules of different lengths and radii.

A capsule runs from (0, 0, 0) to (0, 0, length) with a half sphere of its radius on each end;
`translations` and rotations move each capsule from there. A length of 0 gives a sphere.
"""

import rerun as rr

rr.init("rerun_example_capsules3d_simple", spawn=True)

rr.log(
    "pills",
    rr.Capsules3D(
        lengths=[0.0, 1.0, 2.0, 3.0],
        radii=[0.5, 0.4, 0.3, 0.2],
        translations=[[0, 0, 0], [1.5, 0, 0], [3.0, 0, 0], [4.5, 0, 0]],
        colors=[[250, 120, 60], [240, 200, 40], [90, 200, 120], [70, 140, 240]],
        labels=["sphere", "short", "medium", "long"],
    ),
)

# A capsule lying on its side: turned by 90 degrees around the x axis, it extends along -y.
rr.log(
    "lying_pill",
    rr.Capsules3D(
        lengths=2.0,
        radii=0.3,
        translations=[0, -1, 0],
        rotation_axis_angles=rr.RotationAxisAngle(axis=[1, 0, 0], degrees=90),
    ),
)
