// What the C++ test programs print: each case's batches as descriptors and Arrow IPC streams,
// or the error that stopped it. The Python tests read this back (tests/cpp_driver.py).
//
//     case\t<id>
//     batch\t<archetype>\t<component>\t<component type>\t<base64 IPC stream>
//     error\t<message>
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <arrow/result.h>

#include "literals.hpp"
#include "rerun/component_batch.hpp"
#include "rerun/component_column.hpp"
#include "rerun/component_descriptor.hpp"
#include "rerun/half.hpp"
#include "rerun/loggable.hpp"

namespace driver {

    /// Starts a case: prints its id, runs it, and prints any exception that escapes it.
    void run(const char* id, void (*body)());

    /// A datatype's or component's array (`component_type` empty for a datatype).
    void print(const arrow::Result<std::shared_ptr<arrow::Array>>& array, std::string_view component_type);

    /// An archetype's batches.
    void print(const arrow::Result<std::vector<rerun::ComponentBatch>>& batches);

    /// An archetype's columns.
    void print(const arrow::Result<std::vector<rerun::ComponentColumn>>& columns);

} // namespace driver
