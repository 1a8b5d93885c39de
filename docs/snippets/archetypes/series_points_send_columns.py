"""Send a scatter plot's data in one call: daily rainfall, drawn as points, not lines.

`SeriesPoints` sets the marker once, statically; `send_columns` then sends every day's value with
its place on the "day" timeline.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_series_points_send_columns", spawn=True)

rr.log(
    "weather/rainfall",
    rr.SeriesPoints(names="rain (mm)", colors=[50, 110, 230], markers="up", marker_sizes=3),
    static=True,
)

days = np.arange(365)
rng = np.random.default_rng(2)
wet_season = 1.5 + np.cos(2 * np.pi * days / 365)  # More rain around new year.
rainfall = rng.exponential(wet_season) * (rng.random(days.size) < 0.4)  # It rains on 40% of the days.

rr.send_columns(
    "weather/rainfall",
    indexes=[rr.TimeColumn("day", sequence=days)],
    columns=rr.Scalars.columns(scalars=rainfall),
)
