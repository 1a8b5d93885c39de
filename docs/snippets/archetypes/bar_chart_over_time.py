"""Log a bar chart that changes over time: the histogram of 500 random walkers, step by step.

At step 0 every walker is at 0; each step moves each walker one unit left or right, so the
histogram spreads out as time goes on.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_bar_chart_over_time", spawn=True)

rng = np.random.default_rng(seed=7)
positions = np.zeros(500, dtype=np.int64)

for step in range(60):
    rr.set_time("step", sequence=step)
    counts = np.bincount(positions + 60, minlength=121)  # Bar i counts the walkers at i - 60.
    rr.log("walkers/histogram", rr.BarChart(counts, abscissa=np.arange(-60, 61)))
    positions += rng.choice([-1, 1], size=positions.size)
