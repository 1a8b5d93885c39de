"""Place a grid map in a named coordinate frame that is itself posed in the world.

A `Transform3D` with `parent_frame` and `child_frame` says where the frame "map" lies in "world";
`CoordinateFrame` puts the grid map entity into "map", and the grid's own translation and rotation
place its lower-left corner inside that frame.
"""

import math

import numpy as np

import rerun as rr

rr.init("rerun_example_grid_map_pose", spawn=True)

# Where the frame "map" lies in "world"; the axes, labeled with the frame's name, show it in 3D.
rr.log(
    "tf/world_to_map",
    rr.Transform3D(
        translation=[2.0, 1.0, 0.0],
        rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90),
        parent_frame="world",
        child_frame="map",
    ),
    rr.TransformAxes3D(0.5, show_frame=True),
    static=True,
)

# A cost map that rises towards one corner, stored as one byte per cell.
size = 50
y, x = np.mgrid[:size, :size]
costs = (255 * (x + y) / (2 * (size - 1))).astype(np.uint8)

rr.log(
    "costmap",
    rr.CoordinateFrame("map"),
    rr.GridMap(
        data=costs.tobytes(),
        format=rr.components.ImageFormat(width=size, height=size, color_model="L", channel_datatype="U8"),
        cell_size=0.04,
        translation=[0.5, -1.0, 0.0],
        rotation_axis_angle=rr.RotationAxisAngle(axis=[0, 0, 1], radians=math.pi / 6),
        colormap=rr.components.Colormap.Viridis,
        opacity=0.8,
    ),
    static=True,
)
