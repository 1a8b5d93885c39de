// Log a small indexed mesh: a square pyramid with a color on each vertex.

#include "snippet_log.hpp"

#include <rerun/archetypes/mesh3d.hpp>

#include <vector>

int main() {
    // The four corners of the base, then the apex.
    const std::vector<rerun::components::Position3D> vertices = {
        {-1.0f, -1.0f, 0.0f},
        {1.0f, -1.0f, 0.0f},
        {1.0f, 1.0f, 0.0f},
        {-1.0f, 1.0f, 0.0f},
        {0.0f, 0.0f, 1.5f},
    };
    snippet::log(
        "pyramid",
        rerun::archetypes::Mesh3D(vertices)
            .with_triangle_indices({{0, 1, 4}, {1, 2, 4}, {2, 3, 4}, {3, 0, 4}, {0, 2, 1}, {0, 3, 2}})
            .with_vertex_colors({{255, 60, 60}, {60, 255, 60}, {60, 60, 255}, {255, 220, 0}, {255, 255, 255}})
    );
}
