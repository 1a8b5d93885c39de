"""DataframeQuery: plain Python values for the query's parts, and explicit defaults for the flags."""

from __future__ import annotations

from typing import Any

from rerun.error_utils import catch_and_log_exceptions


class DataframeQueryExt:
    """Extension for `rerun.blueprint.archetypes.DataframeQuery`."""

    __slots__ = ()

    def __init__(
        self: Any,
        *,
        timeline: Any = None,
        filter_by_range: Any = None,
        filter_is_not_null: Any = None,
        apply_latest_at: bool = False,
        select: Any = None,
        entity_order: Any = None,
        auto_scroll: bool = False,
    ) -> None:
        """A dataframe query.

        `filter_by_range` is a `(start, end)` pair or a `FilterByRange`; `filter_is_not_null` a
        column selector (`"entity/path:Component"`), which becomes an active filter; `select` one
        list of time and component columns; `entity_order` a list of entity paths.
        `apply_latest_at` and `auto_scroll` are always set (False unless given).
        """
        from rerun.blueprint.datatypes import SelectedColumns

        with catch_and_log_exceptions("DataframeQuery") as guard:
            self._set_fields(
                timeline=timeline,
                filter_by_range=filter_by_range,
                filter_is_not_null=filter_is_not_null,
                apply_latest_at=apply_latest_at,
                select=None if select is None else SelectedColumns(select),
                entity_order=entity_order,
                auto_scroll=auto_scroll,
            )
        if guard.failed:
            self._clear_fields()
