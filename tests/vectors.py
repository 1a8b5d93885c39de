"""Replays the reference vectors (../shared/vectors) against our `rerun` package and compares results.

Run directly for a report: `python tests/vectors.py [--only SUBSTRING] [--show N]`.
tests/sdk/test_vectors.py runs the same comparison under pytest.
"""

from __future__ import annotations

import argparse
import base64
import importlib
import io
import json
import sys
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

VECTORS = Path(__file__).resolve().parent.parent.parent / "shared" / "vectors"
FILES = ("datatypes", "components", "archetypes", "errors")


def load(name: str) -> list[dict[str, Any]]:
    with open(VECTORS / f"{name}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def resolve(dotted: str) -> Any:
    """Import the longest module prefix of `dotted`, then follow the rest as attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            target = getattr(target, name)
        return target
    raise ImportError(dotted)


def _float(value: Any) -> Any:
    if isinstance(value, dict) and "__float__" in value:
        return float(value["__float__"])
    if isinstance(value, list):
        return [_float(v) for v in value]
    return value


def decode(value: Any) -> Any:
    """Turn the tagged JSON of a vector's arguments into Python values."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__ndarray__" in value:
        data = _float(value["__ndarray__"])
        if value.get("complex_pairs"):
            flat = np.array(data, dtype=np.float64).reshape(-1, 2)
            return (flat[:, 0] + 1j * flat[:, 1]).astype(value["dtype"]).reshape(value["shape"])
        return np.array(data, dtype=value["dtype"]).reshape(value["shape"])
    if "__npscalar__" in value:
        return np.dtype(value["dtype"]).type(_float(value["__npscalar__"]))
    if "__float__" in value:
        return float(value["__float__"])
    if "__tuple__" in value:
        return tuple(decode(v) for v in value["__tuple__"])
    if "__bytes__" in value:
        return base64.b64decode(value["__bytes__"])
    if "__dict_items__" in value:
        return {decode(k): decode(v) for k, v in value["__dict_items__"]}
    if "__rerun__" in value:
        return resolve(value["__rerun__"])(*decode(value["args"]), **decode(value["kwargs"]))
    if "__rerun_enum__" in value:
        return getattr(resolve(value["__rerun_enum__"]), value["member"])
    if "__rerun_attr__" in value:
        return resolve(value["__rerun_attr__"])
    if "__pyarrow__" in value:
        return read_ipc(value["__pyarrow__"])
    return {k: decode(v) for k, v in value.items()}


def read_ipc(encoded: str) -> pa.Array:
    table = pa.ipc.open_stream(io.BytesIO(base64.b64decode(encoded))).read_all()
    column = table.column(0)
    return column.chunk(0) if column.num_chunks else pa.array([], type=column.type)


@dataclass
class Batch:
    descriptor: dict[str, str] | None
    component_type: str | None
    array: pa.Array


@dataclass
class Outcome:
    batches: list[Batch] = field(default_factory=list)
    exception: tuple[str, str] | None = None
    warnings: list[str] = field(default_factory=list)


def _descriptor(descriptor: Any) -> dict[str, str]:
    return {
        "component": descriptor.component,
        "archetype": descriptor.archetype,
        "component_type": descriptor.component_type,
    }


def _batches(result: Any, kind: str) -> list[Batch]:
    if kind == "archetype.as_component_batches":
        return [
            Batch(_descriptor(b.component_descriptor()), None, b.as_arrow_array())
            for b in result.as_component_batches()
        ]
    if kind == "component_column_list":
        return [Batch(_descriptor(c.component_descriptor()), None, c.as_arrow_array()) for c in result]
    if kind in ("component_instance", "datatype_instance_via_batch"):
        result = result._BATCH_TYPE(result) if hasattr(result, "_BATCH_TYPE") else _batch_of(result)(result)
    return [Batch(None, getattr(result, "_COMPONENT_TYPE", None), result.as_arrow_array())]


def _kind_of(result: Any) -> str:
    """How to read a result when the record does not say (records that expect an exception)."""
    import rerun as rr

    if isinstance(result, rr.ComponentColumnList):
        return "component_column_list"
    if hasattr(result, "as_component_batches"):
        return "archetype.as_component_batches"
    return "batch"


def _batch_of(instance: Any) -> Any:
    return resolve(f"{type(instance).__module__}.{type(instance).__name__}Batch")


def run(record: dict[str, Any]) -> Outcome:
    import rerun as rr

    call = record["call"]
    outcome = Outcome()
    rr.set_strict_mode(record["strict"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            target = resolve(call["class"])
            args, kwargs = decode(call["args"]), decode(call["kwargs"])
            method = call["method"]
            if method in ("batch", "__init__"):
                result = target(*args, **kwargs)
            elif method == "getattr":
                result = getattr(target, args[0])
            else:
                result = getattr(target, method)(*args, **kwargs)
            for step in call.get("then", []):
                result = getattr(result, step["method"])(*decode(step["args"]), **decode(step["kwargs"]))
            kind = record["expected"].get("result_kind") or _kind_of(result)
            outcome.batches = _batches(result, kind)
        except Exception as error:
            outcome.exception = (type(error).__name__, str(error))
        finally:
            rr.set_strict_mode(False)
    outcome.warnings = [str(w.message) for w in caught]
    return outcome


def compare(record: dict[str, Any], outcome: Outcome) -> list[str]:
    """Every difference between what the vector expects and what we produced."""
    expected = record["expected"]
    problems: list[str] = []
    if expected["outcome"] == "raises":
        want = (expected["exception"]["type"], expected["exception"]["message"])
        if outcome.exception != want:
            problems.append(f"expected {want[0]}({want[1]!r}), got {outcome.exception or 'no exception'}")
        return problems
    if outcome.exception is not None:
        return [f"raised {outcome.exception[0]}({outcome.exception[1]!r})"]
    want_batches = expected["batches"]
    if len(outcome.batches) != len(want_batches):
        got = [b.descriptor["component"] if b.descriptor else b.array.type for b in outcome.batches]
        want = [b["descriptor"]["component"] if b["descriptor"] else b["arrow_type"] for b in want_batches]
        problems.append(f"{len(outcome.batches)} batches {got} instead of {len(want_batches)} {want}")
        return problems
    for index, (got, want) in enumerate(zip(outcome.batches, want_batches, strict=True)):
        if got.descriptor != want["descriptor"]:
            problems.append(f"batch {index}: descriptor {got.descriptor} != {want['descriptor']}")
        if "component_type" in want and got.component_type != want["component_type"]:
            problems.append(f"batch {index}: component type {got.component_type} != {want['component_type']}")
        expected_array = read_ipc(want["ipc"])
        if not got.array.type.equals(expected_array.type):
            problems.append(f"batch {index}: type {got.array.type} != {expected_array.type}")
        elif not got.array.equals(expected_array) and not _same_ipc(got.array, want["ipc"]):
            problems.append(
                f"batch {index}: values {got.array.to_pylist()!r:.300} != {expected_array.to_pylist()!r:.300}"
            )
    want_warnings = [w["message"] for w in expected.get("warnings", [])]
    if outcome.warnings != want_warnings:
        problems.append(f"warnings {outcome.warnings} != {want_warnings}")
    return problems


def _same_ipc(array: pa.Array, encoded: str) -> bool:
    sink = io.BytesIO()
    batch = pa.record_batch([array], names=["data"])
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return base64.b64encode(sink.getvalue()).decode() == encoded


def all_records() -> Iterator[tuple[str, dict[str, Any]]]:
    for name in FILES:
        for record in load(name):
            yield name, record


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="only records whose id contains this")
    parser.add_argument("--show", type=int, default=20, help="how many failures to print")
    parser.add_argument("--write-known", action="store_true", help="rewrite tests/vectors_known_failures.txt")
    args = parser.parse_args()
    totals: Counter[tuple[str, str]] = Counter()
    passed: Counter[tuple[str, str]] = Counter()
    failures: list[tuple[str, list[str]]] = []
    for name, record in all_records():
        if args.only not in record["id"]:
            continue
        key = (name, record["family"])
        totals[key] += 1
        problems = compare(record, run(record))
        if problems:
            failures.append((record["id"], problems))
        else:
            passed[key] += 1
    for key in sorted(totals):
        print(f"{key[0]:>10} {key[1]:>9}: passed {passed[key]}/{totals[key]}")
    for record_id, problems in failures[: args.show]:
        print(f"FAIL {record_id}: " + "; ".join(problems)[:600])
    if args.write_known:
        known = Path(__file__).with_name("vectors_known_failures.txt")
        known.write_text("".join(f"{record_id}\n" for record_id, _ in sorted(failures)))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
