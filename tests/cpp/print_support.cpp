#include "print_support.hpp"

#include <exception>
#include <iostream>
#include <string>

#include <arrow/array.h>
#include <arrow/buffer.h>
#include <arrow/io/memory.h>
#include <arrow/ipc/writer.h>
#include <arrow/record_batch.h>
#include <arrow/type.h>

namespace driver {

    namespace {

        std::string base64(const std::string& data) {
            static constexpr char alphabet[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            std::string out;
            out.reserve((data.size() + 2) / 3 * 4);
            size_t i = 0;
            for (; i + 2 < data.size(); i += 3) {
                const uint32_t n = static_cast<uint32_t>(static_cast<unsigned char>(data[i])) << 16 |
                                   static_cast<uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8 |
                                   static_cast<uint32_t>(static_cast<unsigned char>(data[i + 2]));
                out += alphabet[n >> 18 & 63];
                out += alphabet[n >> 12 & 63];
                out += alphabet[n >> 6 & 63];
                out += alphabet[n & 63];
            }
            if (i < data.size()) {
                const bool two = i + 1 < data.size();
                const uint32_t n = static_cast<uint32_t>(static_cast<unsigned char>(data[i])) << 16 |
                                   (two ? static_cast<uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8 : 0u);
                out += alphabet[n >> 18 & 63];
                out += alphabet[n >> 12 & 63];
                out += two ? alphabet[n >> 6 & 63] : '=';
                out += '=';
            }
            return out;
        }

        /// The array as pyarrow writes it: an IPC stream of one record batch with one nullable
        /// column named `data`. The array is fully validated first.
        arrow::Result<std::string> ipc_stream(const std::shared_ptr<arrow::Array>& array) {
            if (array == nullptr) {
                return arrow::Status::Invalid("no array (null pointer)");
            }
            ARROW_RETURN_NOT_OK(array->ValidateFull());
            const auto schema = arrow::schema({arrow::field("data", array->type(), true)});
            const auto batch = arrow::RecordBatch::Make(schema, array->length(), {array});
            ARROW_ASSIGN_OR_RAISE(auto sink, arrow::io::BufferOutputStream::Create());
            ARROW_ASSIGN_OR_RAISE(auto writer, arrow::ipc::MakeStreamWriter(sink, schema));
            ARROW_RETURN_NOT_OK(writer->WriteRecordBatch(*batch));
            ARROW_RETURN_NOT_OK(writer->Close());
            ARROW_ASSIGN_OR_RAISE(auto buffer, sink->Finish());
            return buffer->ToString();
        }

        /// One line of text: tabs and line breaks become spaces.
        std::string one_line(std::string text) {
            for (char& c : text) {
                if (c == '\n' || c == '\r' || c == '\t') {
                    c = ' ';
                }
            }
            return text;
        }

        void print_error(const arrow::Status& status) {
            std::cout << "error\t" << one_line(status.ToString()) << '\n';
        }

        void print_batch(
            const rerun::ComponentDescriptor& descriptor, std::string_view component_type,
            const std::shared_ptr<arrow::Array>& array
        ) {
            const auto ipc = ipc_stream(array);
            if (!ipc.ok()) {
                print_error(ipc.status());
                return;
            }
            std::cout << "batch\t" << descriptor.archetype << '\t' << descriptor.component << '\t'
                      << component_type << '\t' << base64(*ipc) << '\n';
        }

    } // namespace

    void run(const char* id, void (*body)()) {
        std::cout << "case\t" << id << '\n';
        try {
            body();
        } catch (const std::exception& error) {
            std::cout << "error\texception: " << one_line(error.what()) << '\n';
        }
        std::cout.flush();
    }

    void print(const arrow::Result<std::shared_ptr<arrow::Array>>& array, std::string_view component_type) {
        if (!array.ok()) {
            print_error(array.status());
            return;
        }
        print_batch(rerun::ComponentDescriptor{}, component_type, *array);
    }

    void print(const arrow::Result<std::vector<rerun::ComponentBatch>>& batches) {
        if (!batches.ok()) {
            print_error(batches.status());
            return;
        }
        for (const auto& batch : *batches) {
            print_batch(batch.descriptor, batch.descriptor.component_type, batch.array);
        }
    }

    void print(const arrow::Result<std::vector<rerun::ComponentColumn>>& columns) {
        if (!columns.ok()) {
            print_error(columns.status());
            return;
        }
        for (const auto& column : *columns) {
            print_batch(column.descriptor, column.descriptor.component_type, column.array);
        }
    }

} // namespace driver
