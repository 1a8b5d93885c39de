"""Recording: what `rr.log`, `rr.set_time`, `rr.send_columns` and the sinks write, read back with our
reader and checked with Rerun's own `rerun rrd verify`."""

from __future__ import annotations

import functools
import logging
import math
import os
import stat
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from rrd_tools import assert_verified

import rerun as rr
from conftest import REPO
from rerun import recording_stream
from rerun._batcher import Batcher
from rerun.recording_stream import set_global_data_recording, set_thread_local_data_recording
from rerun.rrd import Store, read_rrd

ROOT = REPO


@pytest.fixture(autouse=True)
def _clean_state() -> Iterator[None]:
    """No recording or strict mode leaks from one test into the next."""
    previous_strict = rr.strict_mode()
    yield
    set_global_data_recording(None)
    set_thread_local_data_recording(None)
    rr.set_strict_mode(previous_strict)


def new_stream(**kwargs: object) -> rr.RecordingStream:
    return rr.RecordingStream("rerun_test", recording_id="test-recording", **kwargs)  # type: ignore[arg-type]


def saved(tmp_path: Path, stream: rr.RecordingStream, name: str = "out.rrd") -> Store:
    """Finish the stream's file, verify it with Rerun's tool, and read it back."""
    stream.disconnect()
    path = tmp_path / name
    assert_verified(path)
    return read_rrd(path).recording()


def test_logged_archetypes_round_trip_and_pass_the_verifier(tmp_path: Path) -> None:
    rec = new_stream()
    rec.save(tmp_path / "out.rrd")
    rec.log("world/points", rr.Points3D([[1, 2, 3], [4, 5, 6]], colors=[255, 0, 0], radii=0.5))
    for frame in range(5):
        rec.set_time("frame", sequence=frame)
        rec.set_time("sim_time", duration=frame * 0.5)
        rec.log("plot", rr.Scalars(float(frame) * 2))
    rec.log("notes", rr.TextDocument("# Title", media_type="text/markdown"), static=True)
    store = saved(tmp_path, rec)

    assert store.entity_paths() == ["/__properties", "/notes", "/plot", "/world/points"]
    assert store.timelines() == {
        "frame": "sequence",
        "log_tick": "sequence",
        "log_time": "timestamp",
        "sim_time": "duration",
    }
    [(times, positions)] = store.rows("/world/points", "Points3D:positions")
    assert positions == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    assert set(times) == {"log_tick", "log_time"}
    assert store.rows("/world/points", "Points3D:colors")[0][1] == [0xFF0000FF]
    scalars = store.rows("/plot", "Scalars:scalars")
    assert [values for _, values in scalars] == [[0.0], [2.0], [4.0], [6.0], [8.0]]
    assert [times["frame"] for times, _ in scalars] == [0, 1, 2, 3, 4]
    assert [times["sim_time"] for times, _ in scalars] == [
        0,
        500_000_000,
        1_000_000_000,
        1_500_000_000,
        2_000_000_000,
    ]
    [(static_times, text)] = store.rows("/notes", "TextDocument:text")
    assert static_times == {} and text == ["# Title"]
    assert store.rows("/__properties", "RecordingInfo:start_time")


def test_chunks_follow_the_sorbet_conventions(tmp_path: Path) -> None:
    rec = new_stream()
    rec.save(tmp_path / "out.rrd")
    rec.set_time("frame", sequence=7)
    rec.log("points", rr.Points3D([[1, 2, 3]]))
    store = saved(tmp_path, rec)
    [chunk] = [c for c in store.chunks if c.entity_path == "/points"]
    batch = chunk.to_record_batch()
    kinds = [(f.name, (f.metadata or {}).get(b"rerun:kind")) for f in batch.schema]
    assert kinds[0] == ("rerun.controls.RowId", b"control")
    assert {name for name, kind in kinds if kind == b"index"} == {"frame", "log_tick", "log_time"}
    positions = batch.schema.field("Points3D:positions")
    assert positions.type == pa.list_(pa.field("item", pa.list_(pa.field("item", pa.float32(), False), 3)))
    assert positions.metadata[b"rerun:component_type"] == b"rerun.components.Position3D"
    assert positions.metadata[b"rerun:archetype"] == b"rerun.archetypes.Points3D"
    assert batch.schema.metadata[b"sorbet:version"] == b"0.1.3"
    [manifest] = store.manifests
    assert manifest.table.num_rows == len(store.chunks)
    assert "frame:Points3D:positions:start" in manifest.table.column_names


