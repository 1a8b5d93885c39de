"""Extension modules (docs/extensions.md): copied into the generated classes, and checked.

Error messages of the contract's breaches are golden files (tests/error_cases.py, the E180 cases);
this module checks what the copied code does, and the breaches that need more than one file.
"""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path

import pytest

from conftest import PRELUDE, Project, make_project
from pythontree import merged_tree, run_python

MARKERS = """
    namespace rerun.archetypes;

    /// Markers in 3D.
    struct Markers3D {
        /// Where they are.
        @required
        positions: [rerun.components.Position3D],
    }
"""

EXTENSIONS = {
    "archetypes/points3d.py": '''
        """Points3D: scaled positions, and a count."""

        from __future__ import annotations

        from typing import Any

        import numpy as np

        from rerun.archetypes.points3d import Points3D
        from rerun.components import RadiusBatch


        def _scaled(positions: Any, scale: float) -> Any:
            return None if positions is None else np.asarray(positions, dtype=np.float32) * scale


        class Points3DExt(Points3D):
            """Positions scaled on the way in."""

            @staticmethod
            def _derive_fields(*, positions: Any = None, scale: float = 1.0) -> dict[str, Any]:
                """Points at `positions`, times `scale`.

                Parameters
                ----------
                scale : float, optional
                    Multiplies every coordinate.
                """
                if scale <= 0:
                    raise ValueError("the scale must be positive")
                return {"positions": _scaled(positions, scale)}

            @staticmethod
            def _convert_radii(data: Any) -> RadiusBatch | None:
                return None if data is None else RadiusBatch(np.abs(np.asarray(data, dtype=np.float32)))

            def count(self) -> int:
                """How many positions there are."""
                return 0 if self.positions is None else len(self.positions)
    ''',
    "archetypes/markers3d.py": '''
        from typing import Any

        from rerun.archetypes.markers3d import Markers3D


        class Markers3DExt(Markers3D):
            """Positions checked before anything else."""

            @staticmethod
            def _derive_fields_unguarded(positions: Any) -> dict[str, Any]:
                if len(positions) == 0:
                    raise ValueError("no markers")
                return {"positions": positions}
    ''',
    "datatypes/vec3d.py": '''
        from typing import Any

        import numpy as np
        import pyarrow as pa

        from rerun.datatypes.vec3d import Vec3D, Vec3DBatch


        class Vec3DExt(Vec3D):
            """Vectors from separate coordinates."""

            def __init__(self, x: float, y: float = 0.0, z: float = 0.0) -> None:
                """A vector from its coordinates.

                Parameters
                ----------
                x : float
                    Along x.
                """
                self.xyz = np.array([x, y, z], dtype=np.float32)


        class Vec3DBatchExt(Vec3DBatch):
            """Batches from dicts of coordinates too."""

            @staticmethod
            def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
                rows = [[d["x"], d["y"], d["z"]] if isinstance(d, dict) else list(d) for d in data]
                return pa.array(rows, type=data_type)
    ''',
    "components/position3d.py": '''
        from typing import Any

        import pyarrow as pa

        from rerun.components.position3d import Position3DBatch


        class Position3DBatchExt(Position3DBatch):
            """Positions also as complex numbers, on the plane z = 0."""

            @staticmethod
            def _native_to_pa_array(data: Any, data_type: pa.DataType) -> pa.Array:
                rows = [[v.real, v.imag, 0.0] if isinstance(v, complex) else list(v) for v in data]
                return pa.array(rows, type=data_type)
    ''',
    "datatypes/float32.py": '''
        from typing import Any

        from rerun.datatypes.float32 import Float32


        class Float32Ext(Float32):
            """Floats given as halves."""

            @staticmethod
            def _derive_fields(half: float) -> dict[str, Any]:
                return {"value": half * 2}
    ''',
}

