"""Log 2D boxes over time as a detector would report them: corner coordinates, one frame at a time.

Many detectors give boxes as [x0, y0, x1, y1]; `array=` with `array_format` takes them as they
are, without converting them to minimums and sizes first.
"""

import rerun as rr

rr.init("rerun_example_boxes2d_over_time", spawn=True)

for frame in range(40):
    rr.set_time("frame", sequence=frame)

    # A car drives to the right while a pedestrian walks down.
    car = [10 + 4 * frame, 60, 70 + 4 * frame, 95]
    pedestrian = [150, 5 + 2 * frame, 165, 40 + 2 * frame]
    rr.log(
        "camera/detections",
        rr.Boxes2D(
            array=[car, pedestrian],
            array_format=rr.Box2DFormat.XYXY,
            labels=["car", "pedestrian"],
            colors=[[40, 120, 255], [20, 200, 90]],
        ),
    )
