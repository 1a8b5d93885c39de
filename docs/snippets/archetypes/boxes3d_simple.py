"""Log a single 3D box, given by its full size and its center."""

import rerun as rr

rr.init("rerun_example_boxes3d_simple", spawn=True)

# A shoe box: 30 x 20 x 12 units, resting on the ground (z = 0).
rr.log("shoe_box", rr.Boxes3D(sizes=[30, 20, 12], centers=[0, 0, 6], labels="shoes"))
