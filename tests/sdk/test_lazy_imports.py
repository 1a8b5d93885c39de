"""Generated packages import a type's module only when one of its names is first used.

Each check that depends on what a process has imported runs in a fresh interpreter.
"""

from __future__ import annotations

import ast
import importlib
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

from conftest import REPO

GENERATED = REPO / "generated" / "python"
PACKAGES = sorted(
    init.parent.relative_to(GENERATED).as_posix().replace("/", ".") for init in GENERATED.rglob("__init__.py")
)
TYPE_MODULE_PREFIXES = tuple(f"{package}." for package in PACKAGES)


def run_fresh(code: str) -> object:
    """Run `code` in a new interpreter; it prints one JSON value, which is returned."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_import_rerun_imports_no_generated_type_module() -> None:
    loaded = run_fresh(
        f"""
        import json, sys
        import rerun
        print(json.dumps(sorted(m for m in sys.modules if m.startswith({TYPE_MODULE_PREFIXES!r}))))
        """
    )
    assert loaded == []


def test_a_type_module_is_imported_on_first_use_of_its_name() -> None:
    result = run_fresh(
        """
        import json, sys
        import rerun as rr
        before = "rerun.components.position3d" in sys.modules
        position = rr.components.Position3D
        print(json.dumps({
            "before": before,
            "after": "rerun.components.position3d" in sys.modules,
            "module": position.__module__,
            "unrelated": "rerun.components.color" in sys.modules,
        }))
        """
    )
    assert result == {
        "before": False,
        "after": True,
        "module": "rerun.components.position3d",
        "unrelated": False,
    }


def test_logging_an_archetype_works_in_a_fresh_process() -> None:
    result = run_fresh(
        """
        import json, sys
        import rerun as rr
        points = rr.Points3D([[1, 2, 3], [4, 5, 6]], colors=[255, 0, 0], radii=0.5)
        batches = {b.component_descriptor().component: b.as_arrow_array().to_pylist()
                   for b in points.as_component_batches()}
        print(json.dumps({"batches": batches, "loaded": "rerun.archetypes.points3d" in sys.modules}))
        """
    )
    assert result == {
        "batches": {
            "Points3D:positions": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
            "Points3D:colors": [0xFF0000FF],
            "Points3D:radii": [0.5],
        },
        "loaded": True,
    }


def test_extension_hooks_run_when_the_type_is_first_used() -> None:
    result = run_fresh(
        """
        import json, sys
        import rerun as rr
        before = "rerun.components.view_coordinates" in sys.modules
        rdf = rr.components.ViewCoordinates.RDF
        print(json.dumps({
            "before": before,
            "rdf": rdf.as_arrow_array().to_pylist(),
            "alias": rr.components.ViewCoordinates.RIGHT_HAND_Y_DOWN is rdf,
            "level": str(rr.components.TextLogLevel.WARN),
        }))
        """
    )
    assert result == {"before": False, "rdf": [[3, 2, 5]], "alias": True, "level": "WARN"}


def test_value_pickled_in_one_process_loads_in_another_that_never_imported_rerun() -> None:
    import rerun as rr

    payload = pickle.dumps(rr.datatypes.Vec3D([1.0, 2.0, 3.0])).hex()
    result = run_fresh(
        f"""
        import json, pickle
        value = pickle.loads(bytes.fromhex({payload!r}))
        print(json.dumps([type(value).__module__, [float(x) for x in value.xyz]]))
        """
    )
    assert result == ["rerun.datatypes.vec3d", [1.0, 2.0, 3.0]]


@pytest.mark.parametrize("package", PACKAGES)
def test_star_import_and_dir_list_every_export(package: str) -> None:
    module = importlib.import_module(package)
    namespace: dict[str, object] = {}
    exec(f"from {package} import *", namespace)
    assert sorted(name for name in namespace if name != "__builtins__") == sorted(module.__all__)
    assert set(module.__all__) <= set(dir(module))
    for name in module.__all__:
        assert namespace[name] is getattr(module, name), name


@pytest.mark.parametrize("package", PACKAGES)
def test_stub_declares_what_the_package_resolves_at_runtime(package: str) -> None:
    """`__init__.pyi` (read by type checkers) names each export's module exactly as `__init__.py` does."""
    stub = ast.parse((GENERATED / package.replace(".", "/") / "__init__.pyi").read_text(encoding="utf-8"))
    declared = {
        alias.name: node.module
        for node in stub.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    }
    module = importlib.import_module(package)
    assert declared == module._DEFINED_IN
    stub_all = next(
        ast.literal_eval(node.value)
        for node in stub.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__"
    )
    assert stub_all == module.__all__


def test_unknown_name_raises_attribute_error_with_a_suggestion() -> None:
    import rerun.components

    with pytest.raises(AttributeError, match=r"module 'rerun.components' has no attribute 'Positon3D'"):
        _ = rerun.components.Positon3D
    with pytest.raises(ImportError, match="cannot import name 'NoSuchType'"):
        exec("from rerun.datatypes import NoSuchType", {})
    # The interpreter's own report of the uncaught error suggests the close match.
    done = subprocess.run(
        [sys.executable, "-c", "import rerun as rr; rr.components.Positon3D"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        "AttributeError: module 'rerun.components' has no attribute 'Positon3D'. Did you mean: 'Position3D'?"
    )


def test_stub_files_exist_only_next_to_generated_package_inits() -> None:
    stubs = {path.parent for path in GENERATED.rglob("*.pyi")}
    assert stubs == {GENERATED / package.replace(".", "/") for package in PACKAGES}
