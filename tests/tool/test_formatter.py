"""`[tool.codegen] formatter`: generated Python laid out by ruff (the default) or by black, with the
tool's own settings only, whatever the project being built configures."""

from __future__ import annotations

import ast
import importlib.metadata
import tempfile
import tomllib
from pathlib import Path

import black
import pytest
from black.mode import Mode, TargetVersion

from codegen.config import load_config
from codegen.formatting import FormatterError, format_python
from conftest import PRELUDE, REPO, Project, make_project

PYTHON = (".py", ".pyi")
# The prelude, with a field whose name is long enough for the two layouts to differ (black wraps a
# long conditional argument in parentheses, ruff splits it over lines).
FILES = dict(PRELUDE)
FILES["rerun/archetypes/points3d.rrdef"] = PRELUDE["rerun/archetypes/points3d.rrdef"].replace(
    "radii: [rerun.components.Radius],",
    "radii: [rerun.components.Radius],\n\n"
    "            /// How big they are, once more.\n            @optional\n"
    "            radii_of_every_single_point: [rerun.components.Radius],",
)
# The backends whose output is Python; the others do not depend on the formatter.
BACKENDS = '["python"]'


def python_tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix in PYTHON
    }


def use_formatter(project: Project, formatter: str) -> None:
    pyproject = project.root / "pyproject.toml"
    lines = [line for line in pyproject.read_text().splitlines() if not line.startswith("formatter =")]
    at = lines.index("[tool.codegen]") + 1
    lines.insert(at, f'formatter = "{formatter}"')
    pyproject.write_text("\n".join(lines) + "\n")


def built(
    root: Path, formatter: str, capsys: pytest.CaptureFixture[str], *, extra: str = ""
) -> dict[str, bytes]:
    project = make_project(root, FILES, backends=BACKENDS)
    use_formatter(project, formatter)
    if extra:
        (project.root / "pyproject.toml").write_text((project.root / "pyproject.toml").read_text() + extra)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    files = python_tree(project.output)
    assert any(path.endswith(".pyi") for path in files)
    assert len(files) > 5
    return files


def black_mode(path: str) -> Mode:
    return Mode(target_versions={TargetVersion.PY311}, line_length=110, is_pyi=path.endswith(".pyi"))


def test_black_layout_is_the_same_code_as_the_ruff_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ruff = built(tmp_path / "ruff", "ruff", capsys)
    blacked = built(tmp_path / "black", "black", capsys)
    assert sorted(ruff) == sorted(blacked)
    for path, content in blacked.items():
        text = content.decode()
        compile(text, path, "exec")
        assert ast.dump(ast.parse(text)) == ast.dump(ast.parse(ruff[path].decode())), path
        # black's own layout: formatting it again with the same mode changes nothing
        assert black.format_str(text, mode=black_mode(path)) == text, path
    assert any(blacked[path] != ruff[path] for path in ruff)  # the layouts do differ somewhere


def test_black_builds_are_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = built(tmp_path / "one", "black", capsys)
    second = built(tmp_path / "two", "black", capsys)
    assert first == second


# A project whose own formatter settings would change generated code if the tool picked them up.
HOSTILE_PYPROJECT = """
[tool.black]
line-length = 40
skip-string-normalization = true
skip-magic-trailing-comma = true

[tool.ruff]
line-length = 40

[tool.ruff.lint]
select = ["ALL"]

[tool.ruff.lint.isort]
force-single-line = true

[tool.ruff.format]
quote-style = "single"
"""
HOSTILE_RUFF_TOML = """
line-length = 40
[lint]
select = ["ALL"]
[lint.isort]
force-single-line = true
[format]
quote-style = "single"
indent-style = "tab"
"""


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_the_projects_formatter_settings_change_nothing(
    formatter: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = built(tmp_path / "clean", formatter, capsys)
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "ruff.toml").write_text(HOSTILE_RUFF_TOML)
    (hostile / ".ruff.toml").write_text(HOSTILE_RUFF_TOML)
    # The formatters' scratch directory sits inside the project too, below its configurations,
    # so that ruff's own discovery of configuration files would find them.
    scratch = hostile / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.chdir(hostile)
    assert built(hostile, formatter, capsys, extra=HOSTILE_PYPROJECT) == clean


