// A user's C++ program: the acme types of tests/cpp/test_user_types.py on top of the core.

#include <acme.hpp>

#include <arrow/array/array_base.h>

#include <iostream>
#include <vector>

int main() {
    const auto points = acme::archetypes::ConfidentPoints3D({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}})
                            .with_colors({rerun::components::Color(255, 0, 0)})
                            .with_confidences({0.25f, 0.75f});
    const auto batches = points.as_batches();
    if (!batches.ok()) {
        std::cerr << batches.status().ToString() << "\n";
        return 1;
    }
    for (const auto& batch : *batches) {
        std::cout << batch.descriptor.archetype << " " << batch.descriptor.component << " "
                  << batch.descriptor.component_type << " " << batch.array->length() << "\n";
    }
    return 0;
}
