"""Where a recording's data goes: files, memory, byte streams, a spawned viewer, or nowhere.

Every sink receives the same messages (store announcements, encoded chunks, blueprint
activations) and frames them into its own .rrd stream. Sinks that end (files, memory drains)
finish their stream with the footer that Rerun's tools need.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import warnings
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from rerun._rrd import EncodedChunk, RrdEncoder, StoreId
from rerun.error_utils import RerunWarning

if TYPE_CHECKING:
    from rerun.rrd import Recording


@dataclass(frozen=True)
class StoreInfoEvent:
    """A store is announced."""

    store_id: StoreId


@dataclass(frozen=True)
class ChunkEvent:
    """A chunk is written."""

    chunk: EncodedChunk


@dataclass(frozen=True)
class ActivationEvent:
    """A blueprint is activated."""

    blueprint_id: StoreId
    make_active: bool
    make_default: bool


Event = StoreInfoEvent | ChunkEvent | ActivationEvent


def _replay(encoder: RrdEncoder, event: Event) -> None:
    if isinstance(event, StoreInfoEvent):
        encoder.set_store_info(event.store_id)
    elif isinstance(event, ChunkEvent):
        encoder.chunk(event.chunk)
    else:
        encoder.blueprint_activation(
            event.blueprint_id, make_active=event.make_active, make_default=event.make_default
        )


class Sink(ABC):
    """Receives a recording's messages."""

    @abstractmethod
    def send(self, event: Event) -> None:
        """Deliver one message."""

    def flush(self) -> None:  # noqa: B027 - most sinks have nothing to flush
        """Push buffered bytes to the operating system."""

    def close(self) -> None:  # noqa: B027
        """Finish the stream; nothing is sent afterwards."""


class _EncoderSink(Sink):
    """A sink that frames messages with its own encoder into a writable byte target."""

    def __init__(self, target: IO[bytes], *, write_footer: bool, compress: bool = True) -> None:
        self._target = target
        self._write_footer = write_footer
        self._lock = threading.Lock()
        self._failed = False
        self._encoder = RrdEncoder(self._write, compress=compress)

    def _write(self, data: bytes) -> None:
        self._target.write(data)

    def send(self, event: Event) -> None:
        with self._lock:
            if self._failed:
                return
            try:
                _replay(self._encoder, event)
            except OSError as error:
                self._fail(error)

    def flush(self) -> None:
        with self._lock:
            if self._failed:
                return
            try:
                self._target.flush()
            except OSError as error:
                self._fail(error)

    def _fail(self, error: OSError) -> None:
        self._failed = True
        warnings.warn(
            f"{self.describe()}: writing failed, further data is dropped: {error}", RerunWarning, stacklevel=2
        )

    def describe(self) -> str:
        """A short name for messages."""
        return type(self).__name__

    def close(self) -> None:
        with self._lock:
            if self._failed:
                return
            try:
                if self._write_footer:
                    self._encoder.finish()
                self._target.flush()
            except OSError as error:
                self._fail(error)
            self._failed = True  # nothing more after close


class FileSink(Sink):
    """Writes the recording to an .rrd file (created or truncated when the sink is attached)."""

    def __init__(self, path: str | os.PathLike[str], *, write_footer: bool = True) -> None:
        self.path = Path(path)
        self.write_footer = write_footer
        self._inner: _FileWriter | None = None

    def open(self) -> None:
        """Create the file; a path that cannot be written raises `OSError` here."""
        try:
            handle = open(self.path, "wb")  # noqa: SIM115 - owned by the sink until close()
        except OSError as error:
            raise OSError(
                error.errno, f"cannot save the recording to {str(self.path)!r}: {error.strerror}"
            ) from None
        self._inner = _FileWriter(handle, self.path, write_footer=self.write_footer)

    def check_writable(self) -> None:
        """Push the first bytes to disk, so that a full disk is reported right away."""
        assert self._inner is not None
        try:
            self._inner.target.flush()
            os.fsync(self._inner.target.fileno())
        except OSError as error:
            with contextlib.suppress(OSError):
                self._inner.target.close()
            self._inner = None
            raise OSError(
                error.errno, f"cannot save the recording to {str(self.path)!r}: {error.strerror}"
            ) from None

    def send(self, event: Event) -> None:
        if self._inner is None:
            self.open()
        assert self._inner is not None
        self._inner.send(event)

    def flush(self) -> None:
        if self._inner is not None:
            self._inner.flush()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
            self._inner.target.close()

    def __repr__(self) -> str:
        return f"FileSink({str(self.path)!r})"


