"""Walking a directory tree the way the definitions are laid out: symbolic links are followed.

`Path.rglob` (Python 3.11) does not descend into a symlinked directory, so a linked folder of
definitions would be skipped without a word. This walk follows links to directories and files (a
file's path below the root is the link's path, which the layout rule checks), and reports a link
that points nowhere or back to a folder it sits in instead of skipping it or looping forever.
"""

from __future__ import annotations

import enum
import errno
import os
from dataclasses import dataclass
from pathlib import Path


class LinkProblem(enum.Enum):
    DANGLING = "dangling"  # the target does not exist
    CYCLE = "cycle"  # the target is a folder the link sits in
    LOOP = "loop"  # a chain of links that leads back to itself


@dataclass(frozen=True)
class FoundFile:
    path: Path  # below the root as walked: links are not resolved
    relative_path: str  # posix, relative to the root


@dataclass(frozen=True)
class BadLink:
    path: Path  # the link as walked
    relative_path: str
    target: str  # what the link says, as written (os.readlink)
    resolved: Path  # where that leads, made absolute
    problem: LinkProblem


@dataclass(frozen=True)
class Unreadable:
    path: Path  # a directory that cannot be listed
    error: OSError


@dataclass
class Walk:
    files: list[FoundFile]
    bad_links: list[BadLink]
    unreadable: list[Unreadable]


def walk(root: Path, suffix: str) -> Walk:
    """Every file below `root` whose name ends in `suffix` (sorted by relative path), following links.

    A root that is not a directory holds nothing.
    """
    result = Walk([], [], [])
    if root.is_dir():
        _visit(root, "", frozenset({os.path.realpath(root)}), suffix, result, set())
    result.files.sort(key=lambda f: f.relative_path)
    result.bad_links.sort(key=lambda b: b.relative_path)
    return result


def _visit(
    directory: Path,
    relative: str,
    ancestors: frozenset[str],
    suffix: str,
    result: Walk,
    reported: set[tuple[str, str]],
) -> None:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as error:
        result.unreadable.append(Unreadable(directory, error))
        return
    for entry in entries:
        path = directory / entry.name
        below = f"{relative}/{entry.name}" if relative else entry.name
        if entry.is_symlink():
            problem = _link_problem(path, ancestors)
            if problem is not None:
                # One report per link on disk, however many ways the walk reaches it.
                key = (os.path.realpath(directory), entry.name)
                if key not in reported:
                    reported.add(key)
                    target = os.readlink(path)
                    resolved = Path(os.path.realpath(path))
                    result.bad_links.append(BadLink(path, below, target, resolved, problem))
                continue
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        if is_dir:
            _visit(path, below, ancestors | {os.path.realpath(path)}, suffix, result, reported)
        elif entry.name.endswith(suffix):
            result.files.append(FoundFile(path, below))


def _link_problem(link: Path, ancestors: frozenset[str]) -> LinkProblem | None:
    try:
        os.stat(link)  # follows the whole chain of links
    except OSError as error:
        if error.errno == errno.ELOOP:
            return LinkProblem.LOOP
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return LinkProblem.DANGLING
        return None  # some other trouble (permissions): reading the file reports it
    if os.path.isdir(link):
        target = Path(os.path.realpath(link))
        # A folder the link is in on disk, or one the walk came through (links that lead to each other).
        if Path(os.path.realpath(link.parent)).is_relative_to(target) or str(target) in ancestors:
            return LinkProblem.CYCLE
    return None
