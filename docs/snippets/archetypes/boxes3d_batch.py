"""Log several 3D boxes at once, each with its own rotation, color and label.

All fields are lists with one entry per box. Rotations can be given as axis-angles (as here) or as
quaternions; they turn each box around its own center.
"""

import rerun as rr

rr.init("rerun_example_boxes3d_batch", spawn=True)

# A leaning tower of four crates, each one turned a little further around the vertical axis.
rr.log(
    "crates",
    rr.Boxes3D(
        half_sizes=[[1.0, 1.0, 0.5], [0.9, 0.9, 0.5], [0.8, 0.8, 0.5], [0.7, 0.7, 0.5]],
        centers=[[0.0, 0.0, 0.5], [0.1, 0.0, 1.5], [0.2, 0.0, 2.5], [0.3, 0.0, 3.5]],
        rotation_axis_angles=[rr.RotationAxisAngle(axis=[0, 0, 1], degrees=15 * i) for i in range(4)],
        colors=[[200, 80, 40], [220, 140, 40], [230, 200, 60], [120, 190, 70]],
        labels=["first", "second", "third", "fourth"],
        fill_mode="solid",
    ),
)
