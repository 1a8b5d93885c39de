"""Send the records of Python's standard `logging` module to Rerun.

`rr.LoggingHandler` turns each log record into a `TextLog` with the record's level, logged below
the entity path prefix the handler is given. Messages logged directly as `TextLog`s can sit next
to them.
"""

import logging

import rerun as rr

rr.init("rerun_example_text_log_integration", spawn=True)

logging.getLogger().addHandler(rr.LoggingHandler("logs"))
logging.getLogger().setLevel(logging.DEBUG)

log = logging.getLogger("planner")
log.debug("Loaded a map with %d waypoints", 42)
log.info("Route found")
log.warning("Route passes within %.1f m of an obstacle", 0.4)

rr.log("logs/direct", rr.TextLog("Logged without the logging module", level=rr.TextLogLevel.TRACE))
