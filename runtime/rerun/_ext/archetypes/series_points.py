"""SeriesPoints: points are drawn as circles unless other markers are given."""

from __future__ import annotations

from typing import Any

from rerun.archetypes.series_points import SeriesPoints


class SeriesPointsExt(SeriesPoints):
    """Circles as the markers when none are given."""

    @staticmethod
    def _derive_fields(*, markers: Any = None) -> dict[str, Any]:
        """How the points of each series look; `markers` defaults to circles."""
        return {"markers": "circle" if markers is None else markers}
