"""Describe a skeleton once (keypoint names, colors and bones) and log keypoints that use it.

A class description can name the keypoints of its class and list which pairs of keypoints are
connected. Points that carry a class id and keypoint ids are then labeled and joined by the viewer.
"""

import rerun as rr

rr.init("rerun_example_annotation_context_keypoints", spawn=True)

HEAD, NECK, HIP, LEFT_HAND, RIGHT_HAND, LEFT_FOOT, RIGHT_FOOT = range(7)

rr.log(
    "playground",
    rr.AnnotationContext(
        rr.ClassDescription(
            info=(0, "stick figure", (200, 200, 200)),
            keypoint_annotations=[
                (HEAD, "head", (255, 200, 0)),
                (NECK, "neck"),
                (HIP, "hip"),
                (LEFT_HAND, "left hand", (0, 160, 255)),
                (RIGHT_HAND, "right hand", (255, 60, 60)),
                (LEFT_FOOT, "left foot", (0, 160, 255)),
                (RIGHT_FOOT, "right foot", (255, 60, 60)),
            ],
            keypoint_connections=[
                (HEAD, NECK),
                (NECK, HIP),
                (NECK, LEFT_HAND),
                (NECK, RIGHT_HAND),
                (HIP, LEFT_FOOT),
                (HIP, RIGHT_FOOT),
            ],
        )
    ),
    static=True,
)

# One figure, waving its right hand. In 2D views the y axis points down.
rr.log(
    "playground/figure",
    rr.Points2D(
        [[50, 10], [50, 25], [50, 60], [28, 48], [78, 8], [35, 95], [65, 95]],
        keypoint_ids=[HEAD, NECK, HIP, LEFT_HAND, RIGHT_HAND, LEFT_FOOT, RIGHT_FOOT],
        class_ids=0,
        radii=2.5,
    ),
)
