// One archetype field's values, serialised: what a recording stream logs for one entity and time.
#pragma once

#include "rerun/component_descriptor.hpp"
#include "rerun/loggable.hpp"

#include <arrow/result.h>
#include <arrow/type_fwd.h>

#include <memory>
#include <string>
#include <vector>

namespace rerun {
    struct ComponentBatch {
        ComponentDescriptor descriptor;
        std::shared_ptr<arrow::Array> array;

        /// The values as an Arrow array, under `descriptor`. An error names the descriptor's
        /// archetype field, followed by what the type's serialisation said.
        template <IsComponent T>
        static arrow::Result<ComponentBatch> from_loggable(
            const std::vector<T>& values, ComponentDescriptor descriptor
        ) {
            auto array = Loggable<T>::to_arrow(values.data(), values.size());
            if (!array.ok()) {
                return field_error(descriptor, array.status());
            }
            return ComponentBatch{std::move(descriptor), std::move(array).ValueUnsafe()};
        }

      private:
        static arrow::Status field_error(const ComponentDescriptor& descriptor, const arrow::Status& error);
    };
} // namespace rerun
