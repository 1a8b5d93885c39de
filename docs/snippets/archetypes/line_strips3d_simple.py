"""Log a single 3D line strip: a helix wound around the z axis.

A strip connects its points in order; `LineStrips3D` takes a batch of strips, here just one.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_line_strips3d_simple", spawn=True)

t = np.linspace(0, 6 * np.pi, 300)
helix = np.column_stack([np.cos(t), np.sin(t), t / 6])

rr.log("helix", rr.LineStrips3D([helix]))
