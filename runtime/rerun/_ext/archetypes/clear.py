"""Clear: the `flat()` and `recursive()` shorthands."""

from __future__ import annotations

from typing import Any


class ClearExt:
    """Extension for `rerun.archetypes.Clear`."""

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
