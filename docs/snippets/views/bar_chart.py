"""Configure a bar chart view: where the legend sits and what is drawn behind the bars.

The bars are a histogram of 1000 normally distributed samples.
"""

import numpy as np

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_bar_chart", spawn=True)

samples = np.random.default_rng(11).normal(size=1000)
counts, _ = np.histogram(samples, bins=20, range=(-4, 4))
rr.log("histogram", rr.BarChart(counts, color=[90, 170, 90]))

rr.send_blueprint(
    rrb.BarChartView(
        origin="histogram",
        name="Histogram",
        plot_legend=rrb.PlotLegend(rrb.Corner2D.LeftTop, visible=False),
        background=rrb.archetypes.PlotBackground(color=[30, 30, 30], show_grid=False),
    )
)
