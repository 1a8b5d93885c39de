"""Recordings: `rr.init`, `rr.log`, `rr.set_time`, `rr.send_columns`, sinks, and the current recording.

A `RecordingStream` turns logged archetypes and component batches into rows, gathers rows into
chunks (see `rerun._batcher`) and sends the chunks to its sinks (see `rerun.sinks`). Every
module-level function takes an optional `recording=`; without it, the thread's current recording
is used, else the global one.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import multiprocessing
import os
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any, TypeVar

import numpy as np
import pyarrow as pa

from rerun._baseclasses import ComponentDescriptor, DescribedComponentBatch
from rerun._batcher import Batcher, ChunkBatcherConfig, PendingRow
from rerun._chunk import TUIDS, Chunk, TimeColumnData, TimelineKind, timeline_kind_of
from rerun._entity_path import EntityPathError, normalize_entity_path
from rerun._rrd import StoreId, encode_chunk
from rerun._time import TimeColumnLike, time_value
from rerun.error_utils import catch_and_log_exceptions, report
from rerun.sinks import (
    ActivationEvent,
    BinaryStream,
    BufferedSink,
    ChunkEvent,
    Event,
    FileSink,
    GrpcSink,
    MemoryRecording,
    MemorySink,
    NullSink,
    Sink,
    StdoutSink,
    StoreInfoEvent,
    ViewerPipeSink,
    _BytesSink,
    start_viewer,
    warn_once,
)

RECORDING_PROPERTIES_PATH = "/__properties"


def _default_recording_id() -> str:
    """One id per process tree: derived from the multiprocessing authkey, which children inherit."""
    digest = hashlib.sha256(bytes(multiprocessing.current_process().authkey)).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def _enabled_by_environment(default_enabled: bool) -> bool:
    value = os.environ.get("RERUN", "").strip().lower()
    if value in ("0", "off", "false", "no"):
        return False
    if value in ("1", "on", "true", "yes"):
        return True
    return default_enabled


_live_streams: weakref.WeakSet[RecordingStream] = weakref.WeakSet()


class RecordingStream:
    """A recording being logged: data goes through a batcher into the stream's sinks.

    Use it as a context manager to make it the current recording of this thread. Every logging
    function is also available as a method (`rec.log(...)`, `rec.set_time(...)`, ...).
    """

    def __init__(
        self,
        application_id: str,
        *,
        recording_id: str | uuid.UUID | None = None,
        make_default: bool = False,
        make_thread_default: bool = False,
        default_enabled: bool = True,
        send_properties: bool = True,
        batcher_config: ChunkBatcherConfig | None = None,
    ) -> None:
        if not isinstance(application_id, str) or not application_id:
            raise ValueError(f"application_id must be a non-empty string, got {application_id!r}")
        self._sinks: list[Sink] = [BufferedSink()]
        recording_id = str(recording_id) if recording_id is not None else _default_recording_id()
        self._start(
            StoreId("recording", application_id, recording_id),
            _enabled_by_environment(default_enabled),
            batcher_config or ChunkBatcherConfig.DEFAULT(),
        )
        if send_properties and self._enabled:
            self.send_recording_start_time_nanos(time.time_ns())
        _live_streams.add(self)
        if make_default:
            set_global_data_recording(self)
        if make_thread_default:
            set_thread_local_data_recording(self)

    def _start(self, store_id: StoreId, enabled: bool, batcher_config: ChunkBatcherConfig) -> None:
        """The state every store has; announces the store to the sinks."""
        self._store_id = store_id
        self._enabled = enabled
        self._closed = False
        self._lock = threading.RLock()
        self._time = threading.local()
        self._timeline_kinds: dict[str, TimelineKind] = {"log_tick": "sequence", "log_time": "timestamp"}
        self._tick = 0
        self._context_stack: list[RecordingStream | None] = []
        self._batcher = Batcher(batcher_config, self._send_chunk)
        self._send(StoreInfoEvent(store_id))

    # --- identity -------------------------------------------------------------------------------

    def get_application_id(self) -> str:
        """The application id."""
        return self._store_id.application_id

    def get_recording_id(self) -> str:
        """The recording id."""
        return self._store_id.recording_id

    def is_enabled(self) -> bool:
        """Whether logged data goes anywhere."""
        return self._enabled and not self._closed

    def __repr__(self) -> str:
        return (
            f"RecordingStream(application_id={self.get_application_id()!r}, "
            f"recording_id={self.get_recording_id()!r})"
        )

    def __enter__(self) -> RecordingStream:
        self._context_stack.append(get_thread_local_data_recording())
        set_thread_local_data_recording(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()
        for sink in self._sinks:
            if isinstance(sink, FileSink):
                sink.close()
        self._sinks = [sink for sink in self._sinks if not isinstance(sink, FileSink)] or [NullSink()]
        set_thread_local_data_recording(self._context_stack.pop() if self._context_stack else None)

    # --- sending ----------------------------------------------------------------------------------

    def _send(self, event: Event) -> None:
        with self._lock:
            for sink in self._sinks:
                sink.send(event)

    def _send_chunk(self, chunk: Chunk, store_id: StoreId | None = None) -> None:
        self._send(ChunkEvent(encode_chunk(store_id or self._store_id, chunk)))

    def _set_sinks(self, sinks: list[Sink], default_blueprint: Any = None) -> None:
        """Replace the sinks; data buffered before the first real sink is replayed into it."""
        self._batcher.flush()
        with self._lock:
            buffered: list[Event] = []
            for old in self._sinks:
                if isinstance(old, BufferedSink):
                    buffered = old.take()
                else:
                    old.close()
            self._sinks = sinks
            if not buffered:
                buffered = [StoreInfoEvent(self._store_id)]
            for sink in sinks:
                for event in buffered:
                    sink.send(event)
        if default_blueprint is not None:
            self.send_blueprint(default_blueprint, make_active=False, make_default=True)
        for sink in sinks:
            sink.flush()

    def flush(self, *, timeout_sec: float = 1e38) -> None:
        """Turn pending rows into chunks and push them to the sinks."""
        self._batcher.flush()
        with self._lock:
            for sink in self._sinks:
                sink.flush()

    def disconnect(self) -> None:
        """Flush, finish every sink (files get their footer), and drop further data."""
        self._batcher.flush()
        with self._lock:
            for sink in self._sinks:
                if isinstance(sink, (MemorySink, BufferedSink)):
                    continue
                sink.close()
            self._sinks = [NullSink()]

    def _shutdown(self) -> None:
        self._batcher.close()
        with self._lock:
            for sink in self._sinks:
                sink.close()

    # --- sinks ------------------------------------------------------------------------------------

    def save(
        self, path: str | os.PathLike[str], default_blueprint: Any = None, *, write_footer: bool = True
    ) -> None:
        """Write everything logged so far, and from now on, to an .rrd file."""
        sink = FileSink(path, write_footer=write_footer)
        sink.open()
        sink.check_writable()
        self._set_sinks([sink], default_blueprint)

    def stdout(self, default_blueprint: Any = None, *, write_footer: bool = True) -> None:
        """Stream to standard output (for piping into `rerun -`)."""
        self._set_sinks([StdoutSink(write_footer=write_footer)], default_blueprint)

    def memory_recording(self) -> MemoryRecording:
        """Keep the recording in memory; returns the object to read it back from."""
        sink = MemorySink()
        self._set_sinks([sink])
        return MemoryRecording(sink.buffer, self.flush)

    def binary_stream(self) -> BinaryStream:
        """Produce the recording as a byte stream to read incrementally."""
        sink = _BytesSink()
        self._set_sinks([sink])
        return BinaryStream(sink, self.flush)

    def set_sinks(self, *sinks: Sink, default_blueprint: Any = None) -> None:
        """Send the data to several sinks at once (e.g. two files)."""
        for sink in sinks:
            if isinstance(sink, FileSink):
                sink.open()
        self._set_sinks(list(sinks) or [NullSink()], default_blueprint)

    def spawn(
        self,
        *,
        port: int = 9876,
        connect: bool = True,
        memory_limit: str = "75%",
        server_memory_limit: str = "1GiB",
        hide_welcome_screen: bool = False,
        detach_process: bool = True,
        executable_name: str = "rerun",
        executable_path: str | None = None,
        default_blueprint: Any = None,
    ) -> None:
        """Start a Rerun viewer and stream into it; without a viewer, warn once and drop the data."""
        process = start_viewer(
            executable_name=executable_name,
            executable_path=executable_path,
            port=port,
            memory_limit=memory_limit,
            hide_welcome_screen=hide_welcome_screen,
        )
        if not connect:
            return
        self._set_sinks([ViewerPipeSink(process) if process is not None else NullSink()], default_blueprint)

    def connect_grpc(self, url: str | None = None, *, default_blueprint: Any = None) -> None:
        """Not supported by this SDK: warns once; the data is dropped."""
        self._set_sinks([GrpcSink(url)], default_blueprint)

    def serve_grpc(self, *, grpc_port: int | None = None, default_blueprint: Any = None, **_: Any) -> str:
        """Not supported by this SDK: warns once; the data is dropped."""
        self._set_sinks([GrpcSink(f"rerun+http://127.0.0.1:{grpc_port or 9876}/proxy")], default_blueprint)
        return f"rerun+http://127.0.0.1:{grpc_port or 9876}/proxy"

    # --- time -------------------------------------------------------------------------------------

    def _times(self) -> dict[str, tuple[TimelineKind, int]]:
        times: dict[str, tuple[TimelineKind, int]] | None = getattr(self._time, "values", None)
        if times is None:
            times = {}
            self._time.values = times
        return times

    def _check_timeline_kind(self, timeline: str, kind: TimelineKind) -> None:
        with self._lock:
            known = self._timeline_kinds.setdefault(timeline, kind)
        if known != kind:
            raise TypeError(f"timeline {timeline!r} holds {known} values; it cannot also hold {kind} values")

    def set_time(
        self,
        timeline: str,
        *,
        sequence: int | None = None,
        duration: int | float | timedelta | np.timedelta64 | None = None,
        timestamp: int | float | datetime | np.datetime64 | None = None,
    ) -> None:
        """Set the current time of `timeline` for this thread's following `log` calls."""
        with catch_and_log_exceptions(f"set_time({timeline!r})"):
            if not isinstance(timeline, str) or not timeline:
                raise TypeError(f"the timeline name must be a non-empty string, got {timeline!r}")
            kind, value = time_value(sequence, duration, timestamp)
            self._check_timeline_kind(timeline, kind)
            self._times()[timeline] = (kind, value)

    def disable_timeline(self, timeline: str) -> None:
        """Stop using `timeline` for this thread's following `log` calls."""
        self._times().pop(timeline, None)

    def reset_time(self) -> None:
        """Clear all times of this thread (the automatic `log_tick`/`log_time` remain)."""
        self._times().clear()

    # --- logging ----------------------------------------------------------------------------------

    def log(
        self,
        entity_path: str | list[Any],
        entity: Any,
        *extra: Any,
        static: bool = False,
        strict: bool | None = None,
    ) -> None:
        """Log an archetype (or any `AsComponents`, or component batches) to `entity_path`."""
        if not self.is_enabled():
            return
        with catch_and_log_exceptions(f"log({_describe_path(entity_path)})", strict=strict) as guard:
            path = _entity_path(entity_path, strict)
            components = _collect_components([entity, *extra])
        if guard.failed:
            return
        if static:
            times: dict[str, tuple[TimelineKind, int]] = {}
        else:
            with self._lock:
                self._tick += 1
                tick = self._tick
            times = {"log_tick": ("sequence", tick), "log_time": ("timestamp", time.time_ns())}
            times.update(self._times())
        self._batcher.push(path, PendingRow(TUIDS.next(), times, components))

    def send_columns(
        self,
        entity_path: str | list[Any],
        indexes: Iterable[TimeColumnLike],
        columns: Iterable[Any],
        *,
        strict: bool | None = None,
    ) -> None:
        """Send many rows at once: index columns (timelines) and component columns of equal length."""
        if not self.is_enabled():
            return
        with catch_and_log_exceptions(f"send_columns({_describe_path(entity_path)})", strict=strict) as guard:
            path = _entity_path(entity_path, strict)
            chunk = self._columns_chunk(path, list(indexes), list(columns))
        if guard.failed or chunk is None:
            return
        self._send_chunk(chunk)

    def _columns_chunk(self, path: str, indexes: list[TimeColumnLike], columns: list[Any]) -> Chunk | None:
        timelines: dict[str, TimeColumnData] = {}
        lengths: dict[str, int] = {}
        for index in indexes:
            name = index.timeline_name()
            array = index.as_arrow_array()
            if array.null_count:
                raise ValueError(f"index {name!r} contains nulls")
            kind = timeline_kind_of(array.type)
            self._check_timeline_kind(name, kind)
            values = array.cast(pa.int64()).to_numpy(zero_copy_only=False).astype(np.int64, copy=True)
            timelines[name] = TimeColumnData(kind, values)
            lengths[f"index {name!r}"] = len(values)
        components: dict[ComponentDescriptor, pa.ListArray] = {}
        for column in columns:
            descriptor = _descriptor_of(column)
            array = column.as_arrow_array()
            if pa.types.is_large_list(array.type):
                array = array.cast(pa.list_(array.type.value_field))
            if not pa.types.is_list(array.type):
                raise TypeError(
                    f"column {descriptor.component!r} is not partitioned into rows; "
                    "use `Archetype.columns(...)`, `.partition(lengths)` or a ComponentColumn"
                )
            components[descriptor] = pa.concat_arrays(
                [array]
            )  # a copy: later changes to the input don't leak in
            lengths[f"column {descriptor.component!r}"] = len(array)
        if not components:
            return None
        if len(set(lengths.values())) > 1:
            described = ", ".join(f"{name}: {count}" for name, count in lengths.items())
            raise ValueError(f"all indexes and columns must have the same number of rows ({described})")
        count = next(iter(lengths.values()))
        return Chunk(path, TUIDS.next(), TUIDS.next_many(count), timelines, components)

    def send_record_batch(self, batch: pa.RecordBatch) -> None:
        """Send a record batch that already follows Rerun's chunk schema conventions."""
        if self.is_enabled():
            self._send_chunk(Chunk.from_record_batch(batch))

    def send_chunks(self, chunks: Iterable[Chunk]) -> None:
        """Send ready-made chunks (e.g. read back from another recording with `rerun.rrd`)."""
        if self.is_enabled():
            for chunk in chunks:
                self._send_chunk(
                    Chunk(chunk.entity_path, TUIDS.next(), chunk.row_ids, chunk.timelines, chunk.components)
                )

    # --- properties and blueprints ----------------------------------------------------------------

    def send_property(self, name: str, values: Any) -> None:
        """Log `values` (an archetype, AnyValues, ...) as a recording property under `name`."""
        path = _entity_path([name] if isinstance(name, str) else name, None)
        self.log(RECORDING_PROPERTIES_PATH + path, values, static=True)

    def send_recording_name(self, name: str) -> None:
        """Name the recording (shown by the viewer)."""
        from rerun.archetypes import RecordingInfo

        self.log(RECORDING_PROPERTIES_PATH, RecordingInfo(name=name), static=True)

    def send_recording_start_time_nanos(self, nanos: int) -> None:
        """Set the recording's start time, in nanoseconds since the Unix epoch."""
        from rerun.archetypes import RecordingInfo

        self.log(RECORDING_PROPERTIES_PATH, RecordingInfo(start_time=nanos), static=True)

    def send_blueprint(self, blueprint: Any, *, make_active: bool = True, make_default: bool = True) -> None:
        """Send a blueprint (layout of views) along with the recording."""
        from rerun.blueprint.api import create_blueprint

        if not self.is_enabled():
            return
        blueprint_id = StoreId("blueprint", self.get_application_id(), str(uuid.uuid4()))
        stream = _BlueprintStream(self, blueprint_id)
        create_blueprint(blueprint).log_to_stream(stream)
        stream.finish()
        self._send(ActivationEvent(blueprint_id, make_active, make_default))


