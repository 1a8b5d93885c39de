"""ChannelMessageCounts: the reference SDK cannot convert it from Python values; neither do we."""

from __future__ import annotations

from typing import Any

import pyarrow as pa


class ChannelMessageCountsExt:
    """Extension for `rerun.components.ChannelMessageCounts`.

    rerun-sdk 0.33 has no conversion for this component from Python values and reports exactly this
    error; matching it keeps recordings identical. Arrow arrays of the right type pass through.
    """

    __slots__ = ()

    @staticmethod
    def native_to_pa_array_override(data: Any, data_type: pa.DataType) -> pa.Array:
        raise NotImplementedError(
            "Arrow serialization of ChannelMessageCounts not implemented: "
            "We lack codegen for arrow-serialization of general structs"
        )
