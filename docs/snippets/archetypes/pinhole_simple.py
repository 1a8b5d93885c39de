"""Log a pinhole camera together with the image it sees.

The camera entity gets intrinsics (`Pinhole`) and an `Image` of the matching size; the 3D view
draws the camera's frustum with the image in it, next to the points the camera looks at.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_pinhole_simple", spawn=True)

width, height, focal_length = 64, 48, 50.0

# Four colored points two units in front of the camera, which looks along +z by default.
targets = np.array([[-0.5, -0.4, 2.0], [0.5, -0.4, 2.0], [0.5, 0.4, 2.0], [-0.5, 0.4, 2.0]])
colors = np.array([[255, 80, 80], [80, 255, 80], [80, 80, 255], [255, 220, 0]], dtype=np.uint8)
rr.log("world/targets", rr.Points3D(targets, colors=colors, radii=0.05))

# Draw what the camera sees by projecting each point into the image: u = f * x / z + width / 2.
image = np.full((height, width, 3), 40, dtype=np.uint8)
for (x, y, z), color in zip(targets, colors, strict=True):
    u, v = int(focal_length * x / z + width / 2), int(focal_length * y / z + height / 2)
    image[v - 2 : v + 2, u - 2 : u + 2] = color

rr.log("world/camera", rr.Pinhole(focal_length=focal_length, width=width, height=height))
rr.log("world/camera", rr.Image(image))
