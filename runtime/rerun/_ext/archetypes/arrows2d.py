"""Arrows2D: `vectors` is a keyword argument."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class Arrows2DExt:
    """Extension for `rerun.archetypes.Arrows2D`."""

    def __init__(
        self: Any,
        *,
        vectors: Any,
        origins: Any = None,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
    ) -> None:
        """Arrows along `vectors`, starting at `origins` (the origin by default)."""
        with catch_and_log_exceptions("Arrows2D") as guard:
            self._set_fields(
                vectors=vectors,
                origins=origins,
                radii=radii,
                colors=colors,
                labels=labels,
                show_labels=show_labels,
                draw_order=draw_order,
                class_ids=class_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
