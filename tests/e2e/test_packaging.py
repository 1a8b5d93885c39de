"""One distribution, three trees (the tool, the runtime, the generated packages): every package must
be mapped in pyproject.toml, and the extension modules, which are build input, must not be."""

from __future__ import annotations

import tomllib

from conftest import REPO


def test_every_generated_package_is_installed() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = setuptools["package-dir"]
    generated = REPO / "generated" / "python"
    packages = sorted(
        init.parent.relative_to(generated).as_posix().replace("/", ".")
        for init in generated.rglob("__init__.py")
    )
    assert packages, "codegen build has not produced any Python package"
    for package in packages:
        assert mapping.get(package) == f"generated/python/{package.replace('.', '/')}", package
        assert package in setuptools["packages"], package


def test_every_hand_written_package_is_installed_and_the_extension_modules_are_not() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = setuptools["package-dir"]
    trees = {"codegen": REPO / "codegen", "rerun": REPO / "runtime" / "rerun"}
    for root, tree in trees.items():
        for init in sorted(tree.rglob("__init__.py")):
            relative = init.parent.relative_to(tree).parts
            package = ".".join((root, *relative))
            if relative[:1] == ("_ext",):
                assert package not in setuptools["packages"], package
                continue
            assert package in setuptools["packages"], package
            assert mapping.get(package) == init.parent.relative_to(REPO).as_posix(), package


def test_type_stubs_of_generated_packages_are_installed() -> None:
    """Each generated package imports its types lazily; its `__init__.pyi` must ship with it."""
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    stubs = sorted((REPO / "generated" / "python").rglob("__init__.pyi"))
    assert stubs, "codegen build has not produced any package stub"
    for stub in stubs:
        package = stub.parent.relative_to(REPO / "generated" / "python").as_posix().replace("/", ".")
        patterns = [*package_data.get("*", []), *package_data.get(package, [])]
        assert "*.pyi" in patterns, package
        assert stub.with_suffix(".py").is_file(), stub


def test_mapped_directories_exist() -> None:
    mapping = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    for package, directory in mapping.items():
        assert (REPO / directory / "__init__.py").is_file(), (package, directory)
