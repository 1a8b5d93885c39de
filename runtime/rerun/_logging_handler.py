"""`LoggingHandler`: send Python `logging` records to Rerun as `TextLog` entries."""

from __future__ import annotations

import logging
from typing import ClassVar

from rerun.recording_stream import RecordingStream, get_data_recording


class LoggingHandler(logging.Handler):
    """A `logging.Handler` that logs each record as a `rr.TextLog` under `path_prefix/<logger name>`.

    The record's level becomes the TextLog level (`CRITICAL`, `ERROR`, `WARN`, `INFO`, `DEBUG`,
    `TRACE`); the root logger logs to `path_prefix` itself (or `root` without a prefix).
    """

    _LEVELS: ClassVar[dict[int, str]] = {
        logging.CRITICAL: "CRITICAL",
        logging.ERROR: "ERROR",
        logging.WARNING: "WARN",
        logging.INFO: "INFO",
        logging.DEBUG: "DEBUG",
    }

    def __init__(self, path_prefix: str | None = None, recording: RecordingStream | None = None) -> None:
        super().__init__()
        self.path_prefix = path_prefix
        self.recording = recording

    def _level(self, levelno: int) -> str:
        for threshold in sorted(self._LEVELS, reverse=True):
            if levelno >= threshold:
                return self._LEVELS[threshold]
        return "TRACE"

    def emit(self, record: logging.LogRecord) -> None:
        """Log one record."""
        from rerun.archetypes import TextLog

        stream = get_data_recording(self.recording)
        if stream is None:
            return
        parts = [] if record.name == "root" else record.name.split(".")
        if self.path_prefix:
            parts = [self.path_prefix.strip("/"), *parts]
        path = "/".join(parts) or "root"
        try:
            stream.log(path, TextLog(self.format(record), level=self._level(record.levelno)))
        except Exception:
            self.handleError(record)
