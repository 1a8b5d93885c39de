"""TextLogLevel: the levels the viewer knows, as constants."""

from __future__ import annotations

from typing import Any

_LEVELS = ("CRITICAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE")


class TextLogLevelExt:
    """Extension for `rerun.components.TextLogLevel`: `TextLogLevel.CRITICAL` ... `TextLogLevel.TRACE`."""

    __slots__ = ()

    @staticmethod
    def deferred_patch_class(cls: Any) -> None:
        for level in _LEVELS:
            setattr(cls, level, cls(level))
