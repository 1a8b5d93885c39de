"""Translate, rotate and scale copies of a box with `Transform3D`.

A transform on an entity places it, and everything below it, relative to its parent entity; here
three children of "base" each get a different transform.
"""

import rerun as rr

rr.init("rerun_example_transform3d_simple", spawn=True)

box = rr.Boxes3D(half_sizes=[0.5, 0.25, 0.1], colors=[200, 200, 200])
rr.log("base", box)

rr.log("base/moved", rr.Transform3D(translation=[2, 0, 0]), box)
eighth_turn = rr.RotationAxisAngle(axis=[0, 0, 1], degrees=45)
rr.log("base/turned", rr.Transform3D(translation=[0, 2, 0], rotation_axis_angle=eighth_turn), box)
rr.log("base/grown", rr.Transform3D(translation=[-2, 0, 0], scale=[1.0, 2.0, 3.0]), box)