class _BlueprintStream(RecordingStream):
    """A blueprint store that writes through its parent recording's sinks."""

    def __init__(self, parent: RecordingStream, store_id: StoreId) -> None:
        self._parent = parent
        self._start(store_id, True, ChunkBatcherConfig.NEVER())

    def _send(self, event: Event) -> None:
        self._parent._send(event)

    def finish(self) -> None:
        """Flush the blueprint's rows into the parent's sinks."""
        self._batcher.flush()


def _describe_path(entity_path: Any) -> str:
    if isinstance(entity_path, Iterable) and not isinstance(entity_path, str):
        return repr(list(entity_path))
    return repr(entity_path)


def _entity_path(entity_path: str | list[Any], strict: bool | None) -> str:
    try:
        path, problems = normalize_entity_path(entity_path)
    except EntityPathError as error:
        raise ValueError(f"bad entity path: {error}") from None
    if problems:
        report("entity path", ValueError(f"{entity_path!r}: {'; '.join(problems)}"), strict)
    return path


def _descriptor_of(batch: Any) -> ComponentDescriptor:
    if type(batch) is DescribedComponentBatch:  # what archetypes give: the fast path
        return batch.component_descriptor()
    describe = getattr(batch, "component_descriptor", None)
    if callable(describe):
        descriptor = describe()
        if isinstance(descriptor, ComponentDescriptor):
            return descriptor
        if isinstance(descriptor, str):
            return ComponentDescriptor(descriptor)
    name = getattr(batch, "component_name", None)
    if callable(name):
        return ComponentDescriptor(str(name()))
    component_type = getattr(batch, "component_type", None)
    if callable(component_type):
        return ComponentDescriptor(str(component_type()), component_type=str(component_type()))
    raise TypeError(f"{type(batch).__name__} has no component descriptor; describe it with `.described(...)`")


