"""The build pipeline: definitions -> model -> backends -> formatting -> check or write."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from codegen import __version__, writer
from codegen.arrow import ArrowMapping
from codegen.backends import DO_NOT_EDIT, BackendContext, GeneratedFile, TemplateFailure, load_backend
from codegen.codes import Code
from codegen.config import Config
from codegen.core import core_paths
from codegen.diagnostics import Diagnostic, DiagnosticError, display_path
from codegen.formatting import CPP_SUFFIXES, PYTHON_SUFFIXES, FormatterError, format_cpp, format_python
from codegen.frontend import FrontendResult, Source, core_sources, discover, load
from codegen.model import Model
from codegen.resolve import DEFINITION_SUFFIX, Scope
from codegen.walk import walk

STAMP_NAME = "build-stamp.json"
_TOOL_DIR = Path(__file__).parent


@dataclass
class BuildReport:
    """What a build did. `plan` is None when the build was skipped as up to date."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    plan: writer.Plan | None = None
    skipped: bool = False
    model: Model | None = None


def load_model(config: Config) -> FrontendResult:
    """The checked model: the definitions as the front end sees them, then as each configured
    backend does (its `check` hook, for what only that language forbids)."""
    return _checked(config)[0]


def _checked(config: Config) -> tuple[FrontendResult, BackendContext | None]:
    """The checked model, and the backend context it was checked in (what the backends built while
    checking, such as the Python view model, is used again when generating)."""
    sources, problems, scope = project_sources(config)
    result = load(sources, lambda path: _snippet_exists(config.snippets, path), scope)
    diagnostics = problems + list(result.diagnostics)
    if result.model is None or problems:
        return FrontendResult(None, tuple(diagnostics), result.sources), None
    context = backend_context(config, result.model)
    for name in config.backends:
        try:
            check = getattr(load_backend(name), "check", None)
        except LookupError as error:
            diagnostics.append(Diagnostic(Code.CONFIG, str(error)))
            continue
        if check is not None:
            diagnostics.extend(check(context))
    diagnostics.sort(key=Diagnostic.sort_key)
    model = None if any(d.is_error for d in diagnostics) else result.model
    sources_shown = {**result.sources, **_quoted_files(config, diagnostics, result.sources)}
    return FrontendResult(model, tuple(diagnostics), sources_shown), context


def project_sources(config: Config) -> tuple[list[Source], list[Diagnostic], Scope]:
    """The project's definitions and, unless the project defines the `rerun` root itself, the
    installed core's, which it builds on; with the scope its names are resolved in."""
    sources, problems = discover(config.definitions, config.root)
    own = f"the project's definitions ({display_path(config.definitions, config.root)}/)"
    declared = frozenset(config.packages) or None
    if not config.imports_core:
        return sources, problems, Scope(declared, (own,))
    core, core_problems = core_sources(config.root)
    scope = Scope(declared, (own, f"the installed core ({core_paths().definitions}/)"))
    return sources + core, problems + core_problems, scope


def _quoted_files(
    config: Config, diagnostics: Iterable[Diagnostic], known: Mapping[str, str]
) -> dict[str, str]:
    """The text of the other files that diagnostics point into (a backend's hand-written code, such
    as the Python extension modules), so that messages can quote them too."""
    texts: dict[str, str] = {}
    for diagnostic in diagnostics:
        if diagnostic.span is None or diagnostic.span.path in texts or diagnostic.span.path in known:
            continue
        path = config.root / diagnostic.span.path
        if path.is_file():
            texts[diagnostic.span.path] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def backend_context(config: Config, model: Model) -> BackendContext:
    """What the backends of one build share: the Python view model is built once and read by the
    docs backend too."""
    return BackendContext(
        model,
        ArrowMapping(model),
        template_environment(config.templates),
        config.snippets,
        config.extensions,
        config.root,
    )


def _snippet_exists(snippets: Path, path: str) -> bool:
    """Whether `path` names a snippet inside the folder, after `..` and symbolic links."""
    from codegen.snippets import SUFFIX, is_inside

    return is_inside(snippets, snippets / f"{path}{SUFFIX}")


