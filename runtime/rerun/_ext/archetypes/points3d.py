"""Points3D: the constructor is hand-written in rerun 0.33 (its errors name `Points3DExt.__init__`)."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class Points3DExt:
    """Extension for `rerun.archetypes.Points3D`."""

    def __init__(
        self: Any,
        positions: Any,
        *,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        show_labels: Any = None,
        class_ids: Any = None,
        keypoint_ids: Any = None,
    ) -> None:
        """Points at `positions`, with optional radii, colors, labels, class ids and keypoint ids."""
        with catch_and_log_exceptions("Points3D") as guard:
            self._set_fields(
                positions=positions,
                radii=radii,
                colors=colors,
                labels=labels,
                show_labels=show_labels,
                class_ids=class_ids,
                keypoint_ids=keypoint_ids,
            )
            return
        if guard.failed:
            self._clear_fields()
