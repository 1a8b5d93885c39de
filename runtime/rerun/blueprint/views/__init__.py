"""The views, one class per view type of the viewer (hand-written)."""

from __future__ import annotations

from rerun.blueprint.views.bar_chart_view import BarChartView as BarChartView
from rerun.blueprint.views.dataframe_view import DataframeView as DataframeView
from rerun.blueprint.views.graph_view import GraphView as GraphView
from rerun.blueprint.views.map_view import MapView as MapView
from rerun.blueprint.views.spatial2d_view import Spatial2DView as Spatial2DView
from rerun.blueprint.views.spatial3d_view import Spatial3DView as Spatial3DView
from rerun.blueprint.views.state_timeline_view import StateTimelineView as StateTimelineView
from rerun.blueprint.views.tensor_view import TensorView as TensorView
from rerun.blueprint.views.text_document_view import TextDocumentView as TextDocumentView
from rerun.blueprint.views.text_log_view import TextLogView as TextLogView
from rerun.blueprint.views.time_series_view import TimeSeriesView as TimeSeriesView

__all__ = [
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
]
