// Update only some fields of a point cloud, leaving the others as they were.

#include "snippet_log.hpp"

#include <rerun/archetypes/points3d.hpp>

#include <vector>

// A 5 x 5 grid of points on the ground, `spacing` apart.
static std::vector<rerun::components::Position3D> grid(float spacing) {
    std::vector<rerun::components::Position3D> positions;
    for (int x = 0; x < 5; ++x) {
        for (int y = 0; y < 5; ++y) {
            positions.emplace_back(static_cast<float>(x) * spacing, static_cast<float>(y) * spacing, 0.0f);
        }
    }
    return positions;
}

int main() {
    snippet::set_time_sequence("step", 0);
    snippet::log(
        "grid", rerun::archetypes::Points3D(grid(1.0f)).with_colors({{128, 128, 128}}).with_radii({0.1f})
    );

    // A wave of color runs across the grid; the positions stay as they were logged at step 0.
    for (int step = 1; step < 6; ++step) {
        std::vector<rerun::components::Color> colors;
        for (int x = 0; x < 5; ++x) {
            for (int y = 0; y < 5; ++y) {
                colors.push_back(
                    x < step ? rerun::components::Color(0, 200, 255) : rerun::components::Color(128, 128, 128)
                );
            }
        }
        snippet::set_time_sequence("step", step);
        snippet::log("grid", rerun::archetypes::Points3D::update_fields().with_colors(colors));
    }

    // New positions and a radius; the colors are cleared and fall back to the default.
    snippet::set_time_sequence("step", 6);
    snippet::log(
        "grid", rerun::archetypes::Points3D::clear_fields().with_positions(grid(1.5f)).with_radii({0.15f})
    );
}
