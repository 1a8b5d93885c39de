"""The C++ literals of the vector driver (tests/cpp_driver.py): exact numbers and bytes, checked by
compiling them, and the structural reading of Arrow arrays against the model."""

from __future__ import annotations

import cpp_build
import cpp_driver
import numpy as np
import pyarrow as pa
import pytest
from cpp_build import NORMAL

from codegen.build import load_model
from codegen.config import load_config
from codegen.model import Model, Primitive, RefType
from conftest import REPO

FLOAT32_BITS = [
    0x00000000,
    0x80000000,
    0x3FC00000,
    0x00000001,
    0x7F7FFFFF,
    0xFF800000,
    0x7FC00001,
    0x7F800001,
]
FLOAT64_BITS = [
    0x8000000000000000,
    0x3FF8000000000000,
    0x0000000000000001,
    0x7FF0000000000000,
    0x7FF8000000000123,
]
INTEGERS = [
    (primitive, value)
    for primitive in Primitive
    if primitive.value[0] in "ui" and primitive.value[1:].isdigit()
    for bits in [int(primitive.value[1:])]
    for value in (
        (0, 1, 2**bits - 1) if primitive.value[0] == "u" else (-(2 ** (bits - 1)), -1, 2 ** (bits - 1) - 1)
    )
]
STRINGS = [
    b"",
    b"plain",
    b'quote " backslash \\ question ??=',
    b"\x00zero",
    b"\xc3\xa9t\xc3\xa9",
    b"\x7f1\x01a",
    b"\n\t",
]


@pytest.fixture(scope="module")
def model() -> Model:
    loaded = load_model(load_config(REPO)).model
    assert loaded is not None
    return loaded


def test_literals_compile_to_exactly_their_bits(tmp_path_factory: pytest.TempPathFactory) -> None:
    if cpp_build.compiler() is None:
        pytest.skip("g++ is not installed")
    lines = []
    for bits in FLOAT32_BITS:
        literal = cpp_driver.float_literal(np.uint32(bits).view(np.float32))
        lines.append(f'    std::printf("%08x\\n", std::bit_cast<uint32_t>({literal}));')
    for bits in FLOAT64_BITS:
        literal = cpp_driver.float_literal(np.uint64(bits).view(np.float64))
        lines.append(
            f'    std::printf("%016llx\\n", (unsigned long long)std::bit_cast<uint64_t>({literal}));'
        )
    for primitive, value in INTEGERS:
        literal = cpp_driver.integer_literal(primitive, value)
        c_type = literal.partition("{")[0]
        lines.append(f"    static_assert(std::is_same_v<decltype({literal}), {c_type}>);")
        lines.append(f'    std::printf("%s\\n", std::to_string({literal}).c_str());')
    for data in STRINGS:
        lines.append(f"    hex(std::string({cpp_driver.bytes_literal(data)}, {len(data)}));")
    source = tmp_path_factory.mktemp("literals") / "literals_probe.cpp"
    source.write_text(
        "#include <bit>\n#include <cstdint>\n#include <cstdio>\n#include <string>\n#include <type_traits>\n"
        '#include "literals.hpp"\n\n'
        "static void hex(const std::string& s) {\n"
        '    for (unsigned char c : s) std::printf("%02x", c);\n'
        '    std::printf("|\\n");\n'
        "}\n\nint main() {\n" + "\n".join(lines) + "\n}\n",
        encoding="utf-8",
    )
    tools = cpp_build.shared_toolchain(load_config(REPO), NORMAL, tmp_path_factory.getbasetemp())
    done = tools.run(tools.program("literals-probe", [source], library=False))
    assert done.returncode == 0, done.stderr
    expected = [f"{bits:08x}" for bits in FLOAT32_BITS]
    expected += [f"{bits:016x}" for bits in FLOAT64_BITS]
    expected += [str(value) for _, value in INTEGERS]
    expected += [data.hex() + "|" for data in STRINGS]
    assert done.stdout.splitlines() == expected


