"""The DNA tutorial: two colored spirals, the rungs between them and beads sliding along the rungs.

The scene is built from point clouds and line strips, animated on a timeline of its own with
`rr.set_time`, and turned as a whole by a `Transform3D` on the parent entity of the structure.
"""

from math import tau

import numpy as np

import rerun as rr
from rerun.utilities import bounce_lerp, build_color_spiral

POINT_COUNT = 100

rr.init("rerun_example_dna", spawn=True)

# Log the still parts at time 0 of the animation's timeline. Queries at later times return the
# latest data, so they stay visible while the beads move.
rr.set_time("stable_time", duration=0)

left, left_colors = build_color_spiral(POINT_COUNT)
right, right_colors = build_color_spiral(POINT_COUNT, angular_offset=tau * 0.5)
rr.log("dna/structure/left", rr.Points3D(left, colors=left_colors, radii=0.08))
rr.log("dna/structure/right", rr.Points3D(right, colors=right_colors, radii=0.08))

# One rung per pair of points: a line strip with two points, from the left strand to the right one.
rungs = np.stack([left, right], axis=1)
rr.log("dna/structure/scaffolding", rr.LineStrips3D(rungs, colors=[128, 128, 128]))

# Every bead slides back and forth on its rung, each starting at a random place.
starts = np.random.default_rng(seed=42).random(POINT_COUNT)
for step in range(400):
    time = step * 0.01
    rr.set_time("stable_time", duration=time)

    progress = starts + time
    beads = [bounce_lerp(left[n], right[n], progress[n]) for n in range(POINT_COUNT)]
    brightness = [round(bounce_lerp(80, 230, 2.0 * p)) for p in progress]
    rr.log(
        "dna/structure/scaffolding/beads",
        rr.Points3D(beads, radii=0.06, colors=[[b, b, b] for b in brightness]),
    )

    # The whole structure turns around the z axis, once every four seconds.
    rr.log(
        "dna/structure",
        rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=time / 4.0 * tau)),
    )
