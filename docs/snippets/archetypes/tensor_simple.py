"""Log a random 4D tensor and give each of its dimensions a name.

The tensor view lets you pick which two dimensions to show as an image and slice through the
others; the names make that choice readable.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_tensor_simple", spawn=True)

rng = np.random.default_rng(4)
activations = rng.random((4, 16, 12, 8), dtype=np.float32)  # A batch of 4 feature maps with 8 channels.

rr.log("layer3/activations", rr.Tensor(activations, dim_names=("batch", "height", "width", "channel")))
