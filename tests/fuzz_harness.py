"""A fuzz harness for the definitions: hostile trees of definition files, each linted and built with
the Python backend in-process, under a time and memory guard.

Three properties hold for every input: no internal error (a traceback), every input `lint` accepts
builds into Python that compiles and passes ruff, and time and memory stay bounded (time as a
multiple of a baseline build on the same machine, so that a slow machine does not fail it).

tests/tool/test_fuzz.py runs a bounded, seeded run in CI. A long run:

    .venv/bin/python tests/fuzz_harness.py --examples 10000
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from codegen.cli import EXIT_INTERNAL, main  # noqa: E402
from codegen.formatting import RUFF_CONFIG  # noqa: E402
from conftest import PRELUDE, REPO, make_project  # noqa: E402

Files = dict[str, str]
MEMORY_LIMIT = 768 * 2**20  # bytes traced by tracemalloc at the peak of one input
TIME_FACTOR = 80  # an input may take this many baseline builds

REAL = [p.read_text(encoding="utf-8") for p in sorted((REPO / "definitions").rglob("*.rrdef"))]
HOSTILE_CHARACTERS = [
    *"{}[]();:,.=?@/\\\"'<>#*-_ \n\t`",
    "\x00",
    "\x07",
    "\x1b",
    "\r",
    "\u202e",
    "\ufeff",
    "é",
    "🦀",
    "///",
    "//",
    "/*",
    "namespace",
    "struct",
    "enum",
    "union",
    "[rerun.datatypes.Vec3D]",
    "0x" + "f" * 60,
    "9" * 50,
]
# Names that a generated class or module uses itself.
NAMES = ["self", "cls", "clear_unset", "instance", "guard", "components", "datatypes", "pa", "np", "value"]


@st.composite
def mutated_file(draw: st.DrawFn) -> Files:
    """A real definition file with byte and token edits, placed where it claims to live."""
    text = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(["delete", "insert", "replace", "duplicate"]))
        span = draw(st.integers(1, 40))
        piece = draw(st.sampled_from(HOSTILE_CHARACTERS)) * draw(st.sampled_from([1, 1, 2, 50, 3000]))
        if operation == "delete":
            text = text[:position] + text[position + span :]
        elif operation == "insert":
            text = text[:position] + piece + text[position:]
        elif operation == "replace":
            text = text[:position] + piece + text[position + span :]
        else:
            text = text[:position] + text[position : position + span] * 3 + text[position + span :]
    return {"rerun/datatypes/thing.rrdef": text}


def _datatype(name: str, body: str, docs: str = "A thing.") -> str:
    return f"namespace rerun.datatypes;\n\n/// {docs}\nstruct {name} {{\n{body}}}\n"


@st.composite
def deep_nesting(draw: st.DrawFn) -> Files:
    depth = draw(st.sampled_from([1, 5, 31, 32, 33, 100, 1000, 3000]))
    field = "    /// Nested.\n    value: " + "[" * depth + "f32" + "]" * depth + ",\n"
    return {"rerun/datatypes/thing.rrdef": _datatype("Thing", field)}


@st.composite
def long_doc_line(draw: st.DrawFn) -> Files:
    unit = draw(st.sampled_from(["`", "[a.b] ", "[rerun.datatypes.Vec3D] ", "x", "\\", "[", "``a"]))
    count = draw(st.sampled_from([10, 1000, 5000, 20000]))
    return {
        "rerun/datatypes/thing.rrdef": _datatype("Thing", "    /// A value.\n    v: f32,\n", unit * count)
    }


@st.composite
def reference_chain(draw: st.DrawFn) -> Files:
    """Datatypes each wrapping the next, one file each; sometimes closed into a cycle."""
    length = draw(st.sampled_from([2, 50, 300, 700]))
    cycle = draw(st.booleans())
    files: Files = {}
    for index in range(length):
        following = f"Link{index + 1}" if index + 1 < length else ("Link0" if cycle else None)
        body = f"    /// Next.\n    next: {following},\n" if following else "    /// End.\n    end: f32,\n"
        files[f"rerun/datatypes/link{index}.rrdef"] = _datatype(f"Link{index}", body)
    return files


@st.composite
def huge_struct(draw: st.DrawFn) -> Files:
    count = draw(st.sampled_from([10, 1000, 4000]))
    names = draw(st.sampled_from(["plain", "duplicate", "reserved"]))
    fields = []
    for index in range(count):
        name = {"plain": f"f{index}", "duplicate": f"f{index % 7}", "reserved": NAMES[index % len(NAMES)]}
        fields.append(f"    /// A field.\n    {name[names]}: f32,\n")
    return {"rerun/datatypes/thing.rrdef": _datatype("Thing", "".join(fields))}


@st.composite
def reserved_names(draw: st.DrawFn) -> Files:
    """A field or an archetype field named like something the generated code uses itself."""
    name = draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        return {"rerun/datatypes/thing.rrdef": _datatype("Thing", f"    /// A field.\n    {name}: f32?,\n")}
    archetype = (
        "namespace rerun.archetypes;\n\n/// Things.\nstruct Things {\n    /// Where.\n    @required\n"
        f"    {name}: [rerun.components.Position3D],\n}}\n"
    )
    return {"rerun/archetypes/things.rrdef": archetype}


@st.composite
def many_files(draw: st.DrawFn) -> Files:
    count = draw(st.sampled_from([20, 200, 600]))
    return {
        f"rerun/datatypes/value{index}.rrdef": _datatype(f"Value{index}", "    /// A value.\n    v: f32,\n")
        for index in range(count)
    }


FAMILIES = {
    "mutated file": mutated_file(),
    "deep nesting": deep_nesting(),
    "long doc line": long_doc_line(),
    "reference chain": reference_chain(),
    "huge struct": huge_struct(),
    "reserved names": reserved_names(),
    "many files": many_files(),
}
INPUTS = st.one_of(*FAMILIES.values())


class OverBudget(BaseException):
    """An input ran out of time. Not an Exception, so that the command's own handler of internal
    errors does not take it for one."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    def expire(_signal: int, _frame: FrameType | None) -> None:
        raise OverBudget(f"no answer within {seconds:.1f} s ({TIME_FACTOR} baseline builds)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Harness:
    """Runs inputs in throwaway projects below `scratch`; `budget` seconds each."""

    scratch: Path
    budget: float = 0.0
    runs: int = 0

    def calibrate(self) -> None:
        started = time.perf_counter()
        self._build({})
        self.budget = max(TIME_FACTOR * (time.perf_counter() - started), 1.0)

    def check(self, files: Files) -> None:
        """Assert the three properties for one input (the prelude's types beside it)."""
        tracemalloc.start()
        try:
            with _time_limit(self.budget):
                status, output, messages = self._build(files)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert status != EXIT_INTERNAL and "Traceback" not in messages, messages[-3000:]
        assert peak < MEMORY_LIMIT, f"{peak / 2**20:.0f} MB at the peak"
        if status == 0:
            _assert_emittable(output)
        else:
            assert "error" in messages, messages[-3000:]

    def _build(self, files: Files) -> tuple[int, Path, str]:
        self.runs += 1
        root = self.scratch / f"p{self.runs}"
        project = make_project(root, {**PRELUDE, **files}, backends='["python"]')
        (root / "snippets").mkdir()
        captured = io.StringIO()
        with contextlib.redirect_stderr(captured), contextlib.redirect_stdout(io.StringIO()):
            status = main(["--project", str(root), "build"])
        return status, project.output, captured.getvalue()

    def clean(self) -> None:
        for child in self.scratch.iterdir():
            shutil.rmtree(child, ignore_errors=True)


def _assert_emittable(output: Path) -> None:
    """Every generated module compiles, and ruff (with the tool's settings) finds nothing."""
    for module in sorted(output.rglob("*.py")):
        compile(module.read_text(encoding="utf-8"), str(module), "exec")
    done = subprocess.run(
        [find_ruff_bin(), "check", "--config", str(RUFF_CONFIG), "--no-cache", "--quiet", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def long_run(examples: int, seed: int, save: Path | None = None) -> int:
    """Check `examples` inputs drawn with a seed, reporting every failing one (not only the first);
    with `save`, each failing input is written there as JSON (`--replay FILE` runs it again)."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="codegen-fuzz-") as scratch:
        harness = Harness(Path(scratch))
        harness.calibrate()

        @hypothesis.seed(seed)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(INPUTS)
        def one(files: Files) -> None:
            try:
                harness.check(files)
            except (Exception, OverBudget) as failure:
                first_line = (str(failure) or type(failure).__name__).splitlines()[0]
                failures.append(f"{sorted(files)[:3]}: {first_line}")
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    target = save / f"failure-{seed}-{len(failures)}.json"
                    target.write_text(json.dumps(files, indent=1), encoding="utf-8")
                print(f"failure {len(failures)}: {failures[-1]}", flush=True)
            if harness.runs % 50 == 0:
                harness.clean()
                print(f"{harness.runs} inputs, {len(failures)} failures", flush=True)

        one()
    print(f"done: {harness.runs - 1} inputs, {len(failures)} failures (budget {harness.budget:.1f} s each)")
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="a folder for the failing inputs, as JSON")
    parser.add_argument("--replay", type=Path, help="check one saved input and show the failure")
    arguments = parser.parse_args()
    if arguments.replay is not None:
        with tempfile.TemporaryDirectory(prefix="codegen-fuzz-") as scratch:
            replayed = Harness(Path(scratch))
            replayed.calibrate()
            replayed.check(json.loads(arguments.replay.read_text(encoding="utf-8")))
        print("passed")
        sys.exit(0)
    sys.exit(long_run(arguments.examples, arguments.seed, arguments.save))
