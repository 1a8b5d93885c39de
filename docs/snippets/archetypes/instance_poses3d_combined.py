"""Combine a `Transform3D`, which moves an entity and its children, with `InstancePoses3D`, which
only repeats the entity itself.

The transform spins the whole "turntable" subtree; the instance poses make three copies of the
table's box that bob up and down, while the spiral of points below it is drawn once.
"""

import math

import numpy as np

import rerun as rr

rr.init("rerun_example_instance_poses3d_combined", spawn=True)

rr.set_time("frame", sequence=0)
rr.log("turntable", rr.Boxes3D(half_sizes=[0.5, 0.5, 0.5], colors=[240, 150, 40]))
spiral = np.linspace(0, 2 * np.pi, 60)
radius = 1.5 + spiral / 2
rr.log(
    "turntable/dots",
    rr.Points3D(np.stack([radius * np.cos(spiral), radius * np.sin(spiral), np.zeros(60)], axis=1)),
)

for frame in range(120):
    rr.set_time("frame", sequence=frame)

    # Turns the box and the dots below it.
    rr.log(
        "turntable",
        rr.Transform3D(rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=3 * frame)),
    )

    # Places three copies of the box only; the dots are not repeated.
    rr.log(
        "turntable", rr.InstancePoses3D(translations=[[x, 0, math.sin(frame / 10 + x)] for x in (-2, 0, 2)])
    )
