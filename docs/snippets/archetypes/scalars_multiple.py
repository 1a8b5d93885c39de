"""Plot several series from one entity: each `Scalars` log carries three values, one per series.

A static `SeriesLines` names and colors the three series, in the same order as the values.
"""

import math

import rerun as rr

rr.init("rerun_example_scalars_multiple", spawn=True)

rr.log(
    "robot/joint_angles",
    rr.SeriesLines(
        names=["shoulder", "elbow", "wrist"], colors=[[230, 80, 60], [60, 160, 230], [90, 200, 90]]
    ),
    static=True,
)

for step in range(150):
    rr.set_time("step", sequence=step)
    t = step / 20
    rr.log("robot/joint_angles", rr.Scalars([math.sin(t), 0.5 * math.sin(2 * t + 1), 0.25 * math.cos(3 * t)]))
