"""Comparing generated files with the output directory, and replacing it atomically.

The output directory belongs to the tool: anything in it that the current build does not produce
is stale and removed. A build is applied by preparing a complete new tree beside the old one
(unchanged files are hard-linked, so they keep their timestamps) and swapping the two with
renames; an interrupted build leaves either the old tree or the new one, never a mix.

Everything that writes the output directory, or reads it as a whole, holds its lock (`lock`): an
`flock` on a file beside it (`.generated.lock` next to `generated/`), so that two builds of one
output run one after the other. The staging and previous trees beside it (`.generated.staging`,
`.generated.previous`) belong to the tool: whatever is found under those names is removed before a
build, and a symbolic link there is unlinked, never followed.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from codegen.codes import Code
from codegen.diagnostics import Diagnostic, DiagnosticError


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


def lock_path(output: Path) -> Path:
    """The file whose `flock` guards the output directory: `.generated.lock` next to `generated/`."""
    return _sibling(output, "lock")


_held = threading.local()  # the locks this thread holds: lock file -> depth


@contextmanager
def lock(output: Path, *, on_wait: Callable[[], None] | None = None, write: bool = True) -> Iterator[None]:
    """Hold the output directory's lock for the duration: another process (or thread) that asks for
    it waits until it is released, which happens however the block is left. `on_wait` is called once
    if the lock is taken and this has to wait. Within one thread the lock is re-entrant.

    `write=False` (a `--check`, which only reads) tolerates a tree it may not write: without a lock
    file there and no permission to create one, it proceeds unlocked, as nothing else can write there
    either."""
    path = lock_path(output)
    held: dict[Path, int] = _held.__dict__.setdefault("locks", {})
    if path in held:
        held[path] += 1
        try:
            yield
        finally:
            held[path] -= 1
        return
    descriptor = _open_lock_file(path, write=write)
    if descriptor is None:
        yield
        return
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        held[path] = 1
        try:
            yield
        finally:
            del held[path]
    finally:
        os.close(descriptor)  # releases the lock


def _open_lock_file(path: Path, *, write: bool) -> int | None:
    """The lock file, opened (and created if absent). It is never removed: a process waiting on the
    old file would then hold a lock nobody else sees. A symbolic link or anything but a regular file
    under its name is refused."""
    flags = os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, flags | os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT) and not write:
            try:
                descriptor = os.open(path, flags | os.O_RDONLY)
            except FileNotFoundError:
                return None
            except OSError as second:
                raise _lock_problem(path, second) from None
        else:
            raise _lock_problem(path, error) from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise _lock_problem(path, None)
    return descriptor


def _lock_problem(path: Path, error: OSError | None) -> DiagnosticError:
    if error is not None and error.errno == errno.ELOOP:
        why = "is a symbolic link"
    elif error is None or error.errno == errno.EISDIR:
        why = "is not a regular file"
    else:
        why = f"cannot be opened ({error.strerror or error})"
    return DiagnosticError(
        [
            Diagnostic(
                Code.CONFIG,
                f"the build lock {path} {why}",
                hint="it belongs to codegen: remove it, and the next build creates it afresh",
            )
        ]
    )


def recover(output: Path) -> None:
    """Undo what an interrupted `apply` left behind, so the output directory is whole again: a
    staging tree is removed, a previous tree put back if the output is missing (else removed).
    Anything else under those names (a symbolic link, a file) is unlinked, never followed."""
    staging, previous = _sibling(output, "staging"), _sibling(output, "previous")
    _remove(staging)
    if _is_real_directory(previous) and not os.path.lexists(output):
        previous.rename(output)
    else:
        _remove(previous)


def _is_real_directory(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _remove(path: Path) -> None:
    """Remove whatever is at `path`: a directory with all it holds, or the file or link itself."""
    if _is_real_directory(path):
        shutil.rmtree(path)  # does not follow the links inside
    else:
        with suppress(FileNotFoundError):
            path.unlink()


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
    staging.mkdir()  # afresh: `recover` removed whatever was there
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
    if os.path.lexists(output):
        output.rename(previous)
    staging.rename(output)
    with suppress(OSError):  # else the next build's `recover` removes it
        _remove(previous)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
