"""Define a component and an archetype of your own, and log them like Rerun's built-in types.

`ConfidenceBatch` is a custom component batch: `rr.ComponentBatchMixin` plus the values as an Arrow
array. `ScoredPoints3D` is a custom archetype: `rr.log` accepts any object whose
`as_component_batches` returns described batches. It reuses everything `rr.Points3D` logs and adds
the confidences as a field of its own, which shows up in the dataframe view.
"""

import numpy as np
import numpy.typing as npt
import pyarrow as pa

import rerun as rr


class ConfidenceBatch(rr.ComponentBatchMixin):
    """A batch of confidences between 0 and 1, one per point."""

    def __init__(self, confidences: npt.ArrayLike) -> None:
        self.confidences = np.asarray(confidences, dtype=np.float32)

    def component_type(self) -> str:
        return "user.Confidence"

    def as_arrow_array(self) -> pa.Array:
        return pa.array(self.confidences, type=pa.float32())


class ScoredPoints3D(rr.AsComponents):
    """3D points with a confidence each, drawn brighter the surer they are."""

    def __init__(self, positions: npt.ArrayLike, confidences: npt.ArrayLike) -> None:
        self.confidences = ConfidenceBatch(confidences)
        gray = np.round(55 + 200 * self.confidences.confidences).astype(np.uint8)
        self.points = rr.Points3D(positions, colors=np.stack([gray, gray, gray], axis=1), radii=0.03)

    def as_component_batches(self) -> list[rr.DescribedComponentBatch]:
        # The descriptor names the field, the archetype it belongs to and the component's type.
        descriptor = rr.ComponentDescriptor(
            "ScoredPoints3D:confidences",
            archetype="user.ScoredPoints3D",
            component_type=self.confidences.component_type(),
        )
        return [*self.points.as_component_batches(), self.confidences.described(descriptor)]


rr.init("rerun_example_custom_archetype", spawn=True)

# Points in a cube; the closer a point is to the center, the surer we are of it.
positions = np.random.default_rng(seed=5).uniform(-1.0, 1.0, size=(300, 3))
confidences = 1.0 - np.linalg.norm(positions, axis=1) / np.sqrt(3.0)
rr.log("detections", ScoredPoints3D(positions, confidences))
