"""Give point sizes in UI points rather than scene units.

Scene-unit radii grow and shrink as you zoom the view; radii made with `rr.Radius.ui_points` stay
the same number of screen points (pixels at 100% UI scale).
"""

import rerun as rr

rr.init("rerun_example_points2d_ui_radius", spawn=True)

row = [[x, 0.0] for x in range(5)]

# Radii of 0.1 to 0.5 scene units.
rr.log("scene_units", rr.Points2D(row, radii=[0.1 * (i + 1) for i in range(5)], colors=[60, 120, 240]))

# Radii of 4 to 20 UI points, one row higher.
rr.log(
    "ui_points",
    rr.Points2D(
        [[x, 2.0] for x, _ in row],
        radii=rr.Radius.ui_points([4.0 * (i + 1) for i in range(5)]),
        colors=[240, 90, 40],
    ),
)
