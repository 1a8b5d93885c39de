"""Strict mode, and how bad input is reported: raised in strict mode, otherwise a warning."""

from __future__ import annotations

import os
import warnings
from typing import Any

__all__ = [
    "RerunWarning",
    "catch_and_log_exceptions",
    "report",
    "set_strict_mode",
    "strict_mode",
    "warn_or_raise",
]


class RerunWarning(Warning):
    """A problem with the data given to the SDK that did not stop the program."""


_strict = os.environ.get("RERUN_STRICT", "").lower() in ("1", "true", "yes", "on")


def strict_mode() -> bool:
    """Whether bad input raises (True) or is dropped with a warning (False, the default)."""
    return _strict


def set_strict_mode(mode: bool) -> None:
    """Turn strict mode on or off. Also set from the RERUN_STRICT environment variable."""
    global _strict
    _strict = bool(mode)


def report(context: str, error: Exception, strict: bool | None = None) -> None:
    """Raise `error` in strict mode; otherwise warn `context: Type(message)` and carry on."""
    if strict if strict is not None else _strict:
        raise error
    warnings.warn(f"{context}: {type(error).__name__}({error})", RerunWarning, stacklevel=4)


def warn_or_raise(message: str) -> None:
    """Questionable input: a ValueError in strict mode, otherwise a RerunWarning and carry on."""
    if _strict:
        raise ValueError(message)
    warnings.warn(message, RerunWarning, stacklevel=3)


class catch_and_log_exceptions:
    """Run a block; outside strict mode turn an exception into `RerunWarning("context: Type(message)")`.

    After the block, `failed` tells whether it raised (and the caller must fall back to an empty
    value). A class rather than a generator-based context manager: it sits on every call path.
    """

    __slots__ = ("context", "failed", "strict")

    def __init__(self, context: str, strict: bool | None = None) -> None:
        self.context = context
        self.strict = strict
        self.failed = False

    def __enter__(self) -> catch_and_log_exceptions:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> bool:
        if error is None or not isinstance(error, Exception):
            return False
        if self.strict if self.strict is not None else _strict:
            return False
        self.failed = True
        warnings.warn(f"{self.context}: {type(error).__name__}({error})", RerunWarning, stacklevel=2)
        return True
