"""Give 3D line widths in scene units or in UI points.

Scene-unit radii are world sizes, so lines get thinner as they move away from the camera; radii
from `rr.Radius.ui_points` stay the same number of screen points at any distance.
"""

import rerun as rr

rr.init("rerun_example_line_strips3d_ui_radius", spawn=True)

# A path that leads away from the viewer, drawn twice, side by side.
path = [[0, 0, 0], [0, 4, 0], [0, 8, 1], [0, 12, 0]]

rr.log("scene_units", rr.LineStrips3D([path], radii=0.05, colors=[40, 120, 220]))

rr.log(
    "ui_points",
    rr.LineStrips3D(
        [[[x + 1, y, z] for x, y, z in path]], radii=rr.Radius.ui_points(2.0), colors=[220, 60, 60]
    ),
)
