"""Configure a 2D view: its background, the region it shows, and a trail of past positions.

A swarm of points wanders over a grid of boxes; the view shows the last two seconds of the swarm
and starts zoomed in on the middle of the scene.
"""

import numpy as np

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_spatial2d", spawn=True)

# A static 4 x 3 grid of cells, each 10 units wide.
cell_centers = [[10 * col + 5, 10 * row + 5] for row in range(3) for col in range(4)]
rr.log(
    "scene/cells", rr.Boxes2D(centers=cell_centers, half_sizes=[4.5, 4.5], colors=[60, 60, 90]), static=True
)

rng = np.random.default_rng(7)
positions = rng.uniform([0, 0], [40, 30], size=(20, 2))
for step in range(100):
    rr.set_time("time", duration=step * 0.1)
    positions = np.clip(positions + rng.normal(0.0, 0.6, size=positions.shape), [0, 0], [40, 30])
    rr.log("scene/swarm", rr.Points2D(positions, radii=0.5, colors=[255, 200, 40]))

rr.send_blueprint(
    rrb.Spatial2DView(
        origin="scene",
        name="Swarm",
        background=[20, 20, 30],
        visual_bounds=rrb.VisualBounds2D(x_range=[5, 35], y_range=[5, 25]),
        near_clip_plane=0.05,
        time_ranges=rrb.VisibleTimeRange(
            "time",
            start=rrb.TimeRangeBoundary.cursor_relative(seconds=-2.0),
            end=rrb.TimeRangeBoundary.cursor_relative(),
        ),
    )
)
