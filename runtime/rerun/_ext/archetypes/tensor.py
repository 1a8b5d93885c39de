"""Tensor: a numpy array (or TensorData) with optional dimension names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rerun.datatypes import TensorData
from rerun.error_utils import catch_and_log_exceptions


class TensorExt:
    """Extension for `rerun.archetypes.Tensor`: the tensor is built from `data` and `dim_names`."""

    __slots__ = ()

    def __init__(
        self: Any,
        data: Any = None,
        *,
        dim_names: Sequence[str] | None = None,
        value_range: Any = None,
    ) -> None:
        """A tensor from an array-like or a `TensorData`; `dim_names` names its dimensions.

        Parameters
        ----------
        data : TensorDataLike | npt.ArrayLike, optional
            The tensor: a `TensorData`, or any array-like (numpy array, nested lists) whose
            shape and elements become those of the tensor.
        dim_names : Sequence[str], optional
            A name for each dimension, outermost first, e.g. `["height", "width", "channel"]`;
            there must be exactly one per dimension. Replaces the names a `TensorData` brings.
        """
        with catch_and_log_exceptions("Tensor") as guard:
            if not isinstance(data, TensorData) or dim_names is not None:
                data = TensorData(array=data, dim_names=dim_names)
            self._set_fields(data=data, value_range=value_range)
            return
        if guard.failed:
            self._clear_fields()
