"""Log a small indexed mesh: a square pyramid with a color on each vertex.

Five vertices are shared by six triangles (four sides and a base of two); each triangle lists
three vertex indices, counter-clockwise when seen from outside. Colors are blended across faces.
"""

import rerun as rr

rr.init("rerun_example_mesh3d_simple", spawn=True)

rr.log(
    "pyramid",
    rr.Mesh3D(
        vertex_positions=[[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0], [0, 0, 1.5]],
        triangle_indices=[[0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4], [0, 2, 1], [0, 3, 2]],
        vertex_colors=[[255, 60, 60], [60, 255, 60], [60, 60, 255], [255, 220, 0], [255, 255, 255]],
    ),
)
