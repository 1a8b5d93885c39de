"""Configure a text log view: its columns, which levels are listed, and the message font.

A made-up service writes messages of every level; the view only lists warnings and errors, and
hides the entity path column.
"""

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_text_log", spawn=True)

messages = [
    ("DEBUG", "cache warmed with 128 entries"),
    ("INFO", "listening on port 8080"),
    ("WARN", "request took 1.4 s, above the 1 s budget"),
    ("INFO", "request served"),
    ("ERROR", "lost connection to the database"),
    ("WARN", "retrying in 5 s"),
]
for step, (level, text) in enumerate(messages):
    rr.set_time("step", sequence=step)
    rr.log("service", rr.TextLog(text, level=level))

rr.send_blueprint(
    rrb.TextLogView(
        origin="service",
        columns=rrb.TextLogColumns(
            timeline_columns=[
                rrb.datatypes.TimelineColumn("step"),
                rrb.datatypes.TimelineColumn("log_time", visible=False),
            ],
            text_log_columns=[
                rrb.datatypes.TextLogColumn("LogLevel"),
                rrb.datatypes.TextLogColumn("Body"),
                rrb.datatypes.TextLogColumn("EntityPath", visible=False),
            ],
        ),
        rows=rrb.TextLogRows(filter_by_log_level=["WARN", "ERROR"]),
        format_options=rrb.TextLogFormat(monospace_body=True),
    )
)
