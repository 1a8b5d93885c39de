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


NORMAL = Variant("normal", ("-O1", *WARNINGS))
SANITIZED = Variant(
    "sanitized",
    ("-O1", "-g", *SANITIZERS, *WARNINGS),
    link=SANITIZERS[:1],
    env=(
        ("ASAN_OPTIONS", "detect_leaks=1:halt_on_error=1"),
        ("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1"),
    ),
)


def compiler() -> str | None:
    return shutil.which("g++")


class CompileError(AssertionError):
    """g++ rejected a translation unit; the message holds its diagnostics."""


@dataclass
class Toolchain:
    config: Config
    variant: Variant
    build_dir: Path
    jobs: int = 2
    # Seconds of wall time per compiled source (by file name), for the test output.
    timings: dict[str, float] = field(default_factory=dict)
    _objects: dict[Path, Future[Path]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=self.jobs)
        self.build_dir.mkdir(parents=True, exist_ok=True)

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
        start = time.perf_counter()
        result = subprocess.run(
            ["g++", *self.flags(), "-c", str(source), "-o", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        self.timings[source.name] = time.perf_counter() - start
        if result.returncode != 0:
            raise CompileError(f"g++ ({self.variant.name}) failed on {source}:\n{result.stderr[-20000:]}")
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
