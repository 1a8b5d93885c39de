"""Animate a transform: a small box orbits a larger one, and a marker rides along on the small box.

Only the transform changes from step to step. Because transforms chain down the entity tree, the
child entity "sun/planet/moon" follows "sun/planet" without being logged again.
"""

import math

import rerun as rr

rr.init("rerun_example_transform3d_over_time", spawn=True)

rr.set_time("step", sequence=0)
rr.log("sun", rr.Boxes3D(half_sizes=[0.5, 0.5, 0.5], colors=[255, 200, 0]))
rr.log("sun/planet", rr.Boxes3D(half_sizes=[0.2, 0.2, 0.2], colors=[40, 120, 255]))
rr.log("sun/planet/moon", rr.Transform3D(translation=[0.6, 0, 0]), rr.Points3D([[0, 0, 0]], radii=0.08))

for step in range(180):
    rr.set_time("step", sequence=step)
    angle = math.radians(2 * step)
    rr.log(
        "sun/planet",
        rr.Transform3D(
            translation=[3 * math.cos(angle), 3 * math.sin(angle), 0.0],
            rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], radians=4 * angle),
        ),
    )
