"""SeriesPoints: points are drawn as circles unless other markers are given."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class SeriesPointsExt:
    """Extension for `rerun.archetypes.SeriesPoints`."""

    def __init__(
        self: Any,
        *,
        colors: Any = None,
        markers: Any = None,
        names: Any = None,
        visible_series: Any = None,
        marker_sizes: Any = None,
    ) -> None:
        """How the points of each series look; `markers` defaults to circles."""
        with catch_and_log_exceptions("SeriesPoints") as guard:
            self._set_fields(
                colors=colors,
                markers="circle" if markers is None else markers,
                names=names,
                visible_series=visible_series,
                marker_sizes=marker_sizes,
            )
            return
        if guard.failed:
            self._clear_fields()
