"""Store the raw bytes of MCAP messages, one per time step.

`McapMessage` keeps only the payload; the time goes on a timeline, and the channel and schema that
explain the bytes are separate archetypes. Each payload here is a ROS 2 `Vector3` in CDR: a
4-byte header followed by three little-endian doubles.
"""

import math
import struct

import rerun as rr

rr.init("rerun_example_mcap_message_simple", spawn=True)

start = 1_700_000_000.0  # Seconds since the Unix epoch.
for i in range(10):
    rr.set_time("publish_time", timestamp=start + i * 0.01)
    payload = struct.pack("<4s3d", b"\x00\x01\x00\x00", 0.1 * math.sin(i), 0.0, 9.81)
    rr.log("imu/acceleration", rr.McapMessage(payload))
