"""The blueprint API: what views, containers, panels and blueprints log into a blueprint stream."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import rerun as rr
import rerun.blueprint as rrb
from conftest import REPO
from rerun._baseclasses import Archetype, AsComponents
from rerun.blueprint.api import create_blueprint
from rerun.rrd import read_rrd

SPEC_PATH = REPO.parent / "shared" / "spec" / "rerun-0.33-types.json"


class FakeStream:
    """Records what a blueprint logs: `set_time` calls and one entry per `log` call."""

    def __init__(self) -> None:
        self.times: list[tuple[str, int]] = []
        self.logs: list[tuple[str, AsComponents, bool]] = []

    def set_time(self, timeline: str, /, *, sequence: int) -> None:
        assert not self.logs, "the time must be set before anything is logged"
        self.times.append((timeline, sequence))

    def log(self, entity_path: str, entity: AsComponents, /, *, static: bool = False) -> None:
        self.logs.append((entity_path, entity, static))

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.logs]

    def at(self, path: str) -> dict[str, Any]:
        """Every component logged at `path`, by component name, as Python values."""
        found: dict[str, Any] = {}
        for logged_path, entity, _ in self.logs:
            if logged_path == path:
                for batch in entity.as_component_batches():
                    found[batch.component_descriptor().component] = batch.as_arrow_array().to_pylist()
        assert found, f"nothing was logged at {path}; logged: {self.paths()}"
        return found


def logged(blueprint: rrb.BlueprintLike) -> FakeStream:
    stream = FakeStream()
    create_blueprint(blueprint).log_to_stream(stream)
    return stream


def uuid_of(value: list[int]) -> uuid.UUID:
    return uuid.UUID(bytes=bytes(value))


def test_blueprint_is_logged_at_sequence_zero_of_the_blueprint_timeline() -> None:
    stream = logged(rrb.Spatial3DView())
    assert stream.times == [("blueprint", 0)]
    assert stream.logs and all(static is False for _, _, static in stream.logs)


def test_horizontal_layout_of_two_views() -> None:
    left = rrb.Spatial2DView(origin="frame_1s")
    right = rrb.Spatial2DView(origin="frame_2s", name="Two seconds", visible=False)
    layout = rrb.Horizontal(left, right, column_shares=[1, 3])
    stream = logged(layout)

    assert stream.at(f"/view/{left.id}") == {
        "ViewBlueprint:class_identifier": ["2D"],
        "ViewBlueprint:space_origin": ["frame_1s"],
    }
    assert stream.at(f"/view/{right.id}") == {
        "ViewBlueprint:class_identifier": ["2D"],
        "ViewBlueprint:display_name": ["Two seconds"],
        "ViewBlueprint:space_origin": ["frame_2s"],
        "ViewBlueprint:visible": [False],
    }
    assert stream.at(f"/view/{left.id}/ViewContents") == {"ViewContents:query": ["$origin/**"]}
    assert stream.at(f"/container/{layout.id}") == {
        "ContainerBlueprint:container_kind": [2],
        "ContainerBlueprint:contents": [f"/view/{left.id}", f"/view/{right.id}"],
        "ContainerBlueprint:col_shares": [1.0, 3.0],
    }
    viewport = stream.at("/viewport")
    assert uuid_of(viewport["ViewportBlueprint:root_container"][0]) == layout.id
    # Children are logged before the containers that refer to them, the viewport last.
    assert stream.paths().index(f"/view/{right.id}") < stream.paths().index(f"/container/{layout.id}")
    assert stream.paths()[-1] == "/viewport"


def test_a_view_alone_is_put_in_a_grid() -> None:
    view = rrb.TimeSeriesView(origin="/plots")
    blueprint = create_blueprint(view)
    assert blueprint.root_container is not None
    assert blueprint.root_container.kind is rrb.components.ContainerKind.Grid
    assert blueprint.root_container.contents == [view]
    stream = FakeStream()
    blueprint.log_to_stream(stream)
    root = stream.at(f"/container/{blueprint.root_container.id}")
    assert root["ContainerBlueprint:contents"] == [f"/view/{view.id}"]
    assert stream.at(f"/view/{view.id}")["ViewBlueprint:class_identifier"] == ["TimeSeries"]


def test_create_blueprint_accepts_every_blueprint_like() -> None:
    blueprint = rrb.Blueprint(rrb.TextLogView())
    assert create_blueprint(blueprint) is blueprint
    container = rrb.Vertical(rrb.TextLogView())
    assert create_blueprint(container).root_container is container
    with pytest.raises(TypeError, match="Expected a Blueprint, a View or a Container, got str"):
        create_blueprint("not a blueprint")  # type: ignore[arg-type]


def test_nested_containers_and_their_settings() -> None:
    plot = rrb.TimeSeriesView(name="plot")
    log = rrb.TextLogView(name="log")
    tabs = rrb.Tabs(plot, log, active_tab="log", name="Details")
    grid = rrb.Grid(rrb.Spatial3DView(), tabs, grid_columns=2, row_shares=[2, 1], column_shares=[1, 1])
    stream = logged(rrb.Vertical(grid, rrb.BarChartView(), row_shares=[3, 1], visible=True))

    assert stream.at(f"/container/{tabs.id}") == {
        "ContainerBlueprint:container_kind": [1],
        "ContainerBlueprint:display_name": ["Details"],
        "ContainerBlueprint:contents": [f"/view/{plot.id}", f"/view/{log.id}"],
        "ContainerBlueprint:active_tab": [f"/view/{log.id}"],
    }
    grid_logged = stream.at(f"/container/{grid.id}")
    assert grid_logged["ContainerBlueprint:container_kind"] == [4]
    assert grid_logged["ContainerBlueprint:grid_columns"] == [2]
    assert grid_logged["ContainerBlueprint:row_shares"] == [2.0, 1.0]
    assert grid_logged["ContainerBlueprint:contents"][1] == f"/container/{tabs.id}"
    assert rrb.Tabs(plot, log, active_tab=0).active_tab is plot
    assert rrb.Tabs(plot, log, active_tab=-1).active_tab is log


def test_container_children_may_be_given_as_contents() -> None:
    views = [rrb.Spatial2DView(), rrb.Spatial2DView()]
    assert rrb.Horizontal(contents=views).contents == views
    with pytest.raises(ValueError, match="either positionally or as `contents`"):
        rrb.Horizontal(views[0], contents=views[1:])


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"kind": "vertical", "column_shares": [1, 2]},
            ValueError,
            "`column_shares` does not apply to a vertical",
        ),
        (
            {"kind": "horizontal", "row_shares": [1, 2]},
            ValueError,
            "`row_shares` does not apply to a horizontal",
        ),
        ({"kind": "tabs", "grid_columns": 2}, ValueError, "`grid_columns` does not apply to a tabs"),
        ({"kind": "grid", "active_tab": 0}, ValueError, "`active_tab` does not apply to a grid"),
        ({"kind": "tabs", "active_tab": 5}, IndexError, "`active_tab` 5 is out of range for 1 children"),
        ({"kind": "tabs", "active_tab": "nope"}, ValueError, "`active_tab` 'nope' names no child"),
        ({"kind": "diagonal"}, ValueError, "Cannot convert diagonal to ContainerKind"),
    ],
)
def test_container_mistakes_are_reported(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        rrb.Container(rrb.TextLogView(), **arguments)


def test_a_container_holds_only_views_and_containers() -> None:
    with pytest.raises(TypeError, match="A container holds views and containers, got Points3D"):
        rrb.Horizontal(rr.Points3D([[0, 0, 0]]))  # type: ignore[arg-type]


def test_blueprint_parts_are_checked() -> None:
    view = rrb.Spatial3DView()
    with pytest.raises(ValueError, match="A blueprint has one layout"):
        rrb.Blueprint(rrb.Horizontal(), rrb.Vertical())
    with pytest.raises(ValueError, match="at most one TimePanel"):
        rrb.Blueprint(rrb.TimePanel(), rrb.TimePanel())
    with pytest.raises(ValueError, match="appears more than once in the blueprint"):
        rrb.Blueprint(rrb.Horizontal(view, rrb.Vertical(view)))
    with pytest.raises(TypeError, match="views, containers and panels, got int"):
        rrb.Blueprint(3)  # type: ignore[arg-type]


def test_viewport_flags_and_panels() -> None:
    blueprint = rrb.Blueprint(
        rrb.Spatial3DView(),
        rrb.BlueprintPanel(expanded=True),
        rrb.SelectionPanel(state="hidden"),
        rrb.TopPanel(state=rrb.PanelState.Collapsed),
        rrb.TimePanel(timeline="frame", play_state="Playing", loop_mode="All", fps=30.0, playback_speed=2.0),
        auto_layout=False,
        auto_views=True,
    )
    stream = FakeStream()
    blueprint.log_to_stream(stream)
    viewport = stream.at("/viewport")
    assert viewport["ViewportBlueprint:auto_layout"] == [False]
    assert viewport["ViewportBlueprint:auto_views"] == [True]
    assert stream.at("/blueprint_panel") == {"PanelBlueprint:state": [3]}
    assert stream.at("/selection_panel") == {"PanelBlueprint:state": [1]}
    assert stream.at("/top_panel") == {"PanelBlueprint:state": [2]}
    assert stream.at("/time_panel") == {
        "TimePanelBlueprint:timeline": ["frame"],
        "TimePanelBlueprint:playback_speed": [2.0],
        "TimePanelBlueprint:fps": [30.0],
        "TimePanelBlueprint:play_state": [2],
        "TimePanelBlueprint:loop_mode": [3],
    }


def test_collapse_panels_collapses_the_panels_not_given() -> None:
    stream = logged(rrb.Blueprint(rrb.SelectionPanel(expanded=True), collapse_panels=True))
    assert stream.at("/blueprint_panel") == {"PanelBlueprint:state": [2]}
    assert stream.at("/selection_panel") == {"PanelBlueprint:state": [3]}
    assert stream.at("/time_panel") == {"TimePanelBlueprint:state": [2]}
    assert "/top_panel" not in stream.paths()
    # Nothing to say about the viewport: it is left to the viewer.
    assert "/viewport" not in stream.paths()


def test_panel_state_is_given_once() -> None:
    assert rrb.TimePanel(expanded=False).state is rrb.PanelState.Collapsed
    with pytest.raises(ValueError, match="either `expanded` or `state`"):
        rrb.TopPanel(expanded=True, state="hidden")


def test_view_contents_from_a_string_or_a_list() -> None:
    lines = rrb.Spatial3DView(origin="/robot", contents="+ $origin/**\n  - /robot/debug/**\n")
    listed = rrb.Spatial3DView(contents=["/world/**", "- /world/noise"])
    stream = logged(rrb.Horizontal(lines, listed))
    assert stream.at(f"/view/{lines.id}/ViewContents") == {
        "ViewContents:query": ["+ $origin/**", "- /robot/debug/**"]
    }
    assert stream.at(f"/view/{listed.id}/ViewContents") == {
        "ViewContents:query": ["/world/**", "- /world/noise"]
    }
    with pytest.raises(TypeError, match="query expression strings"):
        rrb.Spatial3DView(contents=[1, 2])  # type: ignore[list-item]


def test_view_properties_are_logged_below_the_view() -> None:
    view = rrb.Spatial2DView(
        visual_bounds=rrb.VisualBounds2D(x_range=[-1, 7], y_range=[-3, 6]),
        background=[255, 0, 0],
        near_clip_plane=0.5,
    )
    stream = logged(view)
    assert stream.at(f"/view/{view.id}/VisualBounds2D") == {
        "VisualBounds2D:range": [{"x_range": [-1.0, 7.0], "y_range": [-3.0, 6.0]}]
    }
    assert stream.at(f"/view/{view.id}/Background") == {
        "Background:kind": [3],
        "Background:color": [0xFF0000FF],
    }
    assert stream.at(f"/view/{view.id}/NearClipPlane") == {"NearClipPlane:near_clip_plane": [0.5]}


def test_time_ranges_take_a_single_visible_time_range() -> None:
    view = rrb.Spatial3DView(
        origin="/",
        time_ranges=rrb.VisibleTimeRange(
            "time",
            start=rrb.TimeRangeBoundary.cursor_relative(seconds=-5.0),
            end=rrb.TimeRangeBoundary.cursor_relative(),
        ),
    )
    stream = logged(view)
    assert stream.at(f"/view/{view.id}/VisibleTimeRanges") == {
        "VisibleTimeRanges:ranges": [{"timeline": "time", "range": {"start": -5_000_000_000, "end": 0}}]
    }
    (entity,) = [entity for path, entity, _ in stream.logs if path.endswith("/VisibleTimeRanges")]
    time_range = entity.as_component_batches()[0].as_arrow_array().field("range")
    cursor_relative = 1  # the union's type code of a boundary relative to the time cursor
    for boundary in ("start", "end"):
        assert time_range.field(boundary).type_codes.to_pylist() == [cursor_relative]


# Every view class, its identifier, and each property argument with a value and the archetype
# (entity path below the view) it is logged as.
VIEWS: list[tuple[type[rrb.View], str, dict[str, tuple[Any, str]]]] = [
    (
        rrb.Spatial2DView,
        "2D",
        {
            "background": (rrb.BackgroundKind.GradientDark, "Background"),
            "visual_bounds": (rrb.VisualBounds2D(x_range=[0, 1], y_range=[0, 1]), "VisualBounds2D"),
            "near_clip_plane": (0.1, "NearClipPlane"),
            "time_ranges": (
                rrb.VisibleTimeRanges(
                    timeline="t",
                    start=rrb.TimeRangeBoundary.infinite(),
                    end=rrb.TimeRangeBoundary.cursor_relative(),
                ),
                "VisibleTimeRanges",
            ),
        },
    ),
    (
        rrb.Spatial3DView,
        "3D",
        {
            "background": (rrb.Background(kind="SolidColor", color=[0, 0, 0]), "Background"),
            "line_grid": (False, "LineGrid3D"),
            "spatial_information": (rrb.SpatialInformation("world", show_axes=True), "SpatialInformation"),
            "eye_controls": (rrb.EyeControls3D(kind="Orbital", speed=2.0), "EyeControls3D"),
        },
    ),
    (
        rrb.TimeSeriesView,
        "TimeSeries",
        {
            "axis_x": (rrb.TimeAxis(link="LinkToGlobal"), "TimeAxis"),
            "axis_y": (rrb.ScalarAxis(range=[-1, 1], zoom_lock=True), "ScalarAxis"),
            "plot_legend": (rrb.Corner2D.LeftTop, "PlotLegend"),
            "background": ([20, 20, 20], "PlotBackground"),
        },
    ),
    (
        rrb.BarChartView,
        "BarChart",
        {
            "plot_legend": (rrb.PlotLegend(visible=False), "PlotLegend"),
            "background": (rrb.archetypes.PlotBackground(show_grid=False), "PlotBackground"),
        },
    ),
    (
        rrb.TensorView,
        "Tensor",
        {
            "slice_selection": (rrb.TensorSliceSelection(width=1, height=0), "TensorSliceSelection"),
            "scalar_mapping": (rrb.TensorScalarMapping(colormap="Viridis"), "TensorScalarMapping"),
            "view_fit": ("Fill", "TensorViewFit"),
        },
    ),
    (
        rrb.TextDocumentView,
        "TextDocument",
        {"format_options": (rrb.archetypes.TextDocumentFormat(monospace=True), "TextDocumentFormat")},
    ),
    (
        rrb.TextLogView,
        "TextLog",
        {
            "columns": (rrb.TextLogColumns(timeline_columns=[]), "TextLogColumns"),
            "rows": (rrb.TextLogRows(filter_by_log_level=["WARN"]), "TextLogRows"),
            "format_options": (rrb.TextLogFormat(monospace_body=True), "TextLogFormat"),
        },
    ),
    (
        rrb.MapView,
        "Map",
        {"zoom": (12.0, "MapZoom"), "background": (rrb.MapProvider.OpenStreetMap, "MapBackground")},
    ),
    (
        rrb.GraphView,
        "Graph",
        {
            "visual_bounds": (rrb.VisualBounds2D(x_range=[-5, 5], y_range=[-5, 5]), "VisualBounds2D"),
            "background": (0x202020FF, "GraphBackground"),
            "force_link": (rrb.archetypes.ForceLink(distance=30.0), "ForceLink"),
            "force_many_body": (rrb.archetypes.ForceManyBody(strength=-40.0), "ForceManyBody"),
            "force_position": (rrb.archetypes.ForcePosition(position=[0, 0]), "ForcePosition"),
            "force_collision_radius": (
                rrb.archetypes.ForceCollisionRadius(enabled=True),
                "ForceCollisionRadius",
            ),
            "force_center": (rrb.archetypes.ForceCenter(strength=0.5), "ForceCenter"),
        },
    ),
    (
        rrb.DataframeView,
        "Dataframe",
        {"query": (rrb.archetypes.DataframeQuery(timeline="frame"), "DataframeQuery")},
    ),
    (rrb.StateTimelineView, "StateTimeline", {}),
]


@pytest.mark.parametrize(
    ("view_class", "identifier", "properties"), VIEWS, ids=[v[0].__name__ for v in VIEWS]
)
def test_every_view_logs_its_class_and_properties(
    view_class: type[rrb.View], identifier: str, properties: dict[str, tuple[Any, str]]
) -> None:
    view = view_class(origin="/data", name="mine", **{name: value for name, (value, _) in properties.items()})
    stream = logged(view)
    assert stream.at(f"/view/{view.id}") == {
        "ViewBlueprint:class_identifier": [identifier],
        "ViewBlueprint:display_name": ["mine"],
        "ViewBlueprint:space_origin": ["/data"],
    }
    below = {
        path.removeprefix(f"/view/{view.id}/")
        for path in stream.paths()
        if path.startswith(f"/view/{view.id}/")
    }
    assert below == {"ViewContents", *(path for _, path in properties.values())}
    for path in below:
        components = stream.at(f"/view/{view.id}/{path}")
        assert all(name.startswith(f"{path}:") for name in components), components


# What every view class takes before its properties, in order: (name, default), all keyword-only.
SHARED_VIEW_PARAMETERS = [
    ("origin", "/"),
    ("contents", "$origin/**"),
    ("name", None),
    ("visible", None),
    ("defaults", None),
    ("overrides", None),
]

# The properties of each view class, in signature order, with the archetype each one is.
VIEW_PROPERTIES: dict[str, list[tuple[str, str]]] = {
    "BarChartView": [("plot_legend", "PlotLegend"), ("background", "PlotBackground")],
    "DataframeView": [("query", "DataframeQuery")],
    "GraphView": [
        ("visual_bounds", "VisualBounds2D"),
        ("background", "GraphBackground"),
        ("force_link", "ForceLink"),
        ("force_many_body", "ForceManyBody"),
        ("force_position", "ForcePosition"),
        ("force_collision_radius", "ForceCollisionRadius"),
        ("force_center", "ForceCenter"),
    ],
    "MapView": [("zoom", "MapZoom"), ("background", "MapBackground")],
    "Spatial2DView": [
        ("background", "Background"),
        ("visual_bounds", "VisualBounds2D"),
        ("near_clip_plane", "NearClipPlane"),
        ("time_ranges", "VisibleTimeRanges"),
    ],
    "Spatial3DView": [
        ("background", "Background"),
        ("line_grid", "LineGrid3D"),
        ("spatial_information", "SpatialInformation"),
        ("eye_controls", "EyeControls3D"),
        ("time_ranges", "VisibleTimeRanges"),
    ],
    "StateTimelineView": [],
    "TensorView": [
        ("slice_selection", "TensorSliceSelection"),
        ("scalar_mapping", "TensorScalarMapping"),
        ("view_fit", "TensorViewFit"),
    ],
    "TextDocumentView": [("format_options", "TextDocumentFormat")],
    "TextLogView": [
        ("columns", "TextLogColumns"),
        ("rows", "TextLogRows"),
        ("format_options", "TextLogFormat"),
    ],
    "TimeSeriesView": [
        ("axis_x", "TimeAxis"),
        ("axis_y", "ScalarAxis"),
        ("plot_legend", "PlotLegend"),
        ("background", "PlotBackground"),
        ("time_ranges", "VisibleTimeRanges"),
    ],
}

ONE_RANGE = rrb.VisibleTimeRange(
    "time", start=rrb.TimeRangeBoundary.cursor_relative(seconds=-1.0), end=rrb.TimeRangeBoundary.infinite()
)

# The properties that accept a shorthand for their archetype: a value, and how the archetype is
# built from it (the value as the constructor's first positional argument, or as one keyword).
SHORTHANDS: dict[tuple[str, str], tuple[Any, Callable[[Any], Archetype]]] = {
    ("BarChartView", "plot_legend"): ("RightBottom", rrb.PlotLegend),
    ("BarChartView", "background"): (0x101010FF, lambda v: rrb.archetypes.PlotBackground(color=v)),
    ("GraphView", "background"): ([30, 30, 30], lambda v: rrb.archetypes.GraphBackground(color=v)),
    ("MapView", "zoom"): (12.5, rrb.archetypes.MapZoom),
    ("MapView", "background"): ("MapboxDark", rrb.archetypes.MapBackground),
    ("Spatial2DView", "background"): (rrb.BackgroundKind.GradientBright, rrb.Background),
    ("Spatial2DView", "near_clip_plane"): (0.25, rrb.archetypes.NearClipPlane),
    ("Spatial2DView", "time_ranges"): ([ONE_RANGE], rrb.VisibleTimeRanges),
    ("Spatial3DView", "background"): ([32, 32, 48], rrb.Background),
    ("Spatial3DView", "line_grid"): (False, rrb.LineGrid3D),
    ("Spatial3DView", "time_ranges"): (ONE_RANGE, rrb.VisibleTimeRanges),
    ("TensorView", "view_fit"): ("Fill", rrb.archetypes.TensorViewFit),
    ("TimeSeriesView", "plot_legend"): (rrb.Corner2D.LeftTop, rrb.PlotLegend),
    ("TimeSeriesView", "background"): ([10, 20, 30], lambda v: rrb.archetypes.PlotBackground(color=v)),
    ("TimeSeriesView", "time_ranges"): (ONE_RANGE, rrb.VisibleTimeRanges),
}


def test_the_view_classes_are_the_recorded_ones() -> None:
    assert sorted(rrb.views.__all__) == sorted(VIEW_PROPERTIES)
    assert set(SHORTHANDS) <= {(view, name) for view, props in VIEW_PROPERTIES.items() for name, _ in props}


@pytest.mark.parametrize("view", sorted(VIEW_PROPERTIES))
def test_view_signature_is_the_recorded_one(view: str) -> None:
    """Names, kinds, defaults and order of every parameter; each property is annotated with its
    archetype first, and with more than the archetype exactly when it takes a shorthand."""
    parameters = list(inspect.signature(getattr(rrb, view)).parameters.values())
    properties = VIEW_PROPERTIES[view]
    assert [(p.name, p.kind, p.default) for p in parameters] == [
        *((name, inspect.Parameter.KEYWORD_ONLY, default) for name, default in SHARED_VIEW_PARAMETERS),
        *((name, inspect.Parameter.KEYWORD_ONLY, None) for name, _ in properties),
    ]
    for parameter, (name, archetype) in zip(
        parameters[len(SHARED_VIEW_PARAMETERS) :], properties, strict=True
    ):
        accepted = str(parameter.annotation).split(" | ")
        assert accepted[0].rpartition(".")[2] == archetype, (view, name)
        assert accepted[-1] == "None", (view, name)
        assert (len(accepted) > 2) == ((view, name) in SHORTHANDS), (view, name)


def property_logged(view_class: type[rrb.View], name: str, value: object, archetype: str) -> dict[str, Any]:
    view = view_class(**{name: value})
    return logged(view).at(f"/view/{view.id}/{archetype}")


@pytest.mark.parametrize(
    ("view", "name"), sorted(SHORTHANDS), ids=[f"{v}.{n}" for v, n in sorted(SHORTHANDS)]
)
def test_a_shorthand_stands_for_its_archetype(view: str, name: str) -> None:
    value, build = SHORTHANDS[(view, name)]
    archetype = dict(VIEW_PROPERTIES[view])[name]
    view_class = getattr(rrb, view)
    given = property_logged(view_class, name, value, archetype)
    assert given == property_logged(view_class, name, build(value), archetype)


@pytest.mark.parametrize("view", sorted(VIEW_PROPERTIES))
def test_properties_without_a_shorthand_take_only_their_archetype(view: str) -> None:
    for name, archetype in VIEW_PROPERTIES[view]:
        if (view, name) not in SHORTHANDS:
            with pytest.raises(TypeError, match=rf"^`{name}` must be a {archetype}, got int$"):
                getattr(rrb, view)(**{name: 7})


def test_a_property_needs_its_archetype_where_there_is_no_shorthand() -> None:
    with pytest.raises(TypeError, match=r"`visual_bounds` must be a VisualBounds2D, got list"):
        rrb.Spatial2DView(visual_bounds=[[0, 1], [0, 1]])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"`axis_y` must be a ScalarAxis, got TimeAxis"):
        rrb.TimeSeriesView(axis_y=rrb.TimeAxis())  # type: ignore[arg-type]


def test_the_generic_view_takes_any_class_and_properties() -> None:
    view = rrb.View(
        class_identifier="Custom",
        origin="/x",
        properties={"PlotLegend": rrb.PlotLegend(visible=True)},
    )
    stream = logged(view)
    assert stream.at(f"/view/{view.id}")["ViewBlueprint:class_identifier"] == ["Custom"]
    assert stream.at(f"/view/{view.id}/PlotLegend") == {"PlotLegend:visible": [True]}
    with pytest.raises(ValueError, match="needs a class identifier"):
        rrb.View(class_identifier="")


def test_defaults_are_logged_at_the_view_defaults_path() -> None:
    radius = rr.components.RadiusBatch([0.25]).described(rr.Points3D.descriptor_radii())
    view = rrb.Spatial3DView(defaults=[rr.Points3D.from_fields(colors=[255, 0, 0]), radius])
    stream = logged(view)
    assert stream.at(f"/view/{view.id}/defaults") == {
        "Points3D:colors": [0xFF0000FF],
        "Points3D:radii": [0.25],
    }
    with pytest.raises(TypeError, match="A view default must be an archetype or described component batches"):
        rrb.Spatial3DView(defaults=[42])  # type: ignore[list-item]


def test_an_archetype_with_a_visualizer_overrides_through_a_visualizer_instruction() -> None:
    view = rrb.Spatial3DView(
        origin="/",
        overrides={"/tf": [rr.TransformAxes3D(axis_length=0.5, show_frame=True)]},
    )
    stream = logged(view)
    base = f"/view/{view.id}/ViewContents/overrides/tf"
    instruction_id = uuid_of(stream.at(base)["ActiveVisualizers:instruction_ids"][0])
    assert stream.at(f"{base}/{instruction_id}") == {
        "VisualizerInstruction:visualizer_type": ["TransformAxes3D"],
        "TransformAxes3D:axis_length": [0.5],
        "TransformAxes3D:show_frame": [True],
    }


def test_overrides_mix_visualizers_and_plain_values() -> None:
    mapping = rrb.datatypes.VisualizerComponentMapping(
        target="Scalars:scalars", source_kind="SourceComponent", source_component="sensor:reading"
    )
    lines = rr.SeriesLines.from_fields(widths=[2.0]).visualizer(mappings=[mapping])
    points = rrb.Visualizer("SeriesPoints")
    hidden = rr.components.VisibleBatch([False]).described("EntityBehavior:visible")
    view = rrb.TimeSeriesView(
        overrides={
            "sensor": [lines, points, rrb.EntityBehavior(interactive=False)],
            "/other/thing": hidden,
        }
    )
    stream = logged(view)
    base = f"/view/{view.id}/ViewContents/overrides"
    assert stream.at(f"{base}/sensor") == {
        "EntityBehavior:interactive": [False],
        "ActiveVisualizers:instruction_ids": [list(lines.id.bytes), list(points.id.bytes)],
    }
    assert stream.at(f"{base}/sensor/{lines.id}") == {
        "VisualizerInstruction:visualizer_type": ["SeriesLines"],
        "VisualizerInstruction:component_map": [
            {
                "target": "Scalars:scalars",
                "source_kind": 1,
                "source_component": "sensor:reading",
                "selector": None,
            }
        ],
        "SeriesLines:widths": [2.0],
    }
    assert stream.at(f"{base}/sensor/{points.id}") == {
        "VisualizerInstruction:visualizer_type": ["SeriesPoints"]
    }
    assert stream.at(f"{base}/other/thing") == {"EntityBehavior:visible": [False]}
    with pytest.raises(
        TypeError, match="The overrides of 'sensor' must be visualizers, archetypes or described"
    ):
        rrb.TimeSeriesView(overrides={"sensor": [1.5]})  # type: ignore[list-item]


def test_visualizer_method_uses_the_set_values_as_overrides() -> None:
    visualizer = rr.Points3D.from_fields(radii=[0.5], colors=[0, 255, 0]).visualizer()
    assert visualizer.visualizer_type == "Points3D"
    assert [str(b.component_descriptor()) for b in visualizer.overrides] == [
        "Points3D:radii",
        "Points3D:colors",
    ]
    assert rr.Points3D([[1, 2, 3]]).visualizer().id != rr.Points3D([[1, 2, 3]]).visualizer().id
    with pytest.raises(ValueError, match="non-empty string"):
        rrb.Visualizer("")
    with pytest.raises(TypeError, match="described component batches, got int"):
        rrb.Visualizer("Points3D", overrides=[1])  # type: ignore[list-item]


def test_archetypes_with_a_visualizer_are_visualizable() -> None:
    """Exactly the archetypes marked `@visualizer` in their definition get `visualizer()`."""
    for path in sorted((REPO / "definitions" / "rerun" / "archetypes").glob("*.rrdef")):
        text = path.read_text(encoding="utf-8")
        name = re.search(r"^struct (\w+)", text, flags=re.MULTILINE)
        assert name is not None, path
        archetype = getattr(rr, name.group(1))
        marked = re.search(r"^@visualizer\b", text, flags=re.MULTILINE) is not None
        assert issubclass(archetype, rrb.VisualizableArchetype) == marked, name.group(1)
        if marked:
            assert archetype.__bases__[-2:] == (Archetype, rrb.VisualizableArchetype)
    assert not issubclass(rrb.archetypes.ViewBlueprint, rrb.VisualizableArchetype)


def test_every_exported_name_resolves() -> None:
    """`rerun.blueprint` imports its hand-written parts on first use; each exported name works."""
    for name in rrb.__all__:
        assert getattr(rrb, name) is not None, name
    with pytest.raises(AttributeError, match="has no attribute 'Spatial4DView'"):
        _ = rrb.Spatial4DView  # type: ignore[attr-defined]


@pytest.mark.skipif(not SPEC_PATH.is_file(), reason="the shared spec is not checked out beside the repo")
def test_top_level_names_follow_the_spec() -> None:
    names = json.loads(SPEC_PATH.read_text())["blueprint_top_level"]["names"]
    for name, entry in names.items():
        if name in ("annotations", "experimental"):
            continue
        assert hasattr(rrb, name), name
        value = getattr(rrb, name)
        if entry["what"] in ("class", "archetype_class", "enum"):
            module, _, qualname = entry["target"].rpartition(".")
            assert (value.__module__, value.__name__) == (module, qualname), name
        elif entry["what"] == "module":
            assert value.__name__ == entry["target"], name


def test_send_blueprint_writes_a_blueprint_store() -> None:
    """End to end: `send_blueprint` encodes the blueprint as a store of its own, then activates it."""
    recording = rr.RecordingStream("rerun_example_blueprint_store")
    memory = recording.memory_recording()
    view = rrb.Spatial2DView(
        origin="/image", visual_bounds=rrb.VisualBounds2D(x_range=[0, 4], y_range=[0, 3])
    )
    layout = rrb.Vertical(view, rrb.TextLogView(origin="/logs"), row_shares=[3, 1])
    recording.send_blueprint(rrb.Blueprint(layout, rrb.TimePanel(state="collapsed")), make_default=False)

    decoded = memory.read()
    (store,) = decoded.blueprints()
    assert store.timelines()["blueprint"] == "sequence"
    assert f"/view/{view.id}/VisualBounds2D" in store.entity_paths()
    [(times, class_identifier)] = store.rows(f"/view/{view.id}", "ViewBlueprint:class_identifier")
    assert (times["blueprint"], class_identifier) == (0, ["2D"])
    [(_, root)] = store.rows("/viewport", "ViewportBlueprint:root_container")
    assert uuid_of(root[0]) == layout.id
    [(_, shares)] = store.rows(f"/container/{layout.id}", "ContainerBlueprint:row_shares")
    assert shares == [3.0, 1.0]
    [(_, state)] = store.rows("/time_panel", "TimePanelBlueprint:state")
    assert state == [2]
    [activation] = decoded.activations
    assert (activation.blueprint_id, activation.make_active, activation.make_default) == (
        store.store_id,
        True,
        False,
    )


VIEW_SNIPPETS = REPO / "docs" / "snippets" / "views"

# The view classes each snippet of docs/snippets/views/ lays out.
SNIPPET_VIEWS = {
    "bar_chart": {"BarChart"},
    "dataframe": {"Dataframe"},
    "graph": {"Graph"},
    "layout": {"3D", "TimeSeries", "TextLog", "Dataframe"},
    "map": {"Map"},
    "overrides": {"3D"},
    "spatial2d": {"2D"},
    "spatial3d": {"3D"},
    "state_timeline": {"StateTimeline"},
    "tensor": {"Tensor"},
    "text_document": {"TextDocument"},
    "text_log": {"TextLog"},
    "time_series": {"TimeSeries"},
}

RUN_SNIPPETS = """
import sys
from pathlib import Path

