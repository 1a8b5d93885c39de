"""Encode frames on the fly and stream them as H.264, one sample per frame.

A `VideoStream` names its codec once (static) and then gets one encoded `sample` per frame at the
frame's time. Real programs take the samples from an encoder (ffmpeg, a camera, ...); to need
nothing but numpy, this one writes a minimal H.264 stream by hand that stores every pixel
uncompressed ("I_PCM" macroblocks), so that every frame is a keyframe.
"""

import re

import numpy as np

import rerun as rr

WIDTH, HEIGHT, FPS = 96, 64, 25  # Sizes in multiples of 16 pixels, one H.264 macroblock.


def ue(value: int) -> str:
    """An unsigned Exp-Golomb code, as a string of bits."""
    return format(value + 1, "b").zfill(2 * (value + 1).bit_length() - 1)


def nal_unit(header: int, bits: str) -> bytes:
    """A NAL unit in Annex B form: start code, header byte, payload."""
    bits += "1" + "0" * (-(len(bits) + 1) % 8)  # Stop bit, then zeros up to a whole byte.
    payload = int(bits, 2).to_bytes(len(bits) // 8, "big")
    escaped = re.sub(rb"\x00\x00(?=[\x00-\x03])", b"\x00\x00\x03", payload)  # Never mimic a start code.
    return b"\x00\x00\x00\x01" + bytes([header]) + escaped


# Parameter sets: Baseline profile at level 3.0, picture order from the frame number, one reference
# frame, the size in macroblocks; CAVLC entropy coding, no extras.
sps_fields = ["01000010", "11000000", "00011110", ue(0), ue(0), ue(2), ue(1), "0"]
sps = nal_unit(0x67, "".join(sps_fields) + ue(WIDTH // 16 - 1) + ue(HEIGHT // 16 - 1) + "1100")
pps = nal_unit(0x68, "".join([ue(0), ue(0), "00", ue(0), ue(0), ue(0), "000", ue(0), ue(0), ue(0), "000"]))


def encode_frame(index: int, y: np.ndarray, u: np.ndarray, v: np.ndarray) -> bytes:
    """One keyframe: the parameter sets and an IDR slice whose macroblocks hold raw 8-bit samples."""
    bits = ue(0) + ue(7) + ue(0) + "0000" + ue(index % 2) + "00" + ue(0)  # I slice header.
    for row in range(0, HEIGHT, 16):
        for col in range(0, WIDTH, 16):
            bits += ue(25)  # mb_type I_PCM ...
            bits += "0" * (-len(bits) % 8)  # ... padded to a byte boundary, then the samples.
            r, c = row // 2, col // 2
            block = [y[row : row + 16, col : col + 16], u[r : r + 8, c : c + 8], v[r : r + 8, c : c + 8]]
            bits += "".join(f"{sample:08b}" for plane in block for sample in plane.ravel().tolist())
    return sps + pps + nal_unit(0x65, bits)


rr.init("rerun_example_video_stream_simple", spawn=True)
rr.log("video", rr.VideoStream(codec=rr.VideoCodec.H264), static=True)

rows, cols = np.mgrid[:HEIGHT, :WIDTH]
for i in range(2 * FPS):
    # A bright ball bouncing across a dark background, in YUV: luma plus half-size chroma planes.
    x, top = (i * 3) % WIDTH, HEIGHT / 2 + 20 * np.sin(i / 4)
    ball = (cols - x) ** 2 + (rows - top) ** 2 < 100
    luma = np.where(ball, 210, 40).astype(np.uint8)
    u = np.where(ball[::2, ::2], 60, 140).astype(np.uint8)
    v = np.where(ball[::2, ::2], 170, 120).astype(np.uint8)
    rr.set_time("time", duration=i / FPS)
    rr.log("video", rr.VideoStream.from_fields(sample=encode_frame(i, luma, u, v)))
