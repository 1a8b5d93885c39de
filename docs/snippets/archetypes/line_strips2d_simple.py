"""Log a single 2D line strip: a zigzag through six points.

A strip connects its points in order; a batch of strips is a list of such point lists, here a
list with just one strip.
"""

import rerun as rr

rr.init("rerun_example_line_strips2d_simple", spawn=True)

zigzag = [[0, 0], [1, 2], [2, 0], [3, 2], [4, 0], [5, 2]]
rr.log("zigzag", rr.LineStrips2D([zigzag]))
