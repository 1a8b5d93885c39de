"""Shared helpers: throwaway projects with their own definitions, built with the real templates."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen.cli import main

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"


@dataclass(frozen=True)
class Link:
    """A symbolic link to write in place of a file, as in `{"acme/shared": Link("../../shared")}`;
    `target` is written as given (relative to the link's folder, so that outputs stay stable)."""

    target: str


@dataclass
class Project:
    root: Path

    @property
    def definitions(self) -> Path:
        return self.root / "definitions"

    @property
    def output(self) -> Path:
        return self.root / "generated"

    def write(self, files: Mapping[str, str | Link]) -> None:
        """Write files (or symbolic links) below the definitions directory; paths under `runtime/`
        (hand-written extension modules) and `outside/` (what a link can point to) go below the
        project root instead."""
        for relative, text in files.items():
            below_root = relative.startswith(("runtime/", "outside/"))
            path = (self.root if below_root else self.definitions) / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, Link):
                path.symlink_to(text.target)
            else:
                path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")

    def run(self, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
        code = main(["--project", str(self.root), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err


def make_project(
    root: Path, files: Mapping[str, str | Link], *, backends: str = '["python", "arrow", "docs"]'
) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        "[tool.codegen]\n"
        'definitions = "definitions"\n'
        'output = "generated"\n'
        f'templates = "{(REPO / "templates").as_posix()}"\n'
        'snippets = "snippets"\n'
        'extensions = "runtime"\n'
        f"backends = {backends}\n",
        encoding="utf-8",
    )
    project = Project(root)
    project.write(files)
    return project


# A small, valid set of types that other test definitions can refer to.
PRELUDE: dict[str, str] = {
    "rerun/datatypes/float32.rrdef": """
        namespace rerun.datatypes;

        /// A 32-bit float.
        @transparent
        struct Float32 {
            /// The value.
            value: f32,
        }
    """,
    "rerun/datatypes/vec3d.rrdef": """
        namespace rerun.datatypes;

        /// A 3D vector.
        @transparent
        struct Vec3D {
            /// x, y, z.
            xyz: [f32; 3],
        }
    """,
    "rerun/components/radius.rrdef": """
        namespace rerun.components;

        /// A radius.
        struct Radius {
            /// The radius.
            value: rerun.datatypes.Float32,
        }
    """,
    "rerun/components/position3d.rrdef": """
        namespace rerun.components;

        /// A 3D position.
        struct Position3D {
            /// The position.
            xyz: rerun.datatypes.Vec3D,
        }
    """,
    "rerun/archetypes/points3d.rrdef": """
        namespace rerun.archetypes;

        /// Points in 3D.
        struct Points3D {
            /// Where the points are.
            @required
            positions: [rerun.components.Position3D],

            /// How big they are.
            @recommended
            radii: [rerun.components.Radius],
        }
    """,
}


@pytest.fixture
def prelude_project(tmp_path: Path) -> Project:
    return make_project(tmp_path / "project", PRELUDE)
