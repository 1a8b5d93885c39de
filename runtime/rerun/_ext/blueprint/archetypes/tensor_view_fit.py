"""TensorViewFit: `scaling` may be given positionally."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class TensorViewFitExt:
    """Extension for `rerun.blueprint.archetypes.TensorViewFit`."""

    __slots__ = ()

    def __init__(self: Any, scaling: Any = None) -> None:
        """How the tensor is fit into the view; None leaves it unset."""
        with catch_and_log_exceptions("TensorViewFit") as guard:
            self._set_fields(scaling=scaling)
        if guard.failed:
            self._clear_fields()
