// Send several point clouds with one call.

#include "snippet_log.hpp"

#include <rerun/archetypes/points3d.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

int main() {
    // Four steps of a growing spiral: 10, 20, 30 and 40 points, all in one batch of positions.
    const std::vector<uint32_t> sizes = {10, 20, 30, 40};
    std::vector<rerun::components::Position3D> positions;
    for (const uint32_t n : sizes) {
        const double last = n / 5.0;  // n evenly spaced angles from 0 to n / 5
        for (uint32_t i = 0; i < n; ++i) {
            const double t = i == n - 1 ? last : i * (last / (n - 1));
            positions.emplace_back(
                static_cast<float>(std::cos(t)), static_cast<float>(std::sin(t)), static_cast<float>(t / 10)
            );
        }
    }

    // The positions are cut into one cloud per step; colors and radii have one value per step,
    // which applies to all of that step's points.
    snippet::send_columns(
        "spiral",
        snippet::TimeColumn::from_sequence("step", {0, 1, 2, 3}),
        rerun::archetypes::Points3D(positions).columns(sizes),
        rerun::archetypes::Points3D::update_fields()
            .with_colors({0xFF0000FF, 0xFFA000FF, 0x00C800FF, 0x0078FFFF})
            .with_radii({0.05f, 0.05f, 0.05f, 0.05f})
            .columns()
    );
}
