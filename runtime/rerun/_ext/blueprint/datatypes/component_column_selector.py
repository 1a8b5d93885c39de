"""ComponentColumnSelector: an entity path and a component, or both joined as `"path:component"`."""

from __future__ import annotations

from typing import Any


class ComponentColumnSelectorExt:
    """Extension for `rerun.blueprint.datatypes.ComponentColumnSelector`."""

    __slots__ = ()

    def __init__(
        self: Any, spec: str | None = None, *, entity_path: Any = None, component: Any = None
    ) -> None:
        """Select a column by `spec` (`"/entity/path:Component"`) or by `entity_path=` and `component=`.

        Parameters
        ----------
        spec : str, optional
            The entity path and the component in one string, split at its first colon:
            `"/world/points:Points3D:positions"` selects the component `Points3D:positions` of
            the entity `/world/points`. Cannot be combined with `entity_path` or `component`.
        entity_path : EntityPathLike, optional
            The path of the entity whose component is selected, e.g. `world/points`. Required,
            together with `component`, unless `spec` is given.
        component : Utf8Like, optional
            The identifier of the component on that entity, such as `Points3D:positions`.
            Required, together with `entity_path`, unless `spec` is given.
        """
        from rerun.datatypes import EntityPath, Utf8

        if spec is not None:
            if entity_path is not None or component is not None:
                raise ValueError("Give either `spec` or `entity_path` and `component`, not both")
            entity_path, separator, component = str(spec).partition(":")
            if not separator:
                raise ValueError(f"Expected a column spec of the form 'entity/path:Component', got {spec!r}")
        if entity_path is None or component is None:
            raise ValueError("Both `entity_path` and `component` are required")
        path: Any = entity_path if isinstance(entity_path, EntityPath) else EntityPath(str(entity_path))
        name: Any = component if isinstance(component, Utf8) else Utf8(str(component))
        self.entity_path = path
        self.component = name
