"""Log a directed graph: the steps of a build, each pointing at the steps that depend on it.

With `graph_type="directed"` the viewer draws every edge as an arrow from its first node to its
second one.
"""

import rerun as rr

rr.init("rerun_example_graph_edges_directed", spawn=True)

steps = ["fetch", "configure", "compile", "test", "package"]
positions = [(0.0, 0.0), (120.0, 0.0), (240.0, 0.0), (360.0, -60.0), (360.0, 60.0)]

rr.log(
    "build",
    rr.GraphNodes(steps, positions=positions, labels=steps),
    rr.GraphEdges(
        [("fetch", "configure"), ("configure", "compile"), ("compile", "test"), ("compile", "package")],
        graph_type=rr.GraphType.Directed,
    ),
)
