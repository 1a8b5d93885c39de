"""Give each class a label and a color once, and let 2D boxes pick them up through their class ids.

The annotation context is logged on a parent entity; every entity below it that logs class ids is
drawn with the label and color of its class.
"""

import rerun as rr

rr.init("rerun_example_annotation_context_simple", spawn=True)

# Class id -> (label, color). Logged once, as static data, for everything under "parking_lot".
rr.log(
    "parking_lot",
    rr.AnnotationContext(
        [
            (1, "car", (40, 120, 255)),
            (2, "bicycle", (255, 160, 0)),
            rr.AnnotationInfo(id=3, label="pedestrian", color=(20, 200, 90)),
        ]
    ),
    static=True,
)

# The boxes only say which class they belong to.
rr.log(
    "parking_lot/detections",
    rr.Boxes2D(
        mins=[[10, 10], [80, 15], [150, 30], [60, 70]],
        sizes=[[60, 35], [55, 32], [18, 40], [30, 14]],
        class_ids=[1, 1, 3, 2],
    ),
)
