"""Give line widths in scene units or in UI points.

A radius in scene units scales with the view as you zoom; one made with `rr.Radius.ui_points`
stays the same number of screen points (pixels at 100% UI scale) whatever the zoom.
"""

import rerun as rr

rr.init("rerun_example_line_strips2d_ui_radius", spawn=True)

triangle = [[0, 0], [2, 0], [1, 1.5], [0, 0]]

# A radius of 0.05 scene units: the line grows and shrinks with the zoom.
rr.log("scene_units", rr.LineStrips2D([triangle], radii=0.05, colors=[40, 180, 120]))

# A radius of 3 UI points, whatever the zoom.
shifted = [[x + 3, y] for x, y in triangle]
rr.log("ui_points", rr.LineStrips2D([shifted], radii=rr.Radius.ui_points(3.0), colors=[220, 90, 40]))
