"""The blueprint API: views, containers, panels, and the `Blueprint` that puts them together.

A blueprint tells the viewer how to lay out and show the data. It travels in a blueprint stream
of its own, in which every part logs itself under a fixed entity path:

| entity path | what is logged there |
| --- | --- |
| `/viewport` | `ViewportBlueprint`: the root container and the automatic layout/view flags |
| `/container/<id>` | `ContainerBlueprint`: kind, children (their entity paths), shares, ... |
| `/view/<id>` | `ViewBlueprint`: class identifier, name, space origin, visibility |
| `/view/<id>/ViewContents` | `ViewContents`: the query expressions choosing the view's entities |
| `/view/<id>/<Property>` | one view property archetype, e.g. `/view/<id>/VisualBounds2D` |
| `/view/<id>/defaults` | default component values of the view |
| `/view/<id>/ViewContents/overrides/<entity>` | overrides of one entity; `ActiveVisualizers` |
| `/view/<id>/ViewContents/overrides/<entity>/<instr. id>` | a `VisualizerInstruction`, its overrides |
| `/blueprint_panel`, `/selection_panel`, `/top_panel` | `PanelBlueprint` |
| `/time_panel` | `TimePanelBlueprint` |

Everything is logged at sequence 0 of the `blueprint` timeline rather than as static data: the
viewer records the user's edits of the layout on that timeline, and static data would hide them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from rerun._baseclasses import Archetype, AsComponents, DescribedComponentBatch
from rerun.blueprint.archetypes import (
    ActiveVisualizers,
    ContainerBlueprint,
    PanelBlueprint,
    TimePanelBlueprint,
    ViewBlueprint,
    ViewContents,
    ViewportBlueprint,
)
from rerun.blueprint.components import ContainerKind, PanelState
from rerun.blueprint.visualizers import VisualizableArchetype, Visualizer

if TYPE_CHECKING:
    from rerun.blueprint.components import (
        ContainerKindLike,
        LoopModeLike,
        PanelStateLike,
        PlayStateLike,
    )
    from rerun.datatypes import AbsoluteTimeRangeLike

__all__ = [
    "Blueprint",
    "BlueprintLike",
    "BlueprintPanel",
    "BlueprintPart",
    "BlueprintStream",
    "ComponentsLike",
    "Container",
    "ContainerLike",
    "OverrideLike",
    "SelectionPanel",
    "TimePanel",
    "TopPanel",
    "View",
    "ViewContentsLike",
    "create_blueprint",
]

BLUEPRINT_TIMELINE = "blueprint"
"""The timeline the blueprint is logged on, at sequence 0."""


class BlueprintStream(Protocol):
    """Where a blueprint is logged to: a recording stream of the blueprint kind."""

    def set_time(self, timeline: str, /, *, sequence: int) -> None: ...

    def log(self, entity_path: str, entity: AsComponents, /, *, static: bool = False) -> None: ...


class _Components:
    """A loose list of described component batches, logged together like an archetype."""

    __slots__ = ("_batches",)

    def __init__(self, batches: Iterable[DescribedComponentBatch]) -> None:
        self._batches = list(batches)

    def as_component_batches(self) -> list[DescribedComponentBatch]:
        return list(self._batches)


ComponentsLike = AsComponents | DescribedComponentBatch | Iterable[DescribedComponentBatch]
"""Component values for a view's defaults or overrides: an archetype, or described batches."""

OverrideLike = Visualizer | ComponentsLike | Iterable[Visualizer | AsComponents | DescribedComponentBatch]
"""What a view's `overrides` holds for one entity (a single value, or a list of them)."""

ViewContentsLike = str | Sequence[str] | ViewContents
"""The entities of a view: query expressions such as `"+ $origin/**"` and `"- /debug/**"`."""


def _as_components(value: object, what: str) -> AsComponents:
    """Anything `ComponentsLike` as something that can be logged."""
    if isinstance(value, AsComponents):
        return value
    if isinstance(value, DescribedComponentBatch):
        return _Components([value])
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        batches = list(value)
        if all(isinstance(batch, DescribedComponentBatch) for batch in batches):
            return _Components(batches)
    raise TypeError(f"{what} must be an archetype or described component batches, got {type(value).__name__}")


def _join(*parts: str) -> str:
    """An entity path made of the given parts (each may contain slashes)."""
    segments = [segment for part in parts for segment in part.split("/") if segment]
    return "/" + "/".join(segments)


