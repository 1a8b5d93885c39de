"""Log a Markdown document with a table and links to entities of the recording.

With `media_type=rr.MediaType.MARKDOWN` the text is rendered as Markdown. A `recording://` link
points at an entity (or one of its components) and selects it when clicked.
"""

import rerun as rr

rr.init("rerun_example_text_document_markdown", spawn=True)

rr.log("telemetry/battery", rr.Scalars(87.5))

report = """
# Test report

The battery level is logged at [telemetry/battery](recording://telemetry/battery).

| check     | result |
| --------- | ------ |
| brakes    | passed |
| steering  | passed |
| lidar     | **failed**: no return below 0.3 m |

Next steps:
1. Re-mount the lidar.
2. Repeat the *short* course.
"""

rr.log("report", rr.TextDocument(report.strip(), media_type=rr.MediaType.MARKDOWN), static=True)