def test_send_columns_makes_one_chunk_with_a_row_per_index_value(tmp_path: Path) -> None:
    rec = new_stream()
    rec.save(tmp_path / "out.rrd")
    times = np.arange(10, dtype=np.float64) * 0.1
    rec.send_columns(
        "series",
        indexes=[rr.TimeColumn("step", sequence=np.arange(10)), rr.TimeColumn("time", duration=times)],
        columns=rr.Scalars.columns(scalars=np.arange(10.0) ** 2),
    )
    positions = np.arange(12, dtype=np.float32).reshape(4, 3)
    rec.send_columns(
        "cloud",
        indexes=[rr.TimeColumn("step", sequence=[0, 1])],
        columns=rr.Points3D.columns(positions=positions).partition([1, 3]),
    )
    store = saved(tmp_path, rec)
    [series] = [c for c in store.chunks if c.entity_path == "/series"]
    assert series.num_rows == 10 and set(series.timelines) == {"step", "time"}
    rows = store.rows("/series", "Scalars:scalars")
    assert [values for _, values in rows] == [[float(i * i)] for i in range(10)]
    assert [t["time"] for t, _ in rows] == [i * 100_000_000 for i in range(10)]
    cloud = store.rows("/cloud", "Points3D:positions")
    assert [len(values) for _, values in cloud] == [1, 3]


def test_send_columns_rejects_columns_of_different_lengths() -> None:
    rec = new_stream()
    rec.memory_recording()
    with pytest.raises(
        ValueError, match=r"same number of rows \(index 'step': 3, column 'Scalars:scalars': 2\)"
    ):
        rec.send_columns(
            "x",
            indexes=[rr.TimeColumn("step", sequence=[1, 2, 3])],
            columns=rr.Scalars.columns(scalars=[1.0, 2.0]),
            strict=True,
        )
    with pytest.warns(rr.RerunWarning, match="same number of rows"):
        rec.send_columns(
            "x",
            indexes=[rr.TimeColumn("step", sequence=[1, 2, 3])],
            columns=rr.Scalars.columns(scalars=[1.0, 2.0]),
            strict=False,
        )


U64_MAX = 2**64 - 1


def untimed(*, flush_num_rows: int = U64_MAX, flush_num_bytes: int = U64_MAX) -> rr.ChunkBatcherConfig:
    """These thresholds and no tick. Nor are chunks split for an unsorted timeline: `log_time` is
    the wall clock, which may step back between two rows."""
    return rr.ChunkBatcherConfig(
        flush_tick=math.inf,
        flush_num_rows=flush_num_rows,
        flush_num_bytes=flush_num_bytes,
        chunk_max_rows_if_unsorted=U64_MAX,
    )


def scalar_row_bytes() -> int:
    """What a row of `log_scalars` counts towards `flush_num_bytes`: 16 bytes of RowId, 8 for each
    of its times (step, log_tick, log_time) and the buffers of its arrays."""
    data = sum(b.as_arrow_array().get_total_buffer_size() for b in rr.Scalars(0.0).as_component_batches())
    return 16 + 8 * 3 + data


def log_scalars(stream: rr.RecordingStream, count: int) -> None:
    """Log `count` scalars one by one, the n-th at step n with the value n."""
    for step in range(count):
        stream.set_time("step", sequence=step)
        stream.log("scalar", rr.Scalars(float(step)))


def scalar_chunk_sizes(store: Store, count: int) -> list[int]:
    """The rows per chunk of `log_scalars`, after checking that each row is there once, in order."""
    chunks = [c for c in store.chunks if c.entity_path == "/scalar"]
    steps = np.concatenate([c.timelines["step"].values for c in chunks]).tolist()
    assert steps == list(range(count)), "rows were lost, duplicated or reordered"
    assert [values for _, values in store.rows("/scalar", "Scalars:scalars")] == [[float(s)] for s in steps]
    return [c.num_rows for c in chunks]


def chunk_sizes(count: int, rows_per_chunk: int) -> list[int]:
    """`count` rows cut every `rows_per_chunk` rows; the rest is flushed at the end."""
    full, rest = divmod(count, rows_per_chunk)
    return [rows_per_chunk] * full + ([rest] if rest else [])


