"""Names from older Rerun releases that programs written for them still use.

Each warns once and does the closest thing Rerun 0.33 does.
"""

from __future__ import annotations

import warnings
from typing import Any

import pyarrow as pa

from rerun._baseclasses import ComponentDescriptor

__all__ = ["IndicatorComponentBatch", "warn_deprecated_once"]

_warned: set[str] = set()


def warn_deprecated_once(name: str, advice: str) -> None:
    """A DeprecationWarning the first time `name` is used in this process."""
    if name not in _warned:
        _warned.add(name)
        warnings.warn(f"`{name}` is deprecated since Rerun 0.23: {advice}", DeprecationWarning, stacklevel=3)


class IndicatorComponentBatch:
    """An archetype marker from before Rerun 0.23. Archetypes are now named in each descriptor, so
    this batch carries no data: it is an empty column that logging leaves out."""

    def __init__(self, archetype: str) -> None:
        warn_deprecated_once("IndicatorComponentBatch", "descriptors name the archetype; drop the indicator")
        self._descriptor = ComponentDescriptor(f"{archetype}Indicator", archetype=archetype)

    def component_descriptor(self) -> ComponentDescriptor:
        return self._descriptor

    def as_arrow_array(self) -> pa.Array:
        return pa.array([], type=pa.null())

    def __repr__(self) -> str:
        return f"IndicatorComponentBatch({self._descriptor.archetype!r})"

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, IndicatorComponentBatch) and self._descriptor == other._descriptor

    __hash__ = None  # type: ignore[assignment]
