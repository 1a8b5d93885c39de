"""Users' projects: their own types on top of the installed core, which is resolved but never emitted;
`@extends` archetypes; `codegen init`."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.core import core_paths
from conftest import Project, make_project

WITH_CPP = '["python", "arrow", "docs", "cpp"]'
CONFIDENCE = """
    namespace acme.components;

    /// How sure a detector is.
    struct Confidence {
        /// From 0 to 1.
        value: rerun.datatypes.Float32,
    }
"""
CONFIDENT_POINTS = """
    namespace acme.archetypes;

    /// Points with a confidence each.
    @extends(rerun.archetypes.Points3D)
    struct ConfidentPoints3D {
        /// How sure the detector is of each point.
        @recommended
        confidences: [acme.components.Confidence],
    }
"""
USER_TYPES = {
    "acme/components/confidence.rrdef": CONFIDENCE,
    "acme/archetypes/confident_points3d.rrdef": CONFIDENT_POINTS,
}


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Project:
    project = make_project(tmp_path / "acme-types", USER_TYPES, backends=WITH_CPP)
    status, _out, err = project.run("build", capsys=capsys)
    assert status == 0, err
    return project


def outputs(project: Project) -> list[str]:
    return sorted(p.relative_to(project.output).as_posix() for p in project.output.rglob("*") if p.is_file())


def test_only_the_users_types_are_emitted(built: Project) -> None:
    files = outputs(built)
    assert not [f for f in files if "/rerun/" in f or f.startswith("python/rerun")]
    assert "python/acme/__init__.py" in files and "python/acme/py.typed" in files
    assert "cpp/acme.hpp" in files and "cpp/rerun.hpp" not in files
    registry = json.loads((built.output / "arrow/registry.json").read_text())
    assert sorted(t["fqname"] for t in registry["types"]) == [
        "acme.archetypes.ConfidentPoints3D",
        "acme.components.Confidence",
    ]


def test_the_users_package_imports_the_core_from_the_installed_sdk(built: Project) -> None:
    module = (built.output / "python/acme/archetypes/confident_points3d.py").read_text()
    assert "import rerun.components as components" in module
    assert "Hand-written parts" not in module  # extension modules are a contract of the core only


def test_extended_fields_log_with_the_bases_descriptors(built: Project) -> None:
    program = textwrap.dedent(
        """
        import acme
        points = acme.archetypes.ConfidentPoints3D([[1, 2, 3]], radii=[0.5], confidences=[0.9])
        for batch in points.as_component_batches():
            d = batch.component_descriptor()
            print(d.archetype, d.component, d.component_type)
        columns = acme.archetypes.ConfidentPoints3D.columns(positions=[[1, 2, 3], [4, 5, 6]])
        print(len(columns), acme.archetypes.ConfidentPoints3D.from_fields(confidences=[1.0]).confidences)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={"PYTHONPATH": str(built.output / "python"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == [
        "rerun.archetypes.Points3D Points3D:positions rerun.components.Position3D",
        "rerun.archetypes.Points3D Points3D:radii rerun.components.Radius",
        "acme.archetypes.ConfidentPoints3D ConfidentPoints3D:confidences acme.components.Confidence",
    ]
    assert lines[3].startswith("1 ")


def test_the_arrow_schema_and_registry_name_the_base_for_inherited_fields(built: Project) -> None:
    path = built.output / "arrow/archetypes/acme.archetypes.ConfidentPoints3D.arrow_schema"
    schema = pa.ipc.read_schema(pa.py_buffer(path.read_bytes()))
    owners = {f.name: f.metadata[b"rerun:archetype"].decode() for f in schema}
    assert owners["Points3D:positions"] == "rerun.archetypes.Points3D"
    assert owners["ConfidentPoints3D:confidences"] == "acme.archetypes.ConfidentPoints3D"
    registry = json.loads((built.output / "arrow/registry.json").read_text())
    archetype = next(t for t in registry["types"] if t["fqname"] == "acme.archetypes.ConfidentPoints3D")
    descriptors = [f["descriptor"]["component"] for f in archetype["fields"]]
    assert descriptors[0] == "Points3D:positions" and descriptors[-1] == "ConfidentPoints3D:confidences"


def test_docs_link_core_types_to_rerun_reference(built: Project) -> None:
    page = (built.output / "docs/reference/acme/archetypes/confident_points3d.md").read_text()
    assert "[`Position3D`](https://rerun.io/docs/reference/types/components/position3d)" in page
    assert "It extends [`Points3D`](https://rerun.io/docs/reference/types/archetypes/points3d)" in page
    assert "[`Confidence`](../components/confidence.md)" in page


def test_cpp_flags_add_the_cores_generated_code(built: Project, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = built.run("cpp-flags", capsys=capsys)
    assert status == 0
    assert f"-I{core_paths().cpp_generated}" in out.split()
    status, out, _ = built.run("cpp-flags", "--sources", capsys=capsys)
    assert out.splitlines()[:2] == [
        str(built.output / "cpp/unity_build.cpp"),
        str(core_paths().cpp_generated / "unity_build.cpp"),
    ]


def test_model_and_snapshot_hold_the_users_types_only(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = built.run("model", capsys=capsys)
    assert status == 0
    assert sorted(t["fqname"] for t in json.loads(out)) == [
        "acme.archetypes.ConfidentPoints3D",
        "acme.components.Confidence",
    ]
    status, out, err = built.run("snapshot", "0.1", capsys=capsys)
    assert status == 0, err
    status, out, err = built.run("compat", capsys=capsys)
    assert status == 0, err
    assert "0 finding(s)" in err


def test_the_templates_default_to_the_installed_cores(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.codegen]\npackages = ["acme"]\n')
    config = load_config(tmp_path)
    assert config.templates == core_paths().templates and config.imports_core


@pytest.mark.parametrize("packages", ['"acme"', '[""]', "[1]"])
def test_packages_must_be_a_list_of_roots(
    tmp_path: Path, packages: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.codegen]\npackages = {packages}\n")
    assert main(["--project", str(tmp_path), "lint"]) == 2
    assert "packages must be a list of namespace roots" in capsys.readouterr().err


def test_init_scaffolds_a_project_that_builds_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my types"
    assert main(["init", str(target), "--namespace", "acme"]) == 0
    printed = capsys.readouterr().out
    created = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert created == [
        ".gitignore",
        "README.md",
        "definitions/acme/archetypes/confident_points3d.rrdef",
        "definitions/acme/components/confidence.rrdef",
        "docs/index.md",
        "mkdocs.yml",
        "pyproject.toml",
        "snippets/confident_points3d.py",
        "tests/test_acme.py",
    ]
    assert "run the two commands of its README.md" in printed
    assert main(["--project", str(target), "build", "--warnings-as-errors"]) == 0
    assert (target / "generated/python/acme/archetypes/confident_points3d.py").is_file()
    assert load_config(target).packages == ("acme",)


@pytest.mark.parametrize(
    ("namespace", "message"),
    [
        ("rerun", "`rerun` is the namespace of the core types"),
        ("Acme", "`Acme` is not a namespace root"),
        ("acme.types", "`acme.types` is not a namespace root"),
        ("class", "`class` is a Python keyword"),
    ],
)
def test_init_refuses_bad_namespaces(
    tmp_path: Path, namespace: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path / "p"), "--namespace", namespace]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "notes.txt").write_text("mine")
    assert main(["init", str(tmp_path / "p"), "--namespace", "acme"]) == 2
    assert "already exists and is not an empty folder" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["notes.txt"]


def test_python_tool_files_in_the_output_are_left_alone(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    egg_info = built.output / "python/acme_types.egg-info/PKG-INFO"
    byte_code = built.output / "python/acme/__pycache__/__init__.cpython-311.pyc"
    for path in (egg_info, byte_code):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("written by pip or Python")
    status, _out, err = built.run("build", "--check", capsys=capsys)
    assert status == 0, err
    assert built.run("build", "--force", capsys=capsys)[0] == 0
    assert egg_info.is_file() and byte_code.is_file()


@pytest.mark.slow
def test_codegen_docs_builds_the_users_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "acme-types"
    assert main(["init", str(target), "--namespace", "acme"]) == 0
    status = main(["--project", str(target), "docs"])
    out, err = capsys.readouterr()
    assert status == 0, out + err
    page = (target / "site/reference/acme/archetypes/confident_points3d/index.html").read_text()
    assert "https://rerun.io/docs/reference/types/archetypes/points3d" in page
    assert "Confident points" in page  # the snippet, from the archetype's \example


def test_compat_against_a_revision_of_the_users_definitions(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(built.root), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", "definitions")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first")
    archetype = built.definitions / "acme/archetypes/confident_points3d.rrdef"
    text = archetype.read_text()
    archetype.write_text(text[: text.index("    /// How sure the detector")] + "}\n")
    status, out, err = built.run("compat", "--against", "HEAD", capsys=capsys)
    assert status == 100, err
    assert "acme.archetypes.ConfidentPoints3D.confidences" in out
