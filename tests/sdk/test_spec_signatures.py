"""The Python signatures match the Rerun 0.33 spec.

For every signature the spec records (archetype `__init__`, `columns`, `from_fields` and `cleared`;
the `__init__` of datatype and component classes and of their Batch classes; `auto` of enums; the
other methods of datatype and component classes and Batches, such as factories), the generated
class must have the same parameters: names, kinds, required-ness, defaults and order. Every
public member the spec records on datatype and component classes and Batches must exist, Rerun's
conversion hooks aside. Annotations are not compared: the spec records them as text in Rerun's own
spelling.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import PRELUDE, REPO, make_project

SPEC_PATH = REPO.parent / "shared" / "spec" / "rerun-0.33-types.json"

pytestmark = pytest.mark.skipif(
    not SPEC_PATH.is_file(), reason="the shared spec is not checked out beside the repo"
)

SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8")) if SPEC_PATH.is_file() else {}

# One parameter as compared: name, kind, required, and the default's repr (None: no default).
Parameter = tuple[str, str, bool, str | None]

ARCHETYPE_METHODS = {
    "init_signature": "__init__",
    "columns_signature": "columns",
    "from_fields_signature": "from_fields",
    "cleared_signature": "cleared",
}


@dataclass(frozen=True)
class Case:
    """One recorded signature: `subject` is `<class fqname>.<method>`."""

    subject: str
    owner: str  # the fqname of the class the method is looked up on
    method: str
    recorded: dict[str, Any]


def spec_parameters(signature: dict[str, Any]) -> list[Parameter]:
    return [(p["name"], p["kind"], p["required"], p.get("default")) for p in signature["params"]]


def our_parameters(function: Callable[..., Any]) -> list[Parameter]:
    parameters: list[Parameter] = []
    for p in inspect.signature(function).parameters.values():
        has_default = p.default is not inspect.Parameter.empty
        variadic = p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        required = not has_default and not variadic
        parameters.append((p.name, p.kind.name, required, repr(p.default) if has_default else None))
    return parameters


def archetype_cases() -> Iterator[Case]:
    """The archetype signatures the spec records; a None signature means Rerun has no such method."""
    for family in ("rerun", "blueprint"):
        for fqname, archetype in sorted(SPEC[family]["archetypes"]["archetypes"].items()):
            for key, method in ARCHETYPE_METHODS.items():
                if archetype[key] is not None:
                    yield Case(f"{fqname}.{method}", fqname, method, archetype[key])


def value_class_cases() -> Iterator[Case]:
    """Constructors of datatypes and components and of their Batches, and `auto` of enums."""
    for family in ("rerun", "blueprint"):
        for kind in ("datatypes", "components"):
            for fqname, entry in sorted(SPEC[family][kind]["types"].items()):
                if "init_signature" in entry:
                    yield Case(f"{fqname}.__init__", fqname, "__init__", entry["init_signature"])
                batch = entry["batch_class"]
                batch_init = entry["batch_public_members"]["__init__"]["signature"]
                yield Case(f"{batch}.__init__", batch, "__init__", batch_init)
                if entry.get("enum", {}).get("auto_signature"):
                    yield Case(f"{fqname}.auto", fqname, "auto", entry["enum"]["auto_signature"])


@dataclass(frozen=True)
class Member:
    """A method (other than `__init__`) the spec records on a datatype or component class or Batch."""

    case: Case
    kind: str  # "method", "staticmethod" or "classmethod"
    hand_written: bool  # defined by one of the extension mixins of Rerun's SDK


def value_class_members() -> Iterator[Member]:
    """Every method but `__init__` of datatype and component classes and Batches, with its kind."""
    for family in ("rerun", "blueprint"):
        for kind in ("datatypes", "components"):
            for fqname, entry in sorted(SPEC[family][kind]["types"].items()):
                classes = (
                    (fqname, entry["public_members"]),
                    (entry["batch_class"], entry["batch_public_members"]),
                )
                for owner, members in classes:
                    for name, member in sorted(members.items()):
                        if member["kind"] == "attribute" or name == "__init__":
                            continue  # constructors are value_class_cases()
                        case = Case(f"{owner}.{name}", owner, name, member["signature"])
                        yield Member(case, member["kind"], "_ext." in member["defined_in"])


def is_conversion_hook(method: str) -> bool:
    """Whether the spec member is one of the conversion hooks of Rerun's SDK rather than its API.

    A Batch converts through `native_to_pa_array_override`, a field through
    `<field>__field_converter_override`, and `deferred_patch_class` adds constants. Our generator
    writes these conversions and constants itself, and a hand-written conversion is the Batch's
    `_native_to_pa_array` (an extension's `XBatchExt`), so no class has such a hook.
    """
    return method in ("native_to_pa_array_override", "deferred_patch_class") or method.endswith(
        "__field_converter_override"
    )


def method_kind(owner: type[Any], name: str) -> str:
    """How `name` is defined on `owner`, in the spec's words; any other callable is a "method"."""
    attribute = inspect.getattr_static(owner, name)
    if isinstance(attribute, staticmethod):
        return "staticmethod"
    if isinstance(attribute, classmethod):
        return "classmethod"
    return "method"


def resolve(fqname: str) -> Any:
    module, _, name = fqname.rpartition(".")
    return getattr(importlib.import_module(module), name)


def difference(case: Case) -> str | None:
    """How our signature differs from the recorded one, or None when they agree."""
    try:
        function = getattr(resolve(case.owner), case.method)
    except (ImportError, AttributeError) as error:
        return f"missing: {error}"
    want, got = spec_parameters(case.recorded), our_parameters(function)
    if want == got:
        return None
    return f"\n    spec: {_describe(want)}\n    ours: {_describe(got)}"


def _describe(parameters: list[Parameter]) -> str:
    """A parameter list written like a signature, with required keyword-only ones marked `!`."""
    parts: list[str] = []
    star = False
    for name, kind, required, default in parameters:
        if kind == "KEYWORD_ONLY" and not star:
            parts.append("*")
            star = True
        parts.append(name + ("" if default is None else f"={default}") + ("!" if required and star else ""))
    return f"({', '.join(parts)})"


def report(
    kind: str, cases: list[Case], failures: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with capsys.disabled():
        print(f"\n{len(cases) - len(failures)}/{len(cases)} {kind} signatures match the Rerun 0.33 spec")


def test_archetype_signatures_match_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    cases = list(archetype_cases())
    failures = {c.subject: d for c in cases if (d := difference(c)) is not None}
    report("archetype", cases, failures, capsys)
    assert not failures, "\n".join(f"{subject}: {d}" for subject, d in failures.items())


def test_every_archetype_signature_is_checked() -> None:
    """Every archetype of the spec has a constructor, `from_fields` and `cleared` on record."""
    archetypes = {c.owner for c in archetype_cases()}
    assert len(archetypes) == 86
    for method in ("__init__", "from_fields", "cleared"):
        assert sum(c.method == method for c in archetype_cases()) == 86, method


def test_archetype_constructor_argument_lists() -> None:
    """The spec's lists of each constructor's positional, required and keyword-only arguments."""
    failures: list[str] = []
    for family in ("rerun", "blueprint"):
        for fqname, recorded in sorted(SPEC[family]["archetypes"]["archetypes"].items()):
            parameters = our_parameters(resolve(fqname).__init__)[1:]  # without self
            ours = {
                "init_positional": [n for n, kind, _, _ in parameters if kind == "POSITIONAL_OR_KEYWORD"],
                "init_required": [n for n, _, required, _ in parameters if required],
                "init_keyword_only": [n for n, kind, _, _ in parameters if kind == "KEYWORD_ONLY"],
            }
            failures += [f"{fqname} {k}: {v} != {recorded[k]}" for k, v in ours.items() if v != recorded[k]]
    assert not failures, "\n".join(failures)


def test_value_class_signatures_match_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    cases = list(value_class_cases())
    failures = {c.subject: d for c in cases if (d := difference(c)) is not None}
    report("datatype and component", cases, failures, capsys)
    assert not failures, "\n".join(f"{subject}: {d}" for subject, d in failures.items())


def test_value_class_methods_match_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    """The other methods of datatype and component classes and Batches, whether Rerun generates
    them, inherits them (`ComponentMixin.as_arrow_array`) or writes them by hand (factories such as
    `TimeRangeBoundary.absolute`): every one is there, the same kind of method as in the spec, with
    the same parameters. Only conversion hooks may be missing (see `is_conversion_hook`)."""
    members = list(value_class_members())
    failures: dict[str, str] = {}
    absent: set[str] = set()
    for member in members:
        case = member.case
        owner = resolve(case.owner)
        if not hasattr(owner, case.method):
            if is_conversion_hook(case.method):
                absent.add(case.subject)
            else:
                failures[case.subject] = "missing"
            continue
        ours = method_kind(owner, case.method)
        if ours != member.kind:
            failures[case.subject] = f"a {ours}, the spec has a {member.kind}"
        elif (d := difference(case)) is not None:
            failures[case.subject] = d
    report(
        "other datatype and component method",
        [m.case for m in members if m.case.subject not in absent],
        failures,
        capsys,
    )
    with capsys.disabled():
        print(f"  ({len(absent)} conversion hooks not provided: our Batches convert without them)")
    assert not failures, "\n".join(f"{subject}: {d}" for subject, d in failures.items())


def test_value_class_attributes_exist() -> None:
    """Every attribute the spec records on a datatype or component class or Batch is there: fields,
    constants such as `ViewCoordinates.RDF`, class-level settings."""
    missing: list[str] = []
    for family in ("rerun", "blueprint"):
        for kind in ("datatypes", "components"):
            for fqname, entry in sorted(SPEC[family][kind]["types"].items()):
                for owner, members in (
                    (fqname, entry["public_members"]),
                    (entry["batch_class"], entry["batch_public_members"]),
                ):
                    cls = resolve(owner)
                    missing += [
                        f"{owner}.{name}"
                        for name, member in sorted(members.items())
                        if member["kind"] == "attribute" and not hasattr(cls, name)
                    ]
    assert not missing, "\n".join(missing)


def test_hand_written_methods_are_compared() -> None:
    """Hand-written factories and methods are among the members compared, not among the absent."""
    members = {m.case.subject: m for m in value_class_members()}
    for subject in (
        "rerun.datatypes.TimeRangeBoundary.absolute",
        "rerun.datatypes.TimeRangeBoundary.cursor_relative",
        "rerun.components.VideoTimestamp.seconds",
        "rerun.datatypes.Plane3D.with_distance",
        "rerun.components.MediaType.guess_from_path",
    ):
        assert members[subject].hand_written, subject
        assert hasattr(resolve(members[subject].case.owner), members[subject].case.method), subject


# -- `@constructor.positional(0)`, the attribute behind some of them -----------------------------

KEYWORD_ONLY_POINTS = """
    namespace rerun.archetypes;

    /// Points in 3D.
    @constructor.positional(0)
    struct Points3D {
        /// Where the points are.
        @required
        positions: [rerun.components.Position3D],

        /// How big they are.
        @recommended
        radii: [rerun.components.Radius],
    }
"""


def _init_arguments(source: str) -> tuple[list[str], list[str]]:
    """The positional and the keyword-only parameters of the generated `__init__` in `source`."""
    init = next(
        n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef) and n.name == "__init__"
    )
    return [a.arg for a in init.args.args], [a.arg for a in init.args.kwonlyargs]


def test_positional_zero_makes_required_fields_keyword_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(
        tmp_path / "p",
        {**PRELUDE, "rerun/archetypes/points3d.rrdef": KEYWORD_ONLY_POINTS},
        backends='["python"]',
    )
    code, _, err = project.run("build", capsys=capsys)
    assert code == 0, err
    source = (project.output / "python/rerun/archetypes/points3d.py").read_text(encoding="utf-8")
    assert _init_arguments(source) == (["self"], ["positions", "radii"])
    init = next(
        n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef) and n.name == "__init__"
    )
    assert init.args.kw_defaults[0] is None  # `positions` stays required