@pytest.mark.parametrize(
    ("flush_num_rows", "bytes_of_rows", "extra_bytes"),
    [
        (None, 777, 0),  # the 777th pending row reaches the byte threshold
        (None, 777, 1),  # one byte more: the 778th crosses it
        (777, None, 0),
        (500, 777, 0),  # whichever threshold is reached first
        (900, 777, 1),
    ],
)
def test_rows_logged_one_by_one_make_the_chunks_the_thresholds_imply(
    flush_num_rows: int | None, bytes_of_rows: int | None, extra_bytes: int
) -> None:
    count, size = 5_000, scalar_row_bytes()
    num_rows = U64_MAX if flush_num_rows is None else flush_num_rows
    num_bytes = U64_MAX if bytes_of_rows is None else bytes_of_rows * size + extra_bytes
    # The pending rows are flushed by the row that makes them reach either threshold.
    rows_per_chunk = min(num_rows, -(-num_bytes // size))
    stream = new_stream(
        send_properties=False, batcher_config=untimed(flush_num_rows=num_rows, flush_num_bytes=num_bytes)
    )
    memory = stream.memory_recording()
    log_scalars(stream, count)
    assert scalar_chunk_sizes(memory.read().recording(), count) == chunk_sizes(count, rows_per_chunk)


@pytest.mark.slow
def test_100k_scalars_logged_one_by_one_make_the_chunks_the_environment_implies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count, num_bytes = 100_000, 4096 * scalar_row_bytes() - 1
    monkeypatch.setenv("RERUN_FLUSH_TICK_SECS", "inf")
    monkeypatch.setenv("RERUN_FLUSH_NUM_BYTES", str(num_bytes))
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", str(U64_MAX))
    monkeypatch.setenv("RERUN_CHUNK_MAX_ROWS_IF_UNSORTED", str(U64_MAX))
    stream = new_stream(send_properties=False)
    stream.save(tmp_path / "out.rrd")
    log_scalars(stream, count)
    rows_per_chunk = -(-num_bytes // scalar_row_bytes())
    assert scalar_chunk_sizes(saved(tmp_path, stream), count) == chunk_sizes(count, rows_per_chunk)


def test_batcher_thresholds() -> None:
    always = new_stream(batcher_config=rr.ChunkBatcherConfig.ALWAYS_TEST_ONLY())
    memory = always.memory_recording()
    for step in range(5):
        always.log("x", rr.Scalars(float(step)))
    assert len([c for c in memory.read().recording().chunks if c.entity_path == "/x"]) == 5

    by_rows = new_stream(batcher_config=rr.ChunkBatcherConfig(flush_num_rows=3, flush_tick=1000))
    memory = by_rows.memory_recording()
    for step in range(7):
        by_rows.log("x", rr.Scalars(float(step)))
    chunks = [c for c in memory.read().recording().chunks if c.entity_path == "/x"]
    assert [c.num_rows for c in chunks] == [3, 3, 1]  # the last one by the flush of read()

    never = new_stream(batcher_config=rr.ChunkBatcherConfig.NEVER())
    stream = never.binary_stream()
    never.log("x", rr.Scalars(1.0))
    head = stream.read(flush=False)
    assert "/x" not in read_rrd(head).recording().entity_paths()  # not encoded while the row waits
    tail = stream.read()
    assert read_rrd(head + tail).recording().entity_paths() == ["/__properties", "/x"]


def test_batcher_config_reads_environment_and_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "17")
    monkeypatch.setenv("RERUN_FLUSH_TICK_SECS", "0.5")
    config = rr.ChunkBatcherConfig()
    assert config.flush_num_rows == 17 and config.flush_tick == 0.5
    config.flush_tick = timedelta(milliseconds=20)
    assert config.flush_tick == pytest.approx(0.02)
    with pytest.raises(ValueError, match="flush_num_bytes must be a non-negative integer"):
        config.flush_num_bytes = -1
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "0")  # zero is a threshold like any other
    assert rr.ChunkBatcherConfig().flush_num_rows == 0
    monkeypatch.setenv("RERUN_FLUSH_NUM_BYTES", "lots")
    with pytest.raises(ValueError, match=r"RERUN_FLUSH_NUM_BYTES='lots' is not a valid number"):
        rr.ChunkBatcherConfig()


@pytest.mark.parametrize("config", ["NEVER", "DEFAULT"])
def test_data_is_captured_when_log_returns(config: str) -> None:
    rec = new_stream(batcher_config=getattr(rr.ChunkBatcherConfig, config)())
    memory = rec.memory_recording()
    positions = np.array([[1.0, 2.0, 3.0]], dtype=np.float32)  # converted without a copy
    scalars = np.array([1.0, 2.0])
    rec.log("points", rr.Points3D(positions))
    rec.send_columns(
        "s", indexes=[rr.TimeColumn("t", sequence=[0, 1])], columns=rr.Scalars.columns(scalars=scalars)
    )
    positions[:] = 99.0
    scalars[:] = 99.0
    store = memory.read().recording()
    assert store.rows("/points", "Points3D:positions")[0][1] == [[1.0, 2.0, 3.0]]
    assert [v for _, v in store.rows("/s", "Scalars:scalars")] == [[1.0], [2.0]]


def test_data_before_a_crash_is_readable_up_to_the_last_flush(tmp_path: Path) -> None:
    path = tmp_path / "crash.rrd"
    program = f"""
import os, rerun as rr
rr.init("crash", recording_id="r")
rr.save({str(path)!r})
rr.log("before", rr.Scalars(1.0))
rr.flush()
rr.log("after", rr.Scalars(2.0))
os._exit(3)
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    store = read_rrd(path).recording()
    assert "/before" in store.entity_paths() and "/after" not in store.entity_paths()
    assert not store.manifests  # no footer: the process never finished the file


def test_memory_recording_drains_complete_streams(tmp_path: Path) -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    rec.log("a", rr.Points2D([[0, 0]]))
    assert memory.num_msgs() >= 2
    first = memory.drain_as_bytes()
    rec.log("b", rr.Points2D([[1, 1]]))
    second = memory.drain_as_bytes()
    (tmp_path / "first.rrd").write_bytes(first)
    (tmp_path / "second.rrd").write_bytes(second)
    assert_verified(tmp_path / "first.rrd", tmp_path / "second.rrd")
    assert read_rrd(first).recording().entity_paths() == ["/__properties", "/a"]
    assert read_rrd(second).recording().entity_paths() == ["/b"]
    assert read_rrd(first + second).recording().entity_paths() == ["/__properties", "/a", "/b"]
    assert memory.read().recording().entity_paths() == ["/__properties", "/a", "/b"]


def test_binary_stream_and_stdout_produce_valid_streams(tmp_path: Path) -> None:
    rec = new_stream()
    stream = rec.binary_stream()
    rec.log("a", rr.Points2D([[0, 0]]))
    head = stream.read()
    rec.log("b", rr.Points2D([[1, 1]]))
    rec.disconnect()
    (tmp_path / "stream.rrd").write_bytes(head + stream.read(flush=False))
    assert_verified(tmp_path / "stream.rrd")

    program = 'import rerun as rr\nrr.init("piped")\nrr.stdout()\nrr.log("p", rr.Points3D([[1, 2, 3]]))\n'
    done = subprocess.run([sys.executable, "-c", program], capture_output=True)
    assert done.returncode == 0, done.stderr
    (tmp_path / "stdout.rrd").write_bytes(done.stdout)
    assert_verified(tmp_path / "stdout.rrd")
    assert read_rrd(done.stdout).recording().entity_paths() == ["/__properties", "/p"]


def test_data_logged_before_save_is_kept_and_two_file_sinks_get_the_same(tmp_path: Path) -> None:
    rec = new_stream()
    rec.log("early", rr.Scalars(1.0))
    rec.set_sinks(rr.FileSink(tmp_path / "a.rrd"), rr.FileSink(tmp_path / "b.rrd"))
    rec.log("late", rr.Scalars(2.0))
    rec.disconnect()
    assert_verified(tmp_path / "a.rrd", tmp_path / "b.rrd")
    for name in ("a.rrd", "b.rrd"):
        assert read_rrd(tmp_path / name).recording().entity_paths() == ["/__properties", "/early", "/late"]


def test_disabled_and_disconnected_recordings_do_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    off = new_stream(default_enabled=False)
    off.save(tmp_path / "off.rrd")
    off.log("x", rr.Points3D([[1, 2, 3]]))
    off.set_time("t", sequence=1)
    assert not off.is_enabled()
    off.disconnect()
    assert read_rrd(tmp_path / "off.rrd").recording().chunks == []

    monkeypatch.setenv("RERUN", "off")
    assert not new_stream().is_enabled()
    monkeypatch.delenv("RERUN")

    gone = new_stream()
    gone.save(tmp_path / "gone.rrd")
    gone.disconnect()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gone.log("x", rr.Points3D([[1, 2, 3]]))
        gone.send_columns("y", [rr.TimeColumn("t", sequence=[1])], rr.Scalars.columns(scalars=[1.0]))
    assert "/x" not in read_rrd(tmp_path / "gone.rrd").recording().entity_paths()


def test_logging_without_a_recording_warns_once() -> None:
    with pytest.warns(rr.RerunWarning, match=r"no recording; call rr.init"):
        rr.log("x", rr.Scalars(1.0))
        rr.log("x", rr.Scalars(1.0))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("world\\", "ends with a lone backslash"),
        ("a//b", "empty part at position 2"),
        (3, "must be a string or a list"),
    ],
)
def test_bad_entity_paths(path: object, message: str) -> None:
    rec = new_stream()
    rec.memory_recording()
    with pytest.raises((ValueError, TypeError), match=message):
        rec.log(path, rr.Scalars(1.0), strict=True)  # type: ignore[arg-type]
    with pytest.warns(rr.RerunWarning, match=message):
        rec.log(path, rr.Scalars(1.0), strict=False)  # type: ignore[arg-type]


def test_entity_paths_are_normalized_and_escaped() -> None:
    assert rr.escape_entity_path_part("my points") == "my\\ points"
    assert rr.escape_entity_path_part("a/b\n") == "a\\/b\\n"
    assert rr.new_entity_path(["world", "my points", 3]) == "/world/my\\ points/3"
    rec = new_stream()
    memory = rec.memory_recording()
    rec.log("/world/cam/", rr.Scalars(1.0))
    rec.log(["world", "cam 2"], rr.Scalars(1.0))
    rec.log("world/cam\\ 3", rr.Scalars(1.0))
    paths = memory.read().recording().entity_paths()
    assert paths == ["/__properties", "/world/cam", "/world/cam\\ 2", "/world/cam\\ 3"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sequence": 1.5}, "a sequence value must be an integer, got float 1.5"),
        ({"duration": "1s"}, "a duration must be seconds"),
        ({"timestamp": float("nan")}, "timestamp must be a finite number of seconds"),
        ({}, r"exactly one of sequence=, duration= or timestamp= must be given \(got none\)"),
        ({"sequence": 1, "duration": 2.0}, r"\(got sequence, duration\)"),
    ],
)
def test_bad_time_values(kwargs: dict[str, object], message: str) -> None:
    rec = new_stream()
    rr.set_strict_mode(True)
    with pytest.raises((TypeError, ValueError), match=message):
        rec.set_time("t", **kwargs)  # type: ignore[arg-type]
    rr.set_strict_mode(False)
    with pytest.warns(rr.RerunWarning, match=message):
        rec.set_time("t", **kwargs)  # type: ignore[arg-type]


def test_a_timeline_keeps_its_kind() -> None:
    rec = new_stream()
    rec.set_time("t", sequence=1)
    with pytest.warns(
        rr.RerunWarning, match="timeline 't' holds sequence values; it cannot also hold duration values"
    ):
        rec.set_time("t", duration=1.0)


def test_time_values_of_every_accepted_type(tmp_path: Path) -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    epoch_plus_one = datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
    cases = [
        ("d", {"duration": timedelta(seconds=1.5)}, 1_500_000_000),
        ("d", {"duration": np.timedelta64(7, "ms")}, 7_000_000),
        ("d", {"duration": 2}, 2_000_000_000),
        ("ts", {"timestamp": epoch_plus_one}, 1_000_000_000),
        ("ts", {"timestamp": datetime(1970, 1, 1, 0, 0, 2)}, 2_000_000_000),  # naive: UTC
        ("ts", {"timestamp": np.datetime64("1970-01-01T00:00:03", "s")}, 3_000_000_000),
        ("ts", {"timestamp": 4.25}, 4_250_000_000),
        ("seq", {"sequence": np.int32(5)}, 5),
    ]
    for index, (timeline, kwargs, _) in enumerate(cases):
        rec.reset_time()
        rec.set_time(timeline, **kwargs)  # type: ignore[arg-type]
        rec.log(f"case{index}", rr.Scalars(1.0))
    store = memory.read().recording()
    for index, (timeline, _, expected) in enumerate(cases):
        [(times, _)] = store.rows(f"/case{index}", "Scalars:scalars")
        assert times[timeline] == expected
    column = rr.TimeColumn("t", timestamp=[datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)])
    assert column.as_arrow_array().cast(pa.int64()).to_pylist() == [1_000_000_000]
    with pytest.raises(TypeError, match="sequence values must be integers"):
        rr.TimeColumn("t", sequence=[1.5])


def test_disable_timeline_and_reset_time() -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    rec.set_time("a", sequence=1)
    rec.set_time("b", sequence=2)
    rec.disable_timeline("a")
    rec.log("x", rr.Scalars(1.0))
    rec.reset_time()
    rec.log("y", rr.Scalars(1.0))
    store = memory.read().recording()
    assert set(store.rows("/x", "Scalars:scalars")[0][0]) == {"b", "log_tick", "log_time"}
    assert set(store.rows("/y", "Scalars:scalars")[0][0]) == {"log_tick", "log_time"}


def test_save_to_an_unwritable_place_raises_a_clear_error(tmp_path: Path) -> None:
    rec = new_stream()
    with pytest.raises(
        OSError, match=r"cannot save the recording to '.*missing/out.rrd': No such file or directory"
    ):
        rec.save(tmp_path / "missing" / "out.rrd")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(locked, os.W_OK):  # running as root: permissions don't stop us, use a full disk instead
        pass
    else:
        with pytest.raises(OSError, match="Permission denied"):
            rec.save(locked / "out.rrd")
    with pytest.raises(OSError, match=r"cannot save the recording to '/dev/full': No space left on device"):
        rec.save("/dev/full")
    rec.log("still", rr.Scalars(1.0))  # the recording carries on


def test_global_thread_local_and_context_manager_recordings(tmp_path: Path) -> None:
    rr.init("app_one", recording_id="one")
    global_memory = rr.memory_recording()
    assert rr.get_application_id() == "app_one" and rr.get_recording_id() == "one"
    other = new_stream()
    other_memory = other.memory_recording()
    with other:
        assert rr.get_data_recording() is other
        rr.log("inside", rr.Scalars(1.0))
    rr.log("outside", rr.Scalars(1.0))
    rr.log("explicit", rr.Scalars(1.0), recording=other)
    assert "/inside" in other_memory.read().recording().entity_paths()
    assert "/explicit" in other_memory.read().recording().entity_paths()
    assert "/outside" in global_memory.read().recording().entity_paths()
    assert "/inside" not in global_memory.read().recording().entity_paths()
    assert rr.is_enabled() and rr.get_global_data_recording() is not None


def test_thread_local_stream_decorator_gives_each_call_its_own_recording() -> None:
    seen: list[str | None] = []

    @rr.thread_local_stream("rerun_example_job")
    def job() -> None:
        seen.append(rr.get_recording_id())

    job()
    job()
    assert len(seen) == 2 and seen[0] != seen[1] and None not in seen


def test_all_kinds_of_loggable_input(tmp_path: Path) -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    rec.log("any", rr.AnyValues(confidence=[0.5, 0.9], label="hello"))
    rec.log("dynamic", rr.DynamicArchetype("MyThing", components={"size": [1.0, 2.0]}))
    rec.log("batches", [rr.components.ColorBatch([255, 0, 0]).described("Custom:tint")])
    rec.log("extra", rr.Points3D([[0, 0, 0]]), rr.AnyValues(note="extra"))
    store = memory.read().recording()
    assert store.components("/any") == ["confidence", "label"]
    assert store.rows("/any", "confidence")[0][1] == [0.5, 0.9]
    assert store.components("/dynamic") == ["MyThing:size"]
    assert store.rows("/batches", "Custom:tint")[0][1] == [0xFF0000FF]
    assert store.components("/extra") == ["Points3D:positions", "note"]


def test_properties_and_recording_name() -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    rec.send_recording_name("My run")
    rec.send_property("camera", rr.AnyValues(model="X100"))
    store = memory.read().recording()
    assert store.rows("/__properties", "RecordingInfo:name")[-1][1] == ["My run"]
    assert store.rows("/__properties/camera", "model")[0][1] == ["X100"]


def test_spawn_without_a_viewer_warns_once_and_keeps_going(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("RERUN_CLI_PATH", raising=False)
    program = (
        'import rerun as rr\nrr.init("x", spawn=True)\nrr.log("p", rr.Points3D([[1, 2, 3]]))\nprint("done")\n'
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=dict(os.environ)
    )
    assert done.returncode == 0 and done.stdout == "done\n"
    assert done.stderr.count("no Rerun viewer found") == 1


def test_spawn_pipes_the_stream_into_the_viewer(tmp_path: Path) -> None:
    received = tmp_path / "received.rrd"
    viewer = tmp_path / "rerun"
    viewer.write_text(f'#!/bin/sh\n[ "$1" = - ] || exit 9\ncat > {received}\n')
    viewer.chmod(0o755)
    program = 'import rerun as rr\nrr.init("x", spawn=True)\nrr.log("p", rr.Points3D([[1, 2, 3]]))\n'
    env = {**os.environ, "RERUN_CLI_PATH": str(viewer)}
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    for _ in range(100):  # the viewer process finishes copying after we exit
        if received.exists() and b"Points3D" in received.read_bytes():
            break
        subprocess.run(["sleep", "0.05"], check=True)
    assert read_rrd(received).recording().entity_paths() == ["/__properties", "/p"]


def test_logging_handler_sends_text_logs() -> None:
    rec = new_stream()
    memory = rec.memory_recording()
    logger = logging.getLogger("rerun_test.component")
    logger.setLevel(logging.DEBUG)
    handler = rr.LoggingHandler("logs", recording=rec)
    logger.addHandler(handler)
    try:
        logger.warning("careful")
        logger.debug("details")
    finally:
        logger.removeHandler(handler)
    store = memory.read().recording()
    assert [v for _, v in store.rows("/logs/rerun_test/component", "TextLog:level")] == [["WARN"], ["DEBUG"]]
    assert [v for _, v in store.rows("/logs/rerun_test/component", "TextLog:text")] == [
        ["careful"],
        ["details"],
    ]


def test_script_helpers_save_to_a_file(tmp_path: Path) -> None:
    program = f"""
import argparse, rerun as rr
parser = argparse.ArgumentParser()
rr.script_add_args(parser)
args = parser.parse_args(["--save", {str(tmp_path / "script.rrd")!r}])
rr.script_setup(args, "rerun_example_script")
rr.log("p", rr.Points3D([[1, 2, 3]]))
rr.script_teardown(args)
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert_verified(tmp_path / "script.rrd")


def test_utilities() -> None:
    from rerun.utilities import bounce_lerp, build_color_spiral, interleave

    points, colors = build_color_spiral(10, radius=3.0)
    assert points.shape == (10, 3) and points.dtype == np.float32
    assert colors.shape == (10, 3) and colors.dtype == np.uint8
    assert np.allclose(np.hypot(points[:, 0], points[:, 1]), 3.0)
    assert bounce_lerp(0.0, 10.0, 0.25) == 2.5
    assert bounce_lerp(0.0, 10.0, 1.25) == 7.5  # on the way back
    assert np.allclose(bounce_lerp(np.zeros(3), np.ones(3), 2.5), 0.5)
    assert interleave(np.array([[1], [2]]), np.array([[3], [4]])).tolist() == [[1], [3], [2], [4]]
    with pytest.raises(ValueError, match="same shape"):
        interleave(np.zeros(2), np.zeros(3))


def test_generator_context_keeps_the_generators_recording_to_itself() -> None:
    @rr.recording_stream.recording_stream_generator_ctx
    def job(name: str) -> Iterator[str | None]:
        with rr.RecordingStream(name, recording_id=name):
            for _ in range(2):
                yield rr.get_recording_id()

    outer = new_stream()
    with outer:
        seen = list(job("inner"))
        assert rr.get_data_recording() is outer
    assert seen == ["inner", "inner"]


def test_sending_chunks_from_another_recording_and_dataframes(tmp_path: Path) -> None:
    source = new_stream()
    source.save(tmp_path / "source.rrd")
    source.log("copied", rr.Scalars(3.0))
    source.disconnect()

    target = rr.RecordingStream("rerun_test", recording_id="target")
    memory = target.memory_recording()
    rr.log_file_from_path(tmp_path / "source.rrd", recording=target)
    with pytest.warns(rr.RerunWarning, match="deprecated"):
        rr.send_recording(read_rrd(tmp_path / "source.rrd"), recording=target)
    batches = [c.to_record_batch() for c in read_rrd(tmp_path / "source.rrd").recording().chunks]
    rr.send_dataframe(pa.Table.from_batches(batches[-1:]), recording=target)
    assert len(memory.read().recording().rows("/copied", "Scalars:scalars")) == 3

    (tmp_path / "mesh.obj").write_text("v 0 0 0\n")
    with pytest.warns(rr.RerunWarning, match=r"no importer for \.obj files"):
        rr.log_file_from_path(tmp_path / "mesh.obj", recording=target)


def test_lifecycle_helpers_and_constants(tmp_path: Path) -> None:
    assert rr.version().startswith("rerun_py 0.33.1")
    assert rr.RERUN_KIND == b"rerun:kind" and rr.SORBET_ENTITY_PATH == b"rerun:entity_path"
    assert rr.EXTERNAL_IMPORTER_INCOMPATIBLE_EXIT_CODE == 66
    rec = new_stream()
    rec.save(tmp_path / "out.rrd")

    @rr.shutdown_at_exit
    def work() -> None:
        rec.log("x", rr.Scalars(1.0))

    work()  # finishing the recording writes the footer
    assert_verified(tmp_path / "out.rrd")
    with pytest.warns(rr.RerunWarning, match="web viewer is not available"):
        rr.serve_web_viewer()


TIMEOUT = 60  # seconds; only a batcher that hangs gets near it


class FakeClock:
    """Time for the batchers' tick threads that moves only when the test advances it."""

    def __init__(self) -> None:
        self._now = 0.0
        self._changed = threading.Condition()
        self._wakes_at: dict[int, float] = {}  # each sleeping tick thread: when it wakes
        self._stopped = False

    def wait(self, stopped: threading.Event, seconds: float) -> bool:
        """The batcher's `TickWait`: sleep until the clock has moved `seconds` on (False) or until
        the batcher or the clock is stopped (True)."""
        with self._changed:
            thread = threading.get_ident()
            self._wakes_at[thread] = self._now + seconds
            self._changed.notify_all()
            self._changed.wait_for(
                lambda: self._stopped or stopped.is_set() or self._now >= self._wakes_at[thread]
            )
            del self._wakes_at[thread]
            self._changed.notify_all()
            return self._stopped or stopped.is_set()

    def advance(self, seconds: float) -> None:
        """Move the clock on; returns once every tick that came due has run and its thread sleeps again."""
        with self._changed:
            assert self._changed.wait_for(lambda: self._wakes_at, TIMEOUT), (
                "no tick thread sleeps on the clock"
            )
            self._now += seconds
            self._changed.notify_all()
            assert self._changed.wait_for(
                lambda: self._wakes_at and min(self._wakes_at.values()) > self._now, TIMEOUT
            ), "a tick thread did not go back to sleep"

    def stop(self) -> None:
        """End every tick thread: their `wait` returns True."""
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
            assert self._changed.wait_for(lambda: not self._wakes_at, TIMEOUT)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    """The recordings made in the test tick on a fake clock."""
    fake = FakeClock()
    monkeypatch.setattr(recording_stream, "Batcher", functools.partial(Batcher, wait=fake.wait))
    yield fake
    fake.stop()


def test_the_tick_flushes_the_pending_rows_when_the_clock_reaches_it(clock: FakeClock) -> None:
    config = rr.ChunkBatcherConfig(flush_tick=0.25, flush_num_bytes=U64_MAX, flush_num_rows=U64_MAX)
    stream = new_stream(send_properties=False, batcher_config=config)
    output = stream.binary_stream()
    data = b""

    def chunk_sizes_so_far() -> list[int]:
        nonlocal data
        data += output.read(flush=False)
        return [c.num_rows for c in read_rrd(data).recording().chunks if c.entity_path == "/x"]

    for value in range(3):
        stream.log("x", rr.Scalars(float(value)))
    clock.advance(0.125)
    assert chunk_sizes_so_far() == []  # the tick is not due yet
    clock.advance(0.125)
    assert chunk_sizes_so_far() == [3]
    stream.log("x", rr.Scalars(3.0))
    stream.log("x", rr.Scalars(4.0))
    clock.advance(1.0)  # several ticks' worth of time at once: the thread wakes once
    assert chunk_sizes_so_far() == [3, 2]
    clock.advance(0.25)
    assert chunk_sizes_so_far() == [3, 2]  # nothing pending: no chunk
    assert [v for _, v in read_rrd(data).recording().rows("/x", "Scalars:scalars")] == [
        [float(v)] for v in range(5)
    ]


def test_chunks_with_an_unsorted_timeline_are_split() -> None:
    unsorted = new_stream(
        batcher_config=rr.ChunkBatcherConfig(chunk_max_rows_if_unsorted=4, flush_tick=math.inf)
    )
    memory = unsorted.memory_recording()
    for step in [5, 3, 9, 1, 7, 2, 8, 0, 6, 4]:
        unsorted.set_time("step", sequence=step)
        unsorted.log("y", rr.Scalars(float(step)))
    chunks = [c for c in memory.read().recording().chunks if c.entity_path == "/y"]
    assert [c.num_rows for c in chunks] == [4, 4, 2]


def test_a_forked_child_keeps_logging_and_flushing(tmp_path: Path) -> None:
    program = f"""
import os, rerun as rr
rec = rr.RecordingStream("fork", recording_id="f", batcher_config=rr.ChunkBatcherConfig(flush_tick=0.05))
rec.log("parent", rr.Scalars(1.0))
pid = os.fork()
if pid == 0:
    rec.save({str(tmp_path / "child.rrd")!r})
    rec.log("child", rr.Scalars(2.0))
    rec.disconnect()
    os._exit(0)
os.waitpid(pid, 0)
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert_verified(tmp_path / "child.rrd")
    assert "/child" in read_rrd(tmp_path / "child.rrd").recording().entity_paths()
