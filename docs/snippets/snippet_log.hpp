// What the C++ snippets log through, until the C++ SDK has a recording stream of its own.
//
// The functions are named after the recording stream's (`log`, `log_static`, `set_time_sequence`
// and `send_columns`), so a snippet reads like a program that records. Instead of sending data
// anywhere, each call prints what it would have sent, one line per component batch (or column):
//
//     <call number> TAB log|send_columns TAB <entity path> TAB static|temporal TAB <times>
//     TAB <archetype> TAB <component> TAB <component type> TAB <values>
//
// <times> holds the timelines the data is logged at, sorted by name and separated by commas, each
// as `<timeline>=<kind>:<values>` with the values separated by semicolons (one for `log`, one per
// row for `send_columns`); it is empty for static data. <values> is the Arrow array, base64-encoded
// as an Arrow IPC stream of one record batch with one nullable column named `data`.
//
// When an archetype cannot be serialised, the error is printed and the program exits with status 1.
#pragma once

#include "rerun/component_batch.hpp"
#include "rerun/component_column.hpp"

#include <arrow/array/array_base.h>
#include <arrow/buffer.h>
#include <arrow/io/memory.h>
#include <arrow/ipc/writer.h>
#include <arrow/record_batch.h>
#include <arrow/type.h>
#include <arrow/util/base64.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace snippet {
    /// The values of one timeline for `send_columns`: one per row, as sequence numbers or nanoseconds.
    struct TimeColumn {
        std::string timeline;
        std::string kind;
        std::vector<int64_t> values;

        static TimeColumn from_sequence(std::string timeline, std::vector<int64_t> sequence) {
            return TimeColumn{std::move(timeline), "sequence", std::move(sequence)};
        }

        /// Durations in seconds, each rounded to the nearest nanosecond (halves to even).
        static TimeColumn from_duration_secs(std::string timeline, const std::vector<double>& seconds) {
            std::vector<int64_t> nanos;
            nanos.reserve(seconds.size());
            for (const double value : seconds) {
                nanos.push_back(std::llrint(value * 1e9));
            }
            return TimeColumn{std::move(timeline), "duration", std::move(nanos)};
        }
    };

    namespace detail {
        /// The current time of each timeline that `log` uses, by name: (kind, value).
        inline std::map<std::string, std::pair<std::string, int64_t>>& current_times() {
            static std::map<std::string, std::pair<std::string, int64_t>> times;
            return times;
        }

        /// How many calls were made so far: the lines each call prints start with its number.
        inline int& calls() {
            static int count = 0;
            return count;
        }

        /// The value of a result, or else its error printed and the program ended with status 1.
        template <typename T>
        T checked(arrow::Result<T> result) {
            if (!result.ok()) {
                std::cerr << "error: " << result.status().ToString() << std::endl;
                std::exit(1);
            }
            return std::move(result).ValueUnsafe();
        }

        /// The array as an Arrow IPC stream of one record batch with one nullable column `data`, in base64.
        inline arrow::Result<std::string> ipc_base64(const std::shared_ptr<arrow::Array>& array) {
            const auto schema = arrow::schema({arrow::field("data", array->type(), true)});
            const auto batch = arrow::RecordBatch::Make(schema, array->length(), {array});
            ARROW_ASSIGN_OR_RAISE(auto sink, arrow::io::BufferOutputStream::Create());
            ARROW_ASSIGN_OR_RAISE(auto writer, arrow::ipc::MakeStreamWriter(sink, schema));
            ARROW_RETURN_NOT_OK(writer->WriteRecordBatch(*batch));
            ARROW_RETURN_NOT_OK(writer->Close());
            ARROW_ASSIGN_OR_RAISE(auto buffer, sink->Finish());
            return arrow::util::base64_encode(buffer->ToString());
        }

        inline void print(
            std::string_view method,
            std::string_view entity_path,
            bool is_static,
            const std::string& times,
            const rerun::ComponentDescriptor& descriptor,
            const std::shared_ptr<arrow::Array>& array
        ) {
            std::cout << calls() << '\t' << method << '\t' << entity_path << '\t'
                      << (is_static ? "static" : "temporal") << '\t' << times << '\t' << descriptor.archetype
                      << '\t' << descriptor.component << '\t' << descriptor.component_type << '\t'
                      << checked(ipc_base64(array)) << '\n';
        }

        inline std::string current_times_text() {
            std::string text;
            for (const auto& [timeline, time] : current_times()) {
                text += (text.empty() ? "" : ",") + timeline + "=" + time.first + ":" +
                        std::to_string(time.second);
            }
            return text;
        }

        template <typename... Archetypes>
        void log(std::string_view entity_path, bool is_static, const Archetypes&... archetypes) {
            ++calls();
            const std::string times = is_static ? "" : current_times_text();
            for (const auto& batches : {checked(archetypes.as_batches())...}) {
                for (const auto& batch : batches) {
                    print("log", entity_path, is_static, times, batch.descriptor, batch.array);
                }
            }
        }
    }  // namespace detail

    /// Sets the current time of a sequence timeline (frame numbers, steps) for the next `log` calls.
    inline void set_time_sequence(const std::string& timeline, int64_t sequence) {
        detail::current_times()[timeline] = {"sequence", sequence};
    }

    /// Logs archetypes to an entity at the current times.
    template <typename... Archetypes>
    void log(std::string_view entity_path, const Archetypes&... archetypes) {
        detail::log(entity_path, false, archetypes...);
    }

    /// Logs archetypes to an entity as static data, which holds at every time.
    template <typename... Archetypes>
    void log_static(std::string_view entity_path, const Archetypes&... archetypes) {
        detail::log(entity_path, true, archetypes...);
    }

    /// Sends many rows at once: row `i` of every column is logged at time `i` of the time column.
    template <typename... Columns>
    void send_columns(std::string_view entity_path, const TimeColumn& time, const Columns&... columns) {
        ++detail::calls();
        std::string times = time.timeline + "=" + time.kind + ":";
        for (size_t row = 0; row < time.values.size(); ++row) {
            times += (row == 0 ? "" : ";") + std::to_string(time.values[row]);
        }
        for (const auto& group : {detail::checked(columns)...}) {
            for (const auto& column : group) {
                detail::print("send_columns", entity_path, false, times, column.descriptor, column.array);
            }
        }
    }
}  // namespace snippet
