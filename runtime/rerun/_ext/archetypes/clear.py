"""Clear: built from `recursive=`, with the `flat()` and `recursive()` shorthands."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class ClearExt:
    """Extension for `rerun.archetypes.Clear`."""

    def __init__(self: Any, *, recursive: bool) -> None:
        """Clear the entity, and with `recursive` all entities below it as well.

        From the time it is logged, a latest-at query (what a view shows at a given time) no longer
        returns data logged to the entity before the clear; data logged after it is unaffected,
        and queries over a time range still see the older data.

        Parameters
        ----------
        recursive : bool
            Whether every entity below this one in the path hierarchy is cleared too (`True`), or
            only the entity itself (`False`).
        """
        with catch_and_log_exceptions("Clear") as guard:
            self._set_fields(is_recursive=recursive)
            return
        if guard.failed:
            self._clear_fields()

    @staticmethod
    def flat() -> Any:
        """A `Clear` of only the entity it is logged to; the entities below it keep their data.

        The same as `Clear(recursive=False)`.
        """
        from rerun.archetypes import Clear

        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Any:
        """A `Clear` of the entity it is logged to and of every entity below it.

        The same as `Clear(recursive=True)`.
        """
        from rerun.archetypes import Clear

        return Clear(recursive=True)
