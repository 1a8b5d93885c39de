"""Log a single point on a map: the summit of the Matterhorn.

Positions are latitude and longitude in degrees (EPSG:4326, north and east positive). Radii given in
UI points keep the same size on screen at every zoom level.
"""

import rerun as rr

rr.init("rerun_example_geo_points_simple", spawn=True)

rr.log(
    "matterhorn_summit",
    rr.GeoPoints(lat_lon=[45.9763, 7.6586], radii=rr.Radius.ui_points(8.0), colors=[230, 60, 40]),
)
