"""Configure a graph view: the forces that place the nodes, the visible region and the background.

A small ring of nodes with one hub is laid out by springs along the edges, a mild repulsion
between all nodes, and a pull toward the center.
"""

import rerun as rr
import rerun.blueprint as rrb

rr.init("rerun_example_graph", spawn=True)

ring = [f"n{i}" for i in range(8)]
rr.log("network", rr.GraphNodes([*ring, "hub"], labels=[*ring, "hub"], radii=[6] * 8 + [12]), static=True)
edges = [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))] + [
    ("hub", node) for node in ring[::2]
]
rr.log("network", rr.GraphEdges(edges, graph_type="undirected"), static=True)

rr.send_blueprint(
    rrb.GraphView(
        origin="network",
        name="Network",
        visual_bounds=rrb.VisualBounds2D(x_range=[-200, 200], y_range=[-150, 150]),
        background=rrb.archetypes.GraphBackground(color=[245, 245, 250]),
        force_link=rrb.archetypes.ForceLink(enabled=True, distance=60.0, iterations=3),
        force_many_body=rrb.archetypes.ForceManyBody(enabled=True, strength=-40.0),
        force_position=rrb.archetypes.ForcePosition(enabled=True, strength=0.05, position=[0.0, 0.0]),
        force_collision_radius=rrb.archetypes.ForceCollisionRadius(enabled=True, strength=1.0, iterations=2),
        force_center=rrb.archetypes.ForceCenter(enabled=True, strength=0.8),
    )
)
