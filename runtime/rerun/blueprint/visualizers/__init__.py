"""Visualizers: how a view draws an entity (hand-written)."""

from __future__ import annotations

from rerun.blueprint.visualizers._base import VisualizableArchetype as VisualizableArchetype
from rerun.blueprint.visualizers._base import Visualizer as Visualizer

__all__ = ["VisualizableArchetype", "Visualizer"]
