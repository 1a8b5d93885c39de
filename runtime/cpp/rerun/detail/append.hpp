// Appending C++ values to Arrow builders: what the generated sources use to serialise fields.
//
// Internal: only generated `.cpp` files include this (it pulls in Arrow's builders, which are
// heavy). Each overload appends one value to a builder of the matching Arrow type, as created by
// `arrow::MakeBuilder` from the type's `Loggable<T>::arrow_datatype()`.
#pragma once

#include "rerun/half.hpp"
#include "rerun/loggable.hpp"

#include <arrow/builder.h>
#include <arrow/type.h>
#include <arrow/type_traits.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace rerun::detail {
    /// The C++ number types, each with its Arrow builder (`NumberBuilder<float>` is a FloatBuilder).
    template <typename T>
    concept Number = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

    template <Number T>
    using NumberBuilder = typename arrow::CTypeTraits<T>::BuilderType;

    /// `status`, with the type and field it came from in front of its message.
    inline arrow::Status in_field(arrow::Status status, const char* type_name, const char* field_name) {
        if (status.ok()) {
            return status;
        }
        return status.WithMessage(type_name, ".", field_name, ": ", status.message());
    }

    /// A null: for a dense union, an entry of its `_null_markers` child (type code 0).
    inline arrow::Status append_null(arrow::ArrayBuilder* builder) {
        if (builder->type()->id() == arrow::Type::DENSE_UNION) {
            auto* union_builder = static_cast<arrow::DenseUnionBuilder*>(builder);
            ARROW_RETURN_NOT_OK(union_builder->Append(0));
            return union_builder->child_builder(0)->AppendNull();
        }
        return builder->AppendNull();
    }

    template <typename T>
    arrow::Status append(arrow::ArrayBuilder* builder, const T& value);

    template <typename T>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::optional<T>& value);

    template <typename T, size_t N>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::array<T, N>& value);

    template <typename T>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::vector<T>& value);

    /// Many values at once, into a list's or fixed-size list's child builder.
    template <typename T>
    arrow::Status append_all(arrow::ArrayBuilder* builder, const T* values, size_t count) {
        if (count == 0) {  // an empty vector's data() may be null, which Arrow would copy from
            return arrow::Status::OK();
        }
        if constexpr (Number<T>) {
            return static_cast<NumberBuilder<T>*>(builder)->AppendValues(
                values, static_cast<int64_t>(count)
            );
        } else if constexpr (IsLoggable<T>) {
            return Loggable<T>::fill_arrow_array_builder(builder, values, count);
        } else {
            for (size_t index = 0; index < count; ++index) {
                ARROW_RETURN_NOT_OK(append(builder, values[index]));
            }
            return arrow::Status::OK();
        }
    }

    template <typename T>
    arrow::Status append(arrow::ArrayBuilder* builder, const T& value) {
        if constexpr (Number<T>) {
            return static_cast<NumberBuilder<T>*>(builder)->Append(value);
        } else if constexpr (std::is_same_v<T, bool>) {
            return static_cast<arrow::BooleanBuilder*>(builder)->Append(value);
        } else if constexpr (std::is_same_v<T, half>) {
            return static_cast<arrow::HalfFloatBuilder*>(builder)->Append(value.bits);
        } else if constexpr (std::is_same_v<T, std::string>) {
            return static_cast<arrow::StringBuilder*>(builder)->Append(value);
        } else if constexpr (std::is_same_v<T, std::vector<std::byte>>) {
            return static_cast<arrow::BinaryBuilder*>(builder)->Append(
                reinterpret_cast<const uint8_t*>(value.data()), static_cast<int32_t>(value.size())
            );
        } else if constexpr (IsLoggable<T>) {
            return Loggable<T>::fill_arrow_array_builder(builder, &value, 1);
        } else {
            return append_container(builder, value);
        }
    }

    template <typename T>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::optional<T>& value) {
        return value.has_value() ? append(builder, *value) : append_null(builder);
    }

    template <typename T, size_t N>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::array<T, N>& value) {
        auto* list_builder = static_cast<arrow::FixedSizeListBuilder*>(builder);
        ARROW_RETURN_NOT_OK(list_builder->Append());
        return append_all(list_builder->value_builder(), value.data(), N);
    }

    template <typename T>
    arrow::Status append_container(arrow::ArrayBuilder* builder, const std::vector<T>& value) {
        auto* list_builder = static_cast<arrow::ListBuilder*>(builder);
        ARROW_RETURN_NOT_OK(list_builder->Append());
        if constexpr (std::is_same_v<T, bool>) {  // std::vector<bool> has no data()
            for (const bool item : value) {
                ARROW_RETURN_NOT_OK(append(list_builder->value_builder(), item));
            }
            return arrow::Status::OK();
        } else {
            return append_all(list_builder->value_builder(), value.data(), value.size());
        }
    }

    /// The array of `count` values of a loggable type.
    template <typename T>
    arrow::Result<std::shared_ptr<arrow::Array>> to_arrow(const T* values, size_t count) {
        ARROW_ASSIGN_OR_RAISE(auto builder, arrow::MakeBuilder(Loggable<T>::arrow_datatype()));
        if (count > 0) {
            ARROW_RETURN_NOT_OK(builder->Reserve(static_cast<int64_t>(count)));
            ARROW_RETURN_NOT_OK(Loggable<T>::fill_arrow_array_builder(builder.get(), values, count));
        }
        std::shared_ptr<arrow::Array> array;
        ARROW_RETURN_NOT_OK(builder->Finish(&array));
        return array;
    }
} // namespace rerun::detail
