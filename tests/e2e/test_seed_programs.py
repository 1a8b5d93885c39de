"""Every example program of the seed documents runs unchanged against our package.

Each program runs headless in a subprocess (`tests/snippet_runner.py`: strict mode, Rerun warnings
are errors, the viewer replaced by a file) in a directory of its own, with the input files it asks
for. Its recording must pass Rerun's own verifier, hold every entity that the program logs to by
a literal path, and hold exactly the rows and values that the program logged (the runner traces
each call as the program made it). The programs run in parallel, once per session, before their
tests look at them.
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image as PILImage
from rrd_tools import assert_verified
from seed_programs import SeedProgram, api_reference_programs, custom_data_programs, dna_tutorial
from snippet_runner import assert_recorded_as_logged, logged_calls

import rerun as rr
from conftest import TESTS
from rerun.rrd import Store, read_rrd

pytestmark = pytest.mark.slow  # runs many subprocesses; deselect with -m 'not slow'

FIXTURES = TESTS / "fixtures"
RUNNER = TESTS / "snippet_runner.py"

PROGRAMS = {p.name: p for p in [*api_reference_programs(), dna_tutorial(), *custom_data_programs()]}

# Programs that want a file on the command line, known by the usage line they print without one.
ARGUMENTS = {
    "<path_to_asset.[gltf|glb|obj|stl]>": "tetrahedron.obj",
    "<path_to_depth_image.[png|rvl]>": "depth.png",
    "<path_to_video.[mp4]>": "video.mp4",
}
# Files that programs open next to their own source file.
NEIGHBOURS = ("ferris.png",)

# `rr.log("path", ...)` / `rr.send_columns("path", ...)` with a string literal (or f-string) as the path.
_LOGGED_PATH = re.compile(r"""\brr\.(?:log|send_columns)\(\s*f?(["'])([^"']*)\1""")


@dataclass(frozen=True)
class Run:
    """One program's run: its exit status, what it printed to stderr, and its recording."""

    returncode: int
    stderr: str
    output: Path


def run_program(program: SeedProgram, directory: Path) -> Run:
    """Run `program` in `directory` (which gets its source and input files)."""
    source = directory / "program.py"
    source.write_text(program.source)
    arguments = [str(FIXTURES / file) for usage, file in ARGUMENTS.items() if usage in program.source]
    for neighbour in NEIGHBOURS:
        if neighbour in program.source:
            shutil.copy(FIXTURES / neighbour, directory / neighbour)
    output = directory / "out.rrd"
    result = subprocess.run(
        [sys.executable, str(RUNNER), str(source), str(output), *arguments],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "RERUN_ANALYTICS": "0"},
    )
    return Run(result.returncode, result.stderr, output)


def logged_entity_paths(source: str) -> set[str]:
    """Patterns (`fnmatch`) of the entity paths a program logs to by literal, as rerun writes them.

    Paths get their leading `/`; each `{...}` field of an f-string matches anything.
    """
    return {"/" + re.sub(r"\{[^}]*\}", "*", m.group(2)).strip("/") for m in _LOGGED_PATH.finditer(source)}


@pytest.fixture(scope="session")
def seed_runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """The runs of the programs that the selected tests look at, made in parallel."""
    wanted = {"dna_tutorial"} if any(i.name == "test_dna_tutorial" for i in request.session.items) else set()
    wanted |= {
        i.callspec.params["name"]
        for i in request.session.items
        if getattr(i, "originalname", "") == "test_seed_program" and hasattr(i, "callspec")
    }
    root = tmp_path_factory.mktemp("seed_programs")

    def run(name: str) -> tuple[str, Run]:
        directory = root / name
        directory.mkdir()
        return name, run_program(PROGRAMS[name], directory)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(run, sorted(wanted)))


def recorded(run: Run) -> Store:
    """The recording of a successful run, after Rerun's verifier accepted it."""
    assert run.returncode == 0, f"the program failed:\n{run.stderr}"
    assert_verified(run.output)
    return read_rrd(run.output).recording()


def test_every_seed_program_is_found() -> None:
    assert len(api_reference_programs()) == 63
    assert [p.name for p in custom_data_programs()] == [
        "000-any_values",
        "000-labeled_points",
        "001-any_values",
        "001-labeled_points",
        "001-custom_data",
    ]
    assert len(PROGRAMS) == 63 + 1 + 5  # the names are unique
    assert all((FIXTURES / file).is_file() for file in (*ARGUMENTS.values(), *NEIGHBOURS))


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_seed_program(name: str, seed_runs: dict[str, Run]) -> None:
    recording = recorded(seed_runs[name])
    logged = recording.entity_paths()
    expected = logged_entity_paths(PROGRAMS[name].source)
    missing = {p for p in expected if not any(fnmatch.fnmatchcase(path, p) for path in logged)}
    assert not missing, f"logged to but not in the recording: {sorted(missing)} (recorded: {sorted(logged)})"
    assert_recorded_as_logged(name, recording, logged_calls(seed_runs[name].output))


def test_logged_entity_paths_are_found_in_the_source() -> None:
    source = """
rr.log("a/b", x)
rr.send_columns(
    "/c/", indexes=[])
rr.log(f"arrows/{i}", y)
recording.log("d", z)
"""
    assert logged_entity_paths(source) == {"/a/b", "/c", "/arrows/*"}


def test_dna_tutorial(seed_runs: dict[str, Run]) -> None:
    recording = recorded(seed_runs["dna_tutorial"])
    structure = "/dna/structure"
    entities = [f"{structure}/left", f"{structure}/right", f"{structure}/scaffolding"]
    beads = f"{structure}/scaffolding/beads"
    assert {*entities, beads, structure} <= set(recording.entity_paths())
    assert recording.timelines() == {
        "log_tick": "sequence",
        "log_time": "timestamp",
        "stable_time": "duration",
    }
    for entity in entities:
        assert recording.num_rows(entity) == 1
    assert recording.num_rows(beads) == 1 + 400
    assert recording.num_rows(structure) == 400
    (times, left), *_ = recording.rows(f"{structure}/left", "Points3D:positions")
    assert times["stable_time"] == 0 and len(left) == 100
    bead_times = [t["stable_time"] for t, _ in recording.rows(beads, "Points3D:positions")]
    assert bead_times == [0] + [i * 10_000_000 for i in range(400)]
    rotations = recording.rows(structure, "Transform3D:rotation_axis_angle")
    assert [t["stable_time"] for t, _ in rotations] == [i * 10_000_000 for i in range(400)]
    ticks = [t["log_tick"] for t, _ in recording.rows(beads, "Points3D:positions")]
    assert ticks == sorted(ticks) and len(set(ticks)) == len(ticks)


# The API the seed programs use beyond the generated classes.


def test_quaternion_identity_and_invalid() -> None:
    assert rr.Quaternion.identity() == rr.Quaternion(xyzw=[0, 0, 0, 1])
    assert rr.components.RotationQuat.identity() == rr.Quaternion(xyzw=[0, 0, 0, 1])
    assert rr.Quaternion.invalid() == rr.Quaternion(xyzw=[0, 0, 0, 0])


def test_radius_ui_points_are_negative() -> None:
    assert rr.components.Radius.ui_points(2.0) == np.float32(-2.0)
    assert rr.components.Radius.ui_points([40.0, -60.0, 0.5]).tolist() == [-40.0, -60.0, -0.5]
    points = rr.Points2D([[0, 0], [1, 1]], radii=rr.components.Radius.ui_points([1.0, 2.0]))
    assert points.radii is not None
    assert points.radii.as_arrow_array().to_pylist() == [-1.0, -2.0]


def test_media_type_constants_and_guess() -> None:
    media_type = rr.components.MediaType
    assert media_type("text/markdown") == media_type.MARKDOWN
    assert {
        name: getattr(media_type, name).value
        for name in ("GLB", "GLTF", "JPEG", "MP4", "OBJ", "PNG", "RVL", "STL", "TEXT")
    } == {
        "GLB": "model/gltf-binary",
        "GLTF": "model/gltf+json",
        "JPEG": "image/jpeg",
        "MP4": "video/mp4",
        "OBJ": "model/obj",
        "PNG": "image/png",
        "RVL": "application/rvl",
        "STL": "model/stl",
        "TEXT": "text/plain",
    }
    assert media_type.guess_from_path("scan/mesh.GLB") == media_type.GLB
    assert media_type.guess_from_path(Path("notes.md")) == media_type.MARKDOWN
    assert media_type.guess_from_path("archive.tar") is None


def test_text_log_levels() -> None:
    levels = ["CRITICAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"]
    assert [getattr(rr.components.TextLogLevel, level).value for level in levels] == levels
    log = rr.TextLog("hello", level=rr.TextLogLevel.TRACE)
    assert log.level is not None and log.level.as_arrow_array().to_pylist() == ["TRACE"]


def test_video_timestamp_units() -> None:
    timestamp = rr.components.VideoTimestamp
    expected = [300_000_000, 1_000_000_000]
    assert timestamp.seconds([0.3, 1.0]).as_arrow_array().to_pylist() == expected
    assert timestamp.milliseconds([300, 1000]).as_arrow_array().to_pylist() == expected
    assert timestamp.nanoseconds(expected).as_arrow_array().to_pylist() == expected
    assert timestamp.seconds(2.5).as_arrow_array().to_pylist() == [2_500_000_000]


# Frame timestamps of MP4 files. The fixtures are 3 s of H.264 at 10 frames per second with
# B-frames, written by PyAV (tests/fixtures/make_fixtures.py).

TENTH = 100_000_000  # one frame, in nanoseconds


@pytest.mark.parametrize("file", ["video.mp4", "video_fragmented.mp4"])
def test_frame_timestamps_of_mp4(file: str) -> None:
    timestamps = rr.AssetVideo(path=FIXTURES / file).read_frame_timestamps_nanos()
    assert timestamps.dtype == np.int64
    assert timestamps.tolist() == [i * TENTH for i in range(30)]


@pytest.mark.parametrize("file", ["video.mp4", "video_fragmented.mp4"])
def test_frame_timestamps_agree_with_pyav(file: str) -> None:
    import av  # a dev dependency, imported here only because it takes a while to import

    with av.open(str(FIXTURES / file)) as container:
        stream = container.streams.video[0]
        pts = sorted(packet.pts for packet in container.demux(stream) if packet.pts is not None)
        expected = [
            (p - pts[0]) * 1_000_000_000 * stream.time_base.numerator // stream.time_base.denominator
            for p in pts
        ]
    assert rr.AssetVideo(path=FIXTURES / file).read_frame_timestamps_nanos().tolist() == expected


def test_video_fixture_has_reordered_frames() -> None:
    """The plain MP4 fixture holds B-frames: its composition offsets differ from frame to frame."""
    data = (FIXTURES / "video.mp4").read_bytes()
    ctts = data.index(b"ctts")
    (entries,) = struct.unpack_from(">I", data, ctts + 8)
    offsets = {struct.unpack_from(">I", data, ctts + 16 + 8 * i)[0] for i in range(entries)}
    assert len(offsets) > 1  # the fixture really holds reordered frames


def _box(kind: bytes, *payload: bytes) -> bytes:
    body = b"".join(payload)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _minimal_mp4(timescale: int, stts: list[tuple[int, int]], ctts: list[tuple[int, int]] | None) -> bytes:
    """An MP4 skeleton with one video track and the given time-to-sample tables (no media data)."""
    table = [_box(b"stts", struct.pack(">II", 0, len(stts)), *(struct.pack(">II", *e) for e in stts))]
    if ctts is not None:
        table.append(
            _box(b"ctts", struct.pack(">II", 1 << 24, len(ctts)), *(struct.pack(">Ii", *e) for e in ctts))
        )
    mdia = _box(
        b"mdia",
        _box(b"mdhd", struct.pack(">IIIII", 0, 0, 0, timescale, 0), b"\0" * 4),
        _box(b"hdlr", struct.pack(">II4s", 0, 0, b"vide"), b"\0" * 13),
        _box(b"minf", _box(b"stbl", *table)),
    )
    trak = _box(b"trak", _box(b"tkhd", struct.pack(">IIII", 0, 0, 0, 1), b"\0" * 68), mdia)
    audio = _box(b"trak", _box(b"mdia", _box(b"hdlr", struct.pack(">II4s", 0, 0, b"soun"))))
    return _box(b"ftyp", b"isom\0\0\0\0") + _box(b"moov", audio, trak) + _box(b"mdat")


def _with_entry_count(data: bytes, kind: bytes, entries: int) -> bytes:
    """`data` with the entry count of its first `kind` box replaced (to make the table too short)."""
    at = data.index(kind) + 8
    return data[:at] + struct.pack(">I", entries) + data[at + 4 :]


def _timestamps(data: bytes) -> list[int]:
    return rr.AssetVideo(contents=data, media_type="video/mp4").read_frame_timestamps_nanos().tolist()


def test_frame_timestamps_from_the_sample_table() -> None:
    # 3 frames of 1/30 s, then 2 of 1/15 s, at a timescale of 90 kHz; no composition offsets.
    assert _timestamps(_minimal_mp4(90_000, [(3, 3000), (2, 6000)], None)) == [
        0,
        33_333_333,
        66_666_666,
        100_000_000,
        166_666_666,
    ]
    # Decode order I P B, the B shown before the P thanks to a negative offset.
    assert _timestamps(_minimal_mp4(1000, [(3, 100)], [(1, 0), (1, 100), (1, -100)])) == [
        0,
        100_000_000,
        200_000_000,
    ]
    assert _timestamps(_minimal_mp4(1000, [], None)) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x00\x00\x10ftypisom\x00\x00\x00\x00", "no `moov` box"),
        (b"\x00\x00\x00\x30moov", "invalid size"),
        (
            _box(b"moov", _box(b"trak", _box(b"mdia", _box(b"hdlr", struct.pack(">II4s", 0, 0, b"soun"))))),
            "no video track",
        ),
        (_minimal_mp4(0, [(1, 1)], None), "timescale is 0"),
        (_minimal_mp4(1000, [(2, 1)], [(1, 0)]), "`ctts` covers 1 samples but `stts` 2"),
        (b"\x00\x00\x00\x0bmoov\x00\x00\x00", "truncated box header at byte 8"),
        (_with_entry_count(_minimal_mp4(1000, [(1, 1)], None), b"stts", 2), "shorter than its entries"),
        (_with_entry_count(_minimal_mp4(1000, [(1, 1)], [(1, 0)]), b"ctts", 9), "shorter than its entries"),
        (
            _with_entry_count((FIXTURES / "video_fragmented.mp4").read_bytes(), b"trun", 10_000),
            "is shorter than its 10000 samples",
        ),
    ],
)
def test_unreadable_mp4_raises(data: bytes, message: str) -> None:
    with pytest.raises(RuntimeError, match=re.escape(message)):
        _timestamps(data)


