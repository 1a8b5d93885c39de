"""Update only some fields of logged 3D boxes with `Boxes3D.from_fields`, then clear them.

The boxes are logged in full once; later calls send only the colors and leave the sizes and centers
as they were. `Boxes3D.cleared()` finally empties every field, which removes the boxes.
"""

import rerun as rr

rr.init("rerun_example_boxes3d_partial_updates", spawn=True)

# Three traffic-light lamps, all switched off.
OFF = [60, 60, 60]
LIT = [[255, 40, 40], [255, 190, 0], [40, 220, 60]]

rr.set_time("tick", sequence=0)
rr.log(
    "traffic_light",
    rr.Boxes3D(centers=[[0, 0, 2.5], [0, 0, 1.5], [0, 0, 0.5]], half_sizes=[[0.4, 0.4, 0.4]] * 3, colors=OFF),
)

# Light the lamps one after the other (red, yellow, green); only the colors are sent.
for tick, lamp in enumerate([0, 1, 2, 1, 0], start=1):
    rr.set_time("tick", sequence=tick)
    rr.log("traffic_light", rr.Boxes3D.from_fields(colors=[LIT[i] if i == lamp else OFF for i in range(3)]))

rr.set_time("tick", sequence=6)
rr.log("traffic_light", rr.Boxes3D.cleared())
