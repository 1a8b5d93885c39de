"""Send two line series of one entity in a single call.

Each row of the scalar column holds two values, one per series, so the column is `partition`ed into
rows of two; `SeriesLines` names and styles the series in the same order.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_series_lines_send_columns", spawn=True)

rr.log(
    "stocks",
    rr.SeriesLines(names=["ACME", "Globex"], colors=[[40, 170, 90], [200, 60, 60]], widths=[2, 2]),
    static=True,
)

days = np.arange(250)
rng = np.random.default_rng(11)
prices = 100 + np.cumsum(rng.normal(0.1, 1.5, size=(days.size, 2)), axis=0)  # Two random walks.

rr.send_columns(
    "stocks",
    indexes=[rr.TimeColumn("day", sequence=days)],
    columns=rr.Scalars.columns(scalars=prices.ravel()).partition(lengths=[2] * days.size),
)
