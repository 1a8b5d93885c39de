"""The docs site: `codegen docs` builds it strictly, and its pages render in headless Chromium.

The browser is Debian's chromium package (.ci/run installs it when it is missing). Screenshots of
the pages go to the test's temporary directory, whose path the test prints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import PRELUDE, REPO, make_project

pytestmark = pytest.mark.slow  # runs many subprocesses; deselect with -m 'not slow'

CHROMIUM = "/usr/bin/chromium"


def codegen(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "codegen", "--project", str(project), *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    done = codegen(REPO, "docs", "--site-dir", str(target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "built the docs site" in done.stdout
    return target


def test_the_site_has_the_hand_written_generated_and_api_pages(site: Path) -> None:
    for page in ["getting-started", "add-an-archetype", "idl", "compat", "reference/snippets"]:
        assert (site / page / "index.html").is_file(), page
    for kind in ["archetypes", "components", "datatypes"]:
        for scope in ["rerun", "rerun/blueprint"]:
            assert (site / "reference" / scope / kind / "index.html").is_file()
    points = (site / "reference/rerun/archetypes/points3d/index.html").read_text(encoding="utf-8")
    assert "<title>Points3D" in points
    assert 'href="../../components/color/"' in points  # the field table links the component's page
    boxes = (site / "reference/rerun/archetypes/boxes3d/index.html").read_text(encoding="utf-8")
    tabs = '<label for="__tabbed_1_1">Python</label><label for="__tabbed_1_2">C++</label>'
    assert tabs in boxes  # an example with a C++ version: pymdownx.tabbed renders both versions as tabs
    columns = (site / "api/columns/index.html").read_text(encoding="utf-8")
    assert "ComponentDescriptor" in columns and "Names one column of data" in columns


def _project_with_site(root: Path, index_text: str) -> Path:
    """A small project whose site has one hand-written page and the generated reference."""
    project = make_project(root, PRELUDE, backends='["docs"]')
    (project.root / "docs").mkdir()
    (project.root / "docs/index.md").write_text(index_text, encoding="utf-8")
    (project.root / "mkdocs.yml").write_text(
        textwrap.dedent(
            """\
            site_name: Test
            docs_dir: docs
            plugins: [codegen-reference]
            markdown_extensions: [admonition, attr_list, tables, pymdownx.superfences]
            validation: {omitted_files: warn, unrecognized_links: warn, anchors: warn}
            nav:
              - index.md
              - reference/index.md
              - Archetypes: reference/rerun/archetypes/index.md
              - Components: reference/rerun/components/index.md
              - Datatypes: reference/rerun/datatypes/index.md
              - reference/snippets/index.md
            """
        ),
        encoding="utf-8",
    )
    return project.root


def test_a_broken_link_fails_the_build_and_names_the_link(tmp_path: Path) -> None:
    root = _project_with_site(
        tmp_path / "p", "# Home\n\nSee [Radius](reference/rerun/components/radios.md).\n"
    )
    done = codegen(root, "docs")
    assert done.returncode == 1
    assert "reference/rerun/components/radios.md" in done.stderr
    assert "the docs site did not build" in done.stderr


def test_generated_pages_join_the_site_and_its_navigation(tmp_path: Path) -> None:
    link = "[`Points3D.radii`](reference/rerun/archetypes/points3d.md#radii)"
    root = _project_with_site(tmp_path / "p", f"# Home\n\nSee {link}.\n")
    done = codegen(root, "docs", "--site-dir", str(tmp_path / "out"))
    assert done.returncode == 0, done.stdout + done.stderr
    radius = (tmp_path / "out/reference/rerun/components/radius/index.html").read_text(encoding="utf-8")
    # The namespace's pages are listed in the navigation next to its index.
    assert "Position3D" in radius and "Points3D" in radius


class _Page(HTMLParser):
    """What the browser test looks for in a rendered DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.headings: list[str] = []
        self.tables = 0
        self.table_text = ""
        self.code_blocks = 0
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.append(tag)
        self.tables += tag == "table"
        if tag == "code" and "pre" in self._open[:-1]:
            self.code_blocks += 1

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if "title" in self._open:
            self.title += data
        if "h1" in self._open:
            self.headings.append(data.strip())
        if "table" in self._open:
            self.table_text += data


def _chromium(user_data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={user_data}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("page", "title", "table_words", "code_blocks"),
    [
        ("index.html", "Rerun types", ["archetype", "component", "datatype"], 0),
        (
            "reference/rerun/archetypes/points3d/index.html",
            "Points3D",
            ["positions", "Position3D", "radii"],
            2,
        ),
    ],
)
def test_pages_render_in_chromium(
    site: Path, tmp_path: Path, page: str, title: str, table_words: list[str], code_blocks: int
) -> None:
    assert shutil.which(CHROMIUM), "install Debian's chromium (apt-get install chromium), as .ci/run does"
    url = (site / page).as_uri()
    done = _chromium(tmp_path / "profile", "--dump-dom", url)
    assert done.returncode == 0, done.stderr
    rendered = _Page()
    rendered.feed(done.stdout)
    assert rendered.title.startswith(title)
    assert title in rendered.headings
    assert rendered.tables >= 1
    for word in table_words:
        assert word in rendered.table_text, word
    assert rendered.code_blocks >= code_blocks  # a type page: the Python signature and an example

    screenshot = tmp_path / (page.replace("/", "_").removesuffix(".html") + ".png")
    done = _chromium(tmp_path / "profile", "--window-size=1280,2000", f"--screenshot={screenshot}", url)
    assert done.returncode == 0, done.stderr
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000  # a blank page compresses to far less
    print(f"screenshot: {screenshot}")
