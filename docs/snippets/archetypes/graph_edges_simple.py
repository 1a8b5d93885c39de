"""Log an undirected graph: five train stations and the lines between them.

The edges only name the nodes they join; the nodes themselves are logged to the same entity with
`GraphNodes`. Without positions, the viewer lays the graph out on its own.
"""

import rerun as rr

rr.init("rerun_example_graph_edges_simple", spawn=True)

stations = ["north", "east", "south", "west", "central"]
lines = [
    ("north", "east"),
    ("east", "south"),
    ("south", "west"),
    ("west", "north"),
    ("central", "north"),
    ("central", "south"),
]

rr.log(
    "rail_network",
    rr.GraphNodes(stations, labels=[name.title() for name in stations]),
    rr.GraphEdges(lines),  # Edges are undirected unless a graph type says otherwise.
)
