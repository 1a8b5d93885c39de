"""Grow a line string on a map over time: the track of a sailboat tacking north.

At each time step the whole track so far is logged again, so the line gets longer as time goes on.
The timeline uses real timestamps, one position every ten seconds.
"""

from datetime import UTC, datetime, timedelta

import rerun as rr

rr.init("rerun_example_geo_line_strings_over_time", spawn=True)

start = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
track = []
for i in range(100):
    rr.set_time("time", timestamp=start + timedelta(seconds=10 * i))

    # Heading north while zigzagging east and west, changing tack every ten positions.
    zigzag = abs(i % 20 - 10) / 10
    track.append([54.40 + 0.0005 * i, 10.20 + 0.01 * zigzag])
    rr.log(
        "sailboat/track",
        rr.GeoLineStrings(lat_lon=[track], radii=rr.Radius.ui_points(2.0), colors=[0, 120, 200]),
    )
