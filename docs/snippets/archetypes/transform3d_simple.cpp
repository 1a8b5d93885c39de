// Translate, rotate and scale copies of a box with `Transform3D`.

#include "snippet_log.hpp"

#include <rerun/archetypes/boxes3d.hpp>
#include <rerun/archetypes/transform3d.hpp>

int main() {
    const auto box =
        rerun::archetypes::Boxes3D().with_half_sizes({{0.5f, 0.25f, 0.1f}}).with_colors({{200, 200, 200}});
    snippet::log("base", box);

    snippet::log("base/moved", rerun::archetypes::Transform3D().with_translation({2.0f, 0.0f, 0.0f}), box);
    const rerun::components::RotationAxisAngle eighth_turn(
        rerun::datatypes::Vec3D(0.0f, 0.0f, 1.0f), rerun::datatypes::Angle::from_degrees(45.0f)
    );
    snippet::log(
        "base/turned",
        rerun::archetypes::Transform3D()
            .with_translation({0.0f, 2.0f, 0.0f})
            .with_rotation_axis_angle(eighth_turn),
        box
    );
    snippet::log(
        "base/grown",
        rerun::archetypes::Transform3D().with_translation({-2.0f, 0.0f, 0.0f}).with_scale({1.0f, 2.0f, 3.0f}),
        box
    );
}
