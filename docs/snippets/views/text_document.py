"""Configure a text document view: wrap long lines and keep the proportional font.

The document is a short markdown note.
"""

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_text_document", spawn=True)

note = """# Calibration notes

The left camera was recalibrated after the lens was cleaned; the reprojection error went down from
0.8 to 0.3 pixels, which is well within what the stereo matcher needs.

* checkerboard: 9 x 6 squares of 25 mm
* images used: 41 of 45
"""
rr.log("notes", rr.TextDocument(note, media_type="text/markdown"), static=True)

rr.send_blueprint(
    rrb.TextDocumentView(
        origin="notes",
        name="Notes",
        format_options=rrb.archetypes.TextDocumentFormat(monospace=False, word_wrap=True),
    )
)