PROBE = """
import inspect, json, warnings
import rerun as rr
import rerun.archetypes as ar
import rerun.datatypes as dt

def params(f):
    return [(p.name, p.kind.name, None if p.default is p.empty else repr(p.default))
            for p in inspect.signature(f).parameters.values()][1:]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    failed = ar.Points3D(positions=[[1, 2, 3]], scale=-1.0)
try:
    ar.Markers3D([])
    unguarded = None
except ValueError as error:
    unguarded = str(error)

points = ar.Points3D(positions=[[1, 2, 3]], radii=[-0.5], scale=2.0)
print(json.dumps({
    "points": params(ar.Points3D.__init__),
    "points_doc": inspect.getdoc(ar.Points3D.__init__),
    "positions": points.positions.as_arrow_array().to_pylist(),
    "radii": points.radii.as_arrow_array().to_pylist(),
    "count": points.count(),
    "guarded": [failed.positions is None, [str(w.message) for w in caught]],
    "unguarded": unguarded,
    "vec3d": params(dt.Vec3D.__init__),
    "vec3d_doc": inspect.getdoc(dt.Vec3D.__init__),
    "xyz": dt.Vec3D(1.0, 2.0).xyz.tolist(),
    "batch": dt.Vec3DBatch([{"x": 1, "y": 2, "z": 3}]).as_arrow_array().to_pylist(),
    "batch_only": rr.components.Position3DBatch([1 + 2j]).as_arrow_array().to_pylist(),
    "float32": [params(dt.Float32.__init__), dt.Float32(1.5).value],
}))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("extensions")
    project = make_project(
        root / "p", {**PRELUDE, "rerun/archetypes/markers3d.rrdef": MARKERS}, backends='["python"]'
    )
    for relative, text in EXTENSIONS.items():
        path = project.root / "runtime" / "_ext" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    from codegen.cli import main

    assert main(["--project", str(project.root), "build"]) == 0
    return project


@pytest.fixture(scope="module")
def probe(built: Project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tree = merged_tree(built.output / "python", tmp_path_factory.mktemp("tree") / "site")
    result: dict[str, object] = json.loads(run_python(tree, PROBE))
    return result


def source(project: Project, module: str) -> str:
    return (project.output / "python" / "rerun" / module).read_text(encoding="utf-8")


def test_derived_parameters_take_the_place_of_the_fields_they_set(probe: dict[str, object]) -> None:
    assert probe["points"] == [
        ["positions", "KEYWORD_ONLY", "None"],
        ["scale", "KEYWORD_ONLY", "1.0"],
        ["radii", "KEYWORD_ONLY", "None"],
    ]
    doc = str(probe["points_doc"])
    assert doc.startswith("Points at `positions`, times `scale`.\n\nParameters\n----------\n")
    assert "scale : float, optional\n    Multiplies every coordinate." in doc
    assert "radii : Float32ArrayLike, optional\n    How big they are." in doc
    assert probe["positions"] == [[2.0, 4.0, 6.0]]


def test_the_derivation_runs_inside_the_guard_unless_it_is_unguarded(probe: dict[str, object]) -> None:
    assert probe["guarded"] == [True, ["Points3D: ValueError(the scale must be positive)"]]
    assert probe["unguarded"] == "no markers"


def test_converters_and_methods_join_the_class(probe: dict[str, object], built: Project) -> None:
    assert probe["radii"] == [0.5]
    assert probe["count"] == 1
    module = source(built, "archetypes/points3d.py")
    assert "self.radii = self._convert_radii(radii)" in module
    assert "def _scaled(positions: Any, scale: float) -> Any:" in module  # module code, before the class
    assert "rerun._ext" not in module  # the extension module itself is never imported


def test_a_hand_written_constructor_keeps_its_signature_and_gets_the_field_docs(
    probe: dict[str, object], built: Project
) -> None:
    assert probe["vec3d"] == [
        ["x", "POSITIONAL_OR_KEYWORD", None],
        ["y", "POSITIONAL_OR_KEYWORD", "0.0"],
        ["z", "POSITIONAL_OR_KEYWORD", "0.0"],
    ]
    assert (
        probe["vec3d_doc"]
        == "A vector from its coordinates.\n\nParameters\n----------\nx : float\n    Along x.\ny\nz"
    )
    assert probe["xyz"] == [1.0, 2.0, 0.0]
    # The docstring sits on the method: nothing is patched in after the class.
    assert "__doc__" not in source(built, "datatypes/vec3d.py")


def test_a_batch_extension_converts_the_batch(probe: dict[str, object]) -> None:
    assert probe["batch"] == [[1.0, 2.0, 3.0]]


def test_an_extension_may_extend_only_the_batch(built: Project, probe: dict[str, object]) -> None:
    assert probe["batch_only"] == [[1.0, 2.0, 0.0]]
    assert source(built, "components/position3d.py").splitlines()[2] == (
        "# Its hand-written parts come from runtime/_ext/components/position3d.py: "
        "positions also as complex numbers, on the plane z = 0."
    )


def test_a_value_class_derivation_is_converted_like_the_field(probe: dict[str, object]) -> None:
    assert probe["float32"] == [[["half", "POSITIONAL_OR_KEYWORD", None]], 3.0]


def test_the_header_names_the_extension_module(built: Project) -> None:
    head = source(built, "archetypes/points3d.py").splitlines()[:3]
    assert head[2] == (
        "# Its hand-written parts come from runtime/_ext/archetypes/points3d.py: "
        "positions scaled on the way in."
    )
    radius = source(built, "components/radius.py").splitlines()[2]
    assert radius == (
        "# Hand-written parts would come from runtime/_ext/components/radius.py (see docs/extensions.md)."
    )


def test_the_copied_code_is_the_extensions_code(built: Project) -> None:
    module = ast.parse(source(built, "datatypes/vec3d.py"))
    vec3d = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Vec3D")
    init = next(n for n in vec3d.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assert ast.unparse(init.body[-1]) == "self.xyz = np.array([x, y, z], dtype=np.float32)"


def lint(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> str:
    project = make_project(tmp_path / "p", {**PRELUDE, **files})
    code, _, err = project.run("lint", capsys=capsys)
    assert code == 1
    assert "Traceback" not in err
    return err


def test_an_extension_module_is_never_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = lint(
        tmp_path,
        capsys,
        {
            "runtime/_ext/datatypes/float32.py": textwrap.dedent(EXTENSIONS["datatypes/float32.py"]),
            "runtime/helper.py": "from rerun._ext.datatypes.float32 import Float32Ext\n",
        },
    )
    assert "error[E180]: runtime/helper.py imports the extension module `rerun._ext.datatypes.float32`" in err
    assert "hint: move what they share into a runtime module outside `_ext`, which both import" in err


def test_shared_code_lives_outside_the_extension_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = lint(tmp_path, capsys, {"runtime/_ext/archetypes/_shared.py": "SCALE = 2.0\n"})
    assert (
        "error[E180]: runtime/_ext/archetypes/_shared.py is not an extension module: `_ext` holds one "
        "module per extended type, and is not installed"
    ) in err


@pytest.mark.parametrize(
    ("extension", "message"),
    [
        (
            "class Float32Ext(Float32):\n    value = 1.0\n",
            "`Float32Ext` has no docstring",
        ),
        (
            'class Float32Ext(Float32):\n    """x"""\n\n    def __len__(self) -> int:\n        return 1\n',
            "`Float32Ext.__len__` would replace the generated `Float32.__len__`",
        ),
        (
            'class Float32Ext(Float32):\n    """x"""\n\n    def _derive_fields(half):\n'
            '        return {"value": half}\n',
            "`_derive_fields` must be a `@staticmethod`",
        ),
        (
            'class Float32Ext(Float32):\n    """x"""\n\n    @staticmethod\n    def _derive_fields(half):\n'
            "        return dict(value=half)\n",
            "every `return` of `_derive_fields` must be a dict display",
        ),
        (
            'X = Float32(1.0)\n\n\nclass Float32Ext(Float32):\n    """x"""\n',
            "uses `Float32`, which does not exist yet when that code runs",
        ),
        (
            'class Float32Ext(Float32, int):\n    """x"""\n',
            "`Float32Ext` must derive from the generated `Float32` alone",
        ),
        (
            'class Float32Ext(Float32):\n    """x"""\n\n    def __init__(self, v):\n'
            "        self.value = v\n\n    @staticmethod\n    def _derive_fields(v):\n"
            "        return {'value': v}\n",
            "`Float32Ext` defines both `__init__` and `_derive_fields`",
        ),
        ("def broken(:\n", "is not valid Python"),
    ],
)
def test_breaches_of_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extension: str, message: str
) -> None:
    text = "from rerun.datatypes.float32 import Float32\n\n\n" + extension
    assert message in lint(tmp_path, capsys, {"runtime/_ext/datatypes/float32.py": text})
