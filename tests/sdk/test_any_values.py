"""AnyValues, DynamicArchetype and AnyBatchValue: arbitrary data as components."""

from __future__ import annotations

import pyarrow as pa
import pytest

import rerun as rr


def test_any_values_one_component_per_keyword() -> None:
    values = rr.AnyValues(confidence=[1.2, 3.4, 5.6], description="Bla bla", count=3)
    batches = values.as_component_batches()
    assert [b.component_descriptor().component for b in batches] == ["confidence", "description", "count"]
    assert batches[0].as_arrow_array().equals(pa.array([1.2, 3.4, 5.6]))
    assert batches[1].as_arrow_array().to_pylist() == ["Bla bla"]
    assert batches[2].as_arrow_array().to_pylist() == [3]
    assert isinstance(values, rr.AsComponents)


def test_untyped_nones_are_dropped_until_a_type_is_known() -> None:
    assert rr.AnyValues(never_seen_before=None).as_component_batches() == []
    rr.AnyValues(seen_once=[1.0, 2.0])
    batches = rr.AnyValues(seen_once=None).as_component_batches()
    assert batches[0].as_arrow_array().type == pa.float64()
    assert len(batches[0].as_arrow_array()) == 0


def test_override_sets_the_component_type() -> None:
    values = rr.AnyValues().with_component_override("speed", "rerun.components.Scalar", [1.0])
    descriptor = values.as_component_batches()[0].component_descriptor()
    assert (descriptor.component, descriptor.component_type) == ("speed", "rerun.components.Scalar")


def test_dynamic_archetype_names_its_fields() -> None:
    colors = rr.components.ColorBatch([[255, 0, 0], [0, 255, 0]])
    archetype = rr.DynamicArchetype("MyColors", components={"colors": colors, "note": "hi"})
    batches = archetype.as_component_batches()
    assert [b.component_descriptor() for b in batches] == [
        rr.ComponentDescriptor("MyColors:colors", "MyColors"),
        rr.ComponentDescriptor("MyColors:note", "MyColors"),
    ]
    assert batches[0].as_arrow_array().to_pylist() == [0xFF0000FF, 0x00FF00FF]


def test_columns_have_one_row_per_entry() -> None:
    (column,) = rr.AnyValues.columns(temperature=[20.5, 21.0, 21.5])
    assert column.as_arrow_array().to_pylist() == [[20.5], [21.0], [21.5]]
    (column,) = rr.DynamicArchetype.columns("Sensor", components={"ids": [[1, 2], [3, 4]]})
    assert column.component_descriptor().component == "Sensor:ids"
    assert len(column.as_arrow_array()) == 2


def test_unconvertible_values_warn_or_raise_in_strict_mode() -> None:
    class Opaque:
        pass

    with pytest.warns(rr.RerunWarning, match="Converting data for 'thing'"):
        assert rr.AnyValues(thing=Opaque()).as_component_batches() == []
    rr.set_strict_mode(True)
    try:
        with pytest.raises(pa.ArrowException):
            rr.AnyValues(thing=Opaque())
    finally:
        rr.set_strict_mode(False)
