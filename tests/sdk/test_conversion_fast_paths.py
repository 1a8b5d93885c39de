"""The fast conversion paths give the same values as the plain ones, and share memory where they can."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

import rerun as rr
from rerun import components, datatypes


def _packed(channels: np.ndarray) -> list[int]:
    """0xRRGGBBAA by arithmetic, one colour at a time (alpha 255 when missing)."""
    rows = channels.tolist()
    return [(r << 24) | (g << 16) | (b << 8) | (rest[0] if rest else 0xFF) for r, g, b, *rest in rows]


@pytest.mark.parametrize("count", [0, 1, 2, 5, 1000])
@pytest.mark.parametrize("width", [3, 4])
def test_colour_packing_of_channel_arrays(count: int, width: int) -> None:
    channels = np.random.default_rng(count).integers(0, 256, (count, width), dtype=np.uint8)
    for layout in (channels, channels[::-1], np.asfortranarray(channels)):
        packed = components.ColorBatch(layout).as_arrow_array().to_pylist()
        assert packed == _packed(layout)


def test_single_colour_from_python_channels() -> None:
    assert components.ColorBatch([255, 0, 0]).as_arrow_array().to_pylist() == [0xFF0000FF]
    assert components.ColorBatch((1, 2, 3, 4)).as_arrow_array().to_pylist() == [0x01020304]
    assert components.ColorBatch([0.0, 1.0, 0.0]).as_arrow_array().to_pylist() == [0x00FF00FF]


def test_numeric_input_shares_memory_when_the_dtype_matches() -> None:
    positions = np.arange(12, dtype=np.float32).reshape(4, 3)
    values = components.Position3DBatch(positions).as_arrow_array().values
    assert values.buffers()[1].address == positions.ctypes.data
    radii = np.arange(4, dtype=np.float32)
    assert components.RadiusBatch(radii).as_arrow_array().buffers()[1].address == radii.ctypes.data


def test_numeric_input_of_other_dtypes_and_layouts() -> None:
    wide = np.arange(16, dtype=np.float64).reshape(4, 4)
    expected = wide[:, :3].tolist()
    assert components.Position3DBatch(wide[:, :3]).as_arrow_array().to_pylist() == expected
    assert components.RadiusBatch(wide[:, 0]).as_arrow_array().to_pylist() == wide[:, 0].tolist()
    assert components.Position3DBatch([1, 2, 3]).as_arrow_array().to_pylist() == [[1.0, 2.0, 3.0]]
    assert len(components.Position3DBatch(np.zeros((0, 3)))) == 0


def test_line_strips_from_arrays_equal_strips_from_lists() -> None:
    strips = [np.arange(3 * n, dtype=np.float32).reshape(n, 3) for n in (1, 4, 2)]
    from_arrays = components.LineStrip3DBatch(strips).as_arrow_array()
    from_lists = components.LineStrip3DBatch([strip.tolist() for strip in strips]).as_arrow_array()
    assert from_arrays.equals(from_lists)
    assert from_arrays.to_pylist()[1] == strips[1].tolist()


def test_struct_batches_of_one_and_many_values() -> None:
    rotation = datatypes.RotationAxisAngle(axis=[0.0, 0.0, 1.0], radians=0.5)
    one = datatypes.RotationAxisAngleBatch(rotation).as_arrow_array()
    many = datatypes.RotationAxisAngleBatch([rotation, rotation]).as_arrow_array()
    assert one.to_pylist() == [{"axis": [0.0, 0.0, 1.0], "angle": 0.5}]
    assert many.to_pylist() == one.to_pylist() * 2
    assert many.type == datatypes.RotationAxisAngleBatch.arrow_type()


def test_columns_of_long_string_lists_have_one_row_per_string() -> None:
    texts = [f"line {i}" for i in range(1000)]
    (column,) = rr.TextLog.columns(text=texts)
    rows = column.as_arrow_array()
    assert len(rows) == 1000
    assert rows[999].as_py() == ["line 999"]


def test_tensor_buffer_union_of_each_element_type() -> None:
    for dtype in (np.uint8, np.int16, np.float32, np.float64):
        tensor = np.arange(24, dtype=dtype).reshape(2, 3, 4)
        (array,) = (b.as_arrow_array() for b in rr.Tensor(tensor).as_component_batches())
        value = array[0].as_py()
        assert value["shape"] == [2, 3, 4]
        assert value["buffer"] == tensor.reshape(-1).tolist()
        assert isinstance(array.type, pa.StructType)
