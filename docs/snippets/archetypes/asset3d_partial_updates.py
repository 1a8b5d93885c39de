"""Log a 3D model once, then change only its color over time with `Asset3D.from_fields`.

`from_fields` logs just the fields it is given, so the mesh itself is sent a single time. At the
end, `Asset3D.cleared()` removes the whole asset from the view.
"""

import rerun as rr

# A pyramid as Wavefront OBJ text: five corners, then five faces with 1-based corner indices.
PYRAMID_OBJ = """
v -1 -1 0
v 1 -1 0
v 1 1 0
v -1 1 0
v 0 0 1.5
f 1 2 5
f 2 3 5
f 3 4 5
f 4 1 5
f 1 4 3 2
"""

rr.init("rerun_example_asset3d_partial_updates", spawn=True)

rr.set_time("step", sequence=0)
rr.log("pyramid", rr.Asset3D(contents=PYRAMID_OBJ.encode(), media_type="model/obj"))

# Fade the pyramid from blue to red: only the albedo factor is logged at each step.
for step in range(1, 51):
    rr.set_time("step", sequence=step)
    red = round(255 * step / 50)
    rr.log("pyramid", rr.Asset3D.from_fields(albedo_factor=[red, 60, 255 - red]))

rr.set_time("step", sequence=51)
rr.log("pyramid", rr.Asset3D.cleared())
