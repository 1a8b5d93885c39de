"""Show the axes of a rotating coordinate frame.

`TransformAxes3D` draws the x, y and z axes (red, green, blue) of an entity's frame at the given
length; here one frame stays fixed and a child frame spins about a tilted axis.
"""

import rerun as rr

rr.init("rerun_example_transform_axes3d_simple", spawn=True)

rr.set_time("step", sequence=0)
rr.log("world", rr.TransformAxes3D(1.0))

for step in range(120):
    rr.set_time("step", sequence=step)
    rr.log(
        "world/spinner",
        rr.Transform3D(
            translation=[2, 0, 0], rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 1, 1], degrees=3 * step)
        ),
        rr.TransformAxes3D(0.5, show_frame=True),
    )
