"""Configure a dataframe view: the timeline that indexes the rows, row filters and the columns.

Two sensors report at different rates; the table fills the gaps with each sensor's latest value
and only lists the steps 10 to 40 at which the thermometer reported.
"""

import math

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_dataframe", spawn=True)

for step in range(60):
    rr.set_time("step", sequence=step)
    if step % 2 == 0:
        rr.log("sensors/thermometer", rr.Scalars(20.0 + math.sin(step / 8)))
    if step % 5 == 0:
        rr.log("sensors/barometer", rr.Scalars(1013.0 + step / 10))

rr.send_blueprint(
    rrb.DataframeView(
        origin="sensors",
        query=rrb.archetypes.DataframeQuery(
            timeline="step",
            filter_by_range=(10, 40),
            filter_is_not_null="sensors/thermometer:Scalars:scalars",
            apply_latest_at=True,
            select=["step", "sensors/thermometer:Scalars:scalars", "sensors/barometer:Scalars:scalars"],
        ),
    )
)
