"""The `codegen` command line."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from codegen import __version__, writer
from codegen.build import BuildReport, build, load_model
from codegen.codes import Code
from codegen.config import Config, load_config
from codegen.diagnostics import Diagnostic, DiagnosticError, display_path, render_all
from codegen.model import Model

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_FINDINGS = 100
EXIT_BROKEN_PIPE = 141  # as a shell reports a program that SIGPIPE stopped


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codegen",
        description="Generate the Rerun SDK type layer (Python package, Arrow schema registry, reference "
        "docs) from the type definitions.",
        epilog="Paths and options come from [tool.codegen] in pyproject.toml. Exit status: 0 success, "
        "1 errors in the definitions or out-of-sync output, 2 bad usage, 3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"codegen {__version__}")
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        help="project directory holding pyproject.toml (default: .)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init_cmd = commands.add_parser(
        "init",
        help="create a project of your own types on top of the installed SDK",
        description="Create DIR with a project that generates a package of your own Rerun types: a "
        "pyproject.toml whose [tool.codegen] names the definitions and the package, an example "
        "component and an archetype that extends rerun.archetypes.Points3D, a snippet, a test and a "
        "README with the commands that build and test it.",
    )
    init_cmd.add_argument("directory", type=Path, metavar="DIR", help="the new project's folder")
    init_cmd.add_argument(
        "--namespace", required=True, metavar="NAME", help="the namespace root of your types, e.g. acme"
    )

    build_cmd = commands.add_parser(
        "build",
        help="validate the definitions and write generated/",
        description="Validate every definition, render all backends in memory, format the Python with "
        "ruff, then write only the files that changed and remove stale ones. Skips all work when "
        "nothing that feeds the build has changed since the last one.",
    )
    build_cmd.add_argument(
        "--check",
        action="store_true",
        help="write nothing; list out-of-sync files and exit 1 if there are any",
    )
    build_cmd.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    build_cmd.add_argument(
        "--warnings-as-errors",
        action="store_true",
        help="fail on warnings too (also: [tool.codegen] warnings_as_errors)",
    )

    lint_cmd = commands.add_parser(
        "lint",
        help="validate the definitions only",
        description="Parse and validate the definitions and report every problem; write nothing.",
    )
    lint_cmd.add_argument("--warnings-as-errors", action="store_true", help="fail on warnings too")

    compat_cmd = commands.add_parser(
        "compat",
        help="check the definitions for breaking changes against baselines",
        description="Compare the current definitions with one or more baselines (a snapshot file, a "
        "directory of definitions, or a git revision) and report every change that breaks users, by "
        "rule. Without --against, every snapshot recorded under [tool.codegen.compat] snapshots is "
        "used. Exit status: 0 clean, 100 findings at or above the fail level, 1 tool error.",
    )
    compat_cmd.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="BASELINE",
        help="snapshot file, definitions dir or git ref",
    )
    compat_cmd.add_argument(
        "--format", choices=["text", "json", "github"], default="text", help="output format"
    )
    compat_cmd.add_argument(
        "--fail-on",
        choices=["ERR", "WARN", "INFO"],
        default=None,
        help="lowest level that fails (default: ERR)",
    )

    snapshot_cmd = commands.add_parser(
        "snapshot",
        help="record the current definitions as a compatibility baseline",
        description="Write the registry view of the current definitions to <snapshots>/NAME.json.",
    )
    snapshot_cmd.add_argument("name", help="snapshot name, e.g. 0.33")

    docs_cmd = commands.add_parser(
        "docs",
        help="build the docs site (mkdocs, strict) into site/",
        description="Bring generated/ up to date (as `codegen build` does), then build the docs site "
        "from mkdocs.yml with `mkdocs build --strict`: the hand-written pages of docs/, the generated "
        "type reference and the runtime's API. Any mkdocs warning (a broken link or anchor, a page "
        "missing from the navigation) fails the build.",
    )
    docs_cmd.add_argument(
        "--site-dir", type=Path, default=None, help="where to write the site (default: site/ in the project)"
    )

    flags_cmd = commands.add_parser(
        "cpp-flags",
        help="print the flags that compile and link the generated C++",
        description="Print the compiler flags for C++ that uses the generated code, as one shell-quoted "
        "line: C++20 and the include paths of generated/cpp, the C++ runtime and the Arrow C++ headers of "
        "the installed pyarrow, as in `g++ $(codegen cpp-flags) -c main.cpp`. Every path is absolute.",
    )
    flags_what = flags_cmd.add_mutually_exclusive_group()
    flags_what.add_argument(
        "--libs",
        action="store_true",
        help="print the linker flags instead: pyarrow's libarrow by its versioned name, with an rpath",
    )
    flags_what.add_argument(
        "--sources",
        action="store_true",
        help="print the .cpp files to compile instead, one per line (the unity source and the runtime)",
    )

    dump_cmd = commands.add_parser(
        "model",
        help="print the resolved model as JSON (for debugging definitions)",
        description="Print the validated model, as the backends see it, as JSON.",
    )
    dump_cmd.add_argument("fqname", nargs="*", help="only these types (default: all)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:
            # Flush here, not at interpreter exit: a reader that closed the pipe early then shows as
            # a BrokenPipeError below instead of "Exception ignored ... BrokenPipeError" and status 120.
            # The `finally` also covers argparse's SystemExit (--help, --version, usage errors).
            sys.stdout.flush()
            sys.stderr.flush()
    except BrokenPipeError:  # whoever read the output stopped early (`codegen ... | head -1`)
        _discard_unwritable_output()
        return EXIT_BROKEN_PIPE


def _discard_unwritable_output() -> None:
    """Point stdout and stderr at /dev/null where the reader is gone, so that what is still buffered
    for them is dropped quietly when the interpreter flushes at exit."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "init":
            return _init(args.directory, args.namespace)
        config = load_config(args.project.resolve())
        if getattr(args, "warnings_as_errors", False):
            config = replace(config, warnings_as_errors=True)
        if args.command == "build":
            return _build(config, check=args.check, force=args.force)
        if args.command == "lint":
            return _lint(config)
        if args.command == "compat":
            return _compat(config, args.against, args.format, args.fail_on)
        if args.command == "snapshot":
            return _snapshot(config, args.name)
        if args.command == "docs":
            return _docs(config, args.site_dir)
        if args.command == "cpp-flags":
            return _cpp_flags(config, libs=args.libs, sources=args.sources)
        return _dump(config, args.fqname)
    except DiagnosticError as error:
        sys.stderr.write(render_all(error.diagnostics, {}))
        return EXIT_ERRORS if all(d.code is not Code.CONFIG for d in error.diagnostics) else EXIT_USAGE
    except BrokenPipeError:
        raise  # main() ends the command quietly; not an internal error
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; generated/ was left as it was\n")
        return 130
    except Exception as error:  # a bug in the tool, not in the definitions
        if os.environ.get("CODEGEN_DEBUG"):
            traceback.print_exc()
        else:
            sys.stderr.write(
                f"internal error: {type(error).__name__}: {error}\n"
                "This is a bug in codegen. Run with CODEGEN_DEBUG=1 for a traceback.\n"
            )
        return EXIT_INTERNAL


