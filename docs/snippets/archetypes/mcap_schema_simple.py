"""Describe the schema of the messages of an MCAP channel.

The schema text here is a ROS 2 message definition; `data` holds it as bytes, and `encoding` says
how to read those bytes.
"""

import rerun as rr

rr.init("rerun_example_mcap_schema_simple", spawn=True)

definition = "float64 x\nfloat64 y\nfloat64 z\n"

rr.log(
    "imu/acceleration",
    rr.McapSchema(
        id=1,
        name="geometry_msgs/msg/Vector3",
        encoding="ros2msg",
        data=definition.encode("utf-8"),
    ),
    static=True,
)
