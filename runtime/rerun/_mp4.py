"""A reader of MP4 (ISO base media) files: the presentation times of the frames of a video track.

An MP4 file is a tree of boxes (a size, a four-letter type and a payload each). The timing of a
track sits in its sample table (`moov/trak/mdia/minf/stbl`: `stts` holds sample durations, `ctts`
the offsets of presentation from decode times), or, in fragmented files, in `moof/traf/trun`
boxes with defaults from `tfhd` and `mvex/trex`. Only what the timestamps need is read.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


class Mp4Error(Exception):
    """The MP4 data is malformed, or uses a layout that is not supported."""


def frame_timestamps_nanos(data: memoryview) -> npt.NDArray[np.int64]:
    """The sorted presentation times (ns, from the first frame) of the first video track of an MP4 file.

    Raises `Mp4Error` when the data is not an MP4 file, is truncated, or has no video track.
    """
    try:
        return _frame_timestamps_nanos(data)
    except struct.error as error:  # a box shorter than the fields read from it
        raise Mp4Error(str(error)) from error


def _frame_timestamps_nanos(data: memoryview) -> npt.NDArray[np.int64]:
    moov = _child(data, 0, len(data), b"moov")
    if moov is None:
        raise Mp4Error("no `moov` box: this is not an MP4 file, or it is truncated")
    track = _video_track(data, *moov)
    decode, offsets = _sample_table(data, *track.stbl)
    if len(decode) == 0 and _child(data, *moov, b"mvex") is not None:
        decode, offsets = _fragments(data, track, _trex_default_duration(data, *moov, track.track_id))
    presentation = decode + offsets
    if len(presentation) == 0:
        return np.zeros(0, dtype=np.int64)
    presentation = np.sort(presentation - presentation.min())
    seconds, rest = np.divmod(presentation, track.timescale)
    nanos: npt.NDArray[np.int64] = seconds * 1_000_000_000 + rest * 1_000_000_000 // track.timescale
    return nanos


def _boxes(data: memoryview, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """The boxes between `start` and `end`: (type, payload start, payload end) each."""
    position = start
    while position < end:
        if end - position < 8:
            raise Mp4Error(f"truncated box header at byte {position}")
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, position + 8)
            header = 16
        elif size == 0:  # the box runs to the end of its parent
            size = end - position
        if size < header or position + size > end:
            raise Mp4Error(f"box {kind!r} at byte {position} has an invalid size {size}")
        yield kind, position + header, position + size
        position += size


def _child(data: memoryview, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    """The payload range of the first box of type `kind` in `start:end`, if there is one."""
    return next(((s, e) for k, s, e in _boxes(data, start, end) if k == kind), None)


def _require(data: memoryview, start: int, end: int, *path: bytes) -> tuple[int, int]:
    """The payload range of the box at `path` below `start:end`; raises if one is missing."""
    for kind in path:
        found = _child(data, start, end, kind)
        if found is None:
            raise Mp4Error(f"missing `{kind.decode()}` box")
        start, end = found
    return start, end


@dataclass(frozen=True)
class _Track:
    """What the timestamps need to know of a video track."""

    track_id: int
    timescale: int
    stbl: tuple[int, int]  # the payload range of its sample table box


def _video_track(data: memoryview, start: int, end: int) -> _Track:
    for kind, trak_start, trak_end in _boxes(data, start, end):
        if kind != b"trak":
            continue
        mdia = _require(data, trak_start, trak_end, b"mdia")
        hdlr_start, _ = _require(data, *mdia, b"hdlr")
        if bytes(data[hdlr_start + 8 : hdlr_start + 12]) != b"vide":
            continue
        tkhd_start, _ = _require(data, trak_start, trak_end, b"tkhd")
        (track_id,) = struct.unpack_from(">I", data, tkhd_start + (20 if data[tkhd_start] == 1 else 12))
        mdhd_start, _ = _require(data, *mdia, b"mdhd")
        (timescale,) = struct.unpack_from(">I", data, mdhd_start + (20 if data[mdhd_start] == 1 else 12))
        if timescale == 0:
            raise Mp4Error("the video track's timescale is 0")
        return _Track(track_id, timescale, _require(data, *mdia, b"minf", b"stbl"))
    raise Mp4Error("the file has no video track")


def _run_lengths(data: memoryview, box: tuple[int, int], dtype: str) -> npt.NDArray[np.int64]:
    """The table of a `stts` or `ctts` box, (count, value) pairs, expanded to one value per sample."""
    start, end = box
    entries = struct.unpack_from(">I", data, start + 4)[0] if end - start >= 8 else None
    if entries is None or start + 8 + 8 * entries > end:
        raise Mp4Error(f"the sample table box at byte {start} is shorter than its entries")
    table = np.frombuffer(data, dtype=np.dtype(dtype), count=2 * entries, offset=start + 8).reshape(-1, 2)
    return np.repeat(table[:, 1].astype(np.int64), table[:, 0].astype(np.int64))


def _sample_table(
    data: memoryview, start: int, end: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Decode times and composition offsets of the samples of a (non-fragmented) track."""
    durations = _run_lengths(data, _require(data, start, end, b"stts"), ">u4")
    decode = np.cumsum(durations) - durations  # each sample starts where the ones before it end
    ctts = _child(data, start, end, b"ctts")
    if ctts is None:
        return decode, np.zeros_like(decode)
    # Offsets are signed in version 1; writers also store negative ones in version 0 boxes.
    offsets = _run_lengths(data, ctts, ">i4")
    if len(offsets) != len(decode):
        raise Mp4Error(f"`ctts` covers {len(offsets)} samples but `stts` {len(decode)}")
    return decode, offsets


