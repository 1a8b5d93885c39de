"""Record summary statistics of an MCAP file: how many messages, schemas, channels and other
records it holds, and the time span its messages cover.

Times are nanoseconds since the Unix epoch. The statistics describe the file as a whole, so they
are logged once, statically.
"""

import rerun as rr

rr.init("rerun_example_mcap_statistics_simple", spawn=True)

start_ns = 1_700_000_000_000_000_000
duration_ns = 90 * 1_000_000_000  # A 90-second recording.

rr.log(
    "mcap",
    rr.McapStatistics(
        message_count=27_000,
        schema_count=3,
        channel_count=4,
        attachment_count=1,
        metadata_count=2,
        chunk_count=45,
        message_start_time=start_ns,
        message_end_time=start_ns + duration_ns,
    ),
    static=True,
)
