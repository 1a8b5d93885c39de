"""Show two chosen moments of one video, by pointing two entities at the same video asset.

The video is logged once; each `VideoFrameReference` names the entity that holds the video and the
moment to show, so each of the two entities stays on its frame whatever the time cursor does.

Pass the path of an MP4 file (at least three seconds long) as the first argument. Without one, the
program logs the header of an MP4 file without frames: the calls are the same, but there is no
picture to see.
"""

import sys

import rerun as rr

# The 24-byte header ("ftyp" box) of an MP4 file that holds no frames.
EMPTY_MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"

rr.init("rerun_example_asset_video_manual_frames", spawn=True)

if len(sys.argv) > 1:
    video = rr.AssetVideo(path=sys.argv[1])
else:
    video = rr.AssetVideo(contents=EMPTY_MP4, media_type="video/mp4")
rr.log("recording", video, static=True)

rr.log("at_start", rr.VideoFrameReference(seconds=0.0, video_reference="recording"))
rr.log("three_seconds_in", rr.VideoFrameReference(seconds=3.0, video_reference="recording"))
