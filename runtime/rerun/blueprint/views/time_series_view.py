"""`TimeSeriesView`: scalars plotted against time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rerun.blueprint.api import (
    ComponentsLike,
    OverrideLike,
    View,
    ViewContentsLike,
    _as_property,
    _properties,
)
from rerun.blueprint.archetypes import PlotBackground, PlotLegend, ScalarAxis, TimeAxis, VisibleTimeRanges

if TYPE_CHECKING:
    from rerun.blueprint.components import Corner2DLike
    from rerun.datatypes import Rgba32Like, VisibleTimeRangeLike

__all__ = ["TimeSeriesView"]


class TimeSeriesView(View):
    """A plot of scalar series (`Scalars`, drawn as `SeriesLines` or `SeriesPoints`) over time."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        axis_x: TimeAxis | None = None,
        axis_y: ScalarAxis | None = None,
        plot_legend: PlotLegend | Corner2DLike | None = None,
        background: PlotBackground | Rgba32Like | None = None,
        time_ranges: VisibleTimeRanges | VisibleTimeRangeLike | Sequence[VisibleTimeRangeLike] | None = None,
    ) -> None:
        """A time series plot; see `View` for the arguments all views share.

        Parameters
        ----------
        axis_x:
            The time axis: the visible range of time, and whether it is linked to other plots.
        axis_y:
            The value axis: its range, and whether zooming may change it.
        plot_legend:
            The legend: a `PlotLegend`, or just the corner it sits in.
        background:
            The area behind the plot: a `PlotBackground`, or just its color.
        time_ranges:
            The stretch of time the view collects data from, per timeline.

        """
        super().__init__(
            class_identifier="TimeSeries",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("axis_x", TimeAxis, axis_x),
                _as_property("axis_y", ScalarAxis, axis_y),
                _as_property("plot_legend", PlotLegend, plot_legend, PlotLegend),
                _as_property("background", PlotBackground, background, lambda c: PlotBackground(color=c)),
                _as_property("time_ranges", VisibleTimeRanges, time_ranges, VisibleTimeRanges),
            ),
        )
