"""Command-line helpers for example scripts: choose where the recording goes from `argparse` flags.

parser = argparse.ArgumentParser()
rr.script_add_args(parser)
args = parser.parse_args()
rr.script_setup(args, "my_app")
...
rr.script_teardown(args)
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from rerun.recording_stream import RecordingStream


def script_add_args(parser: argparse.ArgumentParser) -> None:
    """Add the flags `--headless`, `--connect`, `--serve`, `--url`, `--save PATH` and `--stdout`."""
    parser.add_argument(
        "--headless", action="store_true", help="Don't show a viewer; keep the data in memory."
    )
    parser.add_argument(
        "--connect", dest="connect", action="store_true", help="Connect to a running viewer (gRPC)."
    )
    parser.add_argument("--serve", dest="serve", action="store_true", help="Serve the data over gRPC.")
    parser.add_argument("--url", type=str, default=None, help="The viewer URL to connect to.")
    parser.add_argument("--save", type=str, default=None, help="Save the recording to this .rrd file.")
    parser.add_argument(
        "-o", "--stdout", dest="stdout", action="store_true", help="Write the .rrd stream to stdout."
    )


def script_setup(
    args: argparse.Namespace,
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    default_blueprint: Any = None,
) -> RecordingStream:
    """Create the global recording and send it where the flags say (default: spawn a viewer)."""
    from rerun._api import init

    init(application_id, recording_id=recording_id, default_blueprint=default_blueprint)
    from rerun.recording_stream import get_global_data_recording

    recording = get_global_data_recording()
    assert recording is not None
    if getattr(args, "stdout", False):
        recording.stdout(default_blueprint)
    elif getattr(args, "save", None):
        recording.save(args.save, default_blueprint)
    elif getattr(args, "serve", False):
        recording.serve_grpc(default_blueprint=default_blueprint)
    elif getattr(args, "connect", False):
        recording.connect_grpc(getattr(args, "url", None), default_blueprint=default_blueprint)
    elif not getattr(args, "headless", False):
        recording.spawn(default_blueprint=default_blueprint)
    return recording


def script_teardown(args: argparse.Namespace) -> None:
    """Finish the recording: flush and close its sinks (files get their footer)."""
    from rerun.recording_stream import get_global_data_recording

    recording = get_global_data_recording()
    if recording is not None:
        recording.disconnect()