def _iter_batches(entity: Any) -> Iterator[Any]:
    if hasattr(entity, "as_component_batches"):
        yield from entity.as_component_batches()
    elif hasattr(entity, "as_arrow_array"):
        yield entity
    elif isinstance(entity, Iterable) and not isinstance(entity, (str, bytes)):
        for item in entity:
            yield from _iter_batches(item)
    else:
        raise TypeError(
            f"expected an archetype, an AsComponents object or component batches, got {type(entity).__name__}"
        )


def _collect_components(entities: list[Any]) -> dict[ComponentDescriptor, pa.Array]:
    components: dict[ComponentDescriptor, pa.Array] = {}
    for entity in entities:
        for batch in _iter_batches(entity):
            array = batch.as_arrow_array()
            if array is None:
                continue
            components[_descriptor_of(batch)] = array
    return components


# --- the current recording ------------------------------------------------------------------------

_global_recording: RecordingStream | None = None
_thread_local = threading.local()


def get_global_data_recording() -> RecordingStream | None:
    """The global recording, if any."""
    return _global_recording


def set_global_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make `recording` the global one; returns the previous global recording."""
    global _global_recording
    previous = _global_recording
    _global_recording = recording
    return previous


def get_thread_local_data_recording() -> RecordingStream | None:
    """This thread's recording, if any."""
    recording: RecordingStream | None = getattr(_thread_local, "recording", None)
    return recording