def test_without_the_attribute_required_fields_are_positional(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path / "p", PRELUDE, backends='["python"]')
    assert project.run("build", capsys=capsys)[0] == 0
    source = (project.output / "python/rerun/archetypes/points3d.py").read_text(encoding="utf-8")
    assert _init_arguments(source) == (["self", "positions"], ["radii"])


def test_positional_count_is_refused_on_enums(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mode = """
        namespace rerun.components;

        /// A mode.
        @constructor.positional(0)
        enum Mode: u8 {
            /// The only one.
            @default
            Only = 1,
        }
    """
    project = make_project(tmp_path / "p", {**PRELUDE, "rerun/components/mode.rrdef": mode})
    code, _, err = project.run("lint", capsys=capsys)
    assert code == 1
    assert "error[E161]: `@constructor.positional` is not valid on a component enum" in err


def test_constructor_shapes_with_a_hand_written_constructor_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attributes shape the generated constructor only; a hand-written one would ignore them."""
    vec3d = PRELUDE["rerun/datatypes/vec3d.rrdef"].replace(
        "@transparent", "@transparent\n@constructor.positional(0)"
    )
    extension = (
        "from rerun.datatypes.vec3d import Vec3D\n\n\nclass Vec3DExt(Vec3D):\n"
        '    """Vectors."""\n\n    def __init__(self, xyz):\n        self.xyz = xyz\n'
    )
    project = make_project(
        tmp_path / "p",
        {**PRELUDE, "rerun/datatypes/vec3d.rrdef": vec3d, "runtime/_ext/datatypes/vec3d.py": extension},
        backends='["python"]',
    )
    code, _, err = project.run("build", capsys=capsys)
    assert code == 1
    assert "error[E180]: `rerun.datatypes.Vec3D` has `@constructor.positional`" in err
    assert "but `Vec3DExt.__init__` writes it by hand" in err
