"""LineGrid3D: `visible` may be given positionally."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class LineGrid3DExt:
    """Extension for `rerun.blueprint.archetypes.LineGrid3D`."""

    __slots__ = ()

    def __init__(
        self: Any,
        visible: Any = None,
        *,
        spacing: Any = None,
        plane: Any = None,
        stroke_width: Any = None,
        color: Any = None,
    ) -> None:
        """A 3D line grid; every field left as None is unset."""
        with catch_and_log_exceptions("LineGrid3D") as guard:
            self._set_fields(
                visible=visible, spacing=spacing, plane=plane, stroke_width=stroke_width, color=color
            )
        if guard.failed:
            self._clear_fields()
