"""The .rrd stream format of Rerun 0.33: framing, messages, the footer and its manifests.

A stream is a 12-byte header followed by messages, each a 16-byte header (kind, length) and a
protobuf payload. Chunks travel as Arrow IPC streams inside `ArrowMsg`, optionally LZ4-compressed
(raw block format). A finished stream ends with an `End` message whose payload is the footer
(one manifest per store: a table describing every chunk, and the store's schema), followed by a
fixed 32-byte stream footer that lets seek-based readers find it.

`RrdEncoder` writes a stream; `decode` reads one (or several concatenated) back.
"""

from __future__ import annotations

import hashlib
import io
import struct
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pyarrow as pa

from rerun import _protobuf as pb
from rerun._baseclasses import ComponentDescriptor
from rerun._chunk import (
    ARCHETYPE,
    COMPONENT,
    COMPONENT_TYPE,
    ENTITY_PATH,
    INDEX_NAME,
    KIND,
    ROW_ID_COLUMN,
    TIMELINE_ARROW_TYPES,
    TUIDS,
    Chunk,
    TimelineKind,
    descriptor_metadata,
)

FOURCC = b"RRF2"
# The format version we follow: rerun 0.33.1 (major, minor, patch, meta).
CRATE_VERSION = bytes([0, 33, 1, 0])
SERIALIZER_PROTOBUF = 2
FOOTER_SEED = 7850921
STREAM_FOOTER_SIZE = 32

MSG_END = 0
MSG_SET_STORE_INFO = 1
MSG_ARROW = 2
MSG_BLUEPRINT_ACTIVATION = 3

COMPRESSION_NONE = 1
COMPRESSION_LZ4 = 2
ENCODING_ARROW_IPC = 1
ENCODER_VERSION_V0 = 1
STORE_SOURCE_PYTHON_SDK = 2

StoreKind = Literal["recording", "blueprint"]
_STORE_KIND_CODES: dict[StoreKind, int] = {"recording": 1, "blueprint": 2}


class RrdError(ValueError):
    """The bytes are not a valid .rrd stream."""


@dataclass(frozen=True)
class StoreId:
    """Identifies one store (a recording or a blueprint) in a stream."""

    kind: StoreKind
    application_id: str
    recording_id: str

    def encode(self) -> bytes:
        """The protobuf `StoreId` message."""
        return (
            pb.uint_field(1, _STORE_KIND_CODES[self.kind])
            + pb.string_field(2, self.recording_id)
            + pb.bytes_field(3, pb.string_field(1, self.application_id))
        )

    @classmethod
    def decode(cls, data: bytes) -> StoreId:
        """Read a protobuf `StoreId` message."""
        fields = pb.fields_by_number(data)
        kind_code = int(fields.get(1, [0])[-1])
        recording_id = bytes(fields.get(2, [b""])[-1]).decode()
        application = pb.fields_by_number(bytes(fields.get(3, [b""])[-1]))
        application_id = bytes(application.get(1, [b""])[-1]).decode()
        kind: StoreKind = "blueprint" if kind_code == 2 else "recording"
        return cls(kind, application_id, recording_id)


def _tuid_message(tuid: tuple[int, int]) -> bytes:
    return pb.fixed64_field(1, tuid[0]) + pb.fixed64_field(2, tuid[1])


def _decode_tuid(data: bytes) -> tuple[int, int]:
    fields = pb.fields_by_number(data)
    if 1 not in fields or 2 not in fields:
        raise RrdError("a Tuid lacks its time_ns or inc field")
    return int(fields[1][-1]), int(fields[2][-1])


def _crate_version_bits() -> int:
    value: int = struct.unpack("<i", CRATE_VERSION)[0]
    return value


def set_store_info_payload(store_id: StoreId) -> bytes:
    """The `SetStoreInfo` message announcing a store, sourced from this Python SDK."""
    python_version = (
        pb.uint_field(1, sys.version_info.major)
        + pb.uint_field(2, sys.version_info.minor)
        + pb.uint_field(3, sys.version_info.micro)
        + pb.string_field(
            4, "" if sys.version_info.releaselevel == "final" else sys.version_info.releaselevel
        )
    )
    store_source = pb.uint_field(1, STORE_SOURCE_PYTHON_SDK) + pb.bytes_field(
        2, pb.bytes_field(1, python_version)
    )
    info = (
        pb.bytes_field(2, store_id.encode())
        + pb.bytes_field(5, store_source)
        + pb.bytes_field(6, pb.uint_field(1, _crate_version_bits()))
    )
    return pb.bytes_field(1, _tuid_message(TUIDS.next())) + pb.bytes_field(2, info)


