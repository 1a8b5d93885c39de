"""Send a whole history of state changes in one call.

One row per change: the time column says when, the state column says what the new state is.
"""

import rerun as rr

rr.init("rerun_example_state_change_send_columns", spawn=True)

minutes = [0, 12, 15, 47, 50, 61]
states = ["idle", "heating", "brewing", "idle", "heating", "brewing"]

rr.send_columns(
    "coffee_machine",
    indexes=[rr.TimeColumn("time", duration=[60.0 * m for m in minutes])],
    columns=rr.StateChange.columns(state=states),
)
