"""Send the motion of a capsule for many time steps in one call with `rr.send_columns`.

A capsule swings like a pendulum hanging from the origin. Its shape is logged once as static data;
only its rotation changes, and `Capsules3D.columns` turns the list of rotations into one row per
time step.
"""

import math

import rerun as rr

rr.init("rerun_example_capsules3d_send_columns", spawn=True)

# Hanging straight down means a rotation of 180 degrees around x, since capsules extend along +z.
times = [i * 0.05 for i in range(100)]
angles = [math.pi + 0.6 * math.cos(2.0 * t) for t in times]

rr.log("pendulum", rr.Capsules3D.from_fields(lengths=2.0, radii=0.15, colors=[200, 160, 80]), static=True)
rr.send_columns(
    "pendulum",
    indexes=[rr.TimeColumn("time", duration=times)],
    columns=rr.Capsules3D.columns(
        rotation_axis_angles=[rr.RotationAxisAngle(axis=[1, 0, 0], radians=angle) for angle in angles],
    ),
)
