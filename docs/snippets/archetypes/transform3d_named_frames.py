"""Connect named coordinate frames instead of relying on the entity tree.

Each `Transform3D` names the frame it maps from (`child_frame`) and the frame it maps into
(`parent_frame`), so the transforms can live on any entity, as they do in ROS's "tf". Entities
join a frame with `CoordinateFrame`.
"""

import rerun as rr

rr.init("rerun_example_transform3d_named_frames", spawn=True)

# The robot's base stands 2 m along x in the world; its camera sits on top, turned to the left.
rr.log(
    "tf/base", rr.Transform3D(translation=[2, 0, 0], parent_frame="world", child_frame="base"), static=True
)
rr.log(
    "tf/camera",
    rr.Transform3D(
        translation=[0, 0, 1.2],
        rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90),
        parent_frame="base",
        child_frame="camera",
    ),
    static=True,
)

# Data is logged wherever it is convenient and placed by the frame it belongs to.
rr.log("robot/body", rr.CoordinateFrame("base"), rr.Boxes3D(half_sizes=[0.4, 0.3, 0.5], centers=[0, 0, 0.5]))
rr.log(
    "sensors/seen",
    rr.CoordinateFrame("camera"),
    rr.Points3D([[1, 0, 0], [1, 0.2, 0], [1, -0.2, 0]], radii=0.05),
)
