// Log a few capsules of different lengths and radii.

#include "snippet_log.hpp"

#include <rerun/archetypes/capsules3d.hpp>

int main() {
    snippet::log(
        "pills",
        rerun::archetypes::Capsules3D()
            .with_lengths({0.0f, 1.0f, 2.0f, 3.0f})
            .with_radii({0.5f, 0.4f, 0.3f, 0.2f})
            .with_translations(
                {{0.0f, 0.0f, 0.0f}, {1.5f, 0.0f, 0.0f}, {3.0f, 0.0f, 0.0f}, {4.5f, 0.0f, 0.0f}}
            )
            .with_colors({{250, 120, 60}, {240, 200, 40}, {90, 200, 120}, {70, 140, 240}})
            .with_labels({"sphere", "short", "medium", "long"})
    );

    // A capsule lying on its side: turned by 90 degrees around the x axis, it extends along -y.
    snippet::log(
        "lying_pill",
        rerun::archetypes::Capsules3D()
            .with_lengths({2.0f})
            .with_radii({0.3f})
            .with_translations({{0.0f, -1.0f, 0.0f}})
            .with_rotation_axis_angles(
                {{rerun::datatypes::Vec3D(1.0f, 0.0f, 0.0f), rerun::datatypes::Angle::from_degrees(90.0f)}}
            )
    );
}
