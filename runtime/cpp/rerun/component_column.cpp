#include "rerun/component_column.hpp"

#include <arrow/api.h>

#include <numeric>

namespace rerun {
    arrow::Status ComponentBatch::field_error(
        const ComponentDescriptor& descriptor, const arrow::Status& error
    ) {
        return error.WithMessage(descriptor.archetype, " field ", descriptor.component, ": ", error.message());
    }

    arrow::Result<ComponentColumn> ComponentColumn::from_batch_with_lengths(
        const ComponentBatch& batch, const std::vector<uint32_t>& lengths
    ) {
        const int64_t total = std::accumulate(lengths.begin(), lengths.end(), int64_t{0});
        if (total != batch.array->length()) {
            return arrow::Status::Invalid(
                batch.descriptor.archetype, " field ", batch.descriptor.component, ": the row lengths add up to ",
                total, " values, but the batch holds ", batch.array->length()
            );
        }
        arrow::Int32Builder offsets;
        ARROW_RETURN_NOT_OK(offsets.Reserve(static_cast<int64_t>(lengths.size()) + 1));
        int32_t offset = 0;
        offsets.UnsafeAppend(offset);
        for (const uint32_t length : lengths) {
            offset += static_cast<int32_t>(length);
            offsets.UnsafeAppend(offset);
        }
        ARROW_ASSIGN_OR_RAISE(auto offsets_array, offsets.Finish());
        ARROW_ASSIGN_OR_RAISE(auto rows, arrow::ListArray::FromArrays(*offsets_array, *batch.array));
        return ComponentColumn{batch.descriptor, std::move(rows)};
    }

    arrow::Result<ComponentColumn> ComponentColumn::from_batch_unit_rows(const ComponentBatch& batch) {
        return from_batch_with_lengths(batch, std::vector<uint32_t>(static_cast<size_t>(batch.array->length()), 1));
    }

    arrow::Result<std::vector<ComponentColumn>> ComponentColumn::from_batches_with_lengths(
        const std::vector<ComponentBatch>& batches, const std::vector<uint32_t>& lengths
    ) {
        std::vector<ComponentColumn> columns;
        columns.reserve(batches.size());
        for (const auto& batch : batches) {
            ARROW_ASSIGN_OR_RAISE(auto column, from_batch_with_lengths(batch, lengths));
            columns.push_back(std::move(column));
        }
        return columns;
    }

    arrow::Result<std::vector<ComponentColumn>> ComponentColumn::from_batches_unit_rows(
        const std::vector<ComponentBatch>& batches
    ) {
        std::vector<ComponentColumn> columns;
        columns.reserve(batches.size());
        for (const auto& batch : batches) {
            ARROW_ASSIGN_OR_RAISE(auto column, from_batch_unit_rows(batch));
            columns.push_back(std::move(column));
        }
        return columns;
    }
} // namespace rerun
