"""Send several point clouds with one call.

`send_columns` takes one row per time step. The positions of all steps are concatenated and then
`partition`ed into one cloud per step; colors have one value per step, which applies to all of
that step's points.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_points3d_send_columns", spawn=True)

# Four steps of a growing spiral: 10, 20, 30 and 40 points.
sizes = [10, 20, 30, 40]
positions = np.concatenate(
    [np.stack([np.cos(t), np.sin(t), t / 10], axis=1) for t in (np.linspace(0, n / 5, n) for n in sizes)]
)
# One 0xRRGGBBAA color per step (a uint32 array, so that four numbers are not read as one RGBA color).
colors = np.array([0xFF0000FF, 0xFFA000FF, 0x00C800FF, 0x0078FFFF], dtype=np.uint32)

rr.send_columns(
    "spiral",
    indexes=[rr.TimeColumn("step", sequence=range(len(sizes)))],
    columns=[
        *rr.Points3D.columns(positions=positions).partition(lengths=sizes),
        *rr.Points3D.columns(colors=colors, radii=[0.05] * len(sizes)),
    ],
)