def template_environment(templates: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        auto_reload=False,  # templates do not change during a build: no stat per lookup
    )


def render(
    config: Config,
    model: Model,
    backends: Iterable[str] | None = None,
    context: BackendContext | None = None,
) -> dict[str, bytes]:
    """Every output file, formatted, in memory. Raises DiagnosticError if a backend or a formatter fails.
    `context` is the one the model was checked in, if at hand."""
    context = context if context is not None else backend_context(config, model)
    generated: list[GeneratedFile] = []
    problems: list[Diagnostic] = []
    for name in backends or config.backends:
        try:
            generated.extend(load_backend(name).generate(context))
        except LookupError as error:
            problems.append(Diagnostic(Code.CONFIG, str(error)))
        except TemplateFailure as error:
            problems.append(Diagnostic(Code.TEMPLATE_ERROR, f"backend `{name}`: {error}"))
        except Exception as error:
            problems.append(
                Diagnostic(Code.BACKEND_FAILED, f"backend `{name}` failed: {type(error).__name__}: {error}")
            )
    problems += _file_problems(generated)
    if problems:
        raise DiagnosticError(problems)
    generated.append(_gitattributes())
    texts = {f.path: f.content for f in generated if isinstance(f.content, str)}
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:  # each formatter runs its own processes
            python = pool.submit(
                format_python,
                {p: t for p, t in texts.items() if p.endswith(PYTHON_SUFFIXES)},
                config.formatter,
            )
            cpp = pool.submit(format_cpp, {p: t for p, t in texts.items() if p.endswith(CPP_SUFFIXES)})
            formatted = python.result() | cpp.result()
    except FormatterError as error:
        raise DiagnosticError([Diagnostic(Code.FORMATTER_FAILED, str(error))]) from None
    return {f.path: formatted[f.path].encode("utf-8") if f.path in formatted else f.data for f in generated}


def _file_problems(generated: list[GeneratedFile]) -> list[Diagnostic]:
    """Two backends writing one path, and files without the DO-NOT-EDIT header."""
    problems: list[Diagnostic] = []
    seen: dict[str, str] = {}
    for file in generated:
        if file.path in seen:
            problems.append(
                Diagnostic(
                    Code.BACKEND_FAILED, f"two outputs write `{file.path}` ({seen[file.path]}, {file.source})"
                )
            )
        seen[file.path] = file.source
        if DO_NOT_EDIT.encode() not in file.data[:4096]:
            problems.append(
                Diagnostic(
                    Code.MISSING_MARKER, f"generated file `{file.path}` lacks the `{DO_NOT_EDIT}` header"
                )
            )
    return problems


def _gitattributes() -> GeneratedFile:
    """Marks the whole output as generated, so code review tools fold its diffs."""
    text = f"# {DO_NOT_EDIT}: written by `codegen build`.\n* linguist-generated=true\n"
    return GeneratedFile(".gitattributes", text, "codegen")


def build(
    config: Config, *, check: bool = False, force: bool = False, on_wait: Callable[[], None] | None = None
) -> BuildReport:
    """Run the whole pipeline. In check mode nothing is written; the plan lists what is out of sync.

    The whole of it holds the output directory's lock (`writer.lock`), so that a concurrent build
    of the same output waits; `on_wait` is called if this one has to."""
    with writer.lock(config.output, on_wait=on_wait, write=not check):
        return _build(config, check=check, force=force)


def _build(config: Config, *, check: bool, force: bool) -> BuildReport:
    report = BuildReport()
    writer.recover(config.output)
    inputs = input_digest(config)
    if not check and not force and _stamp_matches(config, inputs):
        report.skipped = True
        return report
    frontend, context = _checked(config)
    report.sources = frontend.sources
    report.diagnostics = [d.as_error() if config.warnings_as_errors else d for d in frontend.diagnostics]
    if frontend.model is None or any(d.is_error for d in report.diagnostics):
        return report
    report.model = frontend.model
    try:
        files = render(config, frontend.model, context=context)
    except DiagnosticError as error:
        report.diagnostics.extend(error.diagnostics)
        return report
    report.plan = writer.plan(config.output, files)
    if check:
        for path in (*report.plan.added, *report.plan.changed, *report.plan.removed):
            report.diagnostics.append(
                Diagnostic(
                    Code.OUT_OF_SYNC,
                    f"{display_path(config.output / path, config.root)}: {_why(report.plan, path)}",
                )
            )
        return report
    writer.apply(report.plan)
    _write_stamp(config, inputs, files_digest(files))
    return report


