"""Shared by the video archetypes: times in seconds or milliseconds as whole nanoseconds."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def to_nanoseconds(values: npt.ArrayLike, nanoseconds_per_unit: float) -> npt.NDArray[np.int64]:
    """Times in some unit as whole nanoseconds, each rounded to the nearest one."""
    return np.rint(np.asarray(values, dtype=np.float64) * nanoseconds_per_unit).astype(np.int64)
