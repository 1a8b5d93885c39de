"""Draw one mesh at many poses: an octahedron placed on a 3x3 grid, growing along the rows.

The mesh is logged once; `InstancePoses3D` on the same entity makes the viewer draw a copy of it
for every translation and scale.
"""

import rerun as rr

rr.init("rerun_example_mesh3d_instancing", spawn=True)

rr.log(
    "gems",
    rr.Mesh3D(
        vertex_positions=[[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]],
        triangle_indices=[
            [0, 2, 4],
            [2, 1, 4],
            [1, 3, 4],
            [3, 0, 4],
            [2, 0, 5],
            [1, 2, 5],
            [3, 1, 5],
            [0, 3, 5],
        ],
        albedo_factor=[120, 200, 255],
    ),
    rr.InstancePoses3D(
        translations=[[3 * col, 3 * row, 0] for row in range(3) for col in range(3)],
        scales=[[0.5 + 0.25 * row] * 3 for row in range(3) for col in range(3)],
    ),
    static=True,
)
