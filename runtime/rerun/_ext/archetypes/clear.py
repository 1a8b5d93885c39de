"""Clear: the `flat()` and `recursive()` shorthands."""

from __future__ import annotations

from rerun.archetypes.clear import Clear


class ClearExt(Clear):
    """`Clear.flat()` and `Clear.recursive()`."""

    @staticmethod
    def flat() -> Clear:
        """A `Clear` of only the entity it is logged to; the entities below it keep their data.

        The same as `Clear(recursive=False)`.
        """
        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Clear:
        """A `Clear` of the entity it is logged to and of every entity below it.

        The same as `Clear(recursive=True)`.
        """
        return Clear(recursive=True)
