"""Blueprints: how the viewer lays out and shows data (`import rerun.blueprint as rrb`).

The archetypes, components, datatypes and views sub-packages are generated (the views from the
definitions in `rerun.blueprint.views`, on the hand-written `View` of `api`); the containers,
panels, `Blueprint` and visualizers are hand-written. Everything but the archetypes, components
and datatypes is imported on first use, which keeps `import rerun` fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from rerun.blueprint import archetypes as archetypes
from rerun.blueprint import components as components
from rerun.blueprint import datatypes as datatypes

if TYPE_CHECKING:
    from rerun.blueprint import api as api
    from rerun.blueprint import containers as containers
    from rerun.blueprint import views as views
    from rerun.blueprint import visualizers as visualizers
    from rerun.blueprint.api import Blueprint as Blueprint
    from rerun.blueprint.api import BlueprintLike as BlueprintLike
    from rerun.blueprint.api import BlueprintPanel as BlueprintPanel
    from rerun.blueprint.api import BlueprintPart as BlueprintPart
    from rerun.blueprint.api import Container as Container
    from rerun.blueprint.api import ContainerLike as ContainerLike
    from rerun.blueprint.api import SelectionPanel as SelectionPanel
    from rerun.blueprint.api import TimePanel as TimePanel
    from rerun.blueprint.api import TopPanel as TopPanel
    from rerun.blueprint.api import View as View
    from rerun.blueprint.archetypes import ActiveVisualizers as ActiveVisualizers
    from rerun.blueprint.archetypes import Background as Background
    from rerun.blueprint.archetypes import EntityBehavior as EntityBehavior
    from rerun.blueprint.archetypes import EyeControls3D as EyeControls3D
    from rerun.blueprint.archetypes import LineGrid3D as LineGrid3D
    from rerun.blueprint.archetypes import PlotLegend as PlotLegend
    from rerun.blueprint.archetypes import ScalarAxis as ScalarAxis
    from rerun.blueprint.archetypes import SpatialInformation as SpatialInformation
    from rerun.blueprint.archetypes import TensorScalarMapping as TensorScalarMapping
    from rerun.blueprint.archetypes import TensorSliceSelection as TensorSliceSelection
    from rerun.blueprint.archetypes import TextLogColumns as TextLogColumns
    from rerun.blueprint.archetypes import TextLogFormat as TextLogFormat
    from rerun.blueprint.archetypes import TextLogRows as TextLogRows
    from rerun.blueprint.archetypes import TimeAxis as TimeAxis
    from rerun.blueprint.archetypes import VisibleTimeRanges as VisibleTimeRanges
    from rerun.blueprint.archetypes import VisualBounds2D as VisualBounds2D
    from rerun.blueprint.components import BackgroundKind as BackgroundKind
    from rerun.blueprint.components import Corner2D as Corner2D
    from rerun.blueprint.components import Eye3DKind as Eye3DKind
    from rerun.blueprint.components import LockRangeDuringZoom as LockRangeDuringZoom
    from rerun.blueprint.components import MapProvider as MapProvider
    from rerun.blueprint.components import PanelState as PanelState
    from rerun.blueprint.components import PanelStateLike as PanelStateLike
    from rerun.blueprint.containers import Grid as Grid
    from rerun.blueprint.containers import Horizontal as Horizontal
    from rerun.blueprint.containers import Tabs as Tabs
    from rerun.blueprint.containers import Vertical as Vertical
    from rerun.blueprint.views import BarChartView as BarChartView
    from rerun.blueprint.views import DataframeView as DataframeView
    from rerun.blueprint.views import GraphView as GraphView
    from rerun.blueprint.views import MapView as MapView
    from rerun.blueprint.views import Spatial2DView as Spatial2DView
    from rerun.blueprint.views import Spatial3DView as Spatial3DView
    from rerun.blueprint.views import StateTimelineView as StateTimelineView
    from rerun.blueprint.views import TensorView as TensorView
    from rerun.blueprint.views import TextDocumentView as TextDocumentView
    from rerun.blueprint.views import TextLogView as TextLogView
    from rerun.blueprint.views import TimeSeriesView as TimeSeriesView
    from rerun.blueprint.visualizers import VisualizableArchetype as VisualizableArchetype
    from rerun.blueprint.visualizers import Visualizer as Visualizer
    from rerun.datatypes import TimeRange as TimeRange
    from rerun.datatypes import TimeRangeBoundary as TimeRangeBoundary
    from rerun.datatypes import VisibleTimeRange as VisibleTimeRange

# Where each name that is imported on first use is defined.
_DEFINED_IN: dict[str, str] = {
    **dict.fromkeys(
        [
            "Blueprint",
            "BlueprintLike",
            "BlueprintPanel",
            "BlueprintPart",
            "Container",
            "ContainerLike",
            "SelectionPanel",
            "TimePanel",
            "TopPanel",
            "View",
        ],
        "rerun.blueprint.api",
    ),
    **dict.fromkeys(
        [
            "ActiveVisualizers",
            "Background",
            "EntityBehavior",
            "EyeControls3D",
            "LineGrid3D",
            "PlotLegend",
            "ScalarAxis",
            "SpatialInformation",
            "TensorScalarMapping",
            "TensorSliceSelection",
            "TextLogColumns",
            "TextLogFormat",
            "TextLogRows",
            "TimeAxis",
            "VisibleTimeRanges",
            "VisualBounds2D",
        ],
        "rerun.blueprint.archetypes",
    ),
    **dict.fromkeys(
        [
            "BackgroundKind",
            "Corner2D",
            "Eye3DKind",
            "LockRangeDuringZoom",
            "MapProvider",
            "PanelState",
            "PanelStateLike",
        ],
        "rerun.blueprint.components",
    ),
    **dict.fromkeys(["Grid", "Horizontal", "Tabs", "Vertical"], "rerun.blueprint.containers"),
    **dict.fromkeys(
        [
            "BarChartView",
            "DataframeView",
            "GraphView",
            "MapView",
            "Spatial2DView",
            "Spatial3DView",
            "StateTimelineView",
            "TensorView",
            "TextDocumentView",
            "TextLogView",
            "TimeSeriesView",
        ],
        "rerun.blueprint.views",
    ),
    **dict.fromkeys(["VisualizableArchetype", "Visualizer"], "rerun.blueprint.visualizers"),
    **dict.fromkeys(["TimeRange", "TimeRangeBoundary", "VisibleTimeRange"], "rerun.datatypes"),
}
_SUBMODULES = ("api", "containers", "views", "visualizers")

__all__ = [
    "ActiveVisualizers",
    "Background",
    "BackgroundKind",
    "BarChartView",
    "Blueprint",
    "BlueprintLike",
    "BlueprintPanel",
    "BlueprintPart",
    "Container",
    "ContainerLike",
    "Corner2D",
    "DataframeView",
    "EntityBehavior",
    "Eye3DKind",
    "EyeControls3D",
    "GraphView",
    "Grid",
    "Horizontal",
    "LineGrid3D",
    "LockRangeDuringZoom",
    "MapProvider",
    "MapView",
    "PanelState",
    "PanelStateLike",
    "PlotLegend",
    "ScalarAxis",
    "SelectionPanel",
    "Spatial2DView",
    "Spatial3DView",
    "SpatialInformation",
    "StateTimelineView",
    "Tabs",
    "TensorScalarMapping",
    "TensorSliceSelection",
    "TensorView",
    "TextDocumentView",
    "TextLogColumns",
    "TextLogFormat",
    "TextLogRows",
    "TextLogView",
    "TimeAxis",
    "TimePanel",
    "TimeRange",
    "TimeRangeBoundary",
    "TimeSeriesView",
    "TopPanel",
    "Vertical",
    "View",
    "VisibleTimeRange",
    "VisibleTimeRanges",
    "VisualBounds2D",
    "VisualizableArchetype",
    "Visualizer",
    "api",
    "archetypes",
    "components",
    "containers",
    "datatypes",
    "views",
    "visualizers",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"rerun.blueprint.{name}")
    module = _DEFINED_IN.get(name)
    if module is None:
        raise AttributeError(f"module 'rerun.blueprint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
