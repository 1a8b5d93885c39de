"""Attach values of your own to an entity with `rr.AnyValues`, without defining any types.

A keyword becomes one field named after it, with an Arrow type inferred from the value: numbers,
strings and lists of them all work. `with_field` takes a full `rr.ComponentDescriptor` instead of a
name; giving it one of Rerun's component types tells the viewer what the values mean.
"""

import math

import rerun as rr

rr.init("rerun_example_any_values", spawn=True)

# Facts about a weather station that never change: plain Arrow data, types inferred.
rr.log(
    "weather_station",
    rr.AnyValues(station_name="Harbor North", elevation_m=12.5, sensor_ids=[101, 102, 107]),
    static=True,
)

# Readings once per hour: one plain field, and two whose descriptors name a Rerun component type.
temperature_field = rr.ComponentDescriptor("temperature", component_type=rr.components.Scalar.component_type())
summary_field = rr.ComponentDescriptor("summary", component_type=rr.components.Text.component_type())
for hour in range(24):
    rr.set_time("hour", sequence=hour)
    temperature = 14.0 + 6.0 * math.sin((hour - 9) / 24 * math.tau)
    rr.log(
        "weather_station",
        rr.AnyValues(wind_direction_deg=(200 + 5 * hour) % 360)
        .with_field(temperature_field, temperature)
        .with_field(summary_field, "warm" if temperature > 16 else "cool"),
    )

# A whole day of another reading in one call: one row per entry, one entry per hour.
rr.send_columns(
    "weather_station",
    indexes=[rr.TimeColumn("hour", sequence=range(24))],
    columns=rr.AnyValues.columns(humidity_percent=[60 + (hour % 12) for hour in range(24)]),
)
