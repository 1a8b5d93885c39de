"""Color: also parsed from hex strings."""

from __future__ import annotations

from rerun.components.color import Color


class ColorExt(Color):
    """`Color.from_string("#ff8000")`."""

    @staticmethod
    def from_string(s: str) -> Color:
        """A colour from a hex string: `#RRGGBB` or `#RRGGBBAA` (the `#` is optional).

        Parameters
        ----------
        s : str
            Six or eight hexadecimal digits, in either case, with or without a leading `#` and
            surrounding whitespace; without an alpha pair the colour is fully opaque. Any other
            length raises a ValueError.
        """
        digits = s.strip().removeprefix("#")
        if len(digits) not in (6, 8):
            raise ValueError(f"Expected a hex color like #RRGGBB or #RRGGBBAA, got {s!r}")
        value = int(digits, 16)
        return Color(value if len(digits) == 8 else (value << 8) | 0xFF)
