"""Chunks: the unit of data in a Rerun recording.

A chunk holds N rows of one entity: one RowId per row, zero or more timeline (index) columns and
one or more component columns of type `List<T>`. On the wire a chunk is an Arrow record batch
following Rerun's "Sorbet" schema conventions (version 0.1.3): the column role is told by the
field metadata key `rerun:kind`, and the schema metadata names the entity and the chunk id.
A chunk without timeline columns is static.
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from rerun._baseclasses import ComponentDescriptor

SORBET_VERSION = "0.1.3"
ROW_ID_COLUMN = "rerun.controls.RowId"

KIND = "rerun:kind"
ENTITY_PATH = "rerun:entity_path"
CHUNK_ID = "rerun:id"
IS_SORTED = "rerun:is_sorted"
INDEX_NAME = "rerun:index_name"
COMPONENT = "rerun:component"
ARCHETYPE = "rerun:archetype"
COMPONENT_TYPE = "rerun:component_type"

# The metadata keys, as the SDK exports them (bytes, as pyarrow metadata keys are).
RERUN_KIND = KIND.encode()
RERUN_KIND_CONTROL = b"control"
RERUN_KIND_INDEX = b"index"
SORBET_ARCHETYPE_NAME = ARCHETYPE.encode()
SORBET_COMPONENT = COMPONENT.encode()
SORBET_COMPONENT_TYPE = COMPONENT_TYPE.encode()
SORBET_ENTITY_PATH = ENTITY_PATH.encode()
SORBET_INDEX_NAME = INDEX_NAME.encode()
SORBET_IS_TABLE_INDEX = b"rerun:is_table_index"

TimelineKind = Literal["sequence", "duration", "timestamp"]

TIMELINE_ARROW_TYPES: dict[TimelineKind, pa.DataType] = {
    "sequence": pa.int64(),
    "duration": pa.duration("ns"),
    "timestamp": pa.timestamp("ns"),
}


def timeline_kind_of(data_type: pa.DataType) -> TimelineKind:
    """The timeline kind an index column's Arrow type stands for."""
    if pa.types.is_int64(data_type):
        return "sequence"
    if pa.types.is_duration(data_type) and data_type.unit == "ns":
        return "duration"
    if pa.types.is_timestamp(data_type) and data_type.unit == "ns":
        return "timestamp"
    raise ValueError(
        f"unsupported index column type {data_type}; expected int64, duration[ns] or timestamp[ns]"
    )


class TuidGenerator:
    """Produces unique, increasing 128-bit ids: a fixed nanosecond timestamp and a counter.

    Ids are `(time_ns, inc)` pairs; they sort by time first, then by the counter, so ids made
    later in this process always compare greater. That is what makes the latest logged row win.
    """

    def __init__(self) -> None:
        self._time_ns = time.time_ns()
        self._inc = random.Random(os.urandom(8)).getrandbits(62)
        self._lock = threading.Lock()

    def next_many(self, count: int) -> npt.NDArray[np.uint64]:
        """`count` fresh ids as a `(count, 2)` big-endian array of `(time_ns, inc)`: their wire form."""
        with self._lock:
            start = self._inc
            self._inc += count
        ids = np.empty((count, 2), dtype=">u8")
        ids[:, 0] = self._time_ns
        ids[:, 1] = np.arange(start, start + count, dtype=np.uint64)
        return ids

    def next(self) -> tuple[int, int]:
        """One fresh id."""
        with self._lock:
            inc = self._inc
            self._inc += 1
        return self._time_ns, inc


TUIDS = TuidGenerator()


def tuid_buffer(ids: npt.NDArray[np.uint64]) -> pa.Buffer:
    """The big-endian 16-byte encoding of each id, concatenated (no copy if already in that form)."""
    return pa.py_buffer(np.ascontiguousarray(ids, dtype=">u8"))


def tuid_string(time_ns: int, inc: int) -> str:
    """The `chunk_<hex>` string form used in the schema metadata."""
    return f"chunk_{time_ns:016X}{inc:016x}"


def parse_tuid_string(text: str) -> tuple[int, int]:
    """Parse the `rerun:id` metadata value back into `(time_ns, inc)`."""
    digits = text.removeprefix("chunk_")
    value = int(digits, 16)
    return value >> 64, value & ((1 << 64) - 1)


@dataclass
class TimeColumnData:
    """The values of one timeline in a chunk (nanoseconds for time kinds)."""

    kind: TimelineKind
    values: npt.NDArray[np.int64]

    def arrow_array(self) -> pa.Array:
        """The Arrow index column."""
        return pa.array(self.values, type=pa.int64()).cast(TIMELINE_ARROW_TYPES[self.kind])

    def is_sorted(self) -> bool:
        """Whether the values never decrease."""
        return bool(np.all(self.values[1:] >= self.values[:-1]))


