"""Log the states of a traffic light as they change over time.

Each `StateChange` marks the moment a new state begins; the state timeline view shows the states
as colored lanes.
"""

import rerun as rr

rr.init("rerun_example_state_change_simple", spawn=True)

# (seconds since start, new state)
changes = [(0, "red"), (30, "green"), (55, "yellow"), (60, "red"), (90, "green"), (115, "yellow")]

for seconds, state in changes:
    rr.set_time("time", duration=seconds)
    rr.log("crossing/light", rr.StateChange(state=state))
