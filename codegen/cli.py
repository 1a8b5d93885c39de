"""The `codegen` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from codegen import __version__
from codegen.build import BuildReport, build, load_model
from codegen.codes import Code
from codegen.config import Config, load_config
from codegen.diagnostics import DiagnosticError, render_all

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


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

    dump_cmd = commands.add_parser(
        "model",
        help="print the resolved model as JSON (for debugging definitions)",
        description="Print the validated model, as the backends see it, as JSON.",
    )
    dump_cmd.add_argument("fqname", nargs="*", help="only these types (default: all)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.project.resolve())
        if getattr(args, "warnings_as_errors", False):
            config = replace(config, warnings_as_errors=True)
        if args.command == "build":
            return _build(config, check=args.check, force=args.force)
        if args.command == "lint":
            return _lint(config)
        return _dump(config, args.fqname)
    except DiagnosticError as error:
        sys.stderr.write(render_all(error.diagnostics, {}))
        return EXIT_ERRORS if all(d.code is not Code.CONFIG for d in error.diagnostics) else EXIT_USAGE
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


def _build(config: Config, *, check: bool, force: bool) -> int:
    started = time.perf_counter()
    report = build(config, check=check, force=force)
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


def _print_diagnostics(report: BuildReport) -> None:
    if report.diagnostics:
        sys.stderr.write(render_all(report.diagnostics, report.sources, warnings_per_code=3))


def _lint(config: Config) -> int:
    result = load_model(config)
    diagnostics = [d.as_error() if config.warnings_as_errors else d for d in result.diagnostics]
    sys.stderr.write(render_all(diagnostics, result.sources))
    return EXIT_ERRORS if any(d.is_error for d in diagnostics) else EXIT_OK


def _dump(config: Config, only: list[str]) -> int:
    result = load_model(config)
    if result.model is None:
        sys.stderr.write(render_all(result.diagnostics, result.sources))
        return EXIT_ERRORS
    from codegen.modeljson import model_to_json

    print(json.dumps(model_to_json(result.model, only), indent=2, sort_keys=True))
    return EXIT_OK
