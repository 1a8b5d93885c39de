"""Clear: built from `recursive=`, with the `flat()` and `recursive()` shorthands."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class ClearExt:
    """Extension for `rerun.archetypes.Clear`."""

    def __init__(self: Any, *, recursive: bool) -> None:
        """Clear the entity, and with `recursive` all entities below it as well."""
        with catch_and_log_exceptions("Clear") as guard:
            self._set_fields(is_recursive=recursive)
            return
        if guard.failed:
            self._clear_fields()

    @staticmethod
    def flat() -> Any:
        """Clears only the entity it is logged to."""
        from rerun.archetypes import Clear

        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Any:
        """Clears the entity it is logged to and all its descendants."""
        from rerun.archetypes import Clear

        return Clear(recursive=True)
