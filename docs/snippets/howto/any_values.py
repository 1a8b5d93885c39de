"""Attach values of your own to an entity with `rr.AnyValues`, without defining any types.

Each keyword becomes one component named after it, with an Arrow type inferred from the value:
numbers, strings and lists of them all work. A value can also be given one of Rerun's component
types, which tells the viewer what it means.
"""

import math

import rerun as rr

rr.init("rerun_example_any_values", spawn=True)

# Facts about a weather station that never change.
rr.log(
    "weather_station",
    rr.AnyValues(station_name="Harbor North", elevation_m=12.5, sensor_ids=[101, 102, 107]),
    static=True,
)

# Readings once per hour: a plain value, and two that use Rerun component types.
for hour in range(24):
    rr.set_time("hour", sequence=hour)
    temperature = 14.0 + 6.0 * math.sin((hour - 9) / 24 * math.tau)
    rr.log(
        "weather_station",
        rr.AnyValues(wind_direction_deg=(200 + 5 * hour) % 360)
        .with_component_override("temperature", "rerun.components.Scalar", temperature)
        .with_component_override("summary", "rerun.components.Text", "warm" if temperature > 16 else "cool"),
    )

# A whole day of another reading in one call: one row per entry, one entry per hour.
rr.send_columns(
    "weather_station",
    indexes=[rr.TimeColumn("hour", sequence=range(24))],
    columns=rr.AnyValues.columns(humidity_percent=[60 + (hour % 12) for hour in range(24)]),
)
