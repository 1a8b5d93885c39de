"""Update 2D arrows over time: the hour and minute hands of a clock during twelve hours.

Each `rr.log` call replaces the arrows of the entity at the time set with `rr.set_time`.
"""

import math

import rerun as rr

rr.init("rerun_example_arrows2d_over_time", spawn=True)

for minute in range(0, 12 * 60 + 1, 5):
    rr.set_time("clock", duration=minute * 60.0)

    hour_angle = math.tau * minute / (12 * 60)
    minute_angle = math.tau * minute / 60
    rr.log(
        "clock/hands",
        rr.Arrows2D(
            # Angles run clockwise from twelve o'clock; 2D views have y pointing down.
            vectors=[
                [0.5 * math.sin(hour_angle), -0.5 * math.cos(hour_angle)],
                [0.9 * math.sin(minute_angle), -0.9 * math.cos(minute_angle)],
            ],
            radii=[0.04, 0.02],
            colors=[[30, 30, 30], [200, 60, 40]],
            labels=["hour", "minute"],
        ),
    )
