"""Move an entity between two named frames over time: a ball passed from one hand to the other.

The frames "left_hand" and "right_hand" move up and down on their own. The ball is logged once, at
the origin of the frame it is in; logging a new `CoordinateFrame` moves it to the other hand.
"""

import math

import rerun as rr

rr.init("rerun_example_coordinate_frame_over_time", spawn=True)

rr.log("ball", rr.Points3D([[0.0, 0.0, 0.15]], radii=0.1, colors=[[240, 120, 20]]), static=True)
for hand in ["left_hand", "right_hand"]:
    rr.log(f"hands/{hand}", rr.Boxes3D(half_sizes=[0.2, 0.1, 0.05]), rr.CoordinateFrame(hand), static=True)

for step in range(80):
    rr.set_time("step", sequence=step)

    lift = 0.3 * math.sin(step * 0.3)
    rr.log("poses/left", rr.Transform3D(translation=[-1.0, 0.0, 1.0 + lift], child_frame="left_hand"))
    rr.log("poses/right", rr.Transform3D(translation=[1.0, 0.0, 1.0 - lift], child_frame="right_hand"))

    # Every 20 steps the ball changes hands; in between, its latest frame holds.
    if step % 20 == 0:
        rr.log("ball", rr.CoordinateFrame("left_hand" if step % 40 == 0 else "right_hand"))
