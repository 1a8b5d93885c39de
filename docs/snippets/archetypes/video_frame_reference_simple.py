"""Show one still frame of a video: the frame at 1.5 seconds.

The video itself is an `AssetVideo` logged once, statically; a `VideoFrameReference` on another
entity picks the frame to show by its time in the video, and names the video's entity.

Pass the path of an MP4 file as the first argument. Without one, the program logs the header of an
MP4 file without frames: the calls are the same, but there is no picture to see.
"""

import sys

import rerun as rr

# The 24-byte header ("ftyp" box) of an MP4 file that holds no frames.
EMPTY_MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"

rr.init("rerun_example_video_frame_reference_simple", spawn=True)

if len(sys.argv) > 1:
    video = rr.AssetVideo(path=sys.argv[1])
else:
    video = rr.AssetVideo(contents=EMPTY_MP4, media_type="video/mp4")
rr.log("clip", video, static=True)

rr.log("still", rr.VideoFrameReference(seconds=1.5, video_reference="clip"))
