"""Clear a whole subtree at once with a recursive clear.

`rr.Clear(recursive=True)` (or `rr.Clear.recursive()`) empties the entity it is logged to and every
entity below it. Entities elsewhere in the tree are not affected.
"""

import rerun as rr

rr.init("rerun_example_clear_recursive", spawn=True)

rr.set_time("step", sequence=0)
rr.log("robot/body", rr.Boxes3D(half_sizes=[1.0, 0.6, 0.4], centers=[0, 0, 0.4]))
rr.log("robot/body/arm", rr.Capsules3D(lengths=1.2, radii=0.1, translations=[0.8, 0, 0.8]))
rr.log("robot/body/arm/gripper", rr.Points3D([[0.8, 0.0, 2.1]], radii=0.15))
rr.log("floor_marker", rr.Points3D([[3.0, 0.0, 0.0]], radii=0.3, colors=[[240, 180, 0]]))

# At step 1 the robot leaves: "robot/body", its arm and gripper are all cleared in one call.
# The marker on the floor stays.
rr.set_time("step", sequence=1)
rr.log("robot", rr.Clear(recursive=True))
