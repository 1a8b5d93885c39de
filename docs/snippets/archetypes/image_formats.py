"""Log one picture in several pixel formats.

An array's shape and dtype give its layout; `color_model` names the channel order when it is not
the plain one, and raw bytes in a chroma-subsampled format (here NV12) come with `pixel_format`,
`width` and `height`.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_image_formats", spawn=True)

height, width = 128, 192
y, x = np.mgrid[:height, :width]
rgb = np.stack([x * 255 // width, y * 255 // height, np.full_like(x, 160)], axis=-1).astype(np.uint8)

rr.log("rgb", rr.Image(rgb))
rr.log("bgr", rr.Image(rgb[..., ::-1], color_model="BGR"))  # Same colors, channels stored reversed.
rr.log("gray_u16", rr.Image((x * y).astype(np.uint16)))  # One channel of 16-bit values.
rr.log("gray_f32", rr.Image((np.sin(x / 10) * np.cos(y / 10)).astype(np.float32)))  # Floats from -1 to 1.

# NV12: a full-resolution luma plane, then one interleaved (U, V) pair per 2x2 block of pixels.
luma = rgb.mean(axis=-1).astype(np.uint8)
chroma = np.zeros((height // 2, width // 2, 2), dtype=np.uint8)
chroma[..., 0] = 128 + (x[::2, ::2] * 100 // width)  # U rises from left to right.
chroma[..., 1] = 128  # V stays neutral.
rr.log(
    "nv12",
    rr.Image(
        bytes=luma.tobytes() + chroma.tobytes(), width=width, height=height, pixel_format=rr.PixelFormat.NV12
    ),
)
