// The Loggable trait: how a C++ value becomes an Arrow array.
#pragma once

#include <arrow/result.h>
#include <arrow/type_fwd.h>

#include <concepts>
#include <cstddef>
#include <memory>

namespace rerun {
    /// Specialised by the generated code for every datatype and component `T`:
    ///
    /// - `static const std::shared_ptr<arrow::DataType>& arrow_datatype();`
    /// - `static arrow::Result<std::shared_ptr<arrow::Array>> to_arrow(const T*, size_t);`
    /// - `static arrow::Status fill_arrow_array_builder(arrow::ArrayBuilder*, const T*, size_t);`
    ///   appends the values to a builder of `arrow_datatype()` (used for nested values);
    /// - components only: `static constexpr std::string_view component_type`, e.g.
    ///   `"rerun.components.Position3D"`.
    template <typename T>
    struct Loggable;

    /// Whether `T` has a `Loggable` specialisation.
    template <typename T>
    concept IsLoggable = requires(const T* values, size_t count) {
        { Loggable<T>::to_arrow(values, count) } -> std::same_as<arrow::Result<std::shared_ptr<arrow::Array>>>;
    };

    /// Whether `T` is a component: a loggable with a component type name.
    template <typename T>
    concept IsComponent = IsLoggable<T> && requires { Loggable<T>::component_type; };
} // namespace rerun
