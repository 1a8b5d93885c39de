// Log a single 3D box, given by its half size and its center.

#include "snippet_log.hpp"

#include <rerun/archetypes/boxes3d.hpp>

int main() {
    // A shoe box: 30 x 20 x 12 units, resting on the ground (z = 0).
    snippet::log(
        "shoe_box",
        rerun::archetypes::Boxes3D()
            .with_half_sizes({{15.0f, 10.0f, 6.0f}})
            .with_centers({{0.0f, 0.0f, 6.0f}})
            .with_labels({"shoes"})
    );
}
