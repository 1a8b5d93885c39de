"""Ellipses2D: the constructor lists `line_radii` before `colors`, as Rerun's does."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class Ellipses2DExt:
    """Extension for `rerun.archetypes.Ellipses2D`."""

    def __init__(
        self: Any,
        *,
        half_sizes: Any = None,
        centers: Any = None,
        line_radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
    ) -> None:
        """Ellipses by their half sizes along x and y, and their centers."""
        with catch_and_log_exceptions("Ellipses2D") as guard:
            self._set_fields(
                half_sizes=half_sizes,
                centers=centers,
                line_radii=line_radii,
                colors=colors,
                labels=labels,
                show_labels=show_labels,
                draw_order=draw_order,
                class_ids=class_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
