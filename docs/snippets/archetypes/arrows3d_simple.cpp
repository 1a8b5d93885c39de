// Log a ring of 3D arrows that point outwards and upwards, each colored by its direction.

#include "snippet_log.hpp"

#include <rerun/archetypes/arrows3d.hpp>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

// Maps a direction's coordinate from [-1, 1] to a color channel in [0, 255], rounding halves to even.
static uint8_t channel(double coordinate) {
    return static_cast<uint8_t>(std::nearbyint((coordinate * 0.5 + 0.5) * 255));
}

int main() {
    std::vector<rerun::components::Position3D> origins;
    std::vector<rerun::components::Vector3D> vectors;
    std::vector<rerun::components::Color> colors;
    for (int i = 0; i < 16; ++i) {
        const double angle = i * (2 * std::numbers::pi / 16);
        const double x = std::cos(angle);
        const double y = std::sin(angle);
        origins.emplace_back(static_cast<float>(x), static_cast<float>(y), 0.0f);
        vectors.emplace_back(static_cast<float>(0.5 * x), static_cast<float>(0.5 * y), 0.8f);
        colors.emplace_back(channel(x), channel(y), channel(0.0));
    }

    snippet::log(
        "ring",
        rerun::archetypes::Arrows3D(vectors).with_origins(origins).with_colors(colors).with_radii({0.025f})
    );
}
