"""Draw a labeled rectangle over a region of an image.

The image and the box are logged to sibling entities, so they share one 2D view and the box is
given in pixel coordinates of the image.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_boxes2d_simple", spawn=True)

# A dark 120 x 200 image with one bright square, 50 pixels wide, at x = 110..160 and y = 40..90.
image = np.full((120, 200, 3), 30, dtype=np.uint8)
image[40:90, 110:160] = [250, 210, 60]
rr.log("scene/image", rr.Image(image))

rr.log(
    "scene/bright_spot",
    rr.Boxes2D(mins=[105, 35], sizes=[60, 60], labels="bright spot", colors=[255, 60, 60]),
)
