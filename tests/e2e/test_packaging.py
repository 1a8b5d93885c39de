"""One distribution, three trees (the tool, the runtime, the generated packages): every package must
be mapped in pyproject.toml, and the extension modules, which are build input, must not be."""

from __future__ import annotations

import tomllib

from codegen.core import core_paths
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


CORE_DATA = "codegen._core."  # package data only: the core that users' projects build on


def test_mapped_directories_exist() -> None:
    mapping = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    for package, directory in mapping.items():
        if package.startswith(CORE_DATA):
            assert (REPO / directory).is_dir(), (package, directory)
        else:
            assert (REPO / directory / "__init__.py").is_file(), (package, directory)


def test_the_packaged_core_is_every_file_a_checkout_reads() -> None:
    """An installed distribution carries the core as package data below codegen/_core; it must be
    the folders codegen/core.py reads in a checkout, every file of them."""
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    paths = core_paths()
    folders = {
        "definitions": paths.definitions,
        "templates": paths.templates,
        "cpp_runtime": paths.cpp_runtime,
        "cpp_generated": paths.cpp_generated,
    }
    for name, folder in folders.items():
        package = CORE_DATA + name
        assert package in setuptools["packages"], package
        assert (REPO / setuptools["package-dir"][package]).resolve() == folder.resolve(), package
        patterns = setuptools["package-data"][package]
        suffixes = {pattern.removeprefix("**/*") for pattern in patterns}
        assert all(pattern.startswith("**/*") for pattern in patterns), patterns
        files = [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        assert files and all(p.suffix in suffixes for p in files), (package, suffixes)
