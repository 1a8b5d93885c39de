"""Hand-written runtime pieces that no reference vector exercises."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr


def test_descriptor_overrides() -> None:
    plain = rr.ComponentDescriptor("confidence")
    full = rr.ComponentDescriptor("Points3D:radii", "rerun.archetypes.Points3D", "rerun.components.Radius")
    assert plain.with_overrides(archetype="A", component_type="T") == rr.ComponentDescriptor(
        "confidence", "A", "T"
    )
    assert full.with_overrides(component_type="T").component_type == "T"
    assert full.or_with_overrides(archetype="A", component_type="T") == full
    assert plain.or_with_overrides(archetype="A").archetype == "A"
    assert plain.with_builtin_archetype("Points3D").archetype == "rerun.archetypes.Points3D"
    assert plain.with_builtin_archetype("user.Custom").archetype == "user.Custom"
    assert hash(full) == hash(rr.ComponentDescriptor(full.component, full.archetype, full.component_type))


def test_batch_described_and_partitioned() -> None:
    batch = rr.components.RadiusBatch([1.0, 2.0, 3.0])
    described = batch.described(rr.Points3D.descriptor_radii())
    assert described.component_descriptor() == rr.Points3D.descriptor_radii()
    column = described.partition([1, 2])
    assert column.as_arrow_array().to_pylist() == [[1.0], [2.0, 3.0]]
    assert batch.partition().as_arrow_array().to_pylist() == [[1.0], [2.0], [3.0]]
    offsets = rr.ComponentColumn("radii", batch, offsets=np.array([0, 3], dtype=np.int32))
    assert offsets.as_arrow_array().to_pylist() == [[1.0, 2.0, 3.0]]
    with pytest.raises(ValueError, match="mutually exclusive"):
        rr.ComponentColumn("radii", batch, lengths=[3], offsets=np.array([0, 3], dtype=np.int32))


def test_strict_mode_toggles() -> None:
    assert rr.strict_mode() is False
    rr.set_strict_mode(True)
    try:
        assert rr.strict_mode() is True
        with pytest.raises(ValueError, match="could not convert string to float"):
            rr.components.RadiusBatch(["big"])
    finally:
        rr.set_strict_mode(False)
    with pytest.warns(rr.RerunWarning, match=r"RadiusBatch: ValueError\(could not convert"):
        assert len(rr.components.RadiusBatch(["big"])) == 0


def test_archetype_repr_names_the_set_fields() -> None:
    text = repr(rr.Points3D([[1, 2, 3]], radii=0.5))
    assert text.startswith("rr.Points3D(") and "positions=" in text and "radii=[0.5]" in text
    assert "colors" not in text
