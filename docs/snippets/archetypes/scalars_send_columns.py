"""Send a whole time series in one call instead of logging it sample by sample.

The time column and the scalar column have one entry per row; here, a second of noisy sensor
readings at 100 Hz, on a timeline of durations.
"""

import numpy as np

import rerun as rr

rr.init("rerun_example_scalars_send_columns", spawn=True)

seconds = np.arange(0.0, 1.0, 0.01)
noise = np.random.default_rng(1).normal(0.0, 0.2, seconds.size)
readings = 20.0 + 2.0 * np.sin(2 * np.pi * 3 * seconds) + noise

rr.send_columns(
    "sensor/temperature",
    indexes=[rr.TimeColumn("time", duration=seconds)],
    columns=rr.Scalars.columns(scalars=readings),
)
