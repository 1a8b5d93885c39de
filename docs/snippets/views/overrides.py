"""Change how a 3D view draws single entities: defaults, overrides and extra visualizers.

The view draws every point cloud with small points by default, the sensor's points large and red,
shows the robot's frame as a set of axes, and hides the noisy debug cloud.
"""

import numpy as np

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_overrides", spawn=True)

rng = np.random.default_rng(3)
rr.log("robot", rr.Transform3D(translation=[1.0, 0.5, 0.0]), static=True)
rr.log("robot/sensor", rr.Points3D(rng.uniform(-0.5, 0.5, size=(30, 3))), static=True)
rr.log("map/walls", rr.Points3D(rng.uniform(-3, 3, size=(400, 3)) * [1, 1, 0.2]), static=True)
rr.log("debug/noise", rr.Points3D(rng.normal(0, 2, size=(200, 3))), static=True)

rr.send_blueprint(
    rrb.Spatial3DView(
        origin="/",
        defaults=[rr.Points3D.from_fields(radii=0.02)],
        overrides={
            # An archetype with a visualizer adds that visualizer, with its values as overrides.
            "robot": rr.TransformAxes3D(0.5, show_frame=True),
            "robot/sensor": rr.Points3D.from_fields(radii=0.06, colors=[230, 40, 40]).visualizer(),
            "debug/noise": rrb.EntityBehavior(visible=False, interactive=False),
        },
    )
)
