"""Draw a route on a map: a walk past five sights of Rome.

A line string is a list of latitude/longitude pairs in degrees (EPSG:4326). Several line strings
can be logged to one entity; this one has a single line string.
"""

import rerun as rr

rr.init("rerun_example_geo_line_strings_simple", spawn=True)

walk = [
    [41.8902, 12.4922],  # Colosseum
    [41.8925, 12.4853],  # Roman Forum
    [41.8986, 12.4769],  # Pantheon
    [41.9009, 12.4833],  # Trevi Fountain
    [41.9060, 12.4828],  # Spanish Steps
]

rr.log("walk", rr.GeoLineStrings(lat_lon=[walk], radii=rr.Radius.ui_points(3.0), colors=[200, 40, 160]))