A = TypeVar("A", bound=Archetype)


def _as_property(
    argument: str, archetype: type[A], value: object, shorthand: Callable[[Any], A] | None = None
) -> A | None:
    """A view property from what was passed: the archetype itself, a shorthand for it, or None."""
    if value is None or isinstance(value, archetype):
        return value
    if shorthand is None:
        raise TypeError(f"`{argument}` must be a {archetype.__name__}, got {type(value).__name__}")
    return shorthand(value)


def _properties(*values: Archetype | None) -> dict[str, AsComponents]:
    """The given view properties, keyed by their archetype's short name (their entity path)."""
    return {type(value).archetype_short_name(): value for value in values if value is not None}


class View:
    """A view: a space in the viewport that shows some entities in a particular way.

    The concrete views (`Spatial3DView`, `TimeSeriesView`, ...) fix the class identifier and take
    the view's properties as keyword arguments; use `View` itself only for view classes that have
    no such helper.
    """

    def __init__(
        self,
        *,
        class_identifier: str,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        properties: Mapping[str, AsComponents] | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
    ) -> None:
        """A view of the given class.

        Parameters
        ----------
        class_identifier:
            The view class, as the viewer names it: `"3D"`, `"2D"`, `"TimeSeries"`, ...
        origin:
            The entity path the view is rooted at; `$origin` in `contents` stands for it.
        contents:
            Query expressions that choose the entities shown: one per line of a string, or a list.
            An expression starting with `-` removes entities; `/**` matches a whole subtree.
        name:
            The name shown in the view's tab; by default the viewer derives one from the origin.
        visible:
            Whether the view is shown; views are visible unless this is False.
        properties:
            Property archetypes of the view, keyed by the entity path below the view they are
            logged at (the archetype's short name, e.g. `"VisualBounds2D"`).
        defaults:
            Default component values for every entity of the view that does not log its own:
            archetypes (e.g. `rr.Points3D.from_fields(radii=0.1)`) or described component batches.
        overrides:
            Per entity path, values that replace the logged data in this view. A visualizer (e.g.
            `rr.Points3D.from_fields(radii=0.5).visualizer()`) or an archetype that has one makes
            the view draw the entity with that visualizer, using the archetype's values as
            overrides; other archetypes (e.g. `EntityBehavior`) and component batches are stored as
            plain overrides of the entity.

        """
        if not class_identifier:
            raise ValueError("A view needs a class identifier, such as '3D' or 'TimeSeries'")
        self.id = uuid.uuid4()
        self.class_identifier = class_identifier
        self.origin = origin
        self.contents = _view_contents(contents)
        self.name = name
        self.visible = visible
        self.properties = {
            key: _as_components(value, f"The view property {key!r}")
            for key, value in (properties or {}).items()
        }
        self.defaults = [_as_components(value, "A view default") for value in defaults or ()]
        self.overrides = {path: _entity_overrides(path, value) for path, value in (overrides or {}).items()}

    def blueprint_path(self) -> str:
        """The entity path of this view in the blueprint stream."""
        return f"/view/{self.id}"

    def to_blueprint(self) -> Blueprint:
        """A blueprint that shows only this view."""
        return Blueprint(self)

    def _log_to_stream(self, stream: BlueprintStream) -> None:
        path = self.blueprint_path()
        stream.log(
            path,
            ViewBlueprint(
                self.class_identifier, display_name=self.name, space_origin=self.origin, visible=self.visible
            ),
            static=False,
        )
        stream.log(_join(path, "ViewContents"), self.contents, static=False)
        for key, value in self.properties.items():
            stream.log(_join(path, key), value, static=False)
        for value in self.defaults:
            stream.log(_join(path, "defaults"), value, static=False)
        for entity, overrides in self.overrides.items():
            overrides._log_to_stream(stream, _join(path, "ViewContents", "overrides", entity))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(class_identifier={self.class_identifier!r}, origin={self.origin!r})"


def _view_contents(contents: ViewContentsLike) -> ViewContents:
    if isinstance(contents, ViewContents):
        return contents
    if isinstance(contents, str):
        queries = [line.strip() for line in contents.splitlines() if line.strip()]
    else:
        queries = list(contents)
        if not all(isinstance(query, str) for query in queries):
            raise TypeError("View contents must be query expression strings")
    return ViewContents(queries)


