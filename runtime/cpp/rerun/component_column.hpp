// A component batch cut into rows: the unit of `send_columns`.
#pragma once

#include "rerun/component_batch.hpp"

#include <arrow/result.h>
#include <arrow/type_fwd.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace rerun {
    struct ComponentColumn {
        ComponentDescriptor descriptor;
        /// `list<item: component type>`, one list per row.
        std::shared_ptr<arrow::Array> array;

        /// The batch cut into consecutive rows of the given lengths, which must add up to the
        /// batch's length.
        static arrow::Result<ComponentColumn> from_batch_with_lengths(
            const ComponentBatch& batch, const std::vector<uint32_t>& lengths
        );

        /// The batch cut into rows of one value each.
        static arrow::Result<ComponentColumn> from_batch_unit_rows(const ComponentBatch& batch);

        /// Every batch cut by the same lengths (an archetype's `columns(lengths)`).
        static arrow::Result<std::vector<ComponentColumn>> from_batches_with_lengths(
            const std::vector<ComponentBatch>& batches, const std::vector<uint32_t>& lengths
        );

        /// Every batch cut into rows of one value (an archetype's `columns()`).
        static arrow::Result<std::vector<ComponentColumn>> from_batches_unit_rows(
            const std::vector<ComponentBatch>& batches
        );
    };
} // namespace rerun
