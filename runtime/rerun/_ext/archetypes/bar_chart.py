"""BarChart: the values must be one-dimensional."""

from __future__ import annotations

from typing import Any

import numpy as np

from rerun.archetypes.bar_chart import BarChart
from rerun.components import TensorDataBatch
from rerun.error_utils import catch_and_log_exceptions, warn_or_raise


class BarChartExt(BarChart):
    """Values that are not one-dimensional are warned about."""

    @staticmethod
    def _convert_values(data: Any) -> TensorDataBatch | None:
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
