"""Draw two series as points instead of lines, each with its own marker shape and size.

`SeriesPoints` is logged once, statically, on each series' entity; the values come from `Scalars`
logged at each step on the same entities.
"""

import math
import random

import rerun as rr

rr.init("rerun_example_series_points_simple", spawn=True)

rr.log(
    "signal/raw",
    rr.SeriesPoints(names="raw", colors=[150, 150, 150], markers="circle", marker_sizes=2),
    static=True,
)
rr.log(
    "signal/smoothed",
    rr.SeriesPoints(names="moving average", colors=[230, 90, 30], markers="diamond", marker_sizes=4),
    static=True,
)

random.seed(5)
average = 0.0
for step in range(120):
    rr.set_time("step", sequence=step)
    raw = math.sin(step / 12) + random.gauss(0.0, 0.3)
    average = 0.85 * average + 0.15 * raw
    rr.log("signal/raw", rr.Scalars(raw))
    rr.log("signal/smoothed", rr.Scalars(average))
