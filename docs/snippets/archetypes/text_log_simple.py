"""Log a single text message with a severity level.

The text log view lists such messages in time order and can filter them by level.
"""

import rerun as rr

rr.init("rerun_example_text_log_simple", spawn=True)

rr.log("logs", rr.TextLog("Calibration finished in 4.2 s", level=rr.TextLogLevel.INFO))
