// A 16-bit float, kept as its IEEE 754 bits (C++20 has no half-precision type).
#pragma once

#include <cstdint>

namespace rerun {
    struct half {
        uint16_t bits = 0;

        friend bool operator==(const half&, const half&) = default;
    };
} // namespace rerun
