"""Run an example program headless, with its recording written to a file instead of a viewer.

    python tests/snippet_runner.py docs/snippets/archetypes/points3d_simple.py out.rrd [args...]

`rr.spawn()` / `rr.init(..., spawn=True)` and the gRPC calls are redirected to `rr.save(out.rrd)`.
A program that never spawns or saves has what it buffered saved at the end. Strict mode is on and
Rerun warnings are errors, so bad input fails the run. Exit code 0 means the program ran to
completion and its recording was finished (footer written).
"""

from __future__ import annotations

import runpy
import sys
import warnings
from pathlib import Path
from typing import Any


def run(snippet: Path, output: Path, argv: list[str]) -> None:
    """Run `snippet` as `__main__`, recording into `output`."""
    import rerun as rr
    from rerun.recording_stream import RecordingStream

    def save_instead(self: RecordingStream, *args: Any, default_blueprint: Any = None, **kwargs: Any) -> Any:
        self.save(output, default_blueprint)
        return None

    RecordingStream.spawn = save_instead  # type: ignore[method-assign]
    RecordingStream.connect_grpc = save_instead  # type: ignore[method-assign]
    RecordingStream.serve_grpc = save_instead  # type: ignore[method-assign]
    rr.set_strict_mode(True)
    warnings.simplefilter("error", rr.RerunWarning)
    sys.argv = [str(snippet), *argv]
    runpy.run_path(str(snippet), run_name="__main__")
    recording = rr.get_global_data_recording()
    if recording is None:
        raise SystemExit(f"{snippet}: the program never called rr.init")
    if not output.is_file():  # the program only buffered its data (no spawn or save): keep what it logged
        recording.save(output)
    recording.disconnect()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    run(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
