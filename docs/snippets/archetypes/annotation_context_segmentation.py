"""Color and name the classes of a segmentation image with an annotation context.

Each pixel of the segmentation image holds a class id; the context on the parent entity says what
the ids mean and how to draw them.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_annotation_context_segmentation", spawn=True)

# A 120 x 160 street scene: sky at the top, road at the bottom and a round sign in between.
labels = np.zeros((120, 160), dtype=np.uint8)
labels[:45] = 1
labels[85:] = 2
rows, cols = np.ogrid[:120, :160]
labels[(rows - 62) ** 2 + (cols - 115) ** 2 < 14**2] = 3

rr.log(
    "street",
    rr.AnnotationContext(
        [
            (0, "background", (0, 0, 0)),
            (1, "sky", (110, 180, 255)),
            (2, "road", (90, 90, 90)),
            (3, "sign", (230, 30, 30)),
        ]
    ),
    static=True,
)
rr.log("street/segmentation", rr.SegmentationImage(labels))