def _init(directory: Path, namespace: str) -> int:
    from codegen.scaffold import init_project

    written = init_project(directory, namespace)
    for path in written:
        print(f"  created {path}")
    print(
        f"codegen: created a project of `{namespace}` types in {directory}; "
        f"next: cd {shlex.quote(str(directory))} and run the two commands of its README.md"
    )
    return EXIT_OK


def _build(config: Config, *, check: bool, force: bool) -> int:
    started = time.perf_counter()
    report = build(config, check=check, force=force, on_wait=_waiting_message(config))
    elapsed = time.perf_counter() - started
    _print_diagnostics(report)
    if any(d.is_error for d in report.diagnostics):
        if check and report.plan is not None and not report.plan.in_sync:
            sys.stderr.write("generated/ is out of sync with the definitions: run `codegen build`\n")
        return EXIT_ERRORS
    if report.skipped:
        print(f"codegen: nothing changed since the last build ({elapsed:.2f}s); use --force to rebuild")
    elif report.plan is not None:
        plan = report.plan
        verb = "checked" if check else "built"
        types = len(report.model.types) if report.model else 0
        print(
            f"codegen: {verb} {types} types into {len(plan.files)} files in {elapsed:.2f}s "
            f"({len(plan.added)} added, {len(plan.changed)} changed, {len(plan.removed)} removed, "
            f"{len(plan.unchanged)} unchanged)"
        )
    return EXIT_OK


def _waiting_message(config: Config) -> Callable[[], None]:
    """What a command says when another build of the same output holds its lock."""
    shown = display_path(config.output, config.root)

    def say() -> None:
        sys.stderr.write(f"codegen: waiting for another build of {shown}/ to finish\n")
        sys.stderr.flush()

    return say


def _print_diagnostics(report: BuildReport) -> None:
    if report.diagnostics:
        sys.stderr.write(render_all(report.diagnostics, report.sources, warnings_per_code=3))


