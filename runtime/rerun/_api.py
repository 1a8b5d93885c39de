"""The module-level logging functions: each acts on `recording=` or on the current recording."""

from __future__ import annotations

import atexit
import functools
import os
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pyarrow as pa

from rerun._time import TimeColumnLike
from rerun.error_utils import set_strict_mode
from rerun.recording_stream import (
    RecordingStream,
    _recording,
    _shutdown_all,
    get_data_recording,
    get_global_data_recording,
    get_thread_local_data_recording,
    recording_stream_generator_ctx,
    set_global_data_recording,
    set_thread_local_data_recording,
)
from rerun.rrd import read_rrd
from rerun.sinks import BinaryStream, MemoryRecording, Sink, warn_once

if TYPE_CHECKING:
    from rerun.rrd import Recording


def init(
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    spawn: bool = False,
    init_logging: bool = True,
    default_enabled: bool = True,
    strict: bool | None = None,
    default_blueprint: Any = None,
    send_properties: bool = True,
) -> None:
    """Start a new global recording named `application_id`; with `spawn=True`, show it in a viewer.

    Data logged before a sink is chosen (`save`, `spawn`, `stdout`, ...) is kept and sent to it.
    `strict` sets the strict mode (bad input raises instead of warning).
    """
    if strict is not None:
        set_strict_mode(strict)
    recording = RecordingStream(
        application_id,
        recording_id=recording_id,
        make_default=True,
        default_enabled=default_enabled,
        send_properties=send_properties,
    )
    if spawn:
        recording.spawn(default_blueprint=default_blueprint)


def thread_local_stream(application_id: str) -> Any:
    """Decorator: run a (generator) function with its own thread-local recording."""
    import functools
    import inspect

    def decorator(func: Any) -> Any:
        if inspect.isgeneratorfunction(func):

            @functools.wraps(func)
            def generator_wrapper(*args: Any, **kwargs: Any) -> Any:
                stream = RecordingStream(application_id, recording_id=uuid.uuid4())
                gen = func(*args, **kwargs)
                try:
                    with stream:
                        value = next(gen)
                    while True:
                        sent = yield value
                        with stream:
                            value = gen.send(sent)
                except StopIteration:
                    return

            return generator_wrapper

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with RecordingStream(application_id, recording_id=uuid.uuid4()):
                return func(*args, **kwargs)

        return wrapper

    return decorator


