"""The build pipeline: determinism, no-op rebuilds, atomic writes, stale files, --check, failures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import writer
from codegen.build import build
from codegen.config import load_config
from conftest import PRELUDE, REPO, Project, make_project


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def inodes(root: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(prelude_project: Project, capsys: pytest.CaptureFixture[str]) -> Project:
    status, _, err = prelude_project.run("build", capsys=capsys)
    assert status == 0, err
    return prelude_project


def test_build_writes_every_backend(built: Project) -> None:
    files = tree(built.output)
    assert "python/rerun/archetypes/points3d.py" in files
    assert "python/rerun/components/__init__.py" in files
    assert "arrow/registry.json" in files
    assert "arrow/archetypes/rerun.archetypes.Points3D.arrow_schema" in files
    assert "docs/reference/rerun/datatypes/vec3d.md" in files


def test_every_generated_file_has_a_do_not_edit_header_naming_its_source(built: Project) -> None:
    for path, content in tree(built.output).items():
        head = content[:300]
        assert b"DO NOT EDIT" in head, path
        if path.endswith((".py", ".md")) and "__init__" not in path and "index" not in path:
            assert b"definitions/rerun/" in head, path


@pytest.mark.slow
def test_builds_are_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "12345"):
        project = make_project(tmp_path / f"seed{seed}", PRELUDE)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "codegen", "--project", str(project.root), "build"],
            check=True,
            env=env,
            cwd=REPO,
            capture_output=True,
        )
        outputs.append(tree(project.output))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10


def test_no_op_rebuild_writes_nothing(built: Project, capsys: pytest.CaptureFixture[str]) -> None:
    before = inodes(built.output)
    status, out, _ = built.run("build", capsys=capsys)
    assert status == 0
    assert "nothing changed" in out
    status, out, _ = built.run("build", "--force", capsys=capsys)
    assert status == 0
    assert "0 added, 0 changed, 0 removed" in out
    assert inodes(built.output) == before


def test_changing_a_definition_rewrites_only_affected_files(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    before = inodes(built.output)
    path = built.definitions / "rerun/components/radius.rrdef"
    path.write_text(path.read_text().replace("/// A radius.", "/// The size of a point."))
    status, _out, _ = built.run("build", capsys=capsys)
    assert status == 0
    after = inodes(built.output)
    changed = sorted(p for p in after if after[p] != before.get(p))
    assert changed == [
        "docs/reference/rerun/components/index.md",
        "docs/reference/rerun/components/radius.md",
        "python/rerun/components/radius.py",
    ]


def test_stale_files_are_removed(built: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (built.output / "python/rerun/components/old_thing.py").write_text("# left over\n")
    (built.output / "stray").mkdir()
    (built.output / "stray/notes.txt").write_text("x")
    (built.definitions / "rerun/archetypes/points3d.rrdef").unlink()
    status, _out, _ = built.run("build", capsys=capsys)
    assert status == 0
    files = tree(built.output)
    assert "python/rerun/components/old_thing.py" not in files
    assert "stray/notes.txt" not in files
    assert "python/rerun/archetypes/points3d.py" not in files


def test_check_reports_edited_missing_and_stale_files(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = built.run("build", "--check", capsys=capsys)
    assert status == 0, err
    edited = built.output / "python/rerun/datatypes/vec3d.py"
    edited.write_text(edited.read_text() + "# hand edit\n")
    (built.output / "docs/reference/rerun/datatypes/float32.md").unlink()
    (built.output / "extra.txt").write_text("x")
    before = tree(built.output)
    status, _, err = built.run("build", "--check", capsys=capsys)
    assert status == 1
    assert "E201" in err
    assert "generated/python/rerun/datatypes/vec3d.py: out of sync" in err
    assert "generated/docs/reference/rerun/datatypes/float32.md: missing" in err
    assert "generated/extra.txt: stale" in err
    assert tree(built.output) == before  # --check writes nothing


def test_hand_edit_is_repaired_even_when_inputs_are_unchanged(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = built.output / "python/rerun/datatypes/vec3d.py"
    original = edited.read_text()
    edited.write_text(original + "# hand edit\n")
    status, _, _ = built.run("build", capsys=capsys)
    assert status == 0
    assert edited.read_text() == original


def test_failing_backend_leaves_output_untouched(built: Project, capsys: pytest.CaptureFixture[str]) -> None:
    before = inodes(built.output)
    pyproject = built.root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"docs"]', '"docs", "backends_for_tests:FailingBackend"]')
    )
    status, _, err = built.run("build", "--force", capsys=capsys)
    assert status == 1
    assert (
        "error[E203]: backend `backends_for_tests:FailingBackend` failed: RuntimeError: disk on fire" in err
    )
    assert inodes(built.output) == before


def test_interrupted_write_leaves_output_untouched(built: Project) -> None:
    config = load_config(built.root)
    (built.definitions / "rerun/datatypes/vec3d.rrdef").write_text(
        (built.definitions / "rerun/datatypes/vec3d.rrdef").read_text().replace("A 3D vector.", "A vector.")
    )
    before = tree(built.output)
    from codegen.build import load_model, render

    model = load_model(config).model
    assert model is not None
    change = writer.plan(config.output, render(config, model))
    assert not change.in_sync

    def interrupt_after(count: int):  # type: ignore[no-untyped-def]
        for _ in range(count):
            yield None
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        writer.apply(change, write_hook=interrupt_after(5))
    assert tree(built.output) == before
    leftovers = {p.name for p in built.root.iterdir() if p.name.startswith(".generated")}
    assert leftovers <= {".generated.lock"}  # the lock file stays; nothing of the build does


def test_recovery_after_a_crash_between_the_two_renames(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(built.output)
    built.output.rename(built.root / ".generated.previous")
    (built.root / ".generated.staging").mkdir()
    (built.root / ".generated.staging/half.txt").write_text("half")
    status, _, _ = built.run("build", "--check", capsys=capsys)
    assert status == 0
    assert tree(built.output) == before
    assert not (built.root / ".generated.staging").exists()


def test_backend_output_without_marker_is_rejected(
    built: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject = built.root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"docs"]', '"docs", "backends_for_tests:NoMarkerBackend"]')
    )
    status, _, err = built.run("build", capsys=capsys)
    assert status == 1
    assert "error[E205]: generated file `plain.txt` lacks the `DO NOT EDIT` header" in err


def test_unformattable_python_is_reported(built: Project, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject = built.root / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"docs"]', '"docs", "backends_for_tests:BrokenPythonBackend"]')
    )
    before = tree(built.output)
    status, _, err = built.run("build", capsys=capsys)
    assert status == 1
    assert "error[E202]: ruff check failed" in err or "error[E202]: ruff format failed" in err
    assert tree(built.output) == before


def test_template_error_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    batch = templates / "python/value.py.jinja"
    batch.write_text(batch.read_text() + "{{ no_such_variable }}\n")
    pyproject = project.root / "pyproject.toml"
    text = pyproject.read_text().replace((REPO / "templates").as_posix(), templates.as_posix())
    pyproject.write_text(text)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert "error[E206]: backend `python`: template python/value.py.jinja" in err
    assert "'no_such_variable' is undefined" in err


def test_unreadable_definition_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE)
    (project.definitions / "rerun/datatypes/bad.rrdef").write_bytes(b"namespace \xff\xfe;")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert "error[E006]: cannot read definitions/rerun/datatypes/bad.rrdef" in err


def test_unknown_config_key_and_backend(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", PRELUDE, backends='["python", "cobol"]')
    status, _, err = project.run("build", capsys=capsys)
    assert status == 1
    assert "error[E204]: unknown backend `cobol`" in err
    pyproject = project.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "colour = true\n")
    status, _, err = project.run("build", capsys=capsys)
    assert status == 2
    assert "error[E204]: unknown key `colour` in [tool.codegen]" in err


def test_warnings_as_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = dict(PRELUDE)
    files["rerun/archetypes/points3d.rrdef"] = files["rerun/archetypes/points3d.rrdef"].replace(
        "/// Points in 3D.",
        '/// Points in 3D.\n        ///\n        /// \\example archetypes/points3d_simple title="x"',
    )
    project = make_project(tmp_path / "p", files)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0
    assert "warning[W174]" in err
    status, _, err = project.run("build", "--force", "--warnings-as-errors", capsys=capsys)
    assert status == 1
    assert "error[W174]" in err


def test_build_api_reports_plan(prelude_project: Project) -> None:
    report = build(load_config(prelude_project.root))
    assert report.plan is not None and report.model is not None
    assert len(report.plan.added) == len(report.plan.files)


def test_build_summarises_repeated_warnings_but_lint_lists_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = "".join(f'\n        /// \\example archetypes/points3d_{n} title="x"' for n in range(5))
    files = dict(PRELUDE)
    files["rerun/archetypes/points3d.rrdef"] = files["rerun/archetypes/points3d.rrdef"].replace(
        "/// Points in 3D.", "/// Points in 3D.\n        ///" + examples
    )
    project = make_project(tmp_path / "p", files)
    status, _, err = project.run("build", capsys=capsys)
    assert status == 0
    assert err.count("warning[W174]: example snippet") == 3
    assert "... and 2 more warning[W174]" in err
    assert err.endswith("0 errors, 5 warnings\n")
    status, _, err = project.run("lint", capsys=capsys)
    assert err.count("warning[W174]: example snippet") == 5
