"""Describe an MCAP channel: the topic it publishes to, how its messages are encoded, and a few
free-form key-value pairs about it.
"""

import rerun as rr

rr.init("rerun_example_mcap_channel_simple", spawn=True)

rr.log(
    "imu/acceleration",
    rr.McapChannel(
        id=3,
        topic="/imu/acceleration",
        message_encoding="cdr",  # The serialization that ROS 2 uses.
        metadata={"frame_id": "imu_link", "unit": "m/s^2"},
    ),
    static=True,
)
