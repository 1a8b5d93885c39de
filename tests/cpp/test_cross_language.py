"""The same archetypes built with the C++ convenience API (tests/cpp/cross_language.cpp) and with
our Python `rerun` package: equal descriptors and byte-identical Arrow IPC. Plus the C++ errors
for values that cannot be serialised, each naming what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cpp_build
import cpp_driver
import numpy as np
import pytest
from cpp_build import NORMAL, Toolchain

import rerun as rr
import rerun.blueprint as rrb
from codegen import cppflags
from codegen.config import load_config
from conftest import REPO

pytestmark = pytest.mark.slow  # compiles the generated code (or shares the session's compiled objects)


def _batches(archetype: Any) -> list[cpp_driver.ExpectedBatch]:
    return [_batch(b.component_descriptor(), b.as_arrow_array()) for b in archetype.as_component_batches()]


def _columns(columns: Any) -> list[cpp_driver.ExpectedBatch]:
    return [_batch(c.component_descriptor(), c.as_arrow_array()) for c in columns]


def _batch(descriptor: Any, array: Any) -> cpp_driver.ExpectedBatch:
    strings = {
        "component": descriptor.component,
        "archetype": descriptor.archetype,
        "component_type": descriptor.component_type,
    }
    return cpp_driver.ExpectedBatch(strings, descriptor.component_type, cpp_driver.ipc_base64(array))


# Each case of cross_language.cpp, built with the Python SDK.
PYTHON: dict[str, Callable[[], list[cpp_driver.ExpectedBatch]]] = {
    "points3d": lambda: _batches(
        rr.Points3D([[1, 2, 3], [4, 5, 6]], colors=[0xFF0000FF], radii=[0.5], labels=["a", "b"])
    ),
    "points2d": lambda: _batches(
        rr.Points2D([[0, 1], [2, 3]], radii=[1, 2], class_ids=[1, 2], draw_order=3, show_labels=False)
    ),
    "boxes3d": lambda: _batches(
        rr.Boxes3D(
            half_sizes=[[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]],
            centers=[[0, 0, 0], [4, 5, 6]],
            fill_mode=rr.components.FillMode.Solid,
            labels=["big", "small"],
        )
    ),
    "line_strips3d": lambda: _batches(
        rr.LineStrips3D(
            [[[0, 0, 0], [1, 1, 1]], [[2, 2, 2], [3, 3, 3], [4, 4, 4]]],
            colors=[0xFF0000FF, 0x00FF00FF],
            radii=[0.25],
        )
    ),
    "mesh3d": lambda: _batches(
        rr.Mesh3D(
            vertex_positions=[[0, 0, 0], [1, 0, 0], [0, 1, 0]],
            triangle_indices=[[0, 1, 2]],
            vertex_normals=[[0, 0, 1]] * 3,
            vertex_colors=np.array([0xFF0000FF, 0x00FF00FF, 0x0000FFFF], dtype=np.uint32),
        )
    ),
    "transform3d": lambda: _batches(
        rr.Transform3D(
            translation=[1, 2, 3], rotation=rr.RotationAxisAngle(axis=[0, 0, 1], degrees=90), scale=2
        )
    ),
    "scalars": lambda: _batches(rr.Scalars([1.0, 2.5, -0.125])),
    "text_log": lambda: _batches(rr.TextLog("héllo\tworld", level="INFO", color=0xFF0000FF)),
    "image": lambda: _batches(
        rr.Image(bytes=bytes(range(12)), width=2, height=2, color_model="RGB", datatype="U8")
    ),
    "annotation_context": lambda: _batches(
        rr.AnnotationContext(
            [
                rr.ClassDescription(
                    info=(1, "person", (255, 0, 0)),
                    keypoint_annotations=[(0, "head"), rr.AnnotationInfo(id=1, color=0x00FF00FF)],
                    keypoint_connections=[(0, 1)],
                ),
                rr.ClassDescription(info=(2, "car")),
            ]
        )
    ),
    "tensor": lambda: _batches(
        rr.Tensor(np.arange(6, dtype=np.float32).reshape(2, 3), dim_names=["rows", "columns"])
    ),
    "visible_time_ranges": lambda: _batches(
        rrb.VisibleTimeRanges(
            [
                rr.VisibleTimeRange(
                    "frame",
                    start=rr.TimeRangeBoundary.cursor_relative(seq=-10),
                    end=rr.TimeRangeBoundary.infinite(),
                ),
                rr.VisibleTimeRange(
                    "time", range=rr.TimeRange(start=rr.TimeRangeBoundary.absolute(seconds=2.5), end=None)
                ),
            ]
        )
    ),
    "points3d_columns": lambda: _columns(
        rr.Points3D.columns(positions=[[1, 2, 3], [4, 5, 6], [7, 8, 9]], radii=[0.5, 1.0, 1.5]).partition(
            lengths=[2, 1]
        )
    ),
}

# Each error case of cross_language.cpp, with what its message must name.
ERRORS: dict[str, tuple[str, ...]] = {
    "error-enum-out-of-range": ("Boxes3D:fill_mode", "rerun.components.FillMode", "99"),
    "error-enum-out-of-range-loggable": ("rerun.components.FillMode", "99"),
    "error-union-without-variant": ("Tensor:data", "rerun.datatypes.TensorBuffer"),
    "error-column-lengths": ("Points3D:positions", "3"),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, cpp_driver.Printed]:
    if cpp_build.compiler() is None:
        pytest.skip("g++ is not installed")
    config = load_config(REPO)
    unity = cppflags.generated_dir(config) / cppflags.UNITY_SOURCE
    assert unity.is_file(), f"{unity} is missing: run `codegen build`"
    tools: Toolchain = cpp_build.shared_toolchain(config, NORMAL, tmp_path_factory.getbasetemp())
    sources = [cpp_build.CPP_TESTS / "cross_language.cpp", cpp_build.CPP_TESTS / "print_support.cpp"]
    done = tools.run(tools.program("cross-language", sources))
    assert done.returncode == 0, f"exit code {done.returncode}:\n{done.stderr[-5000:]}"
    assert done.stderr == "", done.stderr[-5000:]
    return cpp_driver.parse_output(done.stdout)


def test_the_program_runs_every_case(printed: dict[str, cpp_driver.Printed]) -> None:
    assert set(printed) == set(PYTHON) | set(ERRORS)


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_cpp_and_python_build_the_same_arrays(name: str, printed: dict[str, cpp_driver.Printed]) -> None:
    got = printed[name]
    assert got.error is None, got.error
    want = PYTHON[name]()
    assert [b.descriptor for b in got.batches] == [b.descriptor for b in want]
    for got_batch, want_batch in zip(got.batches, want, strict=True):
        assert got_batch.ipc == want_batch.ipc, cpp_driver.describe_difference(got_batch.ipc, want_batch.ipc)


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_cpp_errors_name_what_is_wrong(name: str, printed: dict[str, cpp_driver.Printed]) -> None:
    got = printed[name]
    assert got.batches == [], "an error case printed batches"
    assert got.error is not None, "no error"
    missing = [word for word in ERRORS[name] if word not in got.error]
    assert not missing, f"the error {got.error!r} does not name {missing}"
