"""Run an example program headless, with its recording written to a file instead of a viewer.

    python tests/snippet_runner.py docs/snippets/archetypes/points3d_simple.py out.rrd [args...]

`rr.spawn()` / `rr.init(..., spawn=True)` and the gRPC calls are redirected to `rr.save(out.rrd)`.
A program that never spawns or saves has what it buffered saved at the end. Strict mode is on and
Rerun warnings are errors, so bad input fails the run. Exit code 0 means the program ran to
completion and its recording was finished (footer written).

Every `log` and `send_columns` call that a recording accepts is also traced, with the component
batches exactly as the program handed them over and the times they were logged at, into
`out.calls.pkl` beside the recording.
`assert_recorded_as_logged` checks a decoded recording against that trace: the trace never goes
through the batcher, the chunk encoder or the file, so it is an independent expectation.
"""

from __future__ import annotations

import contextlib
import pickle
import runpy
import sys
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyarrow as pa

if TYPE_CHECKING:
    from rerun.recording_stream import RecordingStream
    from rerun.rrd import Store

# A component descriptor as plain data: (component, archetype, component type).
Descriptor = tuple[str, str | None, str | None]
# The times of a call's rows, by timeline: (kind, one value per row). A `log` call has one row at the
# times the program set (not the automatic log_tick and log_time); static data has none.
Times = dict[str, tuple[str, tuple[int, ...]]]
# Each row's value of a component, keyed by (entity path, descriptor, static), in logging order.
Rows = dict[tuple[str, Descriptor, bool], list[pa.Array]]


@dataclass(frozen=True)
class LoggedCall:
    """One accepted `log` or `send_columns` call: where its rows went and what they held."""

    method: str  # "log" or "send_columns"
    store: tuple[str, str]  # (application id, recording id) of the stream
    entity_path: str  # rooted at "/", as recordings name entities
    static: bool
    times: Times
    components: dict[Descriptor, pa.ListArray]  # one list entry per row; a null entry holds nothing


def trace_path(output: Path) -> Path:
    """Where the runner traces the calls of the program recording into `output`."""
    return output.with_suffix(".calls.pkl")


def logged_calls(output: Path) -> list[LoggedCall]:
    """The calls traced by a run that recorded into `output`, in the order they were made."""
    calls = []
    with trace_path(output).open("rb") as handle:
        while True:
            try:
                method, store, entity_path, static, times, descriptors, data = pickle.load(handle)
            except EOFError:
                return calls
            columns = pa.ipc.open_stream(data).read_next_batch().columns if descriptors else []
            components = dict(zip(descriptors, columns, strict=True))
            calls.append(LoggedCall(method, store, entity_path, static, times, components))


def _descriptor(batch: Any) -> Descriptor:
    described = batch.component_descriptor()
    if isinstance(described, str):
        return (described, None, None)
    return (described.component, described.archetype, described.component_type)


def _batches(loggable: Any) -> Iterator[Any]:
    """The component batches in what `log` accepts: an AsComponents, a batch, or iterables of them."""
    if hasattr(loggable, "as_component_batches"):
        yield from loggable.as_component_batches()
    elif hasattr(loggable, "as_arrow_array"):
        yield loggable
    else:
        for item in loggable:
            yield from _batches(item)


def _serialized(columns: list[pa.Array]) -> bytes:
    """Columns of equal length as an Arrow IPC stream: it keeps every type exactly (pickle drops
    nested fields' nullability), and it copies the data now, before the program can change it."""
    batch = pa.record_batch(columns, names=[str(index) for index in range(len(columns))])
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


@contextlib.contextmanager
def tracing(trace: BinaryIO) -> Iterator[None]:
    """Trace accepted calls into `trace` while the block runs, by wrapping `RecordingStream.log` and
    `.send_columns`: the methods that `rr.log`, `rr.send_columns` and every other logging helper end in."""
    import rerun as rr
    from rerun._chunk import timeline_kind_of
    from rerun.recording_stream import RecordingStream

    log, send_columns = RecordingStream.log, RecordingStream.send_columns
    lock = threading.Lock()

    def write(
        method: str,
        stream: RecordingStream,
        entity_path: Any,
        static: bool,
        times: Times,
        rows: dict[Descriptor, pa.Array],
    ) -> None:
        path = entity_path if isinstance(entity_path, str) else rr.new_entity_path(list(entity_path))
        store = (stream.get_application_id(), stream.get_recording_id())
        data = _serialized(list(rows.values())) if rows else b""
        with lock:
            pickle.dump((method, store, "/" + path.strip("/"), static, times, list(rows), data), trace)

    def traced_log(
        self: RecordingStream,
        entity_path: Any,
        entity: Any,
        *extra: Any,
        static: bool = False,
        strict: bool | None = None,
    ) -> None:
        enabled = self.is_enabled()
        log(self, entity_path, entity, *extra, static=static, strict=strict)
        if enabled:
            rows: dict[Descriptor, pa.Array] = {}
            for batch in _batches([entity, *extra]):
                array = batch.as_arrow_array()
                if array is not None:
                    offsets = pa.array([0, len(array)], pa.int32())
                    rows[_descriptor(batch)] = pa.ListArray.from_arrays(offsets, array)
            times = (
                {} if static else {name: (kind, (value,)) for name, (kind, value) in self._times().items()}
            )
            write("log", self, entity_path, static, times, rows)

    def traced_send_columns(
        self: RecordingStream, entity_path: Any, indexes: Any, columns: Any, *, strict: bool | None = None
    ) -> None:
        enabled = self.is_enabled()
        indexes, columns = list(indexes), list(columns)
        send_columns(self, entity_path, indexes, columns, strict=strict)
        if enabled:
            times: Times = {}
            for index in indexes:
                values = index.as_arrow_array()
                times[index.timeline_name()] = (
                    timeline_kind_of(values.type),
                    tuple(values.cast(pa.int64()).to_pylist()),
                )
            rows = {_descriptor(c): c.as_arrow_array() for c in columns}
            write("send_columns", self, entity_path, not indexes, times, rows)

    RecordingStream.log = traced_log  # type: ignore[method-assign]
    RecordingStream.send_columns = traced_send_columns  # type: ignore[method-assign]
    try:
        yield
    finally:
        RecordingStream.log = log  # type: ignore[method-assign]
        RecordingStream.send_columns = send_columns  # type: ignore[method-assign]


