"""Log several 2D line strips at once, each with its own color, width and label.

Per-strip values line up with the strips by position; the strips may have different numbers of
points.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_line_strips2d_batch", spawn=True)

x = np.linspace(0, 4 * np.pi, 100)
square = [[0, -3], [2, -3], [2, -5], [0, -5], [0, -3]]

rr.log(
    "curves",
    rr.LineStrips2D(
        [np.column_stack([x, np.sin(x)]), np.column_stack([x, np.cos(x) + 3]), square],
        colors=[[230, 60, 60], [60, 140, 230], [90, 200, 90]],
        radii=[0.05, 0.1, 0.03],
        labels=["sine", "cosine", "square"],
    ),
)
