"""Style two line series, a sine and a cosine, and plot them over time.

The style (`SeriesLines`) is logged once, statically, on each series' entity; the values
(`Scalars`) are logged at every step on the same entities. Both entities share a parent, so they
end up in the same plot.
"""

import math

import rerun as rr

rr.init("rerun_example_series_lines_simple", spawn=True)

rr.log("waves/sine", rr.SeriesLines(names="sin(t)", colors=[240, 120, 20], widths=3), static=True)
rr.log("waves/cosine", rr.SeriesLines(names="cos(t)", colors=[30, 140, 240], widths=1.5), static=True)

for step in range(300):
    rr.set_time("step", sequence=step)
    t = step / 30
    rr.log("waves/sine", rr.Scalars(math.sin(t)))
    rr.log("waves/cosine", rr.Scalars(math.cos(t)))
