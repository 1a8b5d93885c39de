"""Color: also parsed from hex strings."""

from __future__ import annotations

from typing import Any


class ColorExt:
    """Extension for `rerun.components.Color`: `Color.from_string("#ff8000")`."""

    __slots__ = ()

    @staticmethod
    def from_string(s: str) -> Any:
        """A colour from a hex string: `#RRGGBB` or `#RRGGBBAA` (the `#` is optional).

        Parameters
        ----------
        s : str
            Six or eight hexadecimal digits, in either case, with or without a leading `#` and
            surrounding whitespace; without an alpha pair the colour is fully opaque. Any other
            length raises a ValueError.
        """
        from rerun.components import Color

        digits = s.strip().removeprefix("#")
        if len(digits) not in (6, 8):
            raise ValueError(f"Expected a hex color like #RRGGBB or #RRGGBBAA, got {s!r}")
        value = int(digits, 16)
        return Color(value if len(digits) == 8 else (value << 8) | 0xFF)
