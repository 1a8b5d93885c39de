"""Log an image that is already encoded, here as PNG, without decoding it first.

`rr.EncodedImage(path=...)` reads a JPEG or PNG file and guesses its media type from the file name.
This program writes a small PNG with the standard library instead, and passes its bytes with
`contents=` and the media type.
"""

import struct
import zlib

import numpy as np

import rerun as rr


def png_rgb(pixels: np.ndarray) -> bytes:
    """Encode an array of shape (height, width, 3) and dtype uint8 as an RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    height, width, _ = pixels.shape
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits per channel, RGB.
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels)  # No filter per row.
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


rr.init("rerun_example_encoded_image_simple", spawn=True)

# A 96 x 128 color gradient: red grows to the right, green grows downwards.
ys, xs = np.mgrid[0:96, 0:128]
pixels = np.stack([xs * 2, ys * 2, np.full_like(xs, 128)], axis=-1).astype(np.uint8)

rr.log("image", rr.EncodedImage(contents=png_rgb(pixels), media_type="image/png"))