def log(
    entity_path: str | list[Any],
    entity: Any,
    *extra: Any,
    static: bool = False,
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    """Log an archetype, any `AsComponents`, or component batches to `entity_path`.

    Non-static data is stamped with this thread's current times (see `set_time`) plus the
    automatic `log_tick` and `log_time` timelines; `static=True` data holds for all times.
    """
    stream = _recording(recording, "log")
    if stream is not None:
        stream.log(entity_path, entity, *extra, static=static, strict=strict)


def send_columns(
    entity_path: str | list[Any],
    indexes: Iterable[TimeColumnLike],
    columns: Iterable[Any],
    *,
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    """Send many rows at once: `indexes` (TimeColumn) and `columns` (ComponentColumn) of equal length."""
    stream = _recording(recording, "send_columns")
    if stream is not None:
        stream.send_columns(entity_path, indexes, columns, strict=strict)


def send_record_batch(batch: pa.RecordBatch, recording: RecordingStream | None = None) -> None:
    """Send a record batch that follows Rerun's chunk schema conventions."""
    stream = _recording(recording, "send_record_batch")
    if stream is not None:
        stream.send_record_batch(batch)


def set_time(
    timeline: str,
    *,
    recording: RecordingStream | None = None,
    sequence: int | None = None,
    duration: int | float | timedelta | np.timedelta64 | None = None,
    timestamp: int | float | datetime | np.datetime64 | None = None,
) -> None:
    """Set this thread's current time on `timeline`: exactly one of sequence=, duration=, timestamp=."""
    stream = _recording(recording, "set_time")
    if stream is not None:
        stream.set_time(timeline, sequence=sequence, duration=duration, timestamp=timestamp)


def disable_timeline(timeline: str, recording: RecordingStream | None = None) -> None:
    """Stop stamping this thread's logs with `timeline`."""
    stream = _recording(recording, "disable_timeline")
    if stream is not None:
        stream.disable_timeline(timeline)


def reset_time(recording: RecordingStream | None = None) -> None:
    """Clear all of this thread's times."""
    stream = _recording(recording, "reset_time")
    if stream is not None:
        stream.reset_time()


def save(
    path: str | os.PathLike[str],
    default_blueprint: Any = None,
    recording: RecordingStream | None = None,
    *,
    write_footer: bool = True,
) -> None:
    """Write the recording (what was logged so far, and all that follows) to an .rrd file.

    Raises `OSError` at once if the file cannot be created or written.
    """
    stream = _recording(recording, "save")
    if stream is not None:
        stream.save(path, default_blueprint, write_footer=write_footer)


def stdout(
    default_blueprint: Any = None, recording: RecordingStream | None = None, *, write_footer: bool = True
) -> None:
    """Stream the recording to standard output."""
    stream = _recording(recording, "stdout")
    if stream is not None:
        stream.stdout(default_blueprint, write_footer=write_footer)


def memory_recording(recording: RecordingStream | None = None) -> MemoryRecording:
    """Keep the recording in memory; read it back with the returned object."""
    stream = get_data_recording(recording)
    if stream is None:
        raise RuntimeError("rr.memory_recording: there is no recording; call rr.init(...) first")
    return stream.memory_recording()


def binary_stream(recording: RecordingStream | None = None) -> BinaryStream:
    """Produce the recording as an .rrd byte stream, read incrementally."""
    stream = get_data_recording(recording)
    if stream is None:
        raise RuntimeError("rr.binary_stream: there is no recording; call rr.init(...) first")
    return stream.binary_stream()


def set_sinks(*sinks: Sink, default_blueprint: Any = None, recording: RecordingStream | None = None) -> None:
    """Send the recording to all of `sinks` (e.g. `rr.FileSink("a.rrd")`)."""
    stream = _recording(recording, "set_sinks")
    if stream is not None:
        stream.set_sinks(*sinks, default_blueprint=default_blueprint)


def spawn(
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
    recording: RecordingStream | None = None,
) -> None:
    """Start a Rerun viewer (`rerun` on PATH, or `$RERUN_CLI_PATH`) and stream the recording into it.

    Without a viewer, warns once and carries on; the data is then not shown anywhere.
    """
    stream = _recording(recording, "spawn")
    if stream is not None:
        stream.spawn(
            port=port,
            connect=connect,
            memory_limit=memory_limit,
            server_memory_limit=server_memory_limit,
            hide_welcome_screen=hide_welcome_screen,
            detach_process=detach_process,
            executable_name=executable_name,
            executable_path=executable_path,
            default_blueprint=default_blueprint,
        )


def connect_grpc(
    url: str | None = None, *, default_blueprint: Any = None, recording: RecordingStream | None = None
) -> None:
    """Not supported by this SDK (no gRPC): warns once and drops the data. Use `save` or `spawn`."""
    stream = _recording(recording, "connect_grpc")
    if stream is not None:
        stream.connect_grpc(url, default_blueprint=default_blueprint)


def serve_grpc(
    *,
    grpc_port: int | None = None,
    default_blueprint: Any = None,
    recording: RecordingStream | None = None,
    **options: Any,
) -> str:
    """Not supported by this SDK (no gRPC): warns once and drops the data."""
    stream = _recording(recording, "serve_grpc")
    if stream is None:
        return ""
    return stream.serve_grpc(grpc_port=grpc_port, default_blueprint=default_blueprint)


def disconnect(recording: RecordingStream | None = None) -> None:
    """Finish the recording's sinks (files get their footer); later data is dropped."""
    stream = get_data_recording(recording)
    if stream is not None:
        stream.disconnect()


def flush(*, timeout_sec: float = 1e38, recording: RecordingStream | None = None) -> None:
    """Push all pending data to the sinks."""
    stream = get_data_recording(recording)
    if stream is not None:
        stream.flush(timeout_sec=timeout_sec)


def is_enabled(recording: RecordingStream | None = None) -> bool:
    """Whether the recording exists and logged data goes somewhere."""
    stream = get_data_recording(recording)
    return stream is not None and stream.is_enabled()


def get_application_id(recording: RecordingStream | None = None) -> str | None:
    """The application id of the recording, if there is one."""
    stream = get_data_recording(recording)
    return stream.get_application_id() if stream is not None else None


def get_recording_id(recording: RecordingStream | None = None) -> str | None:
    """The recording id of the recording, if there is one."""
    stream = get_data_recording(recording)
    return stream.get_recording_id() if stream is not None else None


def send_property(name: str, values: Any, recording: RecordingStream | None = None) -> None:
    """Log a recording property: `values` is an archetype or `AnyValues`."""
    stream = _recording(recording, "send_property")
    if stream is not None:
        stream.send_property(name, values)


def send_recording_name(name: str, recording: RecordingStream | None = None) -> None:
    """Name the recording."""
    stream = _recording(recording, "send_recording_name")
    if stream is not None:
        stream.send_recording_name(name)


def send_recording_start_time_nanos(nanos: int, recording: RecordingStream | None = None) -> None:
    """Set the recording's start time (nanoseconds since the Unix epoch)."""
    stream = _recording(recording, "send_recording_start_time_nanos")
    if stream is not None:
        stream.send_recording_start_time_nanos(nanos)


def send_blueprint(
    blueprint: Any,
    *,
    make_active: bool = True,
    make_default: bool = True,
    recording: RecordingStream | None = None,
) -> None:
    """Send a blueprint (a `rerun.blueprint` layout) with the recording."""
    stream = _recording(recording, "send_blueprint")
    if stream is not None:
        stream.send_blueprint(blueprint, make_active=make_active, make_default=make_default)


def version() -> str:
    """The SDK's version string."""
    return "rerun_py 0.33.1 (rerun-typegen: pure-Python SDK, .rrd format of Rerun 0.33.1)"


def rerun_shutdown() -> None:
    """Flush every recording and finish its sinks (files get their footer). Runs at exit by itself."""
    _shutdown_all()


def unregister_shutdown() -> None:
    """Do not run `rerun_shutdown` at interpreter exit."""
    atexit.unregister(_shutdown_all)


_F = TypeVar("_F", bound=Callable[..., Any])


def shutdown_at_exit(func: _F) -> _F:
    """Decorator: run `rerun_shutdown` when `func` returns or raises (for processes that skip atexit)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        finally:
            rerun_shutdown()

    return wrapper  # type: ignore[return-value]


def cleanup_if_forked_child() -> None:
    """Nothing to do here: a forked child's recordings restart their own flush timers automatically."""


def send_dataframe(df: pa.RecordBatchReader | pa.Table, recording: RecordingStream | None = None) -> None:
    """Send record batches that follow Rerun's chunk schema conventions, one chunk each."""
    stream = _recording(recording, "send_dataframe")
    if stream is None:
        return
    batches = df.to_batches() if isinstance(df, pa.Table) else df
    for batch in batches:
        stream.send_record_batch(batch)


def send_recording(rrd: Recording, recording: RecordingStream | None = None) -> None:
    """Deprecated: send every chunk of a recording read with `rerun.rrd.read_rrd` to this recording."""
    warn_once(
        "send_recording", "rr.send_recording is deprecated: use RecordingStream.send_chunks(store.chunks)"
    )
    stream = _recording(recording, "send_recording")
    if stream is not None:
        stream.send_chunks(rrd.recording().chunks)


def log_file_from_path(
    file_path: str | os.PathLike[str],
    *,
    entity_path_prefix: str | None = None,
    static: bool = False,
    recording: RecordingStream | None = None,
) -> None:
    """Log the contents of a file. Only .rrd files are understood: their chunks are sent as they are."""
    stream = _recording(recording, "log_file_from_path")
    path = Path(file_path)
    if stream is None:
        return
    if path.suffix.lower() != ".rrd":
        warn_once(
            f"importer{path.suffix}",
            f"rr.log_file_from_path: no importer for {path.suffix or 'extension-less'} files in this SDK; "
            f"{str(path)!r} is not logged. Log it with an archetype (e.g. rr.Asset3D(path=...)) instead.",
        )
        return
    stream.send_chunks(read_rrd(path).recording().chunks)


def _unsupported(name: str, what: str) -> None:
    warn_once(name, f"rr.{name}: {what} is not available in this pure-Python SDK; the call does nothing.")


def serve_web_viewer(
    *, web_port: int | None = None, open_browser: bool = True, connect_to: str | None = None
) -> None:
    """Not available in this SDK (it ships no web viewer): warns once."""
    _unsupported("serve_web_viewer", "the web viewer")


def start_web_viewer_server(port: int = 0) -> None:
    """Not available in this SDK (it ships no web viewer): warns once."""
    _unsupported("start_web_viewer_server", "the web viewer")


def notebook_show(
    *,
    width: int | None = None,
    height: int | None = None,
    blueprint: Any = None,
    recording: RecordingStream | None = None,
) -> None:
    """Not available in this SDK (it ships no notebook viewer): warns once."""
    _unsupported("notebook_show", "the notebook viewer")


EXTERNAL_IMPORTER_INCOMPATIBLE_EXIT_CODE = 66
"""The exit code an external importer uses to say it cannot handle a file."""

__all__ = [
    "EXTERNAL_IMPORTER_INCOMPATIBLE_EXIT_CODE",
    "binary_stream",
    "cleanup_if_forked_child",
    "connect_grpc",
    "disable_timeline",
    "disconnect",
    "flush",
    "get_application_id",
    "get_data_recording",
    "get_global_data_recording",
    "get_recording_id",
    "get_thread_local_data_recording",
    "init",
    "is_enabled",
    "log",
    "log_file_from_path",
    "memory_recording",
    "notebook_show",
    "recording_stream_generator_ctx",
    "rerun_shutdown",
    "reset_time",
    "save",
    "send_blueprint",
    "send_columns",
    "send_dataframe",
    "send_property",
    "send_record_batch",
    "send_recording",
    "send_recording_name",
    "send_recording_start_time_nanos",
    "serve_grpc",
    "serve_web_viewer",
    "set_global_data_recording",
    "set_sinks",
    "set_thread_local_data_recording",
    "set_time",
    "shutdown_at_exit",
    "spawn",
    "start_web_viewer_server",
    "stdout",
    "thread_local_stream",
    "unregister_shutdown",
    "version",
]
