"""The containers of a layout: `Horizontal`, `Vertical`, `Grid` and `Tabs`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rerun.blueprint.api import Container, ContainerLike
from rerun.blueprint.components import ContainerKind

__all__ = ["Grid", "Horizontal", "Tabs", "Vertical"]


class Horizontal(Container):
    """Places its views and containers side by side, from left to right."""

    def __init__(
        self,
        *args: ContainerLike,
        contents: Iterable[ContainerLike] | None = None,
        column_shares: Sequence[float] | None = None,
        name: str | None = None,
        visible: bool | None = None,
    ) -> None:
        """A row of `args` (or `contents`), with optional relative column widths."""
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Horizontal,
            column_shares=column_shares,
            name=name,
            visible=visible,
        )


class Vertical(Container):
    """Stacks its views and containers from top to bottom."""

    def __init__(
        self,
        *args: ContainerLike,
        contents: Iterable[ContainerLike] | None = None,
        row_shares: Sequence[float] | None = None,
        name: str | None = None,
        visible: bool | None = None,
    ) -> None:
        """A column of `args` (or `contents`), with optional relative row heights."""
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Vertical,
            row_shares=row_shares,
            name=name,
            visible=visible,
        )


class Grid(Container):
    """Arranges its views and containers in rows and columns."""

    def __init__(
        self,
        *args: ContainerLike,
        contents: Iterable[ContainerLike] | None = None,
        column_shares: Sequence[float] | None = None,
        row_shares: Sequence[float] | None = None,
        grid_columns: int | None = None,
        name: str | None = None,
        visible: bool | None = None,
    ) -> None:
        """A grid of `args` (or `contents`), filled row by row; `grid_columns` fixes its width."""
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Grid,
            column_shares=column_shares,
            row_shares=row_shares,
            grid_columns=grid_columns,
            name=name,
            visible=visible,
        )


class Tabs(Container):
    """Shows one of its views and containers at a time, with a tab for each."""

    def __init__(
        self,
        *args: ContainerLike,
        contents: Iterable[ContainerLike] | None = None,
        active_tab: int | str | None = None,
        name: str | None = None,
        visible: bool | None = None,
    ) -> None:
        """Tabs for `args` (or `contents`); `active_tab` (an index or a child's name) is in front."""
        super().__init__(
            *args,
            contents=contents,
            kind=ContainerKind.Tabs,
            active_tab=active_tab,
            name=name,
            visible=visible,
        )
