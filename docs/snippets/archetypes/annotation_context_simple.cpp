// Give each class a label and a color once, and let 2D boxes pick them up through their class ids.

#include "snippet_log.hpp"

#include <rerun/archetypes/annotation_context.hpp>
#include <rerun/archetypes/boxes2d.hpp>

#include <array>
#include <vector>

int main() {
    // Class id -> (label, color). Logged once, as static data, for everything under "parking_lot".
    const std::vector<rerun::datatypes::AnnotationInfo> classes = {
        {1, "car", rerun::datatypes::Rgba32(40, 120, 255)},
        {2, "bicycle", rerun::datatypes::Rgba32(255, 160, 0)},
        {3, "pedestrian", rerun::datatypes::Rgba32(20, 200, 90)},
    };
    std::vector<rerun::datatypes::ClassDescriptionMapElem> class_map;
    for (const auto& info : classes) {
        class_map.emplace_back(info.id, rerun::datatypes::ClassDescription(info, {}, {}));
    }
    snippet::log_static("parking_lot", rerun::archetypes::AnnotationContext(class_map));

    // The boxes only say which class they belong to; they are given by their corner with the
    // smallest coordinates and their size.
    const std::vector<std::array<float, 2>> mins = {{10, 10}, {80, 15}, {150, 30}, {60, 70}};
    const std::vector<std::array<float, 2>> sizes = {{60, 35}, {55, 32}, {18, 40}, {30, 14}};
    std::vector<rerun::components::HalfSize2D> half_sizes;
    std::vector<rerun::components::Position2D> centers;
    for (size_t i = 0; i < mins.size(); ++i) {
        const float half_width = sizes[i][0] / 2;
        const float half_height = sizes[i][1] / 2;
        half_sizes.emplace_back(half_width, half_height);
        centers.emplace_back(mins[i][0] + half_width, mins[i][1] + half_height);
    }
    snippet::log(
        "parking_lot/detections",
        rerun::archetypes::Boxes2D()
            .with_half_sizes(half_sizes)
            .with_centers(centers)
            .with_class_ids({1, 1, 3, 2})
    );
}
