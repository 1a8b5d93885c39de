"""Log a plain text document, shown in its own text view.

Without a media type, the text is shown as it is, line breaks included.
"""

import rerun as rr

rr.init("rerun_example_text_document_simple", spawn=True)

notes = """Run 17, outdoor test track.
Weather: overcast, 12 degrees C, light wind from the west.
The left wheel encoder dropped out twice between laps 3 and 4."""

rr.log("notes", rr.TextDocument(notes))