def _lint(config: Config) -> int:
    result = load_model(config)
    diagnostics = [d.as_error() if config.warnings_as_errors else d for d in result.diagnostics]
    sys.stderr.write(render_all(diagnostics, result.sources))
    return EXIT_ERRORS if any(d.is_error for d in diagnostics) else EXIT_OK


def _current_model(config: Config) -> Model:
    """The validated model of the current definitions; raises with the errors (quoted) if it has any."""
    result = load_model(config)
    if result.model is None:
        errors = [d for d in result.diagnostics if d.is_error]
        sys.stderr.write(render_all(errors, result.sources))
        raise DiagnosticError([Diagnostic(Code.CONFIG, "the current definitions have errors (listed above)")])
    return result.model


def _compat(config: Config, against: list[str], style: str, fail_on: str | None) -> int:
    from codegen.compat import check
    from codegen.compat.rules import Level

    try:
        settings = check.load_compat_config(config)
        model = _current_model(config)
        specs = against or [p.relative_to(config.root).as_posix() for p in check.recorded_snapshots(settings)]
        if not specs:
            raise DiagnosticError(
                [
                    Diagnostic(
                        Code.CONFIG, "no baseline: pass --against, or record one with `codegen snapshot NAME`"
                    )
                ]
            )
        baselines = [check.load_baseline(spec, config) for spec in specs]
    except DiagnosticError as error:
        sys.stderr.write(render_all(error.diagnostics, {}))
        return EXIT_ERRORS
    new, locations = check.view_of(model), check.locations_of(model)
    findings: list[check.Finding] = []
    used: set[check.Waiver] = set()
    for baseline in baselines:
        found, waived = check.findings_for(baseline, new, locations, settings)
        findings += found
        used |= waived
    findings = check.sort_findings(findings)
    sys.stdout.write(check.format_findings(findings, style))
    for waiver in sorted(set(settings.waivers) - used, key=lambda w: (w.rule, w.element)):
        sys.stderr.write(f"note: waiver for {waiver.rule} on `{waiver.element}` matched no finding\n")
    threshold = Level[fail_on] if fail_on else settings.fail_on
    failing = [f for f in findings if f.level >= threshold]
    if style == "text":
        names = ", ".join(b.name for b in baselines)
        sys.stderr.write(
            f"codegen compat: {len(findings)} finding(s) against {names}; "
            f"{len(failing)} at or above {threshold.name}\n"
        )
    return EXIT_FINDINGS if failing else EXIT_OK


def _snapshot(config: Config, name: str) -> int:
    from codegen.compat import check

    settings = check.load_compat_config(config)
    target = check.write_snapshot(_current_model(config), settings, name)
    print(f"codegen: recorded snapshot {target.relative_to(config.root).as_posix()}")
    return EXIT_OK


def _docs(config: Config, site_dir: Path | None) -> int:
    if not (config.root / "mkdocs.yml").is_file():
        raise DiagnosticError([Diagnostic(Code.CONFIG, f"no mkdocs.yml in {config.root}")])
    try:
        from codegen.docsite import build_site
    except ImportError as error:
        hint = "the docs site needs mkdocs and its plugins: pip install 'rerun-typegen[docs]'"
        raise DiagnosticError([Diagnostic(Code.CONFIG, f"cannot load mkdocs ({error})", hint=hint)]) from None
    target = (site_dir or config.root / "site").resolve()
    with writer.lock(config.output, on_wait=_waiting_message(config)):  # the site reads generated/ too
        status = _build(config, check=False, force=False)
        if status != EXIT_OK:
            return status
        done = build_site(config.root, target)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        sys.stderr.write("codegen: the docs site did not build (the problems are listed above)\n")
        return EXIT_ERRORS
    pages = sum(1 for _ in target.rglob("*.html"))
    print(f"codegen: built the docs site into {target} ({pages} pages)")
    return EXIT_OK


def _cpp_flags(config: Config, *, libs: bool, sources: bool) -> int:
    from codegen import cppflags  # imports pyarrow, which the other commands do not need

    if sources:
        print("\n".join(str(path) for path in cppflags.sources(config)))
    else:
        print(shlex.join(cppflags.link_flags() if libs else cppflags.compile_flags(config)))
    return EXIT_OK


def _dump(config: Config, only: list[str]) -> int:
    result = load_model(config)
    if result.model is None:
        sys.stderr.write(render_all(result.diagnostics, result.sources))
        return EXIT_ERRORS
    from codegen.modeljson import model_to_json

    print(json.dumps(model_to_json(result.model, only), indent=2, sort_keys=True))
    return EXIT_OK
