"""Choose the labels and colors the state timeline view uses for each state value.

`values`, `labels` and `colors` are parallel: the label and color at index `i` apply to the raw
value at index `i`. The configuration is logged once, statically, on the entity that holds the
`StateChange`s.
"""

import rerun as rr

rr.init("rerun_example_state_configuration_simple", spawn=True)

rr.log(
    "printer",
    rr.StateConfiguration(
        values=["idle", "printing", "jammed"],
        labels=["Idle", "Printing", "Paper jam!"],
        colors=[(158, 158, 158), (67, 160, 71), (229, 57, 53)],
    ),
    static=True,
)

for step, state in enumerate(["idle", "printing", "printing", "jammed", "idle", "printing"]):
    rr.set_time("step", sequence=step)
    rr.log("printer", rr.StateChange(state=state))