def blueprint_activation_payload(blueprint_id: StoreId, *, make_active: bool, make_default: bool) -> bytes:
    """The `BlueprintActivationCommand` message."""
    return (
        pb.bytes_field(1, blueprint_id.encode())
        + pb.uint_field(2, int(make_active))
        + pb.uint_field(3, int(make_default))
    )


def ipc_stream_bytes(batch: pa.RecordBatch) -> pa.Buffer:
    """One record batch as an Arrow IPC stream (schema, batch, end-of-stream), in one exact-size buffer."""
    counter = pa.MockOutputStream()
    with pa.ipc.new_stream(counter, batch.schema) as writer:
        writer.write_batch(batch)
    buffer = pa.allocate_buffer(counter.size())
    with pa.ipc.new_stream(pa.FixedSizeBufferWriter(buffer), batch.schema) as writer:
        writer.write_batch(batch)
    return buffer


def _schema_only_ipc(schema: pa.Schema) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, schema):
        pass
    data: bytes = sink.getvalue().to_pybytes()
    return data


_SAMPLE = 1 << 16


def _compress(data: pa.Buffer, compress: bool) -> tuple[pa.Buffer, int]:
    """LZ4 (raw block) compression, skipped when a sample shows the data does not compress."""
    if not compress or not data.size:
        return data, COMPRESSION_NONE
    if data.size > 4 * _SAMPLE:
        sample = data.slice(data.size // 2, _SAMPLE)
        if pa.compress(sample, codec="lz4_raw").size > 0.9 * _SAMPLE:
            return data, COMPRESSION_NONE
    return pa.compress(data, codec="lz4_raw"), COMPRESSION_LZ4


def _decompress(data: bytes, compression: int, uncompressed_size: int) -> bytes:
    if compression == COMPRESSION_LZ4:
        out: bytes = pa.decompress(data, decompressed_size=uncompressed_size, codec="lz4_raw", asbytes=True)
        if len(out) != uncompressed_size:
            raise RrdError(f"LZ4 data decompressed to {len(out)} bytes, expected {uncompressed_size}")
        return out
    if compression in (0, COMPRESSION_NONE):
        return data
    raise RrdError(f"unknown compression {compression}")


# --- per-chunk statistics, for the manifest ---------------------------------------------------


@dataclass
class _ComponentStats:
    data_type: pa.DataType
    is_empty: bool
    # per timeline: (min, max, number of non-null rows), over the rows holding this component.
    per_timeline: dict[str, tuple[int | None, int | None, int]]


@dataclass
class ChunkStats:
    """What a manifest row records of one chunk."""

    entity_path: str
    chunk_id: tuple[int, int]
    is_static: bool
    num_rows: int
    timelines: dict[str, tuple[TimelineKind, int, int]]
    components: dict[ComponentDescriptor, _ComponentStats]

    @classmethod
    def of(cls, chunk: Chunk) -> ChunkStats:
        """Compute the statistics of a chunk."""
        timelines = {
            name: (column.kind, int(column.values.min()), int(column.values.max()))
            for name, column in chunk.timelines.items()
            if len(column.values)
        }
        components: dict[ComponentDescriptor, _ComponentStats] = {}
        for descriptor, array in chunk.components.items():
            valid = (
                np.ones(len(array), dtype=bool)
                if array.null_count == 0
                else array.is_valid().to_numpy(zero_copy_only=False)
            )
            per_timeline: dict[str, tuple[int | None, int | None, int]] = {}
            for name, column in chunk.timelines.items():
                values = column.values[valid]
                if len(values):
                    per_timeline[name] = (int(values.min()), int(values.max()), len(values))
                else:
                    per_timeline[name] = (None, None, 0)
            components[descriptor] = _ComponentStats(array.type, len(array.flatten()) == 0, per_timeline)
        return cls(chunk.entity_path, chunk.chunk_id, chunk.is_static, chunk.num_rows, timelines, components)


@dataclass
class EncodedChunk:
    """A chunk serialized once as an `ArrowMsg` payload, ready to be framed by any number of sinks."""

    store_id: StoreId
    payload: tuple[bytes, pa.Buffer, bytes]
    uncompressed_size: int
    stats: ChunkStats

    @property
    def payload_size(self) -> int:
        """The length of the payload."""
        return sum(len(part) if isinstance(part, bytes) else part.size for part in self.payload)


def encode_chunk(store_id: StoreId, chunk: Chunk, *, compress: bool = True) -> EncodedChunk:
    """Serialize a chunk into an `ArrowMsg` payload.

    The payload is kept in parts (small protobuf framing around the IPC data) so that the large
    data buffer is never copied on its way to a sink.
    """
    ipc = ipc_stream_bytes(chunk.to_record_batch())
    data, compression = _compress(ipc, compress)
    head = (
        pb.bytes_field(1, store_id.encode())
        + pb.uint_field(2, compression)
        + pb.uint_field(3, ipc.size)
        + pb.uint_field(4, ENCODING_ARROW_IPC)
        + pb.field_header(5, data.size)
    )
    tail = pb.bytes_field(6, _tuid_message(chunk.chunk_id)) + pb.uint_field(7, int(chunk.is_static))
    return EncodedChunk(store_id, (head, data, tail), ipc.size, ChunkStats.of(chunk))


# --- the manifest -------------------------------------------------------------------------------


def _archetype_short_name(archetype: str | None) -> str:
    if archetype is None:
        return ""
    for prefix in ("rerun.archetypes.", "rerun.blueprint.archetypes.", "rerun."):
        if archetype.startswith(prefix):
            return archetype[len(prefix) :]
    return archetype


_SANITIZE = str.maketrans({",": "_", " ": "_", "-": "_", ".": "_", "\\": "_"})


def manifest_column_name(prefix: str | None, descriptor: ComponentDescriptor | None, suffix: str) -> str:
    """The name of a manifest column: `[timeline:][Archetype:field:]suffix`, sanitized."""
    parts = [prefix or ""]
    if descriptor is not None:
        short = _archetype_short_name(descriptor.archetype)
        field_name = descriptor.component
        if short and field_name.startswith(short + ":"):
            field_name = field_name[len(short) + 1 :]
        parts += [short, field_name]
    parts.append(suffix)
    return ":".join(part for part in parts if part).translate(_SANITIZE).lstrip("_")


def _sorbet_column_name(entity_path: str, component: str) -> str:
    if entity_path == "/__properties":
        return f"property:{component}"
    if entity_path.startswith("/__properties/"):
        return f"property:{entity_path[len('/__properties/') :]}:{component}"
    return f"{entity_path}:{component}"


def _descriptor_index_metadata(index: str, descriptor: ComponentDescriptor | None) -> dict[str, str]:
    metadata = {"rerun:index": index}
    if descriptor is not None:
        metadata[COMPONENT] = descriptor.component
        if descriptor.archetype is not None:
            metadata[ARCHETYPE] = descriptor.archetype
        if descriptor.component_type is not None:
            metadata[COMPONENT_TYPE] = descriptor.component_type
    return metadata


@dataclass
class _ManifestRow:
    stats: ChunkStats
    offset: int
    size: int
    uncompressed_size: int


@dataclass
class ManifestBuilder:
    """Collects the manifest rows of one store while its chunks are written."""

    store_id: StoreId
    rows: list[_ManifestRow] = field(default_factory=list)

    def add(self, chunk: EncodedChunk, offset: int) -> None:
        """Record a chunk written at `offset` (the start of its protobuf payload)."""
        self.rows.append(_ManifestRow(chunk.stats, offset, chunk.payload_size, chunk.uncompressed_size))

    def sorbet_schema(self) -> pa.Schema:
        """The store-wide schema: every timeline and every (entity, component) column."""
        fields: dict[str, pa.Field] = {
            ROW_ID_COLUMN: pa.field(
                ROW_ID_COLUMN,
                pa.binary(16),
                nullable=False,
                metadata={
                    KIND: "control",
                    "ARROW:extension:name": "rerun.datatypes.TUID",
                    "ARROW:extension:metadata": '{"namespace":"row"}',
                },
            )
        }
        timelines: dict[str, TimelineKind] = {}
        columns: dict[str, tuple[str, ComponentDescriptor, pa.DataType, bool, bool]] = {}
        for row in self.rows:
            stats = row.stats
            for name, (kind, _, _) in stats.timelines.items():
                timelines.setdefault(name, kind)
            for descriptor, component in stats.components.items():
                name = _sorbet_column_name(stats.entity_path, descriptor.component)
                previous = columns.get(name)
                is_static = stats.is_static or (previous is not None and previous[3])
                is_empty = component.is_empty and (previous is None or previous[4])
                columns[name] = (stats.entity_path, descriptor, component.data_type, is_static, is_empty)
        for name in sorted(timelines):
            fields[name] = pa.field(
                name,
                TIMELINE_ARROW_TYPES[timelines[name]],
                nullable=True,
                metadata={KIND: "index", INDEX_NAME: name},
            )
        for name in sorted(columns):
            entity_path, descriptor, data_type, is_static, is_empty = columns[name]
            metadata = descriptor_metadata(descriptor) | {ENTITY_PATH: entity_path}
            if is_static:
                metadata["rerun:is_static"] = "true"
            if is_empty:
                metadata["rerun:is_semantically_empty"] = "true"
            if descriptor.archetype == "rerun.archetypes.Clear":
                metadata["rerun:is_tombstone"] = "true"
            fields.setdefault(name, pa.field(name, data_type, nullable=True, metadata=metadata))
        return pa.schema(list(fields.values()))

    def table(self) -> pa.RecordBatch:
        """The manifest table: one row per chunk, in file order."""
        rows = self.rows
        names: list[str] = [
            "chunk_entity_path",
            "chunk_id",
            "chunk_is_static",
            "chunk_num_rows",
            "chunk_byte_offset",
            "chunk_byte_size",
            "chunk_byte_size_uncompressed",
        ]
        id_bytes = b"".join(struct.pack(">QQ", *row.stats.chunk_id) for row in rows)
        arrays: list[pa.Array] = [
            pa.array([row.stats.entity_path for row in rows], pa.utf8()),
            pa.FixedSizeBinaryArray.from_buffers(pa.binary(16), len(rows), [None, pa.py_buffer(id_bytes)]),
            pa.array([row.stats.is_static for row in rows], pa.bool_()),
            pa.array([row.stats.num_rows for row in rows], pa.uint64()),
            pa.array([row.offset for row in rows], pa.uint64()),
            pa.array([row.size for row in rows], pa.uint64()),
            pa.array([row.uncompressed_size for row in rows], pa.uint64()),
        ]
        fields = [
            pa.field(name, array.type, nullable=False) for name, array in zip(names, arrays, strict=True)
        ]
        seen_names = set(names)

        def add(name: str, array: pa.Array, nullable: bool, metadata: dict[str, str]) -> None:
            if name in seen_names:
                return
            seen_names.add(name)
            fields.append(pa.field(name, array.type, nullable=nullable, metadata=metadata))
            arrays.append(array)

        descriptors = sorted({d for row in rows for d in row.stats.components}, key=_descriptor_key)
        for descriptor in descriptors:
            values = [row.stats.is_static and descriptor in row.stats.components for row in rows]
            add(
                manifest_column_name(None, descriptor, "has_static_data"),
                pa.array(values, pa.bool_()),
                False,
                _descriptor_index_metadata("rerun:static", descriptor),
            )
        timelines: dict[str, TimelineKind] = {}
        for row in rows:
            for name, (kind, _, _) in row.stats.timelines.items():
                timelines.setdefault(name, kind)
        for name in sorted(timelines):
            arrow_type = TIMELINE_ARROW_TYPES[timelines[name]]
            for position, suffix in ((1, "start"), (2, "end")):
                bounds = [
                    row.stats.timelines[name][position] if name in row.stats.timelines else None
                    for row in rows
                ]
                add(
                    manifest_column_name(name, None, suffix),
                    pa.array(bounds, pa.int64()).cast(arrow_type),
                    True,
                    _descriptor_index_metadata(name, None),
                )
        for name in sorted(timelines):
            arrow_type = TIMELINE_ARROW_TYPES[timelines[name]]
            for descriptor in descriptors:
                stats = [row.stats.components.get(descriptor) for row in rows]
                if not any(s is not None and name in s.per_timeline for s in stats):
                    continue
                per_row = [
                    s.per_timeline.get(name, (None, None, 0)) if s is not None else (None, None, 0)
                    for s in stats
                ]
                metadata = _descriptor_index_metadata(name, descriptor)
                for position, suffix in ((0, "start"), (1, "end")):
                    add(
                        manifest_column_name(name, descriptor, suffix),
                        pa.array([entry[position] for entry in per_row], pa.int64()).cast(arrow_type),
                        True,
                        metadata,
                    )
                add(
                    manifest_column_name(name, descriptor, "num_rows"),
                    pa.array([entry[2] for entry in per_row], pa.uint64()),
                    True,
                    metadata,
                )
        return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))

    def encode(self, *, compress: bool) -> bytes:
        """The protobuf `RrdManifest` message."""
        schema = self.sorbet_schema()
        schema_ipc = _schema_only_ipc(schema)
        table_ipc = ipc_stream_bytes(self.table())
        data, compression = _compress(table_ipc, compress)
        dataframe_part = (
            pb.uint_field(1, ENCODER_VERSION_V0)
            + pb.bytes_field(2, data.to_pybytes())
            + pb.uint_field(3, compression)
            + pb.uint_field(4, table_ipc.size)
        )
        return (
            pb.bytes_field(1, self.store_id.encode())
            + pb.bytes_field(2, pb.bytes_field(1, schema_ipc))
            + pb.bytes_field(3, hashlib.sha256(schema_ipc).digest())
            + pb.bytes_field(4, dataframe_part)
        )


