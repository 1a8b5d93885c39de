"""The runner's trace of what a program logs, and the check of a recording against it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pytest
from snippet_runner import (
    LoggedCall,
    assert_recorded_as_logged,
    logged_calls,
    logged_rows,
    trace_path,
    tracing,
)

import rerun as rr
import rerun.blueprint as rrb
from rerun.rrd import Store

STORE = ("rerun_test_trace", "trace")


def traced(tmp_path: Path, program: Callable[[rr.RecordingStream], None]) -> tuple[Store, list[LoggedCall]]:
    """What `program` records into a new stream, and the calls traced while it ran."""
    output = tmp_path / "out.rrd"
    with trace_path(output).open("wb") as trace, tracing(trace):
        stream = rr.RecordingStream(STORE[0], recording_id=STORE[1])
        memory = stream.memory_recording()
        program(stream)
    return memory.read().recording(), logged_calls(output)


def log_a_little(stream: rr.RecordingStream) -> None:
    stream.set_time("step", sequence=1)
    stream.set_time("clock", duration=0.25)
    stream.log("points", rr.Points3D([[1, 2, 3]], radii=0.5))
    stream.log(["texts", "a b"], rr.TextDocument("hi"), static=True)
    stream.send_columns(
        "series",
        indexes=[rr.TimeColumn("step", sequence=[1, 2, 3])],
        columns=rr.Scalars.columns(scalars=[1.0, 2.0, 3.0]),
    )
    stream.send_blueprint(rrb.Blueprint(rrb.Spatial3DView()))


def test_the_trace_holds_each_call_and_the_recording_matches_it(tmp_path: Path) -> None:
    recording, calls = traced(tmp_path, log_a_little)
    counts = {(e, d[0], s): len(rows) for (e, d, s), rows in logged_rows(calls, STORE).items()}
    assert counts == {
        ("/__properties", "RecordingInfo:start_time", True): 1,
        ("/points", "Points3D:positions", False): 1,
        ("/points", "Points3D:radii", False): 1,
        ("/texts/a\\ b", "TextDocument:text", True): 1,
        ("/series", "Scalars:scalars", False): 3,
    }
    assert len({call.store for call in calls}) == 2  # the blueprint's calls go to a store of their own
    assert_recorded_as_logged("example", recording, calls)


def test_the_trace_holds_the_method_and_times_of_each_call(tmp_path: Path) -> None:
    _, calls = traced(tmp_path, log_a_little)
    assert {call.entity_path: (call.method, call.times) for call in calls if call.store == STORE} == {
        "/__properties": ("log", {}),
        "/points": ("log", {"step": ("sequence", (1,)), "clock": ("duration", (250_000_000,))}),
        "/texts/a\\ b": ("log", {}),
        "/series": ("send_columns", {"step": ("sequence", (1, 2, 3))}),
    }


def test_a_recording_check_names_the_program_entity_and_component_that_differ(tmp_path: Path) -> None:
    recording, calls = traced(tmp_path, log_a_little)
    recording.chunks = [chunk for chunk in recording.chunks if chunk.entity_path != "/texts/a\\ b"]
    changed = []
    for call in calls:
        if call.entity_path == "/series":
            (descriptor, column), *_ = call.components.items()
            call = dataclasses.replace(
                call, components={descriptor: pa.array([[1.0], [2.0], [4.0]], column.type)}
            )
        elif call.entity_path == "/points":
            call = dataclasses.replace(call, static=True)
        changed.append(call)
    with pytest.raises(AssertionError) as failure:
        assert_recorded_as_logged("example", recording, changed)
    assert str(failure.value).splitlines() == [
        "example: /points Points3D:positions: 0 rows logged, 1 in the recording",
        "example: /points Points3D:positions (static): 1 rows logged, 0 in the recording",
        "example: /points Points3D:radii: 0 rows logged, 1 in the recording",
        "example: /points Points3D:radii (static): 1 rows logged, 0 in the recording",
        "example: /series Scalars:scalars: 1 of 3 rows differ; row 2 was logged as double [4.0], "
        "recorded as double [3.0]",
        "example: /texts/a\\ b TextDocument:text (static): 1 rows logged, 0 in the recording",
    ]
