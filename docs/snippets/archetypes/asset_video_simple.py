"""Log a video file once and reference every one of its frames on a timeline.

A video asset on its own shows nothing: the viewer draws the frame that a `VideoFrameReference`
points at. Sending one reference per frame, each at the frame's own time, plays the video as the
time cursor moves.

Pass the path of an MP4 file as the first argument. Without one, the program logs the header of an
MP4 file without frames and pretends it holds two seconds at 24 frames per second: the calls are
the same, but there is no picture to see.
"""

import sys

import numpy as np

import rerun as rr

# The 24-byte header ("ftyp" box) of an MP4 file that holds no frames.
EMPTY_MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"

rr.init("rerun_example_asset_video_simple", spawn=True)

if len(sys.argv) > 1:
    video = rr.AssetVideo(path=sys.argv[1])
    frame_times_ns = video.read_frame_timestamps_nanos()
else:
    video = rr.AssetVideo(contents=EMPTY_MP4, media_type="video/mp4")
    frame_times_ns = np.arange(48) * 1_000_000_000 // 24

# The video does not change over time, so it is static.
rr.log("video", video, static=True)

# One reference per frame; the timeline values may differ from the video's own timestamps.
rr.send_columns(
    "video",
    indexes=[rr.TimeColumn("video_time", duration=frame_times_ns * 1e-9)],
    columns=rr.VideoFrameReference.columns_nanos(frame_times_ns),
)