def _descriptor_key(descriptor: ComponentDescriptor) -> tuple[str, str, str]:
    return (descriptor.archetype or "", descriptor.component, descriptor.component_type or "")


# --- writing --------------------------------------------------------------------------------------


class RrdEncoder:
    """Frames messages into one .rrd stream written through `write`."""

    def __init__(self, write: Callable[[bytes | pa.Buffer], None], *, compress: bool = True) -> None:
        self._write = write
        self._compress = compress
        self._offset = 0
        self._manifests: dict[StoreId, ManifestBuilder] = {}
        self._emit(FOURCC + CRATE_VERSION + bytes([1 if compress else 0, SERIALIZER_PROTOBUF, 0, 0]))

    def _emit(self, data: bytes | pa.Buffer) -> None:
        self._write(data)
        self._offset += len(data) if isinstance(data, bytes) else data.size

    def _message(self, kind: int, *parts: bytes | pa.Buffer) -> int:
        size = sum(len(part) if isinstance(part, bytes) else part.size for part in parts)
        self._emit(struct.pack("<QQ", kind, size))
        offset = self._offset
        for part in parts:
            self._emit(part)
        return offset

    def set_store_info(self, store_id: StoreId) -> None:
        """Announce a store; must precede its first chunk."""
        self._message(MSG_SET_STORE_INFO, set_store_info_payload(store_id))

    def chunk(self, chunk: EncodedChunk) -> None:
        """Write one chunk."""
        offset = self._message(MSG_ARROW, *chunk.payload)
        builder = self._manifests.setdefault(chunk.store_id, ManifestBuilder(chunk.store_id))
        builder.add(chunk, offset)

    def blueprint_activation(self, blueprint_id: StoreId, *, make_active: bool, make_default: bool) -> None:
        """Ask the viewer to use a blueprint store."""
        self._message(
            MSG_BLUEPRINT_ACTIVATION,
            blueprint_activation_payload(blueprint_id, make_active=make_active, make_default=make_default),
        )

    def finish(self) -> None:
        """Write the `End` message with the footer and the 32-byte stream footer."""
        footer = b"".join(
            pb.bytes_field(1, builder.encode(compress=self._compress)) for builder in self._manifests.values()
        )
        offset = self._message(MSG_END, footer)
        self._emit(
            struct.pack("<QQI", offset, len(footer), pb.xxh32(footer, FOOTER_SEED))
            + FOURCC
            + b"FOOT"
            + struct.pack("<I", 1)
        )


