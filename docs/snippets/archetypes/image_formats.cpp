// Log one picture in several pixel formats.

#include "snippet_log.hpp"

#include <rerun/archetypes/image.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

using rerun::datatypes::ChannelDatatype;
using rerun::datatypes::ColorModel;
using rerun::datatypes::PixelFormat;

// The bytes of pixels of any channel type, in the machine's byte order, as images hold them.
template <typename T>
std::vector<uint8_t> bytes_of(const std::vector<T>& pixels) {
    std::vector<uint8_t> bytes(pixels.size() * sizeof(T));
    std::memcpy(bytes.data(), pixels.data(), bytes.size());
    return bytes;
}

static rerun::archetypes::Image image(
    std::vector<uint8_t> bytes,
    uint32_t width,
    uint32_t height,
    std::optional<PixelFormat> pixel_format,
    std::optional<ColorModel> color_model,
    std::optional<ChannelDatatype> datatype
) {
    return rerun::archetypes::Image()
        .with_buffer(std::move(bytes))
        .with_format({width, height, pixel_format, color_model, datatype});
}

int main() {
    const uint32_t height = 128;
    const uint32_t width = 192;
    std::vector<uint8_t> rgb;
    std::vector<uint8_t> bgr;
    std::vector<uint16_t> gray_u16;
    std::vector<float> gray_f32;
    for (uint32_t y = 0; y < height; ++y) {
        for (uint32_t x = 0; x < width; ++x) {
            const auto r = static_cast<uint8_t>(x * 255 / width);
            const auto g = static_cast<uint8_t>(y * 255 / height);
            const uint8_t b = 160;
            rgb.insert(rgb.end(), {r, g, b});
            bgr.insert(bgr.end(), {b, g, r});                  // Same colors, channels stored reversed.
            gray_u16.push_back(static_cast<uint16_t>(x * y));  // One channel of 16-bit values.
            gray_f32.push_back(static_cast<float>(std::sin(x / 10.0) * std::cos(y / 10.0)));  // From -1 to 1.
        }
    }

    snippet::log("rgb", image(rgb, width, height, std::nullopt, ColorModel::RGB, ChannelDatatype::U8));
    snippet::log("bgr", image(bgr, width, height, std::nullopt, ColorModel::BGR, ChannelDatatype::U8));
    snippet::log(
        "gray_u16",
        image(bytes_of(gray_u16), width, height, std::nullopt, ColorModel::L, ChannelDatatype::U16)
    );
    snippet::log(
        "gray_f32",
        image(bytes_of(gray_f32), width, height, std::nullopt, ColorModel::L, ChannelDatatype::F32)
    );

    // NV12: a full-resolution luma plane, then one interleaved (U, V) pair per 2x2 block of pixels.
    std::vector<uint8_t> nv12;
    for (size_t pixel = 0; pixel < rgb.size(); pixel += 3) {
        nv12.push_back(static_cast<uint8_t>((rgb[pixel] + rgb[pixel + 1] + rgb[pixel + 2]) / 3.0));
    }
    for (uint32_t y = 0; y < height; y += 2) {
        for (uint32_t x = 0; x < width; x += 2) {
            nv12.push_back(static_cast<uint8_t>(128 + x * 100 / width));  // U rises from left to right.
            nv12.push_back(128);                                          // V stays neutral.
        }
    }
    snippet::log("nv12", image(nv12, width, height, PixelFormat::NV12, std::nullopt, std::nullopt));
}
