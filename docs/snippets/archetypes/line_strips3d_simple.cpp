// Log a single 3D line strip: a helix wound around the z axis.

#include "snippet_log.hpp"

#include <rerun/archetypes/line_strips3d.hpp>

#include <cmath>
#include <numbers>
#include <vector>

int main() {
    // 300 evenly spaced angles from 0 to three full turns, the last one exactly 6π.
    const int count = 300;
    const double last = 6 * std::numbers::pi;
    std::vector<rerun::datatypes::Vec3D> helix;
    for (int i = 0; i < count; ++i) {
        const double t = i == count - 1 ? last : i * (last / (count - 1));
        helix.emplace_back(
            static_cast<float>(std::cos(t)), static_cast<float>(std::sin(t)), static_cast<float>(t / 6)
        );
    }

    snippet::log("helix", rerun::archetypes::LineStrips3D({helix}));
}
