"""Log a small segmentation mask with two classes, and name and color the classes.

Each pixel holds a class id; an `AnnotationContext` logged on a parent entity maps the ids to labels
and colors. Id 0 has no entry, so those pixels stay uncolored.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_segmentation_image_simple", spawn=True)

rr.log(
    "scene",
    rr.AnnotationContext([(1, "road", (128, 64, 128)), (2, "car", (0, 0, 230))]),
    static=True,
)

mask = np.zeros((24, 32), dtype=np.uint8)
mask[12:, :] = 1  # The lower half is road ...
mask[8:16, 10:20] = 2  # ... with a car on it.

rr.log("scene/labels", rr.SegmentationImage(mask))
