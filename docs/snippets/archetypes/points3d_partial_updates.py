"""Update only some fields of a point cloud, leaving the others as they were.

`Points3D.from_fields` logs just the fields it is given. With `clear_unset=True` it also clears
every field it is not given.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_points3d_partial_updates", spawn=True)

positions = np.array([[x, y, 0.0] for x in range(5) for y in range(5)])

rr.set_time("step", sequence=0)
rr.log("grid", rr.Points3D(positions, colors=[128, 128, 128], radii=0.1))

# A wave of color runs across the grid; the positions stay as they were logged at step 0.
for step in range(1, 6):
    rr.set_time("step", sequence=step)
    reached = positions[:, 0] < step
    rr.log("grid", rr.Points3D.from_fields(colors=np.where(reached[:, None], [0, 200, 255], [128, 128, 128])))

# New positions and a radius; the colors are cleared and fall back to the default.
rr.set_time("step", sequence=6)
rr.log("grid", rr.Points3D.from_fields(positions=positions * 1.5, radii=0.15, clear_unset=True))
