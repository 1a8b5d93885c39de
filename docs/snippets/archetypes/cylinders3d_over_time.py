"""Change cylinders over time: three candles of different sizes burning down.

At each time step the candles are logged again with their new lengths; their centers move down by
half of what burnt away, so their bases stay on the table.
"""

import rerun as rr

rr.init("rerun_example_cylinders3d_over_time", spawn=True)

start_lengths = [3.0, 2.0, 2.5]
burn_rates = [0.02, 0.03, 0.015]  # Length lost per minute.

for minute in range(0, 61, 2):
    rr.set_time("clock", duration=60.0 * minute)

    lengths = [start - rate * minute for start, rate in zip(start_lengths, burn_rates, strict=True)]
    rr.log(
        "candles",
        rr.Cylinders3D(
            lengths=lengths,
            radii=[0.3, 0.25, 0.35],
            centers=[[1.0 * i, 0.0, length / 2] for i, length in enumerate(lengths)],
            colors=[[240, 230, 200]],
        ),
    )
