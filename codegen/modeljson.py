"""The resolved model as plain JSON data (for `codegen model` and for debugging)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping

from codegen.diagnostics import Span
from codegen.model import Model


def to_data(value: object) -> object:
    if isinstance(value, Span):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"node": type(value).__name__, **data}
    if isinstance(value, Mapping):
        return {".".join(k) if isinstance(k, tuple) else str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    return value


def model_to_json(model: Model, only: list[str]) -> list[object]:
    return [to_data(t) for t in model.types if not only or t.fqname in only]
