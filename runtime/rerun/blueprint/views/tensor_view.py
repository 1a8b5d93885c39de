"""`TensorView`: a two-dimensional slice of an n-dimensional tensor."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rerun.blueprint.api import (
    ComponentsLike,
    OverrideLike,
    View,
    ViewContentsLike,
    _as_property,
    _properties,
)
from rerun.blueprint.archetypes import TensorScalarMapping, TensorSliceSelection, TensorViewFit

if TYPE_CHECKING:
    from rerun.blueprint.components import ViewFitLike

__all__ = ["TensorView"]


class TensorView(View):
    """Shows one 2D slice of a `Tensor`, with sliders for the other dimensions."""

    def __init__(
        self,
        *,
        origin: str = "/",
        contents: ViewContentsLike = "$origin/**",
        name: str | None = None,
        visible: bool | None = None,
        defaults: Iterable[ComponentsLike] | None = None,
        overrides: Mapping[str, OverrideLike] | None = None,
        slice_selection: TensorSliceSelection | None = None,
        scalar_mapping: TensorScalarMapping | None = None,
        view_fit: TensorViewFit | ViewFitLike | None = None,
    ) -> None:
        """A tensor view; see `View` for the arguments all views share.

        Parameters
        ----------
        slice_selection:
            Which dimensions are laid out across and down the screen, and where the others stand.
        scalar_mapping:
            How values become colors: colormap, gamma and magnification filter.
        view_fit:
            How the slice is scaled to the view: a `TensorViewFit`, or just a `ViewFit`.

        """
        super().__init__(
            class_identifier="Tensor",
            origin=origin,
            contents=contents,
            name=name,
            visible=visible,
            defaults=defaults,
            overrides=overrides,
            properties=_properties(
                _as_property("slice_selection", TensorSliceSelection, slice_selection),
                _as_property("scalar_mapping", TensorScalarMapping, scalar_mapping),
                _as_property("view_fit", TensorViewFit, view_fit, TensorViewFit),
            ),
        )
