"""The limits on definition input, each reported with its own code (docs/idl.md, "Limits").

They are far above anything real (the repository's definitions nest brackets 1 deep, have lines of
under 300 characters and files of under 4 KB) and keep hostile or broken input from costing more
than linear time and memory, or from reaching a recursion limit.
"""

from __future__ import annotations

MAX_NESTING = 32  # brackets in one type expression or attribute value (E009)
MAX_LINE_LENGTH = 10_000  # characters in one line (E010)
MAX_FILE_SIZE = 1024 * 1024  # bytes in one definition file (E011)
MAX_INTEGER_DIGITS = 40  # digits in an integer literal, without sign, `0x` and `_` (E014)

MAX_DIAGNOSTICS_PER_FILE = 100  # shown in full for one file; the rest are counted
MAX_DIAGNOSTICS = 1000  # shown in full in all
EXCERPT_WIDTH = 120  # columns of a source line quoted under a diagnostic
