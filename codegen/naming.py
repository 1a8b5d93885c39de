"""Name conversions shared by the file-layout rule and the backends."""

from __future__ import annotations


def snake_case(name: str) -> str:
    """`Points3D` -> `points3d`, `AnnotationContext` -> `annotation_context`, `Eye3DKind` -> `eye3d_kind`.

    A word starts at an uppercase letter after a lowercase one, or at the last letter of an
    uppercase run (from the third character on) when a lowercase letter follows.
    """
    out: list[str] = []
    for index, char in enumerate(name):
        if char.isupper() and index > 0:
            previous = name[index - 1]
            following = name[index + 1] if index + 1 < len(name) else ""
            if previous.islower() or (previous.isupper() and following.islower() and index >= 2):
                out.append("_")
        out.append(char.lower())
    return "".join(out)
