"""Backends that misbehave on purpose, loaded by tests through `module:Class` backend names."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.backends import BackendContext, GeneratedFile


class FailingBackend:
    """Produces one file, then fails half-way."""

    name = "failing"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        yield GeneratedFile("failing/first.txt", context.header("test", "#"), "test")
        raise RuntimeError("disk on fire")


class NoMarkerBackend:
    name = "no-marker"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        yield GeneratedFile("plain.txt", "hello\n", "test")


class BrokenPythonBackend:
    name = "broken-python"

    def generate(self, context: BackendContext) -> Iterator[GeneratedFile]:
        yield GeneratedFile("broken.py", context.header("test") + "x = (\n", "test")
