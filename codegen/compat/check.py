"""`codegen compat` and `codegen snapshot`: baselines, policy, findings and their output formats."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from codegen.arrow import ArrowMapping
from codegen.attributes import upgrade_retired
from codegen.codes import Code
from codegen.compat.compare import Change, View, compare
from codegen.compat.rules import REMOVAL_RULES, RULES, Category, Level, Rule
from codegen.config import Config
from codegen.diagnostics import Diagnostic, DiagnosticError, Span
from codegen.frontend import FrontendResult, core_sources, defines_core, discover, load
from codegen.model import EnumVariant, Field, Model, UnionVariant
from codegen.registry import registry_document

SNAPSHOT_COMMENT = (
    "Compatibility snapshot `{name}`, recorded by `codegen snapshot`; compared by `codegen compat`."
)


@dataclass(frozen=True)
class Waiver:
    rule: str
    element: str
    reason: str


@dataclass(frozen=True)
class CompatConfig:
    snapshots: Path
    fail_on: Level = Level.ERR
    categories: frozenset[Category] = frozenset(Category)
    ignore: frozenset[str] = frozenset()
    ignore_only: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ignore_types: tuple[str, ...] = ()
    waivers: tuple[Waiver, ...] = ()


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Finding:
    rule: Rule
    level: Level
    element: str
    message: str
    location: Location
    baseline: str
    note: str | None = None

    @property
    def categories(self) -> str:
        return ",".join(c.value for c in self.rule.categories)


@dataclass(frozen=True)
class Baseline:
    name: str
    view: View


# -- configuration ------------------------------------------------------------------------------


def load_compat_config(config: Config) -> CompatConfig:
    pyproject = config.root / "pyproject.toml"
    table: dict[str, Any] = {}
    if pyproject.is_file():
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("codegen", {})
        table = table.get("compat", {})
    known = {"snapshots", "fail_on", "categories", "ignore", "ignore_only", "ignore_types", "waivers"}
    problems = [f"unknown key `{key}` in [tool.codegen.compat]" for key in sorted(set(table) - known)]
    try:
        fail_on = Level[table.get("fail_on", "ERR")]
        categories = frozenset(Category(c) for c in table.get("categories", [c.value for c in Category]))
    except (KeyError, ValueError) as error:
        problems.append(f"[tool.codegen.compat]: bad level or category {error}")
        fail_on, categories = Level.ERR, frozenset(Category)
    unknown_rules = sorted(
        r for r in [*table.get("ignore", []), *table.get("ignore_only", {})] if r not in RULES
    )
    problems += [f"[tool.codegen.compat]: unknown rule `{r}`" for r in unknown_rules]
    waivers = []
    for raw in table.get("waivers", []):
        if not {"rule", "element", "reason"} <= set(raw) or raw["rule"] not in REMOVAL_RULES:
            problems.append(
                f"[tool.codegen.compat] waiver {raw} needs `element`, `reason` and a `rule` among "
                + ", ".join(sorted(REMOVAL_RULES))
            )
            continue
        waivers.append(Waiver(raw["rule"], raw["element"], raw["reason"]))
    if problems:
        raise DiagnosticError([Diagnostic(Code.CONFIG, p) for p in problems])
    return CompatConfig(
        snapshots=(config.root / table.get("snapshots", "compat")).resolve(),
        fail_on=fail_on,
        categories=categories,
        ignore=frozenset(table.get("ignore", [])),
        ignore_only={rule: tuple(prefixes) for rule, prefixes in table.get("ignore_only", {}).items()},
        ignore_types=tuple(table.get("ignore_types", [])),
        waivers=tuple(waivers),
    )


# -- views and baselines ------------------------------------------------------------------------


def view_of(model: Model) -> View:
    document = registry_document(model, ArrowMapping(model), "")
    return {entry["fqname"]: entry for entry in document["types"]}


def view_of_document(document: dict[str, Any], name: str) -> View:
    if not isinstance(document, dict) or not isinstance(document.get("types"), list):
        raise _baseline_error(f"baseline `{name}` is not a registry document (no `types` list)")
    return {entry["fqname"]: entry for entry in document["types"]}


def locations_of(model: Model) -> dict[str, Location]:
    """Where each type, field and variant of the current definitions is written."""
    locations: dict[str, Location] = {}

    def at(span: Span) -> Location:
        return Location(span.path, span.line, span.column)

    for typedef in model.types:
        locations[typedef.fqname] = at(typedef.span)
        members: list[Field | EnumVariant | UnionVariant] = [
            *typedef.fields,
            *typedef.enum_variants,
            *typedef.union_variants,
        ]
        for member in members:
            locations[f"{typedef.fqname}.{member.name}"] = at(member.span)
    return locations


def _baseline_error(message: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic(Code.CONFIG, message)])


def _load_definitions(directory: Path, display_root: Path, name: str) -> View:
    sources, problems = discover(directory, display_root)
    sources = [replace(s, text=upgrade_retired(s.text)) for s in sources]  # written before a rename
    if not defines_core(sources):  # a user's types: they build on the installed core
        core, core_problems = core_sources(display_root)
        sources, problems = sources + core, problems + core_problems
    result: FrontendResult = load(sources)
    if result.model is None or problems:
        errors = [*problems, *(d for d in result.diagnostics if d.is_error)]
        summary = "; ".join(d.message for d in errors[:3])
        raise _baseline_error(
            f"the definitions of baseline `{name}` do not validate ({len(errors)} errors): {summary}"
        )
    return view_of(result.model)


def load_baseline(spec: str, config: Config) -> Baseline:
    """A snapshot file, a directory of definitions, or a git revision of this repository."""
    path = Path(spec)
    if not path.is_absolute():
        path = config.root / path
    if path.is_file():
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            raise _baseline_error(f"baseline `{spec}` is not valid JSON: {error}") from None
        return Baseline(spec, view_of_document(document, spec))
    if path.is_dir():
        return Baseline(spec, _load_definitions(path, config.root, spec))
    return Baseline(spec, _load_git_revision(spec, config))


def _git(config: Config, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(config.root), *args], capture_output=True, check=False)


def _load_git_revision(revision: str, config: Config) -> View:
    if _git(config, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise _baseline_error(f"baseline `{revision}` is neither a file, a directory nor a git revision")
    if _git(config, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        shallow = _git(config, "rev-parse", "--is-shallow-repository").stdout.strip() == b"true"
        hint = (
            " This clone is shallow: fetch the revision first (`git fetch --depth=1 origin <ref>`), "
            "or compare against a recorded snapshot."
            if shallow
            else ""
        )
        raise _baseline_error(
            f"baseline `{revision}` is not a snapshot file, a definitions directory, or a commit of "
            f"this repository.{hint}"
        )
    toplevel = Path(_git(config, "rev-parse", "--show-toplevel").stdout.decode().strip())
    inside = config.definitions.resolve().relative_to(toplevel.resolve()).as_posix()
    archive = _git(config, "archive", "--format=tar", revision, "--", inside)
    if archive.returncode != 0:
        raise _baseline_error(f"baseline `{revision}` has no `{inside}` directory")
    with tempfile.TemporaryDirectory(prefix="codegen-baseline-") as scratch:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(scratch, filter="data")
        return _load_definitions(Path(scratch) / inside, Path(scratch), revision)


def recorded_snapshots(settings: CompatConfig) -> list[Path]:
    return sorted(settings.snapshots.glob("*.json")) if settings.snapshots.is_dir() else []


def write_snapshot(model: Model, settings: CompatConfig, name: str) -> Path:
    if not name or "/" in name or name.startswith("."):
        raise _baseline_error(f"snapshot name `{name}` must be a plain file name, such as `0.33`")
    document = registry_document(model, ArrowMapping(model), SNAPSHOT_COMMENT.format(name=name))
    settings.snapshots.mkdir(parents=True, exist_ok=True)
    target = settings.snapshots / f"{name}.json"
    target.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target


# -- policy ---------------------------------------------------------------------------------------


def _unstable(change: Change, old: View, new: View) -> bool:
    """Whether the type concerned made no promise: its state in the baseline (or, if new, now)."""
    element = change.baseline_element or change.element
    fqname = element if element in old or element in new else _owner(element)
    view = old if fqname in old else new
    return bool(view.get(fqname, {}).get("state") == "unstable")


def _owner(element: str) -> str:
    return element.rpartition(".")[0]


def findings_for(
    baseline: Baseline, new: View, locations: dict[str, Location], settings: CompatConfig
) -> tuple[list[Finding], set[Waiver]]:
    """The findings against one baseline after policy, and the waivers that were used."""
    findings: list[Finding] = []
    used: set[Waiver] = set()
    for change in compare(baseline.view, new):
        rule = RULES[change.rule]
        if rule.id in settings.ignore or not set(rule.categories) & settings.categories:
            continue
        if any(
            change.element.startswith(p)
            for p in (*settings.ignore_types, *settings.ignore_only.get(rule.id, ()))
        ):
            continue
        level, note = rule.level, None
        if _unstable(change, baseline.view, new) and level > Level.INFO:
            level, note = Level.INFO, "reported as INFO: the type is unstable"
        waiver = next(
            (w for w in settings.waivers if w.rule == rule.id and w.element == change.element), None
        )
        if waiver is not None:
            if change.deprecated_in_baseline:
                used.add(waiver)
                level, note = Level.INFO, f"waived: {waiver.reason}"
            else:
                note = f"waiver not honoured: `{change.element}` was not deprecated in `{baseline.name}`"
        findings.append(
            Finding(
                rule,
                level,
                change.element,
                change.message,
                _locate(change, baseline, locations),
                baseline.name,
                note,
            )
        )
    return findings, used


def _locate(change: Change, baseline: Baseline, locations: dict[str, Location]) -> Location:
    """The element's place in the current definitions, else its enclosing element's, else its old file."""
    for element in (change.element, change.enclosing, _owner(change.element)):
        if element and element in locations:
            return locations[element]
    old = baseline.view.get(change.element) or baseline.view.get(_owner(change.element)) or {}
    return Location(old.get("source", "definitions"), 1, 1)


# -- output ---------------------------------------------------------------------------------------


def format_findings(findings: Iterable[Finding], style: str) -> str:
    lines: list[str] = []
    for f in findings:
        where = f"{f.location.path}:{f.location.line}:{f.location.column}"
        if style == "json":
            lines.append(
                json.dumps(
                    {
                        "path": f.location.path,
                        "line": f.location.line,
                        "column": f.location.column,
                        "rule": f.rule.id,
                        "level": f.level.name,
                        "categories": [c.value for c in f.rule.categories],
                        "element": f.element,
                        "message": f.message,
                        "fix": f.rule.fix,
                        "baseline": f.baseline,
                        "note": f.note,
                    },
                    sort_keys=True,
                )
            )
        elif style == "github":
            command = {Level.ERR: "error", Level.WARN: "warning", Level.INFO: "notice"}[f.level]
            text = f"{f.message} ({f.rule.summary}; fix: {f.rule.fix})".replace("%", "%25").replace(
                "\n", "%0A"
            )
            lines.append(
                f"::{command} file={f.location.path},line={f.location.line},col={f.location.column},"
                f"title={f.rule.id}::{text}"
            )
        else:
            lines.append(
                f"{where}: {f.level.name} {f.rule.id} {f.message} [{f.categories}; against {f.baseline}]"
            )
            if f.note:
                lines.append(f"  = note: {f.note}")
            if f.level > Level.INFO:
                lines.append(f"  = fix: {f.rule.fix}")
    return "\n".join(lines) + ("\n" if lines else "")


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(
        findings, key=lambda f: (f.location.path, f.location.line, f.location.column, f.rule.id, f.baseline)
    )
