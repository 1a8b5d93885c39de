"""Show discrete states as lanes along time in a state timeline view.

Two machines switch between idle, working and fault; each gets a lane of its own.
"""

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_state_timeline", spawn=True)

for machine in ("press", "lathe"):
    rr.log(
        f"factory/{machine}",
        rr.StateConfiguration(
            values=["idle", "working", "fault"],
            labels=["Idle", "Working", "Fault"],
            colors=[[150, 150, 150], [60, 180, 75], [230, 25, 75]],
        ),
        static=True,
    )

schedule = {
    "press": [(0, "idle"), (5, "working"), (40, "fault"), (48, "idle")],
    "lathe": [(0, "working"), (30, "idle")],
}
for machine, changes in schedule.items():
    for minute, state in changes:
        rr.set_time("time", duration=minute * 60.0)
        rr.log(f"factory/{machine}", rr.StateChange(state=state))

rr.send_blueprint(rrb.StateTimelineView(origin="factory", name="Machines"))
