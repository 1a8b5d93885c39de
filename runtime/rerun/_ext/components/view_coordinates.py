"""ViewCoordinates: a constant for every valid combination of axis directions, e.g. `RDF`."""

from __future__ import annotations

from enum import IntEnum
from itertools import product
from typing import Any


class ViewDir(IntEnum):
    """The direction one axis points to."""

    Up = 1
    Down = 2
    Right = 3
    Left = 4
    Forward = 5
    Back = 6


# The letter of each direction, and which of the three physical axes it lies on.
_LETTERS = {
    "U": (ViewDir.Up, 0),
    "D": (ViewDir.Down, 0),
    "R": (ViewDir.Right, 1),
    "L": (ViewDir.Left, 1),
    "F": (ViewDir.Forward, 2),
    "B": (ViewDir.Back, 2),
}

# Every combination whose three directions lie on three different axes, named by its letters.
_COMBINATIONS = {
    "".join(letters): [_LETTERS[letter][0] for letter in letters]
    for letters in product(_LETTERS, repeat=3)
    if len({_LETTERS[letter][1] for letter in letters}) == 3
}

# Descriptive names, as rerun 0.33 defines them.
_ALIASES = {
    "LEFT_HAND_X_DOWN": "DRF",
    "LEFT_HAND_X_UP": "URB",
    "LEFT_HAND_Y_DOWN": "RDB",
    "LEFT_HAND_Y_UP": "RUF",
    "LEFT_HAND_Z_DOWN": "RFD",
    "LEFT_HAND_Z_UP": "RBU",
    "RIGHT_HAND_X_DOWN": "DRB",
    "RIGHT_HAND_X_UP": "URF",
    "RIGHT_HAND_Y_DOWN": "RDF",
    "RIGHT_HAND_Y_UP": "RUB",
    "RIGHT_HAND_Z_DOWN": "RBD",
    "RIGHT_HAND_Z_UP": "RFU",
}

CONSTANT_NAMES = (*_COMBINATIONS, *_ALIASES)


class ViewCoordinatesExt:
    """Extension for `rerun.components.ViewCoordinates`: the named constants and `ViewDir`."""

    __slots__ = ()

    ViewDir = ViewDir

    def as_component_batches(self: Any) -> list[Any]:
        """Logged on its own, the value is a `ViewCoordinates` archetype."""
        from rerun.archetypes import ViewCoordinates

        batches: list[Any] = ViewCoordinates(self).as_component_batches()
        return batches

    @staticmethod
    def deferred_patch_class(cls: Any) -> None:
        for name, directions in _COMBINATIONS.items():
            setattr(cls, name, cls(directions))
        for name, target in _ALIASES.items():
            setattr(cls, name, getattr(cls, target))
