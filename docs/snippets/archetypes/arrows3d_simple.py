"""Log a ring of 3D arrows that point outwards and upwards, each colored by its direction."""

import numpy as np

import rerun as rr

rr.init("rerun_example_arrows3d_simple", spawn=True)

angles = np.linspace(0.0, 2.0 * np.pi, 16, endpoint=False)
outwards = np.stack([np.cos(angles), np.sin(angles), np.zeros_like(angles)], axis=1)

rr.log(
    "ring",
    rr.Arrows3D(
        origins=outwards,
        vectors=0.5 * outwards + [0.0, 0.0, 0.8],
        # Map each direction's x and y from [-1, 1] to a red and green channel in [0, 255].
        colors=np.round((outwards * 0.5 + 0.5) * 255).astype(np.uint8),
        radii=0.025,
    ),
)
