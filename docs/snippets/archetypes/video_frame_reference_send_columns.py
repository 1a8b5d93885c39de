"""Send the references to all frames of a video in one call, to play it back in slow motion.

Each row of the column references one frame by its time in the video; the time column places the
rows on a timeline. Here the timeline runs at twice the video's timestamps, so the video plays at
half speed as the time cursor moves.

Pass the path of an MP4 file as the first argument. Without one, the program logs the header of an
MP4 file without frames and assumes three seconds at 30 frames per second: the calls are the same,
but there is no picture to see.
"""

import sys

import numpy as np

import rerun as rr

# The 24-byte header ("ftyp" box) of an MP4 file that holds no frames.
EMPTY_MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"

rr.init("rerun_example_video_frame_reference_send_columns", spawn=True)

if len(sys.argv) > 1:
    video = rr.AssetVideo(path=sys.argv[1])
    frame_seconds = video.read_frame_timestamps_nanos() / 1e9
else:
    video = rr.AssetVideo(contents=EMPTY_MP4, media_type="video/mp4")
    frame_seconds = np.arange(90) / 30
rr.log("clip", video, static=True)

rr.log("slow_motion", rr.VideoFrameReference.from_fields(video_reference="clip"), static=True)
rr.send_columns(
    "slow_motion",
    indexes=[rr.TimeColumn("playback", duration=2 * frame_seconds)],
    columns=rr.VideoFrameReference.columns_secs(frame_seconds),
)
