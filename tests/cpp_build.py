"""Compiling C++ test programs against the generated C++ and the Arrow C++ of the pyarrow wheel.

A `Toolchain` compiles translation units with g++ in parallel and keeps the objects of the
generated code (the unity source and the runtime) for every program it links, so that a test
session compiles them once per build variant.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from codegen import cppflags
from codegen.config import Config

CPP_TESTS = Path(__file__).resolve().parent / "cpp"  # the hand-written C++ of the tests
WARNINGS = ("-Wall", "-Wextra", "-Werror")
SANITIZERS = ("-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=all")


@dataclass(frozen=True)
class Variant:
    """How a whole program is built: compile flags, link flags, and the environment to run it in."""

    name: str
    compile: tuple[str, ...]
    link: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()


# -O0: the quickest build; the sanitized build at -O1 also sees the warnings that need optimisation.
NORMAL = Variant("normal", ("-O0", *WARNINGS))
SANITIZED = Variant(
    "sanitized",
    ("-O1", "-g1", *SANITIZERS, *WARNINGS),  # -g1: line numbers in reports, at a fraction of -g
    link=SANITIZERS[:1],
    env=(
        ("ASAN_OPTIONS", "detect_leaks=1:halt_on_error=1"),
        ("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1"),
    ),
)


def compiler() -> str | None:
    return shutil.which("g++")


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # seconds of the compiler's own user and system time

    def __str__(self) -> str:
        return f"{self.wall:.1f} s ({self.cpu:.1f} s CPU)"


class CompileError(AssertionError):
    """g++ rejected a translation unit; the message holds its diagnostics."""


@dataclass
class Toolchain:
    config: Config
    variant: Variant
    build_dir: Path
    jobs: int = 2
    # How long each compiled source (by file name) took, for the test output.
    timings: dict[str, Timing] = field(default_factory=dict)
    _objects: dict[Path, Future[Path]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=self.jobs)
        self.build_dir.mkdir(parents=True, exist_ok=True)

    def for_project(self, config: Config, build_dir: Path) -> Toolchain:
        """A toolchain of the same variant for another project (a user's, on top of the core):
        it reuses the objects this one compiled, such as the core's unity source."""
        other = Toolchain(config, self.variant, build_dir, self.jobs)
        other._objects, other._lock = self._objects, self._lock
        return other

    def flags(self) -> list[str]:
        return [*cppflags.compile_flags(self.config), f"-I{CPP_TESTS}", *self.variant.compile]

    def library(self) -> list[Path]:
        """The generated code's sources: the unity source and the runtime."""
        return cppflags.sources(self.config)

    def objects(self, sources: Iterable[Path]) -> list[Future[Path]]:
        """Compile each source once (in the background, `jobs` at a time); reuses earlier objects."""
        futures = []
        with self._lock:
            for source in sources:
                if source not in self._objects:
                    self._objects[source] = self._pool.submit(self._compile, source)
                futures.append(self._objects[source])
        return futures

    def _compile(self, source: Path) -> Path:
        digest = hashlib.sha256(str(source).encode()).hexdigest()[:12]
        target = self.build_dir / f"{source.stem}-{digest}.o"
        log = target.with_suffix(".log")
        start = time.perf_counter()
        with open(log, "w", encoding="utf-8") as stderr:
            child = subprocess.Popen(
                ["g++", *self.flags(), "-c", str(source), "-o", str(target)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            # wait4 (not wait) for the compiler's own CPU time: the machine may be busy.
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        self.timings[source.name] = Timing(time.perf_counter() - start, usage.ru_utime + usage.ru_stime)
        if child.returncode != 0:
            errors = log.read_text(encoding="utf-8")
            raise CompileError(f"g++ ({self.variant.name}) failed on {source}:\n{errors[-20000:]}")
        return target

    def program(self, name: str, sources: Iterable[Path], *, library: bool = True) -> Path:
        """Link a program from `sources` and (unless `library` is false) the generated code;
        compiles what is not compiled yet."""
        futures = self.objects([*(self.library() if library else []), *sources])
        objects = [future.result() for future in futures]
        executable = self.build_dir / name
        result = subprocess.run(
            [
                "g++",
                *self.variant.link,
                *(str(o) for o in objects),
                *cppflags.link_flags(),
                "-o",
                str(executable),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise CompileError(f"linking {name} ({self.variant.name}) failed:\n{result.stderr[-20000:]}")
        return executable

    def run(self, executable: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, **dict(self.variant.env)}
        return subprocess.run(
            [str(executable)], capture_output=True, text=True, timeout=timeout, env=env, check=False
        )


_SHARED: dict[tuple[str, Path], Toolchain] = {}


def shared_toolchain(config: Config, variant: Variant, base: Path) -> Toolchain:
    """One toolchain per variant for a whole test session (`base`: the session's temporary
    directory), so that the generated code is compiled once for every program of that variant."""
    key = (variant.name, base)
    if key not in _SHARED:
        _SHARED[key] = Toolchain(config, variant, base / f"cpp-{variant.name}")
    return _SHARED[key]
