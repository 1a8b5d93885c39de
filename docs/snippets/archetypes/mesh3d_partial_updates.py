"""Animate a mesh by sending only its new vertex positions.

The first log sends the whole mesh. Later ones use `Mesh3D.from_fields` with just
`vertex_positions`, so the triangles and colors logged at the start stay as they are.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_mesh3d_partial_updates", spawn=True)

# A flat 20x20 grid of vertices, two triangles per square between them.
n = 20
y, x = np.mgrid[:n, :n] / (n - 1) * 4 - 2
corners = (np.arange(n - 1)[:, None] * n + np.arange(n - 1)).ravel()  # Lower-left corner of each square.
triangles = np.concatenate(
    [
        np.stack([corners, corners + 1, corners + n + 1], axis=1),
        np.stack([corners, corners + n + 1, corners + n], axis=1),
    ]
)


def surface(t: float) -> np.ndarray:
    """The grid's vertices, with a ripple that spreads out from the center at time `t`."""
    z = 0.3 * np.sin(3 * np.hypot(x, y) - t)
    return np.stack([x.ravel(), y.ravel(), z.ravel()], axis=1)


rr.set_time("frame", sequence=0)
colors = np.stack([(x.ravel() + 2) * 60, np.full(n * n, 120), (y.ravel() + 2) * 60], axis=1).astype(np.uint8)
rr.log("ripple", rr.Mesh3D(vertex_positions=surface(0.0), triangle_indices=triangles, vertex_colors=colors))

for frame in range(1, 60):
    rr.set_time("frame", sequence=frame)
    rr.log("ripple", rr.Mesh3D.from_fields(vertex_positions=surface(frame / 5)))
