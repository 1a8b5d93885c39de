"""Draw entities in a named coordinate frame of your own with `CoordinateFrame`.

A `Transform3D` with `child_frame` defines the frame "table" and where it sits: 1 unit above its
parent frame and turned by 30 degrees. Every entity that logs `CoordinateFrame("table")` is then
given in table coordinates, wherever it is in the entity tree.
"""

import rerun as rr

rr.init("rerun_example_coordinate_frame_simple", spawn=True)

# Logged on a root entity, so the parent frame is the root's implicit frame ("tf#/").
rr.log(
    "table_pose",
    rr.Transform3D(
        translation=[0, 0, 1],
        rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=30),
        child_frame="table",
    ),
    static=True,
)

rr.log("furniture/table_top", rr.Boxes3D(half_sizes=[1.0, 0.6, 0.02]), rr.CoordinateFrame("table"))
rr.log(
    "kitchen/mug",
    rr.Cylinders3D(lengths=0.12, radii=0.05, centers=[0.6, 0.3, 0.08]),
    rr.CoordinateFrame("table"),
)

# Without a CoordinateFrame, an entity stays in the implicit frame of its own path.
rr.log("floor", rr.Boxes3D(half_sizes=[2.0, 2.0, 0.01], colors=[120, 120, 120]))
