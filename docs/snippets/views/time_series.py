"""Configure a time series view: both axes, the legend and the plot's background.

Two damped oscillations are plotted; the value axis is fixed to [-1.2, 1.2] and the time axis
shows the first five seconds.
"""

import math

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_time_series", spawn=True)

rr.log("signals/spring", rr.SeriesLines(colors=[40, 160, 230], names="spring", widths=2.0), static=True)
rr.log(
    "signals/pendulum",
    rr.SeriesPoints(colors=[240, 120, 40], names="pendulum", markers="circle"),
    static=True,
)

for step in range(400):
    t = step * 0.025
    rr.set_time("time", duration=t)
    rr.log("signals/spring", rr.Scalars(math.exp(-0.3 * t) * math.cos(4 * t)))
    rr.log("signals/pendulum", rr.Scalars(math.exp(-0.1 * t) * math.sin(1.5 * t)))

rr.send_blueprint(
    rrb.TimeSeriesView(
        origin="signals",
        name="Oscillations",
        axis_x=rrb.TimeAxis(
            view_range=rrb.TimeRange(
                start=rrb.TimeRangeBoundary.absolute(seconds=0.0),
                end=rrb.TimeRangeBoundary.absolute(seconds=5.0),
            ),
            link="Independent",
        ),
        axis_y=rrb.ScalarAxis(range=[-1.2, 1.2], zoom_lock=True),
        plot_legend=rrb.PlotLegend(rrb.Corner2D.RightTop, visible=True),
        background=rrb.archetypes.PlotBackground(color=[250, 250, 245], show_grid=True),
    )
)
