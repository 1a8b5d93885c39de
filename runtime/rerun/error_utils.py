"""Strict mode, and how bad input is reported: raised in strict mode, otherwise a warning."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["RerunWarning", "catch_and_log_exceptions", "set_strict_mode", "strict_mode"]


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


class _Failed:
    """Set when the guarded block raised (and the error was turned into a warning)."""

    def __init__(self) -> None:
        self.failed = False


@contextmanager
def catch_and_log_exceptions(context: str, strict: bool | None = None) -> Iterator[_Failed]:
    """Run a block; outside strict mode turn an exception into `RerunWarning("context: Type(message)")`.

    The yielded object's `failed` tells the caller whether it must fall back to an empty value.
    """
    outcome = _Failed()
    try:
        yield outcome
    except Exception as error:
        if strict if strict is not None else _strict:
            raise
        outcome.failed = True
        warnings.warn(f"{context}: {type(error).__name__}({error})", RerunWarning, stacklevel=3)
