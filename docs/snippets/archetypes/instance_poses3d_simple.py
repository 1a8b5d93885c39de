"""Draw one box many times: a ring of eight poses, each turned to face the center.

`InstancePoses3D` repeats what is logged on the same entity once per pose, without touching its
children, unlike `Transform3D`.
"""

import math

import rerun as rr

rr.init("rerun_example_instance_poses3d_simple", spawn=True)

count = 8
angles = [2 * math.pi * i / count for i in range(count)]

rr.log(
    "ring",
    rr.Boxes3D(half_sizes=[0.4, 0.1, 0.2], colors=[80, 160, 255]),
    rr.InstancePoses3D(
        translations=[[3 * math.cos(a), 3 * math.sin(a), 0.0] for a in angles],
        rotation_axis_angles=[rr.RotationAxisAngle(axis=[0, 0, 1], radians=a) for a in angles],
    ),
    static=True,
)
