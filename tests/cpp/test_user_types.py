"""C++ of a user's own types: generated next to the installed core's, compiled against it with the
flags of `codegen cpp-flags`, and logging inherited fields with the base archetype's descriptors."""

from __future__ import annotations

from pathlib import Path

import cpp_build
import pytest
from cpp_build import NORMAL

from codegen.cli import main
from codegen.config import load_config
from conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(cpp_build.compiler() is None, reason="needs g++ (.ci/run installs it)"),
]


def test_a_users_archetype_compiles_and_keeps_the_bases_descriptors(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    project = tmp_path_factory.mktemp("user-cpp") / "acme-types"
    assert main(["init", str(project), "--namespace", "acme"]) == 0
    pyproject = project / "pyproject.toml"
    backends = ('backends = ["python", "arrow", "docs"]', 'backends = ["python", "cpp"]')
    pyproject.write_text(pyproject.read_text().replace(*backends))
    assert main(["--project", str(project), "build"]) == 0
    core = cpp_build.shared_toolchain(load_config(REPO), NORMAL, tmp_path_factory.getbasetemp())
    tools = core.for_project(load_config(project), project / "build")
    program = tools.program("user_points", [Path(__file__).with_name("user_points.cpp")])
    done = tools.run(program)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "rerun.archetypes.Points3D Points3D:positions rerun.components.Position3D 2",
        "rerun.archetypes.Points3D Points3D:colors rerun.components.Color 1",
        "acme.archetypes.ConfidentPoints3D ConfidentPoints3D:confidences acme.components.Confidence 2",
    ]
