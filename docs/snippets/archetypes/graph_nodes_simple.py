"""Log the nodes of a small graph, each with a position, color, size and label.

Node ids are strings; `GraphEdges` on the same entity refers to the nodes by these ids.
"""

import rerun as rr

rr.init("rerun_example_graph_nodes_simple", spawn=True)

rr.log(
    "molecule",
    rr.GraphNodes(
        node_ids=["O", "H1", "H2"],
        positions=[(0.0, 0.0), (-80.0, 60.0), (80.0, 60.0)],
        colors=[(230, 40, 40), (220, 220, 220), (220, 220, 220)],
        radii=[30.0, 18.0, 18.0],
        labels=["oxygen", "hydrogen", "hydrogen"],
    ),
    rr.GraphEdges([("O", "H1"), ("O", "H2")]),
)
