"""Log many 3D line strips in one batch: the twelve edges of a cube, as two squares and four
uprights, each group in its own color.

Colors, radii and labels are given per strip, in the same order as the strips.
"""

import rerun as rr

rr.init("rerun_example_line_strips3d_batch", spawn=True)

corners = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
bottom = [[x, y, 0] for x, y in corners]
top = [[x, y, 1] for x, y in corners]
uprights = [[[x, y, 0], [x, y, 1]] for x, y in corners[:4]]

rr.log(
    "cube",
    rr.LineStrips3D(
        [bottom, top, *uprights],
        colors=[[255, 120, 0], [0, 160, 255]] + [[200, 200, 200]] * 4,
        radii=[0.02, 0.02] + [0.01] * 4,
        labels=["bottom", "top"] + ["upright"] * 4,
    ),
)