def run(snippet: Path, output: Path, argv: list[str]) -> None:
    """Run `snippet` as `__main__`, recording into `output` and tracing its calls beside it."""
    import rerun as rr
    from rerun.recording_stream import RecordingStream

    def save_instead(self: RecordingStream, *args: Any, default_blueprint: Any = None, **kwargs: Any) -> Any:
        self.save(output, default_blueprint)
        return None

    RecordingStream.spawn = save_instead  # type: ignore[method-assign]
    RecordingStream.connect_grpc = save_instead  # type: ignore[method-assign]
    RecordingStream.serve_grpc = save_instead  # type: ignore[method-assign]
    rr.set_strict_mode(True)
    warnings.simplefilter("error", rr.RerunWarning)
    sys.argv = [str(snippet), *argv]
    with trace_path(output).open("wb") as trace, tracing(trace):
        runpy.run_path(str(snippet), run_name="__main__")
        recording = rr.get_global_data_recording()
        if recording is None:
            raise SystemExit(f"{snippet}: the program never called rr.init")
        if not output.is_file():  # the program only buffered its data (no spawn or save): keep what it logged
            recording.save(output)
        recording.disconnect()


def logged_rows(calls: list[LoggedCall], store: tuple[str, str]) -> Rows:
    """The rows that `calls` logged to `store`: a `log` gives one, `send_columns` one per index row."""
    found: Rows = {}
    for call in calls:
        if call.store != store:
            continue
        for descriptor, column in call.components.items():
            rows = found.setdefault((call.entity_path, descriptor, call.static), [])
            rows.extend(row.values for row in column if row.is_valid)
    return found


def recorded_rows(recording: Store) -> Rows:
    """The rows of a decoded recording, in RowId order (the order they were logged in)."""
    found: dict[tuple[str, Descriptor, bool], list[tuple[tuple[int, int], pa.Array]]] = {}
    for chunk in recording.chunks:
        for described, column in chunk.components.items():
            descriptor = (described.component, described.archetype, described.component_type)
            rows = found.setdefault((chunk.entity_path, descriptor, chunk.is_static), [])
            for index, row in enumerate(column):
                if row.is_valid:
                    rows.append(((int(chunk.row_ids[index, 0]), int(chunk.row_ids[index, 1])), row.values))
    return {key: [values for _, values in sorted(rows, key=lambda r: r[0])] for key, rows in found.items()}


def _shown(array: pa.Array) -> str:
    """The start of an array's values, on one line."""
    text = " ".join(str(array.slice(0, 8).to_pylist()).split())
    return text if len(text) <= 120 else text[:117] + "..."


def assert_recorded_as_logged(program: str, recording: Store, calls: list[LoggedCall]) -> None:
    """Every (entity, component) has as many rows, static or not, as were logged, and equal values."""
    store = (recording.store_id.application_id, recording.store_id.recording_id)
    logged, recorded = logged_rows(calls, store), recorded_rows(recording)
    assert logged, f"{program}: nothing was logged to the recording {store}"
    problems = []
    for key in sorted(logged.keys() | recorded.keys(), key=repr):
        entity, (component, _, _), static = key
        where = f"{program}: {entity} {component}{' (static)' if static else ''}"
        expected, found = logged.get(key, []), recorded.get(key, [])
        if len(expected) != len(found):
            problems.append(f"{where}: {len(expected)} rows logged, {len(found)} in the recording")
            continue
        wrong = [row for row, (a, b) in enumerate(zip(expected, found, strict=True)) if not a.equals(b)]
        if wrong:
            row = wrong[0]
            problems.append(
                f"{where}: {len(wrong)} of {len(expected)} rows differ; row {row} was logged as "
                f"{expected[row].type} {_shown(expected[row])}, "
                f"recorded as {found[row].type} {_shown(found[row])}"
            )
    assert not problems, "\n".join(problems)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    run(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