def _why(plan: writer.Plan, path: str) -> str:
    if path in plan.added:
        return "missing (would be created)"
    if path in plan.removed:
        return "stale (would be removed)"
    return "out of sync (differs from what the definitions produce)"


def input_digest(config: Config) -> str:
    """A hash of everything a build reads: definitions, templates, snippets, extensions and the tool."""
    digest = hashlib.sha256(f"codegen {__version__}\n".encode())
    digest.update(json.dumps([config.backends, config.warnings_as_errors, config.formatter]).encode())
    for label, directory in [("definitions", config.definitions), ("core", core_paths().definitions)]:
        for chunk in _definitions_digested(label, directory):  # the core: what a user's project builds on
            digest.update(chunk)
    groups = [
        ("templates", config.templates, "*"),
        ("snippets", config.snippets, "*"),
        ("extensions", config.extensions, "*.py"),
        ("tool", _TOOL_DIR, "*"),
    ]
    for label, directory, pattern in groups:
        for path in sorted(directory.rglob(pattern)) if directory.is_dir() else []:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{label}:{path.relative_to(directory).as_posix()}\n".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _definitions_digested(label: str, directory: Path) -> Iterator[bytes]:
    """What the digest takes of the definitions: them as discovery sees them, through symbolic links,
    and the links that are broken (a build with one fails; it must not be skipped once one is added)."""
    found = walk(directory, DEFINITION_SUFFIX)
    for file in found.files:
        yield f"{label}:{file.relative_path}\n".encode()
        try:
            yield hashlib.sha256(file.path.read_bytes()).digest()
        except OSError as error:  # discovery reports it
            yield f"unreadable: {error}\n".encode()
    for link in found.bad_links:
        yield f"{label} bad link:{link.relative_path} -> {link.target}\n".encode()


def output_digest(output: Path) -> str:
    """A hash of the output directory as it is on disk, comparable with `files_digest` of the files a
    build wrote: a missing, extra or changed file changes it."""
    digest = hashlib.sha256()
    for relative, path in sorted(writer.existing_files(output).items()):
        try:
            content = f"link -> {os.readlink(path)}".encode() if path.is_symlink() else path.read_bytes()
        except OSError as error:
            content = f"unreadable: {error}".encode()
        digest.update(_file_entry(relative, content))
    return digest.hexdigest()


def files_digest(files: Mapping[str, bytes]) -> str:
    """A hash of the files a build writes, as `output_digest` hashes them once they are on disk."""
    digest = hashlib.sha256()
    for relative in sorted(files):
        digest.update(_file_entry(relative, files[relative]))
    return digest.hexdigest()


def _file_entry(relative: str, content: bytes) -> bytes:
    return relative.encode() + b"\n" + hashlib.sha256(content).digest()


def _stamp_matches(config: Config, inputs: str) -> bool:
    """Whether the last build had these inputs and the output still holds exactly what it wrote (the
    digest of the output on disk is compared, so a deleted or edited file is rebuilt)."""
    stamp = config.cache_dir / STAMP_NAME
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == {"inputs": inputs, "outputs": output_digest(config.output)})


def _write_stamp(config: Config, inputs: str, outputs: str) -> None:
    """Record the inputs and the digest of the files written: what the build meant the output to
    hold, not what a later look at the disk finds."""
    config.cache_dir.mkdir(parents=True, exist_ok=True)
    stamp = config.cache_dir / STAMP_NAME
    partial = stamp.with_name(f"{STAMP_NAME}.{os.getpid()}.tmp")
    partial.write_text(json.dumps({"inputs": inputs, "outputs": outputs}, indent=2) + "\n", encoding="utf-8")
    partial.replace(stamp)