class _FileWriter(_EncoderSink):
    def __init__(self, target: BinaryIO, path: Path, *, write_footer: bool) -> None:
        self.target = target
        self._path = path
        super().__init__(target, write_footer=write_footer)

    def describe(self) -> str:
        return f"file {str(self._path)!r}"


class GrpcSink(Sink):
    """A gRPC connection to a viewer: not available in this SDK, so data sent here is dropped.

    This pure-Python SDK does not speak Rerun's gRPC protocol. Use `rr.save(...)` and open the
    file, or `rr.spawn()` with a `rerun` executable on PATH, which streams over a pipe.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or "rerun+http://127.0.0.1:9876/proxy"
        warn_once(
            "grpc",
            f"gRPC connections are not supported by this SDK; data for {self.url} is dropped. "
            "Use rr.save(path) or rr.spawn() instead.",
        )

    def send(self, event: Event) -> None:
        pass

    def __repr__(self) -> str:
        return f"GrpcSink({self.url!r})"


class NullSink(Sink):
    """Drops everything."""

    def send(self, event: Event) -> None:
        pass


class BufferedSink(Sink):
    """Keeps every message in memory; the starting sink of a recording, replayed into the next one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.events: list[Event] = []

    def send(self, event: Event) -> None:
        with self._lock:
            self.events.append(event)

    def take(self) -> list[Event]:
        """All messages so far; the buffer is emptied, store announcements are kept."""
        with self._lock:
            events = self.events
            self.events = [event for event in events if isinstance(event, StoreInfoEvent)]
            return events

    def to_bytes(self, *, write_footer: bool = True) -> bytes:
        """The messages so far as a complete .rrd stream."""
        with self._lock:
            events = list(self.events)
        return _frame(events, write_footer=write_footer)


def _frame(events: list[Event], *, write_footer: bool) -> bytes:
    parts: list[bytes] = []
    encoder = RrdEncoder(parts.append)
    for event in events:
        _replay(encoder, event)
    if write_footer:
        encoder.finish()
    return b"".join(parts)


class MemoryRecording:
    """A recording kept in memory (from `rr.memory_recording()`).

    `drain_as_bytes()` returns everything logged since the last drain as a complete .rrd stream
    (with its footer); `read()` decodes everything logged so far without draining.
    """

    def __init__(self, sink: BufferedSink, flush: Any) -> None:
        self._sink = sink
        self._flush = flush
        self._history: list[Event] = []

    def drain_as_bytes(self) -> bytes:
        """Everything logged since the last drain, as .rrd bytes; the recording is flushed first."""
        self._flush()
        events = self._sink.take()
        self._history.extend(event for event in events if not isinstance(event, StoreInfoEvent))
        return _frame(events, write_footer=True)

    def num_msgs(self) -> int:
        """The number of messages waiting to be drained (the recording is flushed first)."""
        self._flush()
        return len(self._sink.events)

    def read(self) -> Recording:
        """Decode everything logged into this memory recording so far (drained or not)."""
        from rerun.rrd import read_rrd

        self._flush()
        stores: list[Event] = [event for event in self._sink.events if isinstance(event, StoreInfoEvent)]
        pending: list[Event] = [event for event in self._sink.events if not isinstance(event, StoreInfoEvent)]
        return read_rrd(_frame(stores + self._history + pending, write_footer=True))


