// Helpers for C++ literals the vector driver writes: values given by their exact bits or bytes.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace driver {

    /// A float with exactly these bits (NaN payloads and signs included).
    constexpr float f32_bits(uint32_t bits) {
        return std::bit_cast<float>(bits);
    }

    /// A double with exactly these bits.
    constexpr double f64_bits(uint64_t bits) {
        return std::bit_cast<double>(bits);
    }

    /// The first `size` bytes of `data` (which may hold zero bytes).
    inline std::vector<std::byte> bytes(const char* data, size_t size) {
        const auto* first = reinterpret_cast<const std::byte*>(data);
        return std::vector<std::byte>(first, first + size);
    }

} // namespace driver