def test_frame_timestamps_need_an_mp4() -> None:
    with pytest.raises(RuntimeError, match="only read frame timestamps of MP4 video, not 'video/webm'"):
        rr.AssetVideo(contents=b"\x1a\x45\xdf\xa3", media_type="video/webm").read_frame_timestamps_nanos()


@pytest.fixture
def strict_mode() -> Iterator[None]:
    """Strict mode on for the test (bad input raises), and back as it was afterwards."""
    previous = rr.strict_mode()
    rr.set_strict_mode(True)
    yield
    rr.set_strict_mode(previous)


def _decoded(blob: rr.components.BlobBatch | None) -> npt.NDArray[Any]:
    assert blob is not None
    return np.asarray(PILImage.open(io.BytesIO(blob.as_arrow_array()[0].values.to_numpy().tobytes())))


def test_image_back_to_pixels_and_pil(strict_mode: None) -> None:
    rgb = np.arange(4 * 5 * 3, dtype=np.uint8).reshape(4, 5, 3)
    image = rr.Image(rgb[..., ::-1], color_model="BGR")
    assert image.image_format() == rr.datatypes.ImageFormat(
        width=5,
        height=4,
        color_model=rr.datatypes.ColorModel.BGR,
        channel_datatype=rr.datatypes.ChannelDatatype.U8,
    )
    pil = image.as_pil_image()
    assert (pil.mode, pil.size) == ("RGB", (5, 4))
    assert np.array_equal(np.asarray(pil), rgb)
    depth = rr.DepthImage(np.array([[1, 2], [3, 60_000]], dtype=np.uint16))
    assert depth.as_pil_image().mode == "I;16"
    assert np.array_equal(np.asarray(depth.as_pil_image()), [[1, 2], [3, 60_000]])
    with pytest.raises(ValueError, match="Cannot read the pixels of NV12 images"):
        rr.Image(bytes=b"\0" * 6, width=2, height=2, pixel_format="NV12").as_pil_image()


