// Log spheres of a few different sizes: the Earth and the Moon, and the Moon's distance to scale.

#include "snippet_log.hpp"

#include <rerun/archetypes/ellipsoids3d.hpp>

int main() {
    // A sphere is an ellipsoid with the same half size on all three axes, here in thousands of km.
    snippet::log(
        "earth_and_moon",
        rerun::archetypes::Ellipsoids3D()
            .with_half_sizes({{6.371f, 6.371f, 6.371f}, {1.737f, 1.737f, 1.737f}})
            .with_centers({{0.0f, 0.0f, 0.0f}, {384.4f, 0.0f, 0.0f}})
            .with_colors({{40, 110, 220}, {190, 190, 190}})
            .with_labels({"Earth", "Moon"})
            .with_fill_mode(rerun::components::FillMode::Solid)
    );
}
