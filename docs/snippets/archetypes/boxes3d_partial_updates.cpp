// Update only some fields of logged 3D boxes with `Boxes3D::update_fields`, then clear them.

#include "snippet_log.hpp"

#include <rerun/archetypes/boxes3d.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

int main() {
    // Three traffic-light lamps, all switched off.
    const rerun::components::Color off(60, 60, 60);
    const std::vector<rerun::components::Color> lit = {{255, 40, 40}, {255, 190, 0}, {40, 220, 60}};

    snippet::set_time_sequence("tick", 0);
    snippet::log(
        "traffic_light",
        rerun::archetypes::Boxes3D()
            .with_centers({{0.0f, 0.0f, 2.5f}, {0.0f, 0.0f, 1.5f}, {0.0f, 0.0f, 0.5f}})
            .with_half_sizes(std::vector<rerun::components::HalfSize3D>(3, {0.4f, 0.4f, 0.4f}))
            .with_colors({off})
    );

    // Light the lamps one after the other (red, yellow, green); only the colors are sent.
    int64_t tick = 1;
    for (const size_t lamp : {0, 1, 2, 1, 0}) {
        std::vector<rerun::components::Color> colors;
        for (size_t i = 0; i < lit.size(); ++i) {
            colors.push_back(i == lamp ? lit[i] : off);
        }
        snippet::set_time_sequence("tick", tick++);
        snippet::log("traffic_light", rerun::archetypes::Boxes3D::update_fields().with_colors(colors));
    }

    snippet::set_time_sequence("tick", 6);
    snippet::log("traffic_light", rerun::archetypes::Boxes3D::clear_fields());
}
