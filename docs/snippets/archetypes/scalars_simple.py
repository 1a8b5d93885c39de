"""Plot a value that changes over time: a damped oscillation, one sample per step.

Each `Scalars` log adds one point to the plot at the current time of the "step" timeline.
"""

import math

import rerun as rr

rr.init("rerun_example_scalars_simple", spawn=True)

for step in range(200):
    rr.set_time("step", sequence=step)
    rr.log("spring/position", rr.Scalars(math.exp(-step / 80) * math.cos(step / 6)))