def test_image_compresses_to_jpeg() -> None:
    gray = np.full((8, 8), 100, dtype=np.uint8)
    encoded = rr.Image(gray, opacity=0.5, draw_order=3).compress(jpeg_quality=90)
    assert isinstance(encoded, rr.EncodedImage)
    assert encoded.media_type is not None and encoded.media_type.as_arrow_array().to_pylist() == [
        "image/jpeg"
    ]
    assert encoded.opacity is not None and encoded.opacity.as_arrow_array().to_pylist() == [0.5]
    assert np.abs(_decoded(encoded.blob).astype(int) - 100).max() <= 2


def test_image_that_jpeg_cannot_hold_stays_an_image(strict_mode: None) -> None:
    rgba = rr.Image(np.zeros((2, 2, 4), dtype=np.uint8))
    with pytest.raises(ValueError, match="Only U8 L, RGB and BGR images can be compressed to JPEG, not RGBA"):
        rgba.compress()
    rr.set_strict_mode(False)
    with pytest.warns(rr.RerunWarning, match="Image.compress"):
        assert rgba.compress() is rgba


def test_depth_image_compresses_to_png_losslessly(strict_mode: None) -> None:
    depth = np.array([[0, 1000], [2000, 65_535]], dtype=np.uint16)
    encoded = rr.DepthImage(depth, meter=1000, colormap="viridis").compress(compress_level=9)
    assert isinstance(encoded, rr.EncodedDepthImage)
    assert encoded.meter is not None and encoded.meter.as_arrow_array().to_pylist() == [1000.0]
    assert encoded.colormap is not None
    assert np.array_equal(_decoded(encoded.blob), depth)
    with pytest.raises(
        ValueError, match="Only U8 and U16 depth images can be compressed to PNG, not float32"
    ):
        rr.DepthImage(depth.astype(np.float32)).compress()
