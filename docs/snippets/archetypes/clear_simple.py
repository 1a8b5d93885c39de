"""Clear a few entities one after another.

Logging `rr.Clear(recursive=False)` (or `rr.Clear.flat()`) to an entity empties all of its
components from that time on; earlier times still show the data. Other entities are left as they
are.
"""

import rerun as rr

rr.init("rerun_example_clear_simple", spawn=True)

names = ["red", "green", "blue"]
colors = [[220, 50, 50], [50, 200, 80], [60, 90, 230]]

rr.set_time("step", sequence=0)
for i, (name, color) in enumerate(zip(names, colors, strict=True)):
    rr.log(f"balls/{name}", rr.Points3D([[2.0 * i, 0.0, 0.0]], radii=0.8, colors=[color]))

# Remove one ball per step, until none is left.
for step, name in enumerate(names, start=1):
    rr.set_time("step", sequence=step)
    rr.log(f"balls/{name}", rr.Clear(recursive=False))