def set_thread_local_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make `recording` this thread's recording; returns the previous one."""
    previous = get_thread_local_data_recording()
    _thread_local.recording = recording
    return previous


def get_data_recording(recording: RecordingStream | None = None) -> RecordingStream | None:
    """`recording` if given, else this thread's recording, else the global one."""
    if recording is not None:
        return recording
    return get_thread_local_data_recording() or _global_recording


def _recording(recording: RecordingStream | None, action: str) -> RecordingStream | None:
    stream = get_data_recording(recording)
    if stream is None:
        warn_once(
            "no-recording",
            f"rr.{action}: there is no recording; call rr.init(...) first. The call is ignored.",
        )
    return stream


@atexit.register
def _shutdown_all() -> None:
    for stream in list(_live_streams):
        with contextlib.suppress(Exception):  # exiting: best effort for every stream
            stream._shutdown()


_Func = TypeVar("_Func", bound=Callable[..., Any])


def recording_stream_generator_ctx(func: _Func) -> _Func:
    """Decorator for generators that yield inside a `with recording:` block they opened.

    Each time the generator runs, the thread-local recording it had when it last yielded is
    restored, and the caller's is put back when it yields again, so the two never mix.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        generator = func(*args, **kwargs)
        inner: RecordingStream | None = None
        sent: Any = None
        while True:
            outer = set_thread_local_data_recording(inner)
            try:
                value = generator.send(sent)
            except StopIteration as stop:
                return stop.value
            finally:
                inner = set_thread_local_data_recording(outer)
            sent = yield value

    return wrapper  # type: ignore[return-value]
