"""Log a small occupancy grid: a room with walls, a pillar and a patch nobody has seen yet.

The cells use the ROS occupancy convention (0 free, 100 occupied, -1 unknown, which is 255 as a
byte), and the `RvizMap` colormap draws them the way RViz does.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_grid_map_simple", spawn=True)

rows, cols = 30, 40
cell_size = 0.05  # Meters per cell.

grid = np.zeros((rows, cols), dtype=np.uint8)
grid[[0, -1], :] = 100  # Walls along the bottom and top ...
grid[:, [0, -1]] = 100  # ... and along the left and right.
y, x = np.mgrid[:rows, :cols]
grid[(x - 12) ** 2 + (y - 15) ** 2 < 16] = 100  # A round pillar.
grid[18:28, 26:38] = 255  # Not explored yet.

rr.log(
    "world/occupancy",
    rr.GridMap(
        data=grid.tobytes(),
        format=rr.components.ImageFormat(width=cols, height=rows, color_model="L", channel_datatype="U8"),
        cell_size=cell_size,
        # Put the center of the grid at the origin; the translation moves the lower-left corner.
        translation=[-cols * cell_size / 2, -rows * cell_size / 2, 0.0],
        colormap=rr.components.Colormap.RvizMap,
    ),
    static=True,
)
