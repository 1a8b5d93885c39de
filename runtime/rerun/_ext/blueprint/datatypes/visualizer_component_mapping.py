"""VisualizerComponentMapping: the target and the source kind by position, the rest by keyword."""

from __future__ import annotations

from typing import Any


class VisualizerComponentMappingExt:
    """Extension for `rerun.blueprint.datatypes.VisualizerComponentMapping` (and its component)."""

    __slots__ = ()

    def __init__(
        self: Any,
        target: Any,
        source_kind: Any,
        *,
        source_component: str | None = None,
        selector: str | None = None,
    ) -> None:
        """Where the visualizer input `target` takes its data from.

        Parameters
        ----------
        target : Utf8Like
            The visualizer input that this mapping applies to, given as its component identifier,
            e.g. `"Scalars:scalars"`.
        source_kind : ComponentSourceKindLike
            Which kind of source provides the value, e.g. `"SourceComponent"`.
        source_component : str, optional
            The identifier of the logged component to read from, when `source_kind` is
            `SourceComponent`.
        selector : str, optional
            An expression that picks out part of the source component's data, such as one field
            of a struct; without it, the whole component is used.
        """
        self.target = target
        self.source_kind = source_kind
        self.source_component = None if source_component is None else str(source_component)
        self.selector = None if selector is None else str(selector)
