"""Log one circle and one ellipse in 2D.

An ellipse is given by its two half-sizes (semi-axes) along x and y; equal half-sizes make a
circle. Each shape here is its own entity.
"""

import rerun as rr

rr.init("rerun_example_ellipses2d_simple", spawn=True)

rr.log("shapes/circle", rr.Ellipses2D(half_sizes=[1.0, 1.0], centers=[-2.0, 0.0]))
rr.log("shapes/ellipse", rr.Ellipses2D(half_sizes=[2.0, 0.75], centers=[2.0, 0.0], colors=[250, 140, 30]))
