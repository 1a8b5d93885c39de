"""Send a whole sequence of frames with one `send_columns` call.

The image format is the same for every frame, so it is logged once, statically; the column then
holds only the pixel buffers, one row per frame.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_image_send_columns", spawn=True)

frame_count, height, width = 40, 60, 80
y, x = np.mgrid[:height, :width]

# A bright stripe that sweeps from left to right, one frame per step.
frames = np.zeros((frame_count, height, width, 3), dtype=np.uint8)
for i in range(frame_count):
    stripe = np.abs(x - i * width / frame_count) < 4
    frames[i][stripe] = (255, 200, 40)
    frames[i][~stripe, 2] = y[~stripe] * 2  # A blue gradient behind it.

# Every frame is 8-bit RGB of the same size: say so once, for all times.
image_format = rr.components.ImageFormat(width=width, height=height, color_model="RGB", channel_datatype="U8")
rr.log("sweep", rr.Image.from_fields(format=image_format), static=True)

rr.send_columns(
    "sweep",
    indexes=[rr.TimeColumn("frame", sequence=np.arange(frame_count))],
    columns=rr.Image.columns(buffer=frames.reshape(frame_count, -1)),
)
