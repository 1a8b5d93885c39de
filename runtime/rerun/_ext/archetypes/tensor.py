"""Tensor: a numpy array (or TensorData) with optional dimension names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy.typing as npt

from rerun import datatypes
from rerun.archetypes.tensor import Tensor
from rerun.datatypes import TensorData


class TensorExt(Tensor):
    """The tensor from any array-like, with names for its dimensions."""

    @staticmethod
    def _derive_fields(
        data: datatypes.TensorDataLike | npt.ArrayLike | None = None,
        *,
        dim_names: Sequence[str] | None = None,
    ) -> dict[str, Any]:
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
        if not isinstance(data, TensorData) or dim_names is not None:
            data = TensorData(array=data, dim_names=dim_names)
        return {"data": data}
