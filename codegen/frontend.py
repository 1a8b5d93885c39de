"""From a definitions directory to a validated model: discovery, reading, parsing, resolving."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codegen.codes import Code
from codegen.core import CORE_ROOT, core_paths
from codegen.diagnostics import Diagnostic, display_path
from codegen.limits import MAX_FILE_SIZE
from codegen.model import Model
from codegen.resolve import DEFINITION_SUFFIX, ParsedFile, Scope, resolve
from codegen.syntax import parse
from codegen.walk import BadLink, LinkProblem, walk


@dataclass(frozen=True)
class Source:
    """One definition file: the path shown in messages, its path below the definitions root, its text."""

    display_path: str
    relative_path: str
    text: str
    imported: bool = False  # a file of the installed core, which the project builds on


@dataclass(frozen=True)
class FrontendResult:
    model: Model | None
    diagnostics: tuple[Diagnostic, ...]
    sources: dict[str, str]  # display path -> text, for rendering diagnostics


def discover(
    definitions: Path, display_root: Path, *, imported: bool = False
) -> tuple[list[Source], list[Diagnostic]]:
    """Every `*.rrdef` below `definitions`, in sorted order, with paths shown relative to `display_root`.

    Symbolic links to folders and files are followed (`codegen.walk`); one that points nowhere, or to
    a folder it is in, is reported rather than skipped.
    """
    sources: list[Source] = []
    found = walk(definitions, DEFINITION_SUFFIX)
    problems = [_bad_link(link, display_root) for link in found.bad_links]
    for directory in found.unreadable:
        display = display_path(directory.path, display_root)
        problems.append(Diagnostic(Code.UNREADABLE_FILE, f"cannot read {display}: {directory.error}"))
    for file in found.files:
        display = display_path(file.path, display_root)
        text_or_problem = read_definition(file.path, display)
        if isinstance(text_or_problem, Diagnostic):
            problems.append(text_or_problem)
            continue
        sources.append(Source(display, file.relative_path, text_or_problem, imported))
    return sources, problems


_FILE_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def read_definition(path: Path, display: str) -> str | Diagnostic:
    """The text of one definition file, or why it cannot be one.

    Only a regular file is read (a link is followed): a FIFO is opened without waiting for a writer
    and never read, and so is a device such as `/dev/zero`. At most the size limit and one byte
    more are read, so that an endless or huge file costs no more than that.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        return Diagnostic(Code.UNREADABLE_FILE, f"cannot read {display}: {error}")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            mode = os.fstat(descriptor).st_mode
            if not stat.S_ISREG(mode):
                kind = _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")
                return Diagnostic(
                    Code.NOT_A_REGULAR_FILE,
                    f"{display} is {kind}, not a regular file: it is not read",
                    hint="a definition must be a file (or a symbolic link to one)",
                )
            data = handle.read(MAX_FILE_SIZE + 1)
        except OSError as error:
            return Diagnostic(Code.UNREADABLE_FILE, f"cannot read {display}: {error}")
    if len(data) > MAX_FILE_SIZE:
        return Diagnostic(
            Code.FILE_TOO_LARGE,
            f"{display} is larger than the limit of {MAX_FILE_SIZE:,} bytes: it is not read",
            hint="split it: a definition file holds one type",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Diagnostic(Code.UNREADABLE_FILE, f"cannot read {display}: {error}")


def _bad_link(link: BadLink, display_root: Path) -> Diagnostic:
    display = display_path(link.path, display_root)
    try:  # where the link leads, shown like other paths (the root itself may be reached through a link)
        leads = link.resolved.relative_to(Path(os.path.realpath(display_root))).as_posix()
    except ValueError:
        leads = link.resolved.as_posix()
    where = f"`{display}` is a symbolic link to `{link.target}` ({leads})"
    if link.problem is LinkProblem.DANGLING:
        return Diagnostic(
            Code.BAD_LINK,
            f"{where}, which does not exist",
            hint="remove the link, or point it at a definition file or a folder of them",
        )
    if link.problem is LinkProblem.LOOP:
        return Diagnostic(
            Code.BAD_LINK,
            f"`{display}` is a symbolic link to `{link.target}`, which leads back to itself through links",
            hint="remove the link, or point it at a definition file or a folder of them",
        )
    return Diagnostic(
        Code.BAD_LINK,
        f"{where}, a folder that the link is in: following it would never end",
        hint="a linked folder of definitions must be outside the folders that hold the link",
    )


def core_sources(display_root: Path) -> tuple[list[Source], list[Diagnostic]]:
    """The installed core's definitions, which a user's project (or a baseline of one) builds on."""
    return discover(core_paths().definitions, display_root, imported=True)


def defines_core(sources: list[Source]) -> bool:
    """Whether a set of definitions holds the core `rerun` root itself."""
    return any(s.relative_path.split("/")[0] == CORE_ROOT for s in sources)


def load(
    sources: list[Source],
    snippet_exists: Callable[[str], bool] | None = None,
    scope: Scope | None = None,
) -> FrontendResult:
    """Parse and resolve sources. Never raises for bad definitions: problems are diagnostics."""
    diagnostics: list[Diagnostic] = []
    parsed: list[ParsedFile] = []
    failed: dict[str, str] = {}  # relative path -> display path, of the files that did not parse
    for source in sources:
        result = parse(source.text, source.display_path)
        diagnostics.extend(result.diagnostics)
        if result.file is not None:
            parsed.append(ParsedFile(result.file, source.relative_path, source.imported))
        else:
            failed[source.relative_path] = source.display_path
    resolved = resolve(parsed, snippet_exists, scope, failed_files=failed)
    diagnostics.extend(resolved.diagnostics)
    model = resolved.model if not any(d.is_error for d in diagnostics) else None
    texts = {s.display_path: s.text for s in sources}
    return FrontendResult(model, tuple(sorted(diagnostics, key=Diagnostic.sort_key)), texts)
