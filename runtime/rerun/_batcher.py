"""Micro-batching: rows logged one by one are gathered into chunks per entity.

Rows wait in the batcher until a threshold is reached (number of rows, number of bytes) or the
periodic tick fires, or until `flush()`. Rows of one entity with the same timelines and the same
components (and types) end up in the same chunk, so logging 100k scalars one at a time gives a
handful of chunks.
"""

from __future__ import annotations

import math
import os
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pyarrow as pa

from rerun._baseclasses import ComponentDescriptor
from rerun._chunk import TUIDS, Chunk, TimeColumnData, TimelineKind

_U64_MAX = 2**64 - 1


def _setting(given: float | None, variable: str, parse: Callable[[str], float], default: float) -> float:
    """A threshold: the value given, else the environment variable's (0 included), else `default`."""
    if given is not None:
        return given
    text = os.environ.get(variable)
    if text is None or not text.strip():
        return default
    try:
        return parse(text)
    except ValueError as error:
        raise ValueError(f"environment variable {variable}={text!r} is not a valid number") from error


class ChunkBatcherConfig:
    """The thresholds at which a recording turns its pending rows into chunks.

    Each threshold left as None takes its environment variable (`RERUN_FLUSH_TICK_SECS`,
    `RERUN_FLUSH_NUM_BYTES`, `RERUN_FLUSH_NUM_ROWS`, `RERUN_CHUNK_MAX_ROWS_IF_UNSORTED`) or
    else the default: a tick of 0.2 s, 1 MiB, no row limit, 256 rows per unsorted chunk.
    """

    def __init__(
        self,
        flush_tick: int | float | timedelta | None = None,
        flush_num_bytes: int | None = None,
        flush_num_rows: int | None = None,
        chunk_max_rows_if_unsorted: int | None = None,
    ) -> None:
        tick = flush_tick.total_seconds() if isinstance(flush_tick, timedelta) else flush_tick
        self.flush_tick = _setting(tick, "RERUN_FLUSH_TICK_SECS", float, 0.2)
        self.flush_num_bytes = int(_setting(flush_num_bytes, "RERUN_FLUSH_NUM_BYTES", int, 1024 * 1024))
        self.flush_num_rows = int(_setting(flush_num_rows, "RERUN_FLUSH_NUM_ROWS", int, _U64_MAX))
        self.chunk_max_rows_if_unsorted = int(
            _setting(chunk_max_rows_if_unsorted, "RERUN_CHUNK_MAX_ROWS_IF_UNSORTED", int, 256)
        )

    @property
    def flush_tick(self) -> float:
        """Seconds between periodic flushes (`math.inf`: never on a timer)."""
        return self._flush_tick

    @flush_tick.setter
    def flush_tick(self, value: int | float | timedelta) -> None:
        seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
        if math.isnan(seconds) or seconds < 0:
            raise ValueError(f"flush_tick must be a non-negative duration, got {value!r}")
        self._flush_tick = seconds

    @property
    def flush_num_bytes(self) -> int:
        """Flush once the pending rows hold at least this many bytes."""
        return self._flush_num_bytes

    @flush_num_bytes.setter
    def flush_num_bytes(self, value: int) -> None:
        self._flush_num_bytes = _non_negative("flush_num_bytes", value)

    @property
    def flush_num_rows(self) -> int:
        """Flush once this many rows are pending."""
        return self._flush_num_rows

    @flush_num_rows.setter
    def flush_num_rows(self, value: int) -> None:
        self._flush_num_rows = _non_negative("flush_num_rows", value)

    @property
    def chunk_max_rows_if_unsorted(self) -> int:
        """Split a chunk with an unsorted timeline into pieces of at most this many rows."""
        return self._chunk_max_rows_if_unsorted

    @chunk_max_rows_if_unsorted.setter
    def chunk_max_rows_if_unsorted(self, value: int) -> None:
        self._chunk_max_rows_if_unsorted = _non_negative("chunk_max_rows_if_unsorted", value)

    @staticmethod
    def DEFAULT() -> ChunkBatcherConfig:
        """The default thresholds (environment variables apply)."""
        return ChunkBatcherConfig()

    @staticmethod
    def LOW_LATENCY() -> ChunkBatcherConfig:
        """Flush every 8 ms: for streaming to a viewer."""
        return ChunkBatcherConfig(flush_tick=0.008)

    @staticmethod
    def ALWAYS_TEST_ONLY() -> ChunkBatcherConfig:
        """Every row becomes its own chunk at once. For tests only: it makes very many chunks."""
        return ChunkBatcherConfig(flush_tick=0, flush_num_bytes=0, flush_num_rows=0)

    @staticmethod
    def NEVER() -> ChunkBatcherConfig:
        """Only flush when asked to (or at exit)."""
        return ChunkBatcherConfig(flush_tick=math.inf, flush_num_bytes=_U64_MAX, flush_num_rows=_U64_MAX)

    def __repr__(self) -> str:
        return (
            f"ChunkBatcherConfig(flush_tick={self.flush_tick}, flush_num_bytes={self.flush_num_bytes}, "
            f"flush_num_rows={self.flush_num_rows}, "
            f"chunk_max_rows_if_unsorted={self.chunk_max_rows_if_unsorted})"
        )


