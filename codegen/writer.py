"""Comparing generated files with the output directory, and replacing it atomically.

The output directory belongs to the tool: anything in it that the current build does not produce
is stale and removed. A build is applied by preparing a complete new tree beside the old one
(unchanged files are hard-linked, so they keep their timestamps) and swapping the two with
renames; an interrupted build leaves either the old tree or the new one, never a mix.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Plan:
    """What a build would change in the output directory."""

    output: Path
    files: Mapping[str, bytes]  # every file of the new tree
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = field(default=())

    @property
    def in_sync(self) -> bool:
        return not (self.added or self.changed or self.removed)


def existing_files(output: Path) -> dict[str, Path]:
    """The files below the output directory that the build owns: all but what Python tools write
    next to generated packages (byte code, the egg-info of an editable install)."""
    if not output.is_dir():
        return {}
    return {
        path.relative_to(output).as_posix(): path
        for path in sorted(output.rglob("*"))
        if (path.is_file() or path.is_symlink()) and not _written_by_python_tools(path.relative_to(output))
    }


def _written_by_python_tools(relative: Path) -> bool:
    return any(part == "__pycache__" or part.endswith(".egg-info") for part in relative.parts[:-1])


def plan(output: Path, files: Mapping[str, bytes]) -> Plan:
    on_disk = existing_files(output)
    added, changed, unchanged = [], [], []
    for relative in sorted(files):
        path = on_disk.get(relative)
        if path is None:
            added.append(relative)
        elif path.is_symlink() or path.read_bytes() != files[relative]:
            changed.append(relative)
        else:
            unchanged.append(relative)
    removed = sorted(set(on_disk) - set(files))
    return Plan(output, files, tuple(added), tuple(changed), tuple(removed), tuple(unchanged))


def _sibling(output: Path, label: str) -> Path:
    return output.parent / f".{output.name}.{label}"


def recover(output: Path) -> None:
    """Undo what an interrupted `apply` left behind, so the output directory is whole again."""
    staging, previous = _sibling(output, "staging"), _sibling(output, "previous")
    if staging.exists():
        shutil.rmtree(staging)
    if previous.exists():
        if output.exists():
            shutil.rmtree(previous)
        else:
            previous.rename(output)


def apply(change: Plan, write_hook: Iterable[None] | None = None) -> None:
    """Make the output directory hold exactly `change.files`. Does nothing if already in sync.

    `write_hook`, for tests, is advanced before every file written to the staging tree.
    """
    output = change.output
    recover(output)
    if change.in_sync:
        return
    staging, previous = _sibling(output, "staging"), _sibling(output, "previous")
    hook = iter(write_hook) if write_hook is not None else None
    try:
        for relative in sorted(change.files):
            if hook is not None:
                next(hook)
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if relative in change.unchanged:
                _link_or_copy(output / relative, target)
            else:
                with open(target, "wb") as handle:
                    handle.write(change.files[relative])
                    handle.flush()
                    os.fsync(handle.fileno())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if output.exists():
        output.rename(previous)
    staging.rename(output)
    shutil.rmtree(previous, ignore_errors=True)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