def _trex_default_duration(data: memoryview, start: int, end: int, track_id: int) -> int:
    """The default sample duration that the movie's `trex` box sets for the track (0 if none)."""
    mvex = _require(data, start, end, b"mvex")
    for kind, trex_start, _ in _boxes(data, *mvex):
        if kind == b"trex" and struct.unpack_from(">I", data, trex_start + 4)[0] == track_id:
            return int(struct.unpack_from(">I", data, trex_start + 12)[0])
    return 0


def _fragments(
    data: memoryview, track: _Track, trex_duration: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Decode times and composition offsets of the track's samples in the `moof` fragments."""
    decode: list[int] = []
    offsets: list[int] = []
    next_decode = 0
    for kind, moof_start, moof_end in _boxes(data, 0, len(data)):
        if kind != b"moof":
            continue
        for traf_kind, traf_start, traf_end in _boxes(data, moof_start, moof_end):
            if traf_kind != b"traf":
                continue
            tfhd_start, _ = _require(data, traf_start, traf_end, b"tfhd")
            flags, track_id = struct.unpack_from(">II", data, tfhd_start)
            if track_id != track.track_id:
                continue
            default_duration = trex_duration
            if flags & 0x08:  # default-sample-duration present, after the optional fields before it
                skip = 8 * bool(flags & 0x01) + 4 * bool(flags & 0x02)
                (default_duration,) = struct.unpack_from(">I", data, tfhd_start + 8 + skip)
            tfdt = _child(data, traf_start, traf_end, b"tfdt")
            if tfdt is not None:
                layout = ">Q" if data[tfdt[0]] == 1 else ">I"
                (next_decode,) = struct.unpack_from(layout, data, tfdt[0] + 4)
            for trun_kind, trun_start, trun_end in _boxes(data, traf_start, traf_end):
                if trun_kind == b"trun":
                    trun = (trun_start, trun_end)
                    next_decode = _trun(data, trun, default_duration, next_decode, decode, offsets)
    return np.array(decode, dtype=np.int64), np.array(offsets, dtype=np.int64)


def _trun(
    data: memoryview,
    box: tuple[int, int],
    default_duration: int,
    decode_time: int,
    decode: list[int],
    offsets: list[int],
) -> int:
    """Append the samples of one `trun` box; returns the decode time after its last sample."""
    start, end = box
    flags, count = struct.unpack_from(">II", data, start)  # flags: the low 24 bits
    position = start + 8 + 4 * bool(flags & 0x01) + 4 * bool(flags & 0x04)
    if position + count * 4 * bin(flags & 0xF00).count("1") > end:
        raise Mp4Error(f"the `trun` box at byte {start} is shorter than its {count} samples")
    for _ in range(count):
        duration = default_duration
        if flags & 0x100:
            (duration,) = struct.unpack_from(">I", data, position)
            position += 4
        position += 4 * bool(flags & 0x200) + 4 * bool(flags & 0x400)  # sample size and flags
        offset = 0
        if flags & 0x800:
            (offset,) = struct.unpack_from(">i", data, position)  # signed, as in `ctts`
            position += 4
        decode.append(decode_time)
        offsets.append(offset)
        decode_time += duration
    return decode_time
