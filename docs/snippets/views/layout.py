"""Lay out several views with containers, and set up the viewer's panels and playback.

A 3D view sits next to a column of a plot and tabs with a log and a table; the time panel starts
playing the `time` timeline at double speed, and the blueprint panel is collapsed.
"""

import math

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_layout", spawn=True)

for step in range(100):
    t = step * 0.1
    rr.set_time("time", duration=t)
    rr.log("world/probe", rr.Points3D([[math.cos(t), math.sin(t), t / 10]], radii=0.05))
    rr.log("telemetry/height", rr.Scalars(t / 10))
    if step % 25 == 0:
        rr.log("events", rr.TextLog(f"checkpoint {step // 25}", level="INFO"))

rr.send_blueprint(
    rrb.Blueprint(
        rrb.Horizontal(
            rrb.Spatial3DView(origin="world", name="World"),
            rrb.Vertical(
                rrb.TimeSeriesView(origin="telemetry", contents=["+ $origin/**", "- $origin/debug/**"]),
                rrb.Tabs(
                    rrb.TextLogView(origin="events", name="Events"),
                    rrb.DataframeView(origin="/", name="Table"),
                    active_tab="Events",
                ),
                row_shares=[2, 1],
            ),
            column_shares=[3, 2],
        ),
        rrb.BlueprintPanel(state="collapsed"),
        rrb.SelectionPanel(state="hidden"),
        rrb.TopPanel(state="expanded"),
        rrb.TimePanel(
            timeline="time",
            play_state="playing",
            playback_speed=2.0,
            loop_mode="all",
            time_selection=rr.datatypes.AbsoluteTimeRange(min=0, max=5_000_000_000),
        ),
        auto_layout=False,
        auto_views=False,
    )
)
