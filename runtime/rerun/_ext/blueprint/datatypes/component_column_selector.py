"""ComponentColumnSelector: an entity path and a component, or both joined as `"path:component"`."""

from __future__ import annotations

from typing import Any

from rerun.blueprint.datatypes.component_column_selector import ComponentColumnSelector


class ComponentColumnSelectorExt(ComponentColumnSelector):
    """Selectors also from one `"entity/path:Component"` string."""

    @staticmethod
    def _derive_fields(
        spec: str | None = None, *, entity_path: Any = None, component: Any = None
    ) -> dict[str, Any]:
        """Select a column by `spec` (`"/entity/path:Component"`), or by `entity_path` and `component`.

        Parameters
        ----------
        spec : str, optional
            The entity path and the component in one string, split at its first colon:
            `"/world/points:Points3D:positions"` selects the component `Points3D:positions` of
            the entity `/world/points`. Cannot be combined with `entity_path` or `component`.
        """
        if spec is not None:
            if entity_path is not None or component is not None:
                raise ValueError("Give either `spec` or `entity_path` and `component`, not both")
            entity_path, separator, component = str(spec).partition(":")
            if not separator:
                raise ValueError(f"Expected a column spec of the form 'entity/path:Component', got {spec!r}")
        if entity_path is None or component is None:
            raise ValueError("Both `entity_path` and `component` are required")
        return {"entity_path": entity_path, "component": component}
