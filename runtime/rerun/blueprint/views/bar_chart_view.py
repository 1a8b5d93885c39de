"""`BarChartView`: a one-dimensional tensor drawn as bars."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rerun.blueprint.api import (
    ComponentsLike,
    OverrideLike,
    View,
    ViewContentsLike,
    _as_property,
    _properties,
)
from rerun.blueprint.archetypes import PlotBackground, PlotLegend

if TYPE_CHECKING:
    from rerun.blueprint.components import Corner2DLike
    from rerun.datatypes import Rgba32Like

__all__ = ["BarChartView"]


class BarChartView(View):
    """A bar chart of `BarChart` data."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        plot_legend: PlotLegend | Corner2DLike | None = None,
        background: PlotBackground | Rgba32Like | None = None,
    ) -> None:
        """A bar chart; see `View` for the arguments all views share.

        Parameters
        ----------
        plot_legend:
            The legend: a `PlotLegend`, or just the corner it sits in.
        background:
            The area behind the bars: a `PlotBackground`, or just its color.

        """
        super().__init__(
            class_identifier="BarChart",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("plot_legend", PlotLegend, plot_legend, PlotLegend),
                _as_property("background", PlotBackground, background, lambda c: PlotBackground(color=c)),
            ),
        )
