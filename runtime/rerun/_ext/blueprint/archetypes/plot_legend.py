"""PlotLegend: `corner` may be given positionally."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class PlotLegendExt:
    """Extension for `rerun.blueprint.archetypes.PlotLegend`."""

    __slots__ = ()

    def __init__(self: Any, corner: Any = None, *, visible: Any = None) -> None:
        """A plot legend in `corner`, shown when `visible`; fields left as None are unset."""
        with catch_and_log_exceptions("PlotLegend") as guard:
            self._set_fields(corner=corner, visible=visible)
        if guard.failed:
            self._clear_fields()
