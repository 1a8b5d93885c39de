"""Blueprint types: how the viewer lays out and shows data (generated sub-packages)."""

from __future__ import annotations

from rerun.blueprint import archetypes as archetypes
from rerun.blueprint import components as components
from rerun.blueprint import datatypes as datatypes

__all__ = ["archetypes", "components", "datatypes"]
