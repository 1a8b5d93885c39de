"""Name a recording and say when it started, and attach a property of your own.

`RecordingInfo` describes the recording as a whole: `rr.send_recording_name` and
`rr.send_recording_start_time_nanos` log it to the recording's properties, where the viewer looks
for it. `rr.send_property` stores further properties under names of your choice.
"""

from datetime import UTC, datetime

import rerun as rr

rr.init("rerun_example_recording_info_simple", spawn=True)

rr.send_recording_name("Bench test: motor 2, full load")
started = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
rr.send_recording_start_time_nanos(int(started.timestamp()) * 1_000_000_000)

# Any archetype can be a property; AnyValues takes values without a predefined type.
rr.send_property("setup", rr.AnyValues(operator="Kim", supply_voltage=24.0))

rr.log("motor/current", rr.Scalars(1.7))