def test_finite_floats_are_hex_literals_and_others_their_bits() -> None:
    assert cpp_driver.float_literal(np.float32(1.5)) == "0x1.8p+0f"
    assert cpp_driver.float_literal(np.float64(-0.0)) == "-0x0p+0"
    assert cpp_driver.float_literal(np.uint32(0x7FC00001).view(np.float32)) == "driver::f32_bits(0x7fc00001u)"


def test_structs_with_nullable_fields_and_nested_lists(model: Model) -> None:
    emit = cpp_driver.LiteralEmitter(model)
    info = "rerun.datatypes.AnnotationInfo"
    array = pa.array(
        [{"id": 1, "label": "a", "color": None}, {"id": 2, "label": None, "color": 7}],
        type=emit.arrow.of_type(info),
    )
    assert emit.values(RefType(info), array) == [
        "rerun::datatypes::AnnotationInfo("
        'uint16_t{1u}, rerun::datatypes::Utf8(std::string("a", 1)), std::nullopt)',
        "rerun::datatypes::AnnotationInfo("
        "uint16_t{2u}, std::nullopt, rerun::datatypes::Rgba32(uint32_t{7u}))",
    ]


def test_unions_by_type_code(model: Model) -> None:
    emit = cpp_driver.LiteralEmitter(model)
    boundary = "rerun.datatypes.TimeRangeBoundary"
    union_type = emit.arrow.of_type(boundary)
    children = [pa.nulls(1), pa.array([-10], pa.int64()), pa.array([], pa.int64()), pa.nulls(1)]
    codes = pa.py_buffer(np.array([1, 3, 0], dtype=np.int8))
    offsets = pa.py_buffer(np.array([0, 0, 0], dtype=np.int32))
    array = pa.UnionArray.from_buffers(union_type, 3, [None, codes, offsets], children=children)
    assert emit.values(RefType(boundary), array) == [
        "rerun::datatypes::TimeRangeBoundary::cursor_relative(rerun::datatypes::TimeInt(int64_t{-10ll}))",
        "rerun::datatypes::TimeRangeBoundary::infinite()",
        None,
    ]


def test_what_has_no_native_construction(model: Model) -> None:
    emit = cpp_driver.LiteralEmitter(model)
    fill_mode = RefType("rerun.components.FillMode")
    with pytest.raises(cpp_driver.NotNative, match="99 is no variant"):
        emit.items(fill_mode, pa.array([99], pa.uint8()))
    with pytest.raises(cpp_driver.NotNative, match="a null rerun::components::FillMode"):
        emit.items(fill_mode, pa.array([1, None], pa.uint8()))
    with pytest.raises(cpp_driver.NotNative, match="where the model gives uint8"):
        emit.items(fill_mode, pa.array([1], pa.uint16()))


def test_driver_sources_share_one_function_per_body() -> None:
    case = cpp_driver.Case("a", "components", "rerun", "rerun.components.Color", "driver::print(x);", ())
    twin = cpp_driver.Case("b", "components", "rerun", "rerun.components.Color", "driver::print(x);", ())
    sources = cpp_driver.driver_sources([case, twin], 1)
    assert sources["cases_0.cpp"].count("static void case_") == 1
    assert '#include "rerun/components/color.hpp"' in sources["cases_0.cpp"]
    assert 'driver::run("a", case_0);' in sources["cases_0.cpp"]
    assert 'driver::run("b", case_0);' in sources["cases_0.cpp"]


def test_parse_output_reads_batches_and_errors() -> None:
    text = "case\tx\nbatch\t\t\trerun.components.Color\tQUJD\ncase\ty\nerror\tInvalid: no\n"
    printed = cpp_driver.parse_output(text)
    assert printed["x"].batches == [cpp_driver.ExpectedBatch(None, "rerun.components.Color", "QUJD")]
    assert printed["y"].error == "Invalid: no"
