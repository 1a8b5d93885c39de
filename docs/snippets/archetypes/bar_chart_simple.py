"""Log two bar charts: one with bars at the default positions, one with positions and widths of its own.

Without `abscissa`, the bars stand at 0, 1, 2, ... (the index of each value) and are one unit wide.
"""

import rerun as rr

rr.init("rerun_example_bar_chart_simple", spawn=True)

# Rainfall in millimeters, one bar per month.
rainfall_mm = [52, 40, 45, 38, 50, 62, 70, 75, 60, 58, 66, 59]
rr.log("rainfall_per_month", rr.BarChart(rainfall_mm, color=[60, 120, 200]))

# People per age group: the groups are of different sizes, so each bar is placed and sized by hand.
rr.log(
    "people_per_age_group",
    rr.BarChart(
        [18, 12, 25, 21, 9],
        abscissa=[9, 24, 40, 57.5, 77.5],
        widths=[18, 12, 20, 15, 25],
        color=[230, 140, 40],
    ),
)
