// Converts two positions to Arrow and prints the component type, the Arrow type and the values.
#include "rerun/components/position3d.hpp"

#include <arrow/api.h>

#include <array>
#include <iostream>
#include <vector>

int main() {
    using rerun::components::Position3D;
    const std::vector<Position3D> positions = {
        Position3D(rerun::datatypes::Vec3D(std::array<float, 3>{1.0f, 2.0f, 3.0f})),
        Position3D(rerun::datatypes::Vec3D(std::array<float, 3>{4.0f, 5.0f, 6.0f})),
    };
    const auto array = rerun::Loggable<Position3D>::to_arrow(positions.data(), positions.size());
    if (!array.ok()) {
        std::cerr << array.status().ToString() << "\n";
        return 1;
    }
    std::cout << rerun::Loggable<Position3D>::component_type << "\n"
              << (*array)->type()->ToString() << "\n"
              << (*array)->ToString() << "\n";
    return 0;
}
