"""BarChart: the values must be one-dimensional."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun._ext.archetypes._image_utils import warn_or_raise
from rerun.components import TensorDataBatch
from rerun.error_utils import catch_and_log_exceptions


class BarChartExt:
    """Extension for `rerun.archetypes.BarChart`: warns about values that are not 1D."""

    __slots__ = ()

    @staticmethod
    def values__field_converter_override(data: Any) -> TensorDataBatch | None:
        """The `values` field: converted like any tensor, then checked to be one-dimensional.

        Called for every construction, also without values (as rerun does).
        """
        with catch_and_log_exceptions("BarChart converter"):
            batch = TensorDataBatch(data)
            shape = np.asarray(batch.as_arrow_array()[0]["shape"].values, dtype=np.uint64)
            if len(shape) != 1:
                warn_or_raise(f"Bar chart data should only be 1D. Got values with shape: {shape}")
            return batch
        return None
