// Archetypes built with the C++ convenience API; tests/cpp/test_cross_language.py builds the same
// with the Python SDK and compares descriptors and IPC bytes. The `error-*` cases must fail with
// an error that names what is wrong.
#include <cstdint>
#include <optional>
#include <vector>

#include "print_support.hpp"
#include "rerun.hpp"

namespace {

    using namespace rerun;

    void points3d() {
        driver::print(archetypes::Points3D({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}})
                          .with_colors({0xFF0000FF})
                          .with_radii({0.5f})
                          .with_labels({"a", "b"})
                          .as_batches());
    }

    void points2d() {
        driver::print(archetypes::Points2D({{0.0f, 1.0f}, {2.0f, 3.0f}})
                          .with_radii({1.0f, 2.0f})
                          .with_class_ids({1, 2})
                          .with_draw_order(3.0f)
                          .with_show_labels(false)
                          .as_batches());
    }

    // Also the enum component: FillMode.
    void boxes3d() {
        driver::print(archetypes::Boxes3D::update_fields()
                          .with_half_sizes({{1.0f, 2.0f, 3.0f}, {0.5f, 0.5f, 0.5f}})
                          .with_centers({{0.0f, 0.0f, 0.0f}, {4.0f, 5.0f, 6.0f}})
                          .with_fill_mode(components::FillMode::Solid)
                          .with_labels({"big", "small"})
                          .as_batches());
    }

    void line_strips3d() {
        driver::print(archetypes::LineStrips3D({
                                                   components::LineStrip3D({{0.0f, 0.0f, 0.0f}, {1.0f, 1.0f, 1.0f}}),
                                                   components::LineStrip3D({{2.0f, 2.0f, 2.0f}, {3.0f, 3.0f, 3.0f}, {4.0f, 4.0f, 4.0f}}),
                                               })
                          .with_colors({0xFF0000FF, 0x00FF00FF})
                          .with_radii({0.25f})
                          .as_batches());
    }

    void mesh3d() {
        driver::print(archetypes::Mesh3D({{0.0f, 0.0f, 0.0f}, {1.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 0.0f}})
                          .with_triangle_indices({{0, 1, 2}})
                          .with_vertex_normals({{0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f}})
                          .with_vertex_colors({0xFF0000FF, 0x00FF00FF, 0x0000FFFF})
                          .as_batches());
    }

    void transform3d() {
        driver::print(archetypes::Transform3D::update_fields()
                          .with_translation({1.0f, 2.0f, 3.0f})
                          .with_rotation_axis_angle(
                              components::RotationAxisAngle({0.0f, 0.0f, 1.0f}, datatypes::Angle::from_degrees(90.0f))
                          )
                          .with_scale({2.0f, 2.0f, 2.0f})
                          .as_batches());
    }

    void scalars() {
        driver::print(archetypes::Scalars({1.0, 2.5, -0.125}).as_batches());
    }

    void text_log() {
        driver::print(
            archetypes::TextLog("héllo\tworld").with_level("INFO").with_color(0xFF0000FF).as_batches()
        );
    }

    // Raw bytes and an image format (2x2 RGB, 8 bits per channel).
    void image() {
        const std::vector<uint8_t> pixels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        driver::print(archetypes::Image::update_fields()
                          .with_buffer(components::ImageBuffer(pixels))
                          .with_format(components::ImageFormat(
                              2, 2, std::nullopt, datatypes::ColorModel::RGB, datatypes::ChannelDatatype::U8
                          ))
                          .as_batches());
    }

    void annotation_context() {
        const datatypes::ClassDescription person(
            datatypes::AnnotationInfo(1, datatypes::Utf8("person"), datatypes::Rgba32(255, 0, 0)),
            {datatypes::AnnotationInfo(0, datatypes::Utf8("head"), std::nullopt),
             datatypes::AnnotationInfo(1, std::nullopt, datatypes::Rgba32(0x00FF00FF))},
            {datatypes::KeypointPair(0, 1)}
        );
        const datatypes::ClassDescription car(
            datatypes::AnnotationInfo(2, datatypes::Utf8("car"), std::nullopt), {}, {}
        );
        driver::print(archetypes::AnnotationContext(
                          components::AnnotationContext({
                              datatypes::ClassDescriptionMapElem(1, person),
                              datatypes::ClassDescriptionMapElem(2, car),
                          })
        )
                          .as_batches());
    }

    // A union: the tensor's buffer.
    void tensor() {
        driver::print(archetypes::Tensor::update_fields()
                          .with_data(components::TensorData(
                              {2, 3}, std::vector<std::string>{"rows", "columns"},
                              datatypes::TensorBuffer::f32({0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f})
                          ))
                          .as_batches());
    }

    // A union with a variant without payload, in a blueprint archetype.
    void visible_time_ranges() {
        driver::print(blueprint::archetypes::VisibleTimeRanges::update_fields()
                          .with_ranges({
                              blueprint::components::VisibleTimeRange(
                                  datatypes::Utf8("frame"),
                                  datatypes::TimeRange(
                                      datatypes::TimeRangeBoundary::cursor_relative(-10),
                                      datatypes::TimeRangeBoundary::infinite()
                                  )
                              ),
                              blueprint::components::VisibleTimeRange(
                                  datatypes::Utf8("time"),
                                  datatypes::TimeRange(datatypes::TimeRangeBoundary::absolute(2500000000), std::nullopt)
                              ),
                          })
                          .as_batches());
    }

    void points3d_columns() {
        driver::print(archetypes::Points3D({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}, {7.0f, 8.0f, 9.0f}})
                          .with_radii({0.5f, 1.0f, 1.5f})
                          .columns({2, 1}));
    }

    void error_enum_out_of_range() {
        driver::print(archetypes::Boxes3D::update_fields()
                          .with_half_sizes({{1.0f, 1.0f, 1.0f}})
                          .with_fill_mode(static_cast<components::FillMode>(99))
                          .as_batches());
    }

    void error_enum_out_of_range_loggable() {
        const auto mode = static_cast<components::FillMode>(99);
        driver::print(Loggable<components::FillMode>::to_arrow(&mode, 1), "");
    }

    void error_union_without_variant() {
        driver::print(archetypes::Tensor::update_fields()
                          .with_data(components::TensorData({1}, std::nullopt, datatypes::TensorBuffer()))
                          .as_batches());
    }

    void error_column_lengths() {
        driver::print(archetypes::Points3D({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}, {7.0f, 8.0f, 9.0f}})
                          .columns({1, 1}));
    }

} // namespace

int main() {
    driver::run("points3d", points3d);
    driver::run("points2d", points2d);
    driver::run("boxes3d", boxes3d);
    driver::run("line_strips3d", line_strips3d);
    driver::run("mesh3d", mesh3d);
    driver::run("transform3d", transform3d);
    driver::run("scalars", scalars);
    driver::run("text_log", text_log);
    driver::run("image", image);
    driver::run("annotation_context", annotation_context);
    driver::run("tensor", tensor);
    driver::run("visible_time_ranges", visible_time_ranges);
    driver::run("points3d_columns", points3d_columns);
    driver::run("error-enum-out-of-range", error_enum_out_of_range);
    driver::run("error-enum-out-of-range-loggable", error_enum_out_of_range_loggable);
    driver::run("error-union-without-variant", error_union_without_variant);
    driver::run("error-column-lengths", error_column_lengths);
    return 0;
}
