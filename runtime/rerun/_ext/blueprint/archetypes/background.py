"""Background: a kind, or a color (which implies a solid-color background)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerun.error_utils import catch_and_log_exceptions

if TYPE_CHECKING:
    import rerun.blueprint.components as blueprint_components
    import rerun.datatypes as datatypes


class BackgroundExt:
    """Extension for `rerun.blueprint.archetypes.Background`."""

    __slots__ = ()

    def __init__(
        self: Any,
        color_or_kind: datatypes.Rgba32Like | blueprint_components.BackgroundKindLike | None = None,
        *,
        color: Any = None,
        kind: Any = None,
    ) -> None:
        """A background of `kind`, or of `color`.

        `color_or_kind` is a kind when it is a `BackgroundKind` member, otherwise a color. Giving a
        color without a kind selects `BackgroundKind.SolidColor`.

        Parameters
        ----------
        color_or_kind : BackgroundKind | Rgba32Like, optional
            A shorthand for either keyword: a `BackgroundKind` member is used as `kind`, anything
            else as `color` (so `Background([32, 32, 48])` is a solid background of that color).
            It takes the place of the keyword it stands for.
        """
        from rerun.blueprint.components import BackgroundKind

        with catch_and_log_exceptions("Background") as guard:
            if isinstance(color_or_kind, BackgroundKind):
                kind = color_or_kind
            elif color_or_kind is not None:
                color = color_or_kind
            if kind is None and color is not None:
                kind = BackgroundKind.SolidColor
            self._set_fields(kind=kind, color=color)
        if guard.failed:
            self._clear_fields()