# --- reading --------------------------------------------------------------------------------------


@dataclass
class StoreInfoMessage:
    """A `SetStoreInfo` message."""

    store_id: StoreId


@dataclass
class ChunkMessage:
    """An `ArrowMsg` message, decoded into a chunk."""

    store_id: StoreId
    chunk: Chunk
    offset: int
    size: int


@dataclass
class BlueprintActivationMessage:
    """A `BlueprintActivationCommand`."""

    blueprint_id: StoreId
    make_active: bool
    make_default: bool


@dataclass
class Manifest:
    """One store's manifest from a stream footer."""

    store_id: StoreId
    sorbet_schema: pa.Schema
    table: pa.Table


@dataclass
class FooterMessage:
    """The footer of a finished stream."""

    manifests: list[Manifest]


Message = StoreInfoMessage | ChunkMessage | BlueprintActivationMessage | FooterMessage


def _read_ipc(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(io.BytesIO(data)).read_all()


def _decode_arrow_msg(payload: bytes) -> tuple[StoreId, Chunk]:
    fields = pb.fields_by_number(payload)
    if 1 not in fields:
        raise RrdError("an ArrowMsg lacks its store id")
    store_id = StoreId.decode(bytes(fields[1][-1]))
    compression = int(fields.get(2, [0])[-1])
    uncompressed_size = int(fields.get(3, [0])[-1])
    encoding = int(fields.get(4, [0])[-1])
    if encoding != ENCODING_ARROW_IPC:
        raise RrdError(f"unsupported ArrowMsg encoding {encoding}")
    ipc = _decompress(bytes(fields.get(5, [b""])[-1]), compression, uncompressed_size)
    reader = pa.ipc.open_stream(io.BytesIO(ipc))
    batch = reader.read_next_batch()
    return store_id, Chunk.from_record_batch(batch)


def _decode_footer(payload: bytes) -> FooterMessage:
    manifests: list[Manifest] = []
    for number, _, value in pb.iter_fields(payload):
        if number != 1:
            continue
        fields = pb.fields_by_number(bytes(value))  # type: ignore[arg-type,unused-ignore]
        store_id = StoreId.decode(bytes(fields[1][-1]))
        schema_fields = pb.fields_by_number(bytes(fields[2][-1]))
        schema = pa.ipc.open_stream(io.BytesIO(bytes(schema_fields[1][-1]))).schema
        if len(bytes(fields[3][-1])) != 32:
            raise RrdError("a manifest's schema hash is not 32 bytes")
        part = pb.fields_by_number(bytes(fields[4][-1]))
        if int(part.get(1, [0])[-1]) != ENCODER_VERSION_V0:
            raise RrdError("a manifest's dataframe has an unknown encoder version")
        data = _decompress(bytes(part[2][-1]), int(part.get(3, [0])[-1]), int(part.get(4, [0])[-1]))
        manifests.append(Manifest(store_id, schema, _read_ipc(data)))
    return FooterMessage(manifests)


def decode(data: bytes) -> Iterator[Message]:
    """Decode every message of one stream, or of several concatenated streams.

    A stream may stop after any complete message (a writer that was interrupted); a truncated
    last message is ignored, as Rerun's own streaming decoder does.
    """
    view = memoryview(data)
    pos = 0
    while pos < len(data):
        if len(data) - pos < 12:
            raise RrdError(f"trailing {len(data) - pos} bytes at offset {pos} are not a stream header")
        header = bytes(view[pos : pos + 12])
        if header[:4] != FOURCC:
            raise RrdError(f"offset {pos}: not an .rrd stream (expected {FOURCC!r}, found {header[:4]!r})")
        if header[9] != SERIALIZER_PROTOBUF:
            raise RrdError(f"offset {pos}: unsupported serializer {header[9]}")
        pos += 12
        while pos + 16 <= len(data):
            kind, length = struct.unpack_from("<QQ", data, pos)
            if kind > MSG_BLUEPRINT_ACTIVATION:
                break  # the next stream starts here
            start = pos + 16
            if start + length > len(data):
                return  # truncated message: the writer stopped mid-way
            payload = bytes(view[start : start + length])
            pos = start + length
            if kind == MSG_SET_STORE_INFO:
                fields = pb.fields_by_number(payload)
                info = pb.fields_by_number(bytes(fields[2][-1]))
                yield StoreInfoMessage(StoreId.decode(bytes(info[2][-1])))
            elif kind == MSG_ARROW:
                store_id, chunk = _decode_arrow_msg(payload)
                yield ChunkMessage(store_id, chunk, start, length)
            elif kind == MSG_BLUEPRINT_ACTIVATION:
                fields = pb.fields_by_number(payload)
                yield BlueprintActivationMessage(
                    StoreId.decode(bytes(fields[1][-1])),
                    bool(fields.get(2, [0])[-1]),
                    bool(fields.get(3, [0])[-1]),
                )
            else:  # End
                footer_bytes = bytes(view[pos : pos + STREAM_FOOTER_SIZE])
                if len(footer_bytes) != STREAM_FOOTER_SIZE or footer_bytes[20:28] != FOURCC + b"FOOT":
                    raise RrdError(f"offset {pos}: an End message is not followed by a valid stream footer")
                _, footer_length, checksum = struct.unpack_from("<QQI", footer_bytes)
                if footer_length != length or pb.xxh32(payload, FOOTER_SEED) != checksum:
                    raise RrdError(f"offset {pos}: the stream footer does not match the End message")
                pos += STREAM_FOOTER_SIZE
                if length:
                    yield _decode_footer(payload)
                break
        else:
            if pos < len(data):
                return  # a truncated message header at the end
