"""UVec4D: rerun 0.33 cannot serialize it from Python values, and neither do we."""

from __future__ import annotations

from typing import Any

import pyarrow as pa


class UVec4DExt:
    """Extension for `rerun.datatypes.UVec4D`: only Arrow arrays of the exact type are accepted."""

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        raise NotImplementedError(
            "Arrow serialization of UVec4D not implemented: "
            "We lack codegen for arrow-serialization of general structs"
        )
