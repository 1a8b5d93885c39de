// Send the motion of a capsule for many time steps in one call with `send_columns`.

#include "snippet_log.hpp"

#include <rerun/archetypes/capsules3d.hpp>

#include <cmath>
#include <numbers>
#include <vector>

int main() {
    // Hanging straight down means a rotation of 180 degrees around x, since capsules extend along +z.
    std::vector<double> times;
    std::vector<rerun::components::RotationAxisAngle> rotations;
    for (int i = 0; i < 100; ++i) {
        const double t = i * 0.05;
        times.push_back(t);
        rotations.emplace_back(
            rerun::datatypes::Vec3D(1.0f, 0.0f, 0.0f),
            rerun::datatypes::Angle::from_radians(
                static_cast<float>(std::numbers::pi + 0.6 * std::cos(2.0 * t))
            )
        );
    }

    snippet::log_static(
        "pendulum",
        rerun::archetypes::Capsules3D::update_fields().with_lengths({2.0f}).with_radii({0.15f}).with_colors(
            {{200, 160, 80}}
        )
    );
    snippet::send_columns(
        "pendulum",
        snippet::TimeColumn::from_duration_secs("time", times),
        rerun::archetypes::Capsules3D::update_fields().with_rotation_axis_angles(rotations).columns()
    );
}
