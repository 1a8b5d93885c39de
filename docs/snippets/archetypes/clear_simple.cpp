// Clear a few entities one after another.

#include "snippet_log.hpp"

#include <rerun/archetypes/clear.hpp>
#include <rerun/archetypes/points3d.hpp>

#include <string>
#include <vector>

int main() {
    const std::vector<std::string> names = {"red", "green", "blue"};
    const std::vector<rerun::components::Color> colors = {{220, 50, 50}, {50, 200, 80}, {60, 90, 230}};

    snippet::set_time_sequence("step", 0);
    for (size_t i = 0; i < names.size(); ++i) {
        snippet::log(
            "balls/" + names[i],
            rerun::archetypes::Points3D({{2.0f * static_cast<float>(i), 0.0f, 0.0f}})
                .with_radii({0.8f})
                .with_colors({colors[i]})
        );
    }

    // Remove one ball per step, until none is left.
    for (size_t i = 0; i < names.size(); ++i) {
        snippet::set_time_sequence("step", static_cast<int64_t>(i) + 1);
        snippet::log("balls/" + names[i], rerun::archetypes::Clear(false));
    }
}
