"""ClearIsRecursive: recursive unless told otherwise."""

from __future__ import annotations

from typing import Any


class ClearIsRecursiveExt:
    """Extension for `rerun.components.ClearIsRecursive`: `recursive=True` by default."""

    __slots__ = ()

    def __init__(self: Any, recursive: bool = True) -> None:
        """Whether a clear reaches the entities below the cleared one.

        Parameters
        ----------
        recursive : bool, optional
            True (the default) to clear every descendant too, False to clear only the entity
            at the logged path.
        """
        self.value = bool(recursive)
