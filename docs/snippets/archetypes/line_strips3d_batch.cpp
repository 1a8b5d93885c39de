// Log many 3D line strips in one batch: the twelve edges of a cube, as two squares and four uprights.

#include "snippet_log.hpp"

#include <rerun/archetypes/line_strips3d.hpp>

#include <array>
#include <vector>

int main() {
    const std::array<std::array<float, 2>, 5> corners = {{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}};
    std::vector<rerun::datatypes::Vec3D> bottom;
    std::vector<rerun::datatypes::Vec3D> top;
    for (const auto& [x, y] : corners) {
        bottom.emplace_back(x, y, 0.0f);
        top.emplace_back(x, y, 1.0f);
    }
    std::vector<rerun::components::LineStrip3D> strips = {bottom, top};
    std::vector<rerun::components::Color> colors = {{255, 120, 0}, {0, 160, 255}};
    std::vector<rerun::components::Radius> radii = {0.02f, 0.02f};
    std::vector<rerun::components::Text> labels = {"bottom", "top"};
    for (size_t i = 0; i < 4; ++i) {
        const auto& [x, y] = corners[i];
        strips.push_back(std::vector<rerun::datatypes::Vec3D>{{x, y, 0.0f}, {x, y, 1.0f}});
        colors.emplace_back(200, 200, 200);
        radii.emplace_back(0.01f);
        labels.emplace_back("upright");
    }

    snippet::log(
        "cube",
        rerun::archetypes::LineStrips3D(strips).with_colors(colors).with_radii(radii).with_labels(labels)
    );
}