def _non_negative(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
    return value


@dataclass
class PendingRow:
    """One `log` call's worth of data, waiting to become part of a chunk."""

    row_id: tuple[int, int]
    times: dict[str, tuple[TimelineKind, int]]
    components: dict[ComponentDescriptor, pa.Array]


TickWait = Callable[[threading.Event, float], bool]
"""How the tick thread sleeps: `wait(stopped, seconds)` returns True as soon as `stopped` is set,
else False once `seconds` have passed. It is the batcher's only use of time, so a test can pass a
clock it controls; the default is `threading.Event.wait`."""

_GroupKey = tuple[str, tuple[tuple[str, str], ...], tuple[tuple[ComponentDescriptor, pa.DataType], ...]]


class Batcher:
    """Gathers pending rows and hands finished chunks to `emit`, in logging order per entity."""

    def __init__(
        self,
        config: ChunkBatcherConfig,
        emit: Callable[[Chunk], None],
        *,
        wait: TickWait = threading.Event.wait,
    ) -> None:
        self.config = config
        self._emit = emit
        self._wait = wait
        self._lock = threading.RLock()
        self._groups: dict[_GroupKey, list[PendingRow]] = {}
        self._num_rows = 0
        self._num_bytes = 0
        self._stopped = threading.Event()
        self._restart_ticker()
        _live_batchers.add(self)

    def _restart_ticker(self) -> None:
        if 0 < self.config.flush_tick < math.inf and not self._stopped.is_set():
            self._start_ticker(self.config.flush_tick)

    def _after_fork_in_child(self) -> None:
        """Threads do not survive a fork: give the child a fresh lock and its own tick thread."""
        self._lock = threading.RLock()
        self._restart_ticker()

    def _start_ticker(self, interval: float) -> None:
        this = weakref.ref(self)
        stopped = self._stopped
        wait = self._wait

        def tick() -> None:
            while not wait(stopped, interval):
                batcher = this()
                if batcher is None:
                    return
                batcher.flush()
                del batcher

        threading.Thread(target=tick, name="rerun-batcher-tick", daemon=True).start()

    def push(self, entity_path: str, row: PendingRow) -> None:
        """Add a row; flushes at once when a threshold is reached.

        The row's arrays are copied unless the row is flushed right away, so that later changes
        to the caller's buffers cannot reach the recording.
        """
        key: _GroupKey = (
            entity_path,
            tuple(sorted((name, kind) for name, (kind, _) in row.times.items())),
            tuple((descriptor, array.type) for descriptor, array in row.components.items()),
        )
        size = (
            16 + 8 * len(row.times) + sum(array.get_total_buffer_size() for array in row.components.values())
        )
        with self._lock:
            self._groups.setdefault(key, []).append(row)
            self._num_rows += 1
            self._num_bytes += size
            if self._num_rows >= self.config.flush_num_rows or self._num_bytes >= self.config.flush_num_bytes:
                self.flush()
            else:
                row.components = {d: pa.concat_arrays([a]) for d, a in row.components.items()}

    def flush(self) -> None:
        """Turn every pending row into chunks."""
        with self._lock:
            groups = self._groups
            self._groups = {}
            self._num_rows = 0
            self._num_bytes = 0
            for (entity_path, _, components), rows in groups.items():
                for piece in self._split_unsorted(rows):
                    self._emit(_chunk_from_rows(entity_path, [d for d, _ in components], piece))

    def _split_unsorted(self, rows: list[PendingRow]) -> list[list[PendingRow]]:
        limit = max(self.config.chunk_max_rows_if_unsorted, 1)
        if len(rows) <= limit:
            return [rows]
        for name in rows[0].times:
            values = np.fromiter((row.times[name][1] for row in rows), dtype=np.int64, count=len(rows))
            if np.any(values[1:] < values[:-1]):
                return [rows[start : start + limit] for start in range(0, len(rows), limit)]
        return [rows]

    def close(self) -> None:
        """Flush and stop the periodic tick."""
        self._stopped.set()
        self.flush()


_live_batchers: weakref.WeakSet[Batcher] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for batcher in list(_live_batchers):
        batcher._after_fork_in_child()


os.register_at_fork(after_in_child=_after_fork_in_child)


def _chunk_from_rows(
    entity_path: str, descriptors: list[ComponentDescriptor], rows: list[PendingRow]
) -> Chunk:
    count = len(rows)
    timelines = {
        name: TimeColumnData(
            kind, np.fromiter((row.times[name][1] for row in rows), dtype=np.int64, count=count)
        )
        for name, (kind, _) in rows[0].times.items()
    }
    components: dict[ComponentDescriptor, pa.ListArray] = {}
    for descriptor in descriptors:
        arrays = [row.components[descriptor] for row in rows]
        offsets = np.zeros(count + 1, dtype=np.int32)
        np.cumsum([len(array) for array in arrays], out=offsets[1:])
        values = arrays[0] if count == 1 else pa.concat_arrays(arrays)
        list_type = pa.list_(pa.field("item", values.type, nullable=True))
        components[descriptor] = pa.ListArray.from_arrays(
            pa.array(offsets, pa.int32()), values, type=list_type
        )
    row_ids = np.array([row.row_id for row in rows], dtype=">u8").reshape(count, 2)
    return Chunk(entity_path, TUIDS.next(), row_ids, timelines, components)
