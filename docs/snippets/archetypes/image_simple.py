"""Log an RGB image computed with numpy: a color wheel on a dark background.

`Image` takes the array as it is; the shape (height, width, 3) and the `uint8` values tell it
that this is 8-bit RGB.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_image_simple", spawn=True)

height, width = 240, 320
y, x = np.mgrid[:height, :width]
dx, dy = x - width / 2, y - height / 2
hue = np.arctan2(dy, dx)[..., None]  # The angle around the center picks the color ...
inside = np.hypot(dx, dy)[..., None] < 100  # ... inside a disc of radius 100 pixels.

wheel = 127.5 + 127.5 * np.cos(hue + np.array([0.0, 2.1, 4.2]))  # R, G and B peak at different angles.
image = np.where(inside, wheel, 30).astype(np.uint8)

rr.log("color_wheel", rr.Image(image))
