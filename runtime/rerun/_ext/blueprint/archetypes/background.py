"""Background: a kind, or a color (which implies a solid-color background)."""

from __future__ import annotations

from typing import Any

import rerun.blueprint.components as blueprint_components
from rerun import datatypes
from rerun.blueprint.archetypes.background import Background
from rerun.blueprint.components import BackgroundKind


class BackgroundExt(Background):
    """A kind or a color by position; a color alone makes the background solid."""

    @staticmethod
    def _derive_fields(
        color_or_kind: datatypes.Rgba32Like | blueprint_components.BackgroundKindLike | None = None,
        *,
        color: Any = None,
        kind: Any = None,
    ) -> dict[str, Any]:
        """A background of `kind`, or of `color`; a color without a kind selects
        `BackgroundKind.SolidColor`.

        Parameters
        ----------
        color_or_kind : BackgroundKind | Rgba32Like, optional
            A `BackgroundKind` member is used as `kind`, anything else as `color` (so
            `Background([32, 32, 48])` is a solid background of that color).
        """
        if isinstance(color_or_kind, BackgroundKind):
            kind = color_or_kind
        elif color_or_kind is not None:
            color = color_or_kind
        if kind is None and color is not None:
            kind = BackgroundKind.SolidColor
        return {"kind": kind, "color": color}
