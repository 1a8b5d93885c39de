"""TensorDimensionSelection: a dimension index, optionally inverted."""

from __future__ import annotations

from typing import Any


class TensorDimensionSelectionExt:
    """Extension for `rerun.datatypes.TensorDimensionSelection`: `invert` is keyword-only."""

    __slots__ = ()

    def __init__(self: Any, dimension: int, *, invert: bool = False) -> None:
        """Select tensor dimension `dimension`, flipped when `invert` is set."""
        self.dimension = int(dimension)
        self.invert = bool(invert)
