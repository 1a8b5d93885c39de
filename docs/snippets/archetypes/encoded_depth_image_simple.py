"""Log a depth image that is stored as a 16-bit grayscale PNG.

The PNG is written in the program with the standard library, as a stand-in for one read from disk
(`Path("depth.png").read_bytes()`). Its pixels are millimeters, which is what the viewer assumes
for integer depths when `meter` is not set.
"""

import struct
import zlib

import numpy as np

import rerun as rr


def png_gray16(pixels: np.ndarray) -> bytes:
    """Encode a 2D array of uint16 values as a 16-bit grayscale PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    height, width = pixels.shape
    header = struct.pack(">IIBBBBB", width, height, 16, 0, 0, 0, 0)  # 16 bits, grayscale.
    rows = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in pixels)  # No filter per row.
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


rr.init("rerun_example_encoded_depth_image_simple", spawn=True)

# A ramp from 0.5 m at the top of the image to 3 m at the bottom.
depth_mm = np.linspace(500, 3000, 120, dtype=np.uint16)[:, np.newaxis].repeat(160, axis=1)

rr.log("depth", rr.EncodedDepthImage(png_gray16(depth_mm), media_type="image/png", colormap="turbo"))