class _EntityOverrides:
    """The overrides of one entity in one view: visualizers to run, and plain component values."""

    __slots__ = ("plain", "visualizers")

    def __init__(self, visualizers: list[Visualizer], plain: list[AsComponents]) -> None:
        self.visualizers = visualizers
        self.plain = plain

    def _log_to_stream(self, stream: BlueprintStream, path: str) -> None:
        for value in self.plain:
            stream.log(path, value, static=False)
        for visualizer in self.visualizers:
            stream.log(
                _join(path, str(visualizer.id)), _Components(visualizer.instruction_batches()), static=False
            )
        if self.visualizers:
            stream.log(path, ActiveVisualizers([v.id.bytes for v in self.visualizers]), static=False)


def _entity_overrides(entity: str, value: OverrideLike) -> _EntityOverrides:
    """Sort what `overrides` holds for one entity into visualizers and plain overrides."""
    one = Visualizer | AsComponents | DescribedComponentBatch
    items: list[object] = [value] if isinstance(value, one) else list(value)
    visualizers: list[Visualizer] = []
    plain: list[AsComponents] = []
    loose: list[DescribedComponentBatch] = []
    for item in items:
        if isinstance(item, Visualizer):
            visualizers.append(item)
        elif isinstance(item, VisualizableArchetype):
            visualizers.append(item.visualizer())
        elif isinstance(item, AsComponents):
            plain.append(item)
        elif isinstance(item, DescribedComponentBatch):
            loose.append(item)
        else:
            raise TypeError(
                f"The overrides of {entity!r} must be visualizers, archetypes or described component "
                f"batches, got {type(item).__name__}"
            )
    if loose:
        plain.append(_Components(loose))
    return _EntityOverrides(visualizers, plain)


class Container:
    """A container: lays out views and other containers as tabs, side by side, stacked or in a grid.

    `Horizontal`, `Vertical`, `Grid` and `Tabs` are the usual way to make one.
    """

    def __init__(
        self,
        *args: ContainerLike,
        contents: Iterable[ContainerLike] | None = None,
        kind: ContainerKindLike,
        column_shares: Sequence[float] | None = None,
        row_shares: Sequence[float] | None = None,
        grid_columns: int | None = None,
        active_tab: int | str | None = None,
        name: str | None = None,
        visible: bool | None = None,
    ) -> None:
        """A container of the given kind holding `args` (or `contents`, not both).

        Parameters
        ----------
        *args:
            The views and containers inside, in layout order.
        contents:
            The same, as one iterable; only when no `args` are given.
        kind:
            How the children are arranged: `"tabs"`, `"horizontal"`, `"vertical"` or `"grid"`.
        column_shares:
            Relative widths of the columns (horizontal and grid containers): `[1, 2]` makes the
            second column twice as wide as the first.
        row_shares:
            Relative heights of the rows (vertical and grid containers).
        grid_columns:
            How many columns a grid has; by default the viewer chooses.
        active_tab:
            The tab shown first (tab containers): a child's index, or the name of a child.
        name:
            The name shown for the container in the viewer.
        visible:
            Whether the container and all it holds are shown; containers are visible by default.

        """
        if args and contents is not None:
            raise ValueError("Give the children of a container either positionally or as `contents`")
        children = list(args) if contents is None else list(contents)
        for child in children:
            if not isinstance(child, (Container, View)):
                raise TypeError(f"A container holds views and containers, got {type(child).__name__}")
        self.id = uuid.uuid4()
        self.kind = ContainerKind.auto(kind)
        self.contents: list[Container | View] = children
        self.name = name
        self.visible = visible
        allowed = {
            "column_shares": (ContainerKind.Horizontal, ContainerKind.Grid),
            "row_shares": (ContainerKind.Vertical, ContainerKind.Grid),
            "grid_columns": (ContainerKind.Grid,),
            "active_tab": (ContainerKind.Tabs,),
        }
        given = {
            "column_shares": column_shares,
            "row_shares": row_shares,
            "grid_columns": grid_columns,
            "active_tab": active_tab,
        }
        for argument, value in given.items():
            if value is not None and self.kind not in allowed[argument]:
                raise ValueError(f"`{argument}` does not apply to a {self.kind.name.lower()} container")
        self.column_shares = None if column_shares is None else [float(share) for share in column_shares]
        self.row_shares = None if row_shares is None else [float(share) for share in row_shares]
        self.grid_columns = grid_columns
        self.active_tab = None if active_tab is None else self._child(active_tab)

    def _child(self, tab: int | str) -> Container | View:
        """The child that `active_tab` names, by index or by name."""
        if isinstance(tab, int):
            if not -len(self.contents) <= tab < len(self.contents):
                raise IndexError(f"`active_tab` {tab} is out of range for {len(self.contents)} children")
            return self.contents[tab]
        for child in self.contents:
            if child.name == tab:
                return child
        raise ValueError(f"`active_tab` {tab!r} names no child of this container")

    def blueprint_path(self) -> str:
        """The entity path of this container in the blueprint stream."""
        return f"/container/{self.id}"

    def to_blueprint(self) -> Blueprint:
        """A blueprint whose layout is this container."""
        return Blueprint(self)

    def _walk(self) -> Iterator[Container | View]:
        """This container and everything below it, each child before its parent."""
        for child in self.contents:
            if isinstance(child, Container):
                yield from child._walk()
            else:
                yield child
        yield self

    def _log_to_stream(self, stream: BlueprintStream) -> None:
        stream.log(
            self.blueprint_path(),
            ContainerBlueprint(
                self.kind,
                display_name=self.name,
                contents=[child.blueprint_path() for child in self.contents],
                col_shares=self.column_shares,
                row_shares=self.row_shares,
                active_tab=None if self.active_tab is None else self.active_tab.blueprint_path(),
                visible=self.visible,
                grid_columns=self.grid_columns,
            ),
            static=False,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(child) for child in self.contents)})"