@dataclass
class Chunk:
    """N rows of one entity's data."""

    entity_path: str
    chunk_id: tuple[int, int]
    row_ids: npt.NDArray[np.uint64]
    timelines: dict[str, TimeColumnData]
    components: dict[ComponentDescriptor, pa.ListArray]
    _record_batch: pa.RecordBatch | None = field(default=None, repr=False, compare=False)

    @property
    def num_rows(self) -> int:
        """The number of rows."""
        return len(self.row_ids)

    @property
    def is_static(self) -> bool:
        """A chunk without timelines holds static data."""
        return not self.timelines

    def to_record_batch(self) -> pa.RecordBatch:
        """The Sorbet record batch of this chunk."""
        if self._record_batch is not None:
            return self._record_batch
        row_id_metadata = {
            KIND: "control",
            "ARROW:extension:name": "rerun.datatypes.TUID",
            "ARROW:extension:metadata": '{"namespace":"row"}',
        }
        row_ids = self.row_ids
        if len(row_ids) < 2 or bool(
            np.all(
                (row_ids[1:, 0] > row_ids[:-1, 0])
                | ((row_ids[1:, 0] == row_ids[:-1, 0]) & (row_ids[1:, 1] > row_ids[:-1, 1]))
            )
        ):
            row_id_metadata[IS_SORTED] = "true"
        fields = [pa.field(ROW_ID_COLUMN, pa.binary(16), nullable=False, metadata=row_id_metadata)]
        arrays: list[pa.Array] = [
            pa.FixedSizeBinaryArray.from_buffers(pa.binary(16), len(row_ids), [None, tuid_buffer(row_ids)])
        ]
        for name in sorted(self.timelines):
            column = self.timelines[name]
            metadata = {KIND: "index", INDEX_NAME: name}
            if column.is_sorted():
                metadata[IS_SORTED] = "true"
            fields.append(pa.field(name, TIMELINE_ARROW_TYPES[column.kind], nullable=True, metadata=metadata))
            arrays.append(column.arrow_array())
        for descriptor in sorted(self.components, key=_descriptor_sort_key):
            array = self.components[descriptor]
            fields.append(
                pa.field(
                    descriptor.component, array.type, nullable=True, metadata=descriptor_metadata(descriptor)
                )
            )
            arrays.append(array)
        schema = pa.schema(
            fields,
            metadata={
                ENTITY_PATH: self.entity_path,
                CHUNK_ID: tuid_string(*self.chunk_id),
                "sorbet:version": SORBET_VERSION,
            },
        )
        self._record_batch = pa.RecordBatch.from_arrays(arrays, schema=schema)
        return self._record_batch

    @classmethod
    def from_record_batch(cls, batch: pa.RecordBatch) -> Chunk:
        """Read a Sorbet record batch back into a chunk."""
        metadata = {k.decode(): v.decode() for k, v in (batch.schema.metadata or {}).items()}
        if ENTITY_PATH not in metadata:
            raise ValueError("the chunk's schema lacks `rerun:entity_path`")
        chunk_id_text = metadata.get(CHUNK_ID) or metadata.get("rerun.id")
        if chunk_id_text is None:
            raise ValueError("the chunk's schema lacks `rerun:id`")
        row_ids: npt.NDArray[np.uint64] | None = None
        timelines: dict[str, TimeColumnData] = {}
        components: dict[ComponentDescriptor, pa.ListArray] = {}
        for index, schema_field in enumerate(batch.schema):
            field_metadata = {k.decode(): v.decode() for k, v in (schema_field.metadata or {}).items()}
            kind = field_metadata.get(KIND, "data")
            column = batch.column(index)
            if kind in ("control", "row_id"):
                raw = column.buffers()[1]
                assert raw is not None
                offset = column.offset * 16
                row_ids = np.frombuffer(raw, dtype=">u8", count=len(column) * 2, offset=offset).reshape(-1, 2)
            elif kind in ("index", "time"):
                name = field_metadata.get(INDEX_NAME, schema_field.name)
                values = column.cast(pa.int64()).to_numpy(zero_copy_only=False)
                timelines[name] = TimeColumnData(timeline_kind_of(schema_field.type), values.astype(np.int64))
            else:
                descriptor = ComponentDescriptor(
                    field_metadata.get(COMPONENT, schema_field.name),
                    archetype=field_metadata.get(ARCHETYPE),
                    component_type=field_metadata.get(COMPONENT_TYPE),
                )
                components[descriptor] = column
        if row_ids is None:
            raise ValueError("the chunk has no RowId column")
        return cls(
            entity_path=metadata[ENTITY_PATH],
            chunk_id=parse_tuid_string(chunk_id_text),
            row_ids=row_ids,
            timelines=timelines,
            components=components,
        )


def descriptor_metadata(descriptor: ComponentDescriptor) -> dict[str, str]:
    """The field metadata of a component column."""
    metadata = {KIND: "data", COMPONENT: descriptor.component}
    if descriptor.archetype is not None:
        metadata[ARCHETYPE] = descriptor.archetype
    if descriptor.component_type is not None:
        metadata[COMPONENT_TYPE] = descriptor.component_type
    return metadata


def _descriptor_sort_key(descriptor: ComponentDescriptor) -> tuple[str, str, str]:
    return (descriptor.archetype or "", descriptor.component, descriptor.component_type or "")
