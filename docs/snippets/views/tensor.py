"""Configure a tensor view: which slice is shown, how values become colors, and how it fits.

The tensor is a short stack of noisy 2D waves (time x channel x height x width); the view shows
height across width, for the channel and time step picked by sliders.
"""

import numpy as np

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_tensor", spawn=True)

y, x = np.mgrid[0:32, 0:48]
frames = [[np.sin(x / (4 + c) + step) * np.cos(y / 6) for c in range(3)] for step in range(8)]
volume = np.asarray(frames) + np.random.default_rng(5).normal(0, 0.1, size=(8, 3, 32, 48))
rr.log("waves", rr.Tensor(volume, dim_names=["time", "channel", "height", "width"]))

rr.send_blueprint(
    rrb.TensorView(
        origin="waves",
        slice_selection=rrb.TensorSliceSelection(
            width=3,
            height=rr.TensorDimensionSelection(2, invert=True),
            indices=[rr.TensorDimensionIndexSelection(0, 4), rr.TensorDimensionIndexSelection(1, 1)],
            slider=[0, 1],
        ),
        scalar_mapping=rrb.TensorScalarMapping(mag_filter="Nearest", colormap="Turbo", gamma=1.2),
        view_fit="FillKeepAspectRatio",
    )
)
