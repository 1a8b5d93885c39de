"""Configure a 3D view: the camera, the reference grid, the background and the scene's helpers.

A spiral of points is looked at by an orbiting camera that slowly spins around it, above a grid
with one line every half unit.
"""

import numpy as np

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_spatial3d", spawn=True)

t = np.linspace(0.0, 6.0 * np.pi, 300)
spiral = np.column_stack([np.cos(t) * (1 + t / 10), np.sin(t) * (1 + t / 10), t / 6])
rr.log("spiral", rr.Points3D(spiral, radii=0.03, colors=[80, 140, 230]))

rr.send_blueprint(
    rrb.Spatial3DView(
        origin="/",
        name="Spiral",
        background=rrb.BackgroundKind.GradientBright,
        line_grid=rrb.LineGrid3D(visible=True, spacing=0.5, stroke_width=1.5, color=[90, 90, 90, 128]),
        spatial_information=rrb.SpatialInformation("tf#/", show_axes=True, show_bounding_box=True),
        eye_controls=rrb.EyeControls3D(
            kind=rrb.Eye3DKind.Orbital,
            position=[6.0, -6.0, 5.0],
            look_target=[0.0, 0.0, 1.5],
            eye_up=[0.0, 0.0, 1.0],
            spin_speed=0.2,
        ),
    )
)
