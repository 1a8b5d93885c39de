"""The custom-archetype program of the older seed page (001): its classes and the deprecated names it uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pytest

import rerun as rr


class ConfidenceBatch(rr.ComponentBatchMixin):
    """A batch of confidence data (as written on the seed page)."""

    def __init__(self: Any, confidence: npt.ArrayLike) -> None:
        self.confidence = confidence

    def component_descriptor(self) -> rr.ComponentDescriptor:
        return rr.ComponentDescriptor("user.Confidence")

    def as_arrow_array(self) -> pa.Array:
        return pa.array(self.confidence, type=pa.float32())


class CustomPoints3D(rr.AsComponents):
    """Points3D plus a confidence per point (as written on the seed page)."""

    def __init__(self: Any, positions: npt.ArrayLike, confidences: npt.ArrayLike) -> None:
        self.points3d = rr.Points3D(positions)
        self.confidences = ConfidenceBatch(confidences).or_with_descriptor_overrides(
            archetype_name="user.CustomPoints3D", archetype_field_name="confidences"
        )

    def as_component_batches(self) -> Iterable[rr.ComponentBatchLike]:  # type: ignore[override]
        return (
            list(self.points3d.as_component_batches())  # noqa: RUF005 (the seed's code, as written)
            + [rr.IndicatorComponentBatch("user.CustomPoints3D")]
            + [self.confidences]
        )


def test_seed_custom_archetype_builds_its_batches() -> None:
    lin = np.linspace(-5, 5, 3)
    z, y, x = np.meshgrid(lin, lin, lin, indexing="ij")
    grid = np.vstack([x.flatten(), y.flatten(), z.flatten()]).T
    with pytest.warns(DeprecationWarning):
        points = CustomPoints3D(positions=grid, confidences=np.arange(0, len(grid)))
        batches = list(points.as_component_batches())
    assert isinstance(points, rr.AsComponents)
    descriptors = [b.component_descriptor() for b in batches]  # type: ignore[attr-defined]
    assert descriptors[0] == rr.Points3D.descriptor_positions()
    assert descriptors[-1] == rr.ComponentDescriptor(
        "CustomPoints3D:confidences", "user.CustomPoints3D", "user.Confidence"
    )
    assert len(batches[0].as_arrow_array()) == 27
    assert batches[-1].as_arrow_array().to_pylist()[:3] == [0.0, 1.0, 2.0]
    assert len(batches[1].as_arrow_array()) == 0  # the indicator carries no data any more