def test_ruff_check_reads_only_the_tools_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixes of `ruff check` and the layout come from the tool's settings alone: an unused
    import goes (F401) and imports are sorted (I), but the project's isort, line length, quotes and
    indentation are not applied."""
    (tmp_path / "ruff.toml").write_text(HOSTILE_RUFF_TOML)
    (tmp_path / "pyproject.toml").write_text(HOSTILE_PYPROJECT)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    source = (
        "import sys\nfrom os import sep, path\nimport json\n\n"
        "def f():\n    return json.dumps('x'), path.join(sep, 'a', 'b', 'c', 'd')\n"
    )
    for formatter in ("ruff", "black"):
        out = format_python({"m.py": source}, formatter)["m.py"]
        assert out == (
            "import json\nfrom os import path, sep\n\n\n"
            'def f():\n    return json.dumps("x"), path.join(sep, "a", "b", "c", "d")\n'
        ), formatter


def test_black_formats_stubs_as_stubs() -> None:
    stub = "class A:\n    x: int\n\n\n\nclass B:\n    def f(self) -> int: ...\n    def g(self) -> int: ...\n"
    out = format_python({"a.pyi": stub, "a.py": stub}, "black")
    assert out["a.pyi"] == black.format_str(stub, mode=black_mode("a.pyi"))
    assert out["a.py"] == black.format_str(stub, mode=black_mode("a.py"))
    assert out["a.pyi"] != out["a.py"]  # stubs keep fewer blank lines


def test_a_black_failure_is_a_formatter_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(FormatterError, match=r"black failed on broken\.py"):
        format_python({"broken.py": "x = (\n"}, "black")
    project = make_project(
        tmp_path / "p", PRELUDE, backends='["python", "backends_for_tests:BrokenPythonBackend"]'
    )
    use_formatter(project, "black")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert "error[E202]: black failed on broken.py" in err
    assert "Traceback" not in err
    assert not project.output.exists()


@pytest.mark.parametrize("value", ['"yapf"', '"Black"', "3", '["ruff"]', "true"])
def test_a_bad_formatter_is_a_config_error(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", FILES, backends=BACKENDS)
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + f"formatter = {value}\n")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 2
    assert 'error[E204]: [tool.codegen] formatter must be "ruff" or "black"' in err
    assert not project.output.exists()


def test_the_default_formatter_is_ruff(prelude_project: Project) -> None:
    assert load_config(prelude_project.root).formatter == "ruff"
    use_formatter(prelude_project, "black")
    assert load_config(prelude_project.root).formatter == "black"


def test_switching_the_formatter_rebuilds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", FILES, backends=BACKENDS)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0, err
    ruff = python_tree(project.output)
    status, out, _ = project.run("build", capsys=capsys)
    assert "nothing changed" in out
    use_formatter(project, "black")
    status, out, err = project.run("build", capsys=capsys)
    assert status == 0, err
    assert "nothing changed" not in out
    blacked = python_tree(project.output)
    assert blacked != ruff
    status, out, _ = project.run("build", capsys=capsys)
    assert "nothing changed" in out
    use_formatter(project, "ruff")
    status, out, err = project.run("build", capsys=capsys)
    assert status == 0, err
    assert "nothing changed" not in out
    assert python_tree(project.output) == ruff


def test_the_installed_black_is_the_pinned_one() -> None:
    """The black layout is only reproducible with the pinned black (and its mypyc build)."""
    pins = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert f"black=={importlib.metadata.version('black')}" in pins