class _Panel:
    """A panel of the viewer that can be expanded, collapsed or hidden."""

    _PATH: ClassVar[str]

    def __init__(self, *, expanded: bool | None = None, state: PanelStateLike | None = None) -> None:
        """The panel's state: `state`, or `expanded` as a shorthand for expanded/collapsed."""
        if expanded is not None and state is not None:
            raise ValueError("Give a panel either `expanded` or `state`, not both")
        if expanded is not None:
            state = PanelState.Expanded if expanded else PanelState.Collapsed
        self.state = None if state is None else PanelState.auto(state)

    def blueprint_path(self) -> str:
        """The entity path of this panel in the blueprint stream."""
        return self._PATH

    def _archetype(self) -> AsComponents:
        return PanelBlueprint(state=self.state)

    def _log_to_stream(self, stream: BlueprintStream) -> None:
        archetype = self._archetype()
        if archetype.as_component_batches():
            stream.log(self._PATH, archetype, static=False)


class BlueprintPanel(_Panel):
    """The panel that shows the blueprint tree (left side of the viewer)."""

    _PATH = "/blueprint_panel"


class SelectionPanel(_Panel):
    """The panel that shows what is selected (right side of the viewer)."""

    _PATH = "/selection_panel"


class TopPanel(_Panel):
    """The bar at the top of the viewer."""

    _PATH = "/top_panel"


class TimePanel(_Panel):
    """The time panel at the bottom of the viewer, and the playback it controls."""

    _PATH = "/time_panel"

    def __init__(
        self,
        *,
        expanded: bool | None = None,
        state: PanelStateLike | None = None,
        timeline: str | None = None,
        playback_speed: float | None = None,
        fps: float | None = None,
        play_state: PlayStateLike | None = None,
        loop_mode: LoopModeLike | None = None,
        time_selection: AbsoluteTimeRangeLike | None = None,
    ) -> None:
        """The time panel's state and playback settings; whatever is left as None is not set.

        Parameters
        ----------
        expanded:
            True to expand the panel, False to collapse it; the same as the matching `state`.
        state:
            Whether the panel is hidden, collapsed or expanded.
        timeline:
            The name of the active timeline.
        playback_speed:
            A multiplier of the playback rate: 2 plays twice as fast.
        fps:
            Frames per second when playing a sequence timeline.
        play_state:
            Whether time is paused, playing or following the newest data.
        loop_mode:
            Whether playback loops over the selection, the whole timeline, or not at all.
        time_selection:
            The selected stretch of time.

        """
        super().__init__(expanded=expanded, state=state)
        self.timeline = timeline
        self.playback_speed = playback_speed
        self.fps = fps
        self.play_state = play_state
        self.loop_mode = loop_mode
        self.time_selection = time_selection

    def _archetype(self) -> AsComponents:
        return TimePanelBlueprint(
            state=self.state,
            timeline=self.timeline,
            playback_speed=self.playback_speed,
            fps=self.fps,
            play_state=self.play_state,
            loop_mode=self.loop_mode,
            time_selection=self.time_selection,
        )


