"""The docs site: mkdocs, with the hand-written pages of docs/ and the generated reference pages.

`codegen docs` calls `build_site`, which runs `mkdocs build --strict`. mkdocs.yml loads the
`codegen-reference` plugin (`ReferencePlugin`, an entry point of this distribution): it adds the
pages the docs backend wrote under `<output>/docs/` to the site, so they need not be copied into
docs/. This repository's site and users' sites load it the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from codegen.config import load_config

MKDOCS_CONFIG = "mkdocs.yml"
GENERATED_DOCS = "docs"  # below the output directory


def build_site(root: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` for the project at `root` into `site_dir`; the caller reports."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # a notice of the theme, not of the site
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", MKDOCS_CONFIG]
    return subprocess.run(
        [*command, "--site-dir", str(site_dir)],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


class NoOptions(Config):  # type: ignore[no-untyped-call]  # mkdocs is untyped there
    """The plugin takes no options. (A subclass: mkdocs gives only subclasses of `Config` a schema.)"""


class ReferencePlugin(BasePlugin[NoOptions]):  # type: ignore[no-untyped-call]  # mkdocs is untyped there
    """Adds every file of the generated docs tree to the site, at the same path, and lists the pages
    of each namespace in the navigation under its index page."""

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert config.config_file_path is not None
        generated = load_config(Path(config.config_file_path).parent).output / GENERATED_DOCS
        for path in sorted(generated.rglob("*")):
            if path.is_file():
                relative = path.relative_to(generated).as_posix()
                files.append(File(relative, str(generated), config.site_dir, config.use_directory_urls))
        config.nav = _expand(config.nav, generated)
        return files


def _expand(nav: Any, generated: Path) -> Any:
    """The navigation with each `Title: <namespace>/index.md` of the generated tree turned into a
    section: the index page, then the namespace's type pages in name order."""
    if isinstance(nav, list):
        return [_expand(item, generated) for item in nav]
    if isinstance(nav, dict):
        return {title: _expand(value, generated) for title, value in nav.items()}
    if isinstance(nav, str) and nav.endswith("/index.md"):
        directory = generated / nav.removesuffix("index.md")
        if directory.is_dir() and not any(p.is_dir() for p in directory.iterdir()):
            pages = sorted(p.name for p in directory.glob("*.md") if p.name != "index.md")
            if pages:
                return [nav, *(f"{nav.removesuffix('index.md')}{page}" for page in pages)]
    return nav
