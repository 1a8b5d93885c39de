"""A minimal protobuf (proto3) wire-format encoder and decoder.

The .rrd format wraps its messages in protobuf. The few message types it needs are written
and read by hand in `rerun._rrd` with these helpers, so the `protobuf` package is not needed.
Only three wire types occur: varint (0), fixed64 (1) and length-delimited (2).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

VARINT = 0
FIXED64 = 1
LENGTH_DELIMITED = 2
FIXED32 = 5

_U64 = (1 << 64) - 1


class ProtobufError(ValueError):
    """The bytes are not a valid protobuf message of the expected shape."""


def varint(value: int) -> bytes:
    """Encode an unsigned (or two's-complement negative) integer as a varint."""
    value &= _U64
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _key(field: int, wire_type: int) -> bytes:
    return varint(field << 3 | wire_type)


def uint_field(field: int, value: int) -> bytes:
    """A varint field: integers, enums and bools."""
    return _key(field, VARINT) + varint(value)


def fixed64_field(field: int, value: int) -> bytes:
    """A fixed64 field (little-endian)."""
    return _key(field, FIXED64) + struct.pack("<Q", value & _U64)


def field_header(field: int, length: int) -> bytes:
    """The key and length of a length-delimited field whose `length` bytes follow separately."""
    return _key(field, LENGTH_DELIMITED) + varint(length)


def bytes_field(field: int, value: bytes) -> bytes:
    """A length-delimited field: bytes, strings and sub-messages."""
    return field_header(field, len(value)) + value


def string_field(field: int, value: str) -> bytes:
    """A UTF-8 string field."""
    return bytes_field(field, value.encode("utf-8"))


def read_varint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    """Decode a varint at `pos`; returns the value and the position after it."""
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise ProtobufError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _U64, pos
        shift += 7
        if shift > 63:
            raise ProtobufError("varint longer than 10 bytes")


Field = tuple[int, int, "int | bytes"]


def iter_fields(data: bytes | memoryview) -> Iterator[Field]:
    """Yield `(field number, wire type, value)` for each field of a message.

    Varint and fixed values are ints; length-delimited values are bytes.
    """
    pos = 0
    end = len(data)
    while pos < end:
        key, pos = read_varint(data, pos)
        field, wire_type = key >> 3, key & 7
        value: int | bytes
        if wire_type == VARINT:
            value, pos = read_varint(data, pos)
        elif wire_type == FIXED64:
            if pos + 8 > end:
                raise ProtobufError("truncated fixed64 field")
            (value,) = struct.unpack_from("<Q", data, pos)
            pos += 8
        elif wire_type == LENGTH_DELIMITED:
            length, pos = read_varint(data, pos)
            if pos + length > end:
                raise ProtobufError(f"field {field} claims {length} bytes, only {end - pos} remain")
            value = bytes(data[pos : pos + length])
            pos += length
        elif wire_type == FIXED32:
            if pos + 4 > end:
                raise ProtobufError("truncated fixed32 field")
            (value,) = struct.unpack_from("<I", data, pos)
            pos += 4
        else:
            raise ProtobufError(f"unsupported wire type {wire_type} for field {field}")
        yield field, wire_type, value


def fields_by_number(data: bytes | memoryview) -> dict[int, list[int | bytes]]:
    """All fields of a message grouped by field number, in order of appearance."""
    grouped: dict[int, list[int | bytes]] = {}
    for field, _, value in iter_fields(data):
        grouped.setdefault(field, []).append(value)
    return grouped


def xxh32(data: bytes, seed: int) -> int:
    """The 32-bit xxHash of `data`, as the .rrd footer checksum uses it."""
    p1, p2, p3, p4, p5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393
    mask = 0xFFFFFFFF

    def rotl(x: int, r: int) -> int:
        return ((x << r) | (x >> (32 - r))) & mask

    def round_(acc: int, lane: int) -> int:
        return (rotl((acc + lane * p2) & mask, 13) * p1) & mask

    length = len(data)
    pos = 0
    if length >= 16:
        v1 = (seed + p1 + p2) & mask
        v2 = (seed + p2) & mask
        v3 = seed & mask
        v4 = (seed - p1) & mask
        stripes = length // 16
        lanes = struct.unpack_from(f"<{stripes * 4}I", data, 0)
        for i in range(0, stripes * 4, 4):
            v1 = round_(v1, lanes[i])
            v2 = round_(v2, lanes[i + 1])
            v3 = round_(v3, lanes[i + 2])
            v4 = round_(v4, lanes[i + 3])
        acc = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) & mask
        pos = stripes * 16
    else:
        acc = (seed + p5) & mask
    acc = (acc + length) & mask
    while pos + 4 <= length:
        (lane,) = struct.unpack_from("<I", data, pos)
        acc = (rotl((acc + lane * p3) & mask, 17) * p4) & mask
        pos += 4
    while pos < length:
        acc = (rotl((acc + data[pos] * p5) & mask, 11) * p1) & mask
        pos += 1
    acc ^= acc >> 15
    acc = (acc * p2) & mask
    acc ^= acc >> 13
    acc = (acc * p3) & mask
    acc ^= acc >> 16
    return acc