class MemorySink(Sink):
    """The sink behind `MemoryRecording`."""

    def __init__(self) -> None:
        self.buffer = BufferedSink()

    def send(self, event: Event) -> None:
        self.buffer.send(event)


class BinaryStream:
    """An .rrd byte stream read incrementally (from `rr.binary_stream()`)."""

    def __init__(self, sink: _BytesSink, flush: Any) -> None:
        self._sink = sink
        self._flush = flush

    def flush(self, timeout_sec: float = float("inf")) -> None:
        """Encode everything logged so far into the stream."""
        self._flush()

    def read(self, *, flush: bool = True, flush_timeout_sec: float = float("inf")) -> bytes:
        """The bytes produced since the last read (after a flush, unless `flush=False`)."""
        if flush:
            self._flush()
        return self._sink.take_bytes()


class _ByteBuffer:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)

    def flush(self) -> None:
        pass


class _BytesSink(_EncoderSink):
    def __init__(self, *, write_footer: bool = True) -> None:
        self._buffer = _ByteBuffer()
        super().__init__(self._buffer, write_footer=write_footer)  # type: ignore[arg-type]

    def take_bytes(self) -> bytes:
        with self._lock:
            data = bytes(self._buffer.data)
            self._buffer.data.clear()
            return data


class StdoutSink(_EncoderSink):
    """Writes the stream to standard output (for `python app.py | rerun -`)."""

    def __init__(self, *, write_footer: bool = True) -> None:
        super().__init__(sys.stdout.buffer, write_footer=write_footer)

    def describe(self) -> str:
        return "stdout"


class ViewerPipeSink(_EncoderSink):
    """Streams into a spawned `rerun -` viewer process through its standard input."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdin is not None
        self._process = process
        super().__init__(process.stdin, write_footer=False)

    def describe(self) -> str:
        return "the spawned viewer"

    def close(self) -> None:
        super().close()
        try:
            if self._process.stdin is not None:
                self._process.stdin.close()
        except OSError:
            pass


_warned: set[str] = set()


def warn_once(key: str, message: str) -> None:
    """Warn with `message` the first time `key` comes up in this process."""
    if key not in _warned:
        _warned.add(key)
        warnings.warn(message, RerunWarning, stacklevel=3)


def find_viewer(executable_name: str = "rerun", executable_path: str | None = None) -> str | None:
    """The viewer executable: `executable_path`, `$RERUN_CLI_PATH`, or `executable_name` on PATH."""
    for candidate in (executable_path, os.environ.get("RERUN_CLI_PATH")):
        if candidate:
            return candidate if os.access(candidate, os.X_OK) else None
    return shutil.which(executable_name)


def start_viewer(
    *,
    executable_name: str,
    executable_path: str | None,
    port: int,
    memory_limit: str,
    hide_welcome_screen: bool,
) -> subprocess.Popen[bytes] | None:
    """Start `rerun -` reading a stream from a pipe; None (after one warning) if there is no viewer."""
    executable = find_viewer(executable_name, executable_path)
    if executable is None:
        warn_once(
            "no-viewer",
            f"no Rerun viewer found (looked for {executable_path or executable_name!r} and $RERUN_CLI_PATH): "
            "the data is not shown anywhere. Install the viewer (e.g. "
            "`cargo install rerun-cli@0.33.1 --locked`) and put `rerun` on PATH, "
            "or save to a file with rr.save(path).",
        )
        return None
    args = [executable, "-", "--expect-data-soon", f"--port={port}", f"--memory-limit={memory_limit}"]
    if hide_welcome_screen:
        args.append("--hide-welcome-screen")
    try:
        return subprocess.Popen(args, stdin=subprocess.PIPE, start_new_session=True)
    except OSError as error:
        warn_once(
            "no-viewer",
            f"could not start the Rerun viewer {executable!r}: {error}; the data is not shown anywhere.",
        )
        return None
