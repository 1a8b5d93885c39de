"""Log a class of your own directly, by mapping it to a Rerun archetype.

`rr.log` takes any object with an `as_component_batches` method. When your data fits an existing
archetype, the method can simply build that archetype and return its component batches.
"""

from dataclasses import dataclass

import numpy as np

import rerun as rr


@dataclass
class Landmarks:
    """Named places, as another part of a program might already hold them."""

    positions: np.ndarray  # One row (x, y, z) per landmark.
    names: list[str]

    def as_component_batches(self) -> list[rr.DescribedComponentBatch]:
        return rr.Points3D(self.positions, labels=self.names, radii=0.3).as_component_batches()


def survey_village() -> Landmarks:
    """Stands in for the real work, such as a detector or a map lookup."""
    angles = np.linspace(0.0, 2.0 * np.pi, 5, endpoint=False)
    positions = np.stack([5.0 * np.cos(angles), 5.0 * np.sin(angles), np.zeros(5)], axis=1)
    return Landmarks(positions, names=["well", "mill", "barn", "bridge", "tower"])


rr.init("rerun_example_remap_to_archetype", spawn=True)

# No conversion at the call site: the object knows how to log itself.
rr.log("village/landmarks", survey_village())