import snippet_runner

snippets, output = Path(sys.argv[1]), Path(sys.argv[2])  # the runner replaces sys.argv
for snippet in sorted(snippets.glob("*.py")):
    snippet_runner.run(snippet, output / f"{snippet.stem}.rrd", [])
"""


@pytest.mark.slow  # runs every view snippet, in a subprocess
def test_view_snippets_send_their_blueprints(tmp_path: Path) -> None:
    """Each view snippet runs headless (strict, warnings are errors) and records its blueprint."""
    assert {path.stem for path in VIEW_SNIPPETS.glob("*.py")} == set(SNIPPET_VIEWS)
    done = subprocess.run(
        [sys.executable, "-c", RUN_SNIPPETS, str(VIEW_SNIPPETS), str(tmp_path)],
        cwd=REPO / "tests",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name, classes in SNIPPET_VIEWS.items():
        (store,) = read_rrd(tmp_path / f"{name}.rrd").blueprints()
        views = [path for path in store.entity_paths() if re.fullmatch(r"/view/[0-9a-f-]{36}", path)]
        found = {rows[0] for path in views for _, rows in store.rows(path, "ViewBlueprint:class_identifier")}
        assert found == classes, name
        assert "/viewport" in store.entity_paths(), name


def test_blueprint_archetypes_have_view_snippets() -> None:
    """Every blueprint archetype that a view or layout can set refers to a snippet showing it."""
    without = []
    for path in sorted((REPO / "definitions" / "rerun" / "blueprint" / "archetypes").glob("*.rrdef")):
        examples = re.findall(r"^/// \\example (views/\w+) ", path.read_text(encoding="utf-8"), re.MULTILINE)
        if not examples:
            without.append(path.stem)
        for example in examples:
            assert (REPO / "docs" / "snippets" / f"{example}.py").is_file(), (path.stem, example)
    # The table blueprint configures tables outside the viewport; no view uses it.
    assert without == ["table_blueprint"]
