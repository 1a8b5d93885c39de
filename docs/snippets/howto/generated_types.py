"""Log an archetype generated from definitions of your own, here `acme.archetypes.ConfidentPoints3D`.

It needs the `acme` package that `codegen init my-types --namespace acme` sets up and `codegen build`
generates. The archetype extends `rr.Points3D`: the viewer draws its points as it draws Points3D's,
and its `confidences` are stored beside them, under a descriptor of their own.
"""

import numpy as np

import acme
import rerun as rr

rr.init("rerun_example_generated_types", spawn=True)

# Points in a cube; the closer a point is to the center, the surer we are of it.
positions = np.random.default_rng(seed=5).uniform(-1.0, 1.0, size=(300, 3))
confidences = 1.0 - np.linalg.norm(positions, axis=1) / np.sqrt(3.0)
gray = np.round(55 + 200 * confidences).astype(np.uint8)

rr.log(
    "detections",
    acme.archetypes.ConfidentPoints3D(
        positions, colors=np.stack([gray, gray, gray], axis=1), radii=0.03, confidences=confidences
    ),
)
