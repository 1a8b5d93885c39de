"""Send the positions of a ferry crossing from Helsinki to Tallinn in one call with `rr.send_columns`.

The crossing is sampled every four minutes. `GeoPoints.columns` turns the array of positions into
one row per sample, and the samples are placed on a timeline of real timestamps.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_geo_points_send_columns", spawn=True)

STEPS = 31
helsinki, tallinn = np.array([60.1650, 24.9560]), np.array([59.4440, 24.7650])
progress = np.linspace(0.0, 1.0, STEPS)[:, np.newaxis]
lat_lon = helsinki + progress * (tallinn - helsinki)
times = np.datetime64("2024-06-01T08:00") + np.arange(STEPS) * np.timedelta64(4, "m")

# Size and color stay the same for the whole crossing, so they are logged once, as static data.
rr.log("ferry", rr.GeoPoints.from_fields(radii=rr.Radius.ui_points(6.0), colors=[20, 90, 200]), static=True)
rr.send_columns(
    "ferry",
    indexes=[rr.TimeColumn("time", timestamp=times)],
    columns=rr.GeoPoints.columns(positions=lat_lon),
)