ContainerLike = Container | View
"""What a container holds, and what can be the root of a layout."""

BlueprintPart = Container | View | TopPanel | BlueprintPanel | SelectionPanel | TimePanel
"""One part of a blueprint: its layout (a container or a view), or one of the panels."""


class Blueprint:
    """A whole blueprint: the layout of the viewport and the state of the viewer's panels."""

    def __init__(
        self,
        *parts: BlueprintPart,
        auto_layout: bool | None = None,
        auto_views: bool | None = None,
        collapse_panels: bool = False,
    ) -> None:
        """A blueprint made of at most one layout (a container or a view) and at most one of each panel.

        Parameters
        ----------
        *parts:
            The layout and the panels, in any order. A view on its own is put in a grid container.
        auto_layout:
            Whether the viewer may rearrange the layout by itself.
        auto_views:
            Whether the viewer may add views of its own for data that no view shows.
        collapse_panels:
            Collapse the blueprint, selection and time panels, unless they are given in `parts`.

        """
        self.root_container: Container | None = None
        self.top_panel: TopPanel | None = None
        self.blueprint_panel: BlueprintPanel | None = None
        self.selection_panel: SelectionPanel | None = None
        self.time_panel: TimePanel | None = None
        for part in parts:
            if isinstance(part, (Container, View)):
                if self.root_container is not None:
                    raise ValueError("A blueprint has one layout: combine the views in one container")
                self.root_container = (
                    part if isinstance(part, Container) else Container(part, kind=ContainerKind.Grid)
                )
            elif isinstance(part, _Panel):
                self._set_panel(part)
            else:
                raise TypeError(
                    f"A blueprint is made of views, containers and panels, got {type(part).__name__}"
                )
        self.auto_layout = auto_layout
        self.auto_views = auto_views
        self.collapse_panels = collapse_panels
        if self.root_container is not None:
            seen: set[uuid.UUID] = set()
            for node in self.root_container._walk():
                if node.id in seen:
                    raise ValueError(f"{node!r} appears more than once in the blueprint")
                seen.add(node.id)

    def _set_panel(self, panel: _Panel) -> None:
        attribute = panel.blueprint_path().lstrip("/")  # e.g. "time_panel", as the attribute
        if getattr(self, attribute) is not None:
            raise ValueError(f"A blueprint takes at most one {type(panel).__name__}")
        setattr(self, attribute, panel)

    def to_blueprint(self) -> Blueprint:
        """The blueprint itself (every `BlueprintLike` has this method)."""
        return self

    def _panels(self) -> list[_Panel]:
        panels: list[_Panel | None] = [
            self.top_panel,
            self.blueprint_panel,
            self.selection_panel,
            self.time_panel,
        ]
        if self.collapse_panels:
            collapsed = PanelState.Collapsed
            panels[1] = self.blueprint_panel or BlueprintPanel(state=collapsed)
            panels[2] = self.selection_panel or SelectionPanel(state=collapsed)
            panels[3] = self.time_panel or TimePanel(state=collapsed)
        return [panel for panel in panels if panel is not None]

    def log_to_stream(self, stream: BlueprintStream) -> None:
        """Log every part of the blueprint into a blueprint stream, at sequence 0 of `blueprint`."""
        stream.set_time(BLUEPRINT_TIMELINE, sequence=0)
        if self.root_container is not None:
            for node in self.root_container._walk():
                node._log_to_stream(stream)
        for panel in self._panels():
            panel._log_to_stream(stream)
        viewport = ViewportBlueprint(
            root_container=None if self.root_container is None else self.root_container.id.bytes,
            auto_layout=self.auto_layout,
            auto_views=self.auto_views,
        )
        if viewport.as_component_batches():
            stream.log("/viewport", viewport, static=False)


BlueprintLike = Blueprint | View | Container
"""Anything `send_blueprint` accepts: a blueprint, or a container or view that becomes one."""


def create_blueprint(blueprint: BlueprintLike) -> Blueprint:
    """The `Blueprint` for anything `BlueprintLike`."""
    if not isinstance(blueprint, (Blueprint, View, Container)):
        raise TypeError(f"Expected a Blueprint, a View or a Container, got {type(blueprint).__name__}")
    return blueprint.to_blueprint()
