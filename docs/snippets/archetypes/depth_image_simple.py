"""Log a synthetic depth image: a slanted wall with a ball in front of it, in millimeters.

A depth image holds one distance per pixel. `meter` says how many units of the image make one
meter; for `uint16` millimeters that is 1000.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_depth_image_simple", spawn=True)

height, width = 240, 320
rows, cols = np.mgrid[0:height, 0:width]

# A wall 2 m away at the left edge of the image and 4 m away at the right edge.
depth_mm = 2000.0 + 2000.0 * cols / (width - 1)

# A ball with a radius of 300 mm (70 pixels in the image) whose front is 1.5 m away.
distance = np.hypot(rows - 120, cols - 110) / 70
on_ball = distance < 1.0
depth_mm[on_ball] = 1800.0 - 300.0 * np.sqrt(1.0 - distance[on_ball] ** 2)

rr.log("depth", rr.DepthImage(depth_mm.astype(np.uint16), meter=1000.0, colormap="viridis"))
