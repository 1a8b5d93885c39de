"""Send a whole animation of 3D arrows in one call with `rr.send_columns`.

Eight arrows follow a wave travelling along x for 60 time steps. The vectors of all steps are
concatenated and then cut into one row of eight arrows per step with `partition`. The origins do
not change, so they are logged once as static data.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_arrows3d_send_columns", spawn=True)

COUNT, STEPS = 8, 60
xs = np.linspace(0.0, 7.0, COUNT)
times = np.arange(STEPS) * 0.1

# The wave's height at every arrow for every time step, shape (STEPS, COUNT), as vectors along z.
heights = np.sin(xs[np.newaxis, :] - 2.0 * times[:, np.newaxis])
vectors = np.zeros((STEPS, COUNT, 3))
vectors[..., 2] = heights

rr.log("wave", rr.Arrows3D.from_fields(origins=[[x, 0.0, 0.0] for x in xs], radii=0.05), static=True)
rr.send_columns(
    "wave",
    indexes=[rr.TimeColumn("time", duration=times)],
    columns=rr.Arrows3D.columns(vectors=vectors.reshape(-1, 3)).partition([COUNT] * STEPS),
)
