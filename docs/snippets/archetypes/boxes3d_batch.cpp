// Log several 3D boxes at once, each with its own rotation, color and label.

#include "snippet_log.hpp"

#include <rerun/archetypes/boxes3d.hpp>

#include <vector>

int main() {
    // A leaning tower of four crates, each one turned a little further around the vertical axis.
    std::vector<rerun::components::RotationAxisAngle> turns;
    for (int i = 0; i < 4; ++i) {
        turns.emplace_back(
            rerun::datatypes::Vec3D(0.0f, 0.0f, 1.0f),
            rerun::datatypes::Angle::from_degrees(15.0f * static_cast<float>(i))
        );
    }

    snippet::log(
        "crates",
        rerun::archetypes::Boxes3D()
            .with_half_sizes({{1.0f, 1.0f, 0.5f}, {0.9f, 0.9f, 0.5f}, {0.8f, 0.8f, 0.5f}, {0.7f, 0.7f, 0.5f}})
            .with_centers({{0.0f, 0.0f, 0.5f}, {0.1f, 0.0f, 1.5f}, {0.2f, 0.0f, 2.5f}, {0.3f, 0.0f, 3.5f}})
            .with_rotation_axis_angles(turns)
            .with_colors({{200, 80, 40}, {220, 140, 40}, {230, 200, 60}, {120, 190, 70}})
            .with_labels({"first", "second", "third", "fourth"})
            .with_fill_mode(rerun::components::FillMode::Solid)
    );
}
