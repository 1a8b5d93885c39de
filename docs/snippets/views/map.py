"""Configure a map view: the zoom level and where the map tiles come from.

A handful of points marks the corners of a city block; the view zooms in close enough to see it.
"""

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_map", spawn=True)

corners = [[59.3326, 18.0649], [59.3331, 18.0672], [59.3318, 18.0680], [59.3313, 18.0657]]
rr.log("block/corners", rr.GeoPoints(lat_lon=corners, colors=[220, 50, 90]))
rr.log("block/outline", rr.GeoLineStrings(lat_lon=[[*corners, corners[0]]], colors=[220, 50, 90]))

rr.send_blueprint(
    rrb.MapView(
        origin="block",
        name="City block",
        zoom=rrb.archetypes.MapZoom(17.0),
        background=rrb.archetypes.MapBackground(rrb.MapProvider.OpenStreetMap),
    )
)
