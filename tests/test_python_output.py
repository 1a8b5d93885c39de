"""The Python backend's output: it imports, matches the Arrow mapping, lints and type-checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from codegen.formatting import RUFF_CONFIG
from conftest import PRELUDE, REPO, Project, make_project
from pythontree import merged_tree

EXTRA = {
    "rerun/components/fill_mode.rrdef": """
        namespace rerun.components;

        /// How shapes are filled.
        enum FillMode: u8 {
            /// Outlines only.
            Wireframe = 1,

            /// Filled in.
            @default
            Solid = 2,
        }
    """,
    "rerun/datatypes/time_int.rrdef": """
        namespace rerun.datatypes;

        /// A time.
        @transparent
        struct TimeInt {
            /// Nanoseconds or a sequence number.
            value: i64,
        }
    """,
    "rerun/datatypes/boundary.rrdef": """
        namespace rerun.datatypes;

        /// One end of a range.
        union Boundary {
            /// Relative to the cursor.
            Relative: rerun.datatypes.TimeInt = 1,

            /// No bound.
            Infinite = 2,
        }
    """,
    # The runtime's `rerun.blueprint` package imports these three generated packages.
    "rerun/blueprint/datatypes/zoom.rrdef": """
        namespace rerun.blueprint.datatypes;

        /// A zoom factor.
        @transparent
        struct Zoom {
            /// The factor.
            factor: f64,
        }
    """,
    "rerun/blueprint/components/zoom_level.rrdef": """
        namespace rerun.blueprint.components;

        /// How far the view is zoomed in.
        struct ZoomLevel {
            /// The factor.
            factor: rerun.blueprint.datatypes.Zoom,
        }
    """,
    "rerun/blueprint/archetypes/map_zoom.rrdef": """
        namespace rerun.blueprint.archetypes;

        /// The zoom of a map view.
        struct MapZoom {
            /// The zoom level.
            @optional
            zoom: rerun.blueprint.components.ZoomLevel,
        }
    """,
    # A user's own namespace, as the custom-data pages of the Rerun docs do by hand.
    "acme/components/confidence.rrdef": """
        namespace acme.components;

        /// How sure the detector is, from 0 to 1.
        struct Confidence {
            /// The confidence.
            value: rerun.datatypes.Float32,
        }
    """,
    "acme/archetypes/custom_points3d.rrdef": """
        namespace acme.archetypes;

        /// Points with a confidence each.
        struct CustomPoints3D {
            /// Where the points are.
            @required
            positions: [rerun.components.Position3D],

            /// How sure we are of each point.
            @recommended
            confidences: [acme.components.Confidence],
        }
    """,
}

PROBE = """
import json
import pyarrow as pa
import rerun.datatypes as dt
import rerun.components as cp
import rerun.archetypes as ar
import acme.archetypes as aa
import acme.components as ac

print(json.dumps({
    "vec3d": str(dt.Vec3DBatch._ARROW_DATATYPE),
    "position": [str(cp.Position3DBatch._ARROW_DATATYPE), cp.Position3DBatch._COMPONENT_TYPE,
                 issubclass(cp.Position3DBatch, dt.Vec3DBatch)],
    "boundary": str(dt.BoundaryBatch._ARROW_DATATYPE),
    "fill_default": str(cp.FillMode.default()),
    "fill_values": [m.value for m in cp.FillMode],
    "confidence": [
        ac.ConfidenceBatch._COMPONENT_TYPE,
        ac.ConfidenceBatch([0.5, 1.0]).as_arrow_array().to_pylist(),
    ],
    "descriptor": {
        name: getattr(aa.CustomPoints3D.descriptor_confidences(), name)
        for name in ("component", "archetype", "component_type")
    },
    "names": sorted(ar.__all__) + sorted(aa.__all__),
}))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(tmp_path_factory.mktemp("py") / "p", {**PRELUDE, **EXTRA})
    from codegen.cli import main

    assert main(["--project", str(project.root), "build"]) == 0
    return project


# The editable install of this repository maps `rerun.*` packages to its own generated tree; drop
# its import hook so the probe sees only the tree under test.
ISOLATE = (
    "import sys\n"
    "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable__')]\n"
)


def run_python(pythonpath: Path, code: str) -> str:
    code = ISOLATE + code
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=pythonpath
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_generated_modules_import_and_match_the_arrow_mapping(project: Project, tmp_path: Path) -> None:
    tree = merged_tree(project.output / "python", tmp_path / "site")
    result = json.loads(run_python(tree, PROBE))
    assert result["vec3d"] == "fixed_size_list<item: float not null>[3]"
    assert result["position"] == [result["vec3d"], "rerun.components.Position3D", True]
    assert (
        result["boundary"]
        == "dense_union<_null_markers: null=0, Relative: int64 not null=1, Infinite: null=2>"
    )
    assert result["fill_default"] == "Solid"
    assert result["fill_values"] == [1, 2]
    assert result["confidence"] == ["acme.components.Confidence", [0.5, 1.0]]
    assert result["descriptor"] == {
        "component": "CustomPoints3D:confidences",
        "archetype": "acme.archetypes.CustomPoints3D",
        "component_type": "acme.components.Confidence",
    }
    assert result["names"] == ["Points3D", "CustomPoints3D"]


def test_generated_python_passes_ruff(project: Project) -> None:
    done = subprocess.run(
        [
            find_ruff_bin(),
            "check",
            "--config",
            str(RUFF_CONFIG),
            "--no-cache",
            str(project.output / "python"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_generated_python_of_the_repository_type_checks(tmp_path: Path) -> None:
    """mypy --strict over the runtime together with what `codegen build` wrote for definitions/."""
    tree = merged_tree(REPO / "generated" / "python", tmp_path / "site")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(Path(__file__).with_name("mypy-generated.ini")),
            "rerun",
        ],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
