"""Recording benchmark: the cost of `rr.log` and `rr.send_columns` end to end, into an .rrd file.

    .venv/bin/python bench/recording_bench.py [--repeat N]

Cases:
- `rr.log("x", rr.Points3D([[1, 2, 3]]))` per call (conversion, batching, and the share of chunk
  encoding and writing that each call causes with the default batcher);
- `rr.log` of a 1M-point cloud (positions, colors, radii), written through to the file;
- `rr.send_columns` of 1M scalars on a sequence timeline, written through to the file.
Each figure is the best of N runs, measured until the data is flushed to the file.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

import rerun as rr


def best_of(repeat: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rerun-bench-"))
    calls = 20_000

    def small_logs() -> float:
        rec = rr.RecordingStream("bench", recording_id="small")
        rec.save(folder / "small.rrd")
        start = time.perf_counter()
        for _ in range(calls):
            rec.log("x", rr.Points3D([[1, 2, 3]]))
        rec.flush()
        elapsed = time.perf_counter() - start
        rec.disconnect()
        return elapsed / calls

    rng = np.random.default_rng(0)
    positions = rng.random((1_000_000, 3), dtype=np.float32)
    colors = rng.integers(0, 255, (1_000_000, 3), dtype=np.uint8)
    radii = rng.random(1_000_000, dtype=np.float32)

    def cloud() -> float:
        rec = rr.RecordingStream("bench", recording_id="cloud")
        rec.save(folder / "cloud.rrd")
        start = time.perf_counter()
        rec.log("cloud", rr.Points3D(positions, colors=colors, radii=radii))
        rec.flush()
        elapsed = time.perf_counter() - start
        rec.disconnect()
        return elapsed

    scalars = rng.random(1_000_000)
    steps = np.arange(1_000_000)

    def columns() -> float:
        rec = rr.RecordingStream("bench", recording_id="columns")
        rec.save(folder / "columns.rrd")
        start = time.perf_counter()
        rec.send_columns(
            "scalars",
            indexes=[rr.TimeColumn("step", sequence=steps)],
            columns=rr.Scalars.columns(scalars=scalars),
        )
        rec.flush()
        elapsed = time.perf_counter() - start
        rec.disconnect()
        return elapsed

    print("| case | time |")
    print("|---|---|")
    print(f"| rr.log(Points3D, 1 point), per call | {best_of(args.repeat, small_logs) * 1e6:.1f} us |")
    print(f"| rr.log(Points3D, 1M points + colors + radii) | {best_of(args.repeat, cloud) * 1e3:.1f} ms |")
    print(f"| rr.send_columns(1M scalars) | {best_of(args.repeat, columns) * 1e3:.1f} ms |")


if __name__ == "__main__":
    main()
