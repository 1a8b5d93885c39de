"""Read .rrd files (or bytes) back into chunks: what was logged, per store, entity and component.

recording = rerun.rrd.read_rrd("out.rrd").recording()
recording.entity_paths()                     # ['/__properties', '/points']
recording.rows("/points", "Points3D:positions")  # [(times, values), ...]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from rerun._chunk import Chunk, TimelineKind
from rerun._rrd import (
    BlueprintActivationMessage,
    ChunkMessage,
    FooterMessage,
    Manifest,
    RrdError,
    StoreId,
    StoreInfoMessage,
    decode,
)

__all__ = ["Chunk", "Recording", "RrdError", "Store", "StoreId", "read_rrd"]


@dataclass
class Store:
    """Everything one store (a recording or a blueprint) holds."""

    store_id: StoreId
    chunks: list[Chunk] = field(default_factory=list)
    manifests: list[Manifest] = field(default_factory=list)

    def entity_paths(self) -> list[str]:
        """Every entity with data, sorted."""
        return sorted({chunk.entity_path for chunk in self.chunks})

    def timelines(self) -> dict[str, TimelineKind]:
        """Every timeline and its kind."""
        found: dict[str, TimelineKind] = {}
        for chunk in self.chunks:
            for name, column in chunk.timelines.items():
                found.setdefault(name, column.kind)
        return dict(sorted(found.items()))

    def components(self, entity_path: str) -> list[str]:
        """The component identifiers logged to an entity, sorted."""
        return sorted(
            {d.component for c in self.chunks if c.entity_path == entity_path for d in c.components}
        )

    def num_rows(self, entity_path: str) -> int:
        """The number of rows logged to an entity, over all chunks."""
        return sum(chunk.num_rows for chunk in self.chunks if chunk.entity_path == entity_path)

    def rows(self, entity_path: str, component: str) -> list[tuple[dict[str, int], Any]]:
        """Each row holding `component` on the entity, in RowId order: its times and its values."""
        found: list[tuple[tuple[int, int], dict[str, int], Any]] = []
        for chunk in self.chunks:
            if chunk.entity_path != entity_path:
                continue
            for descriptor, array in chunk.components.items():
                if descriptor.component != component:
                    continue
                values = array.to_pylist()
                for row in range(chunk.num_rows):
                    if values[row] is None:
                        continue
                    times = {name: int(column.values[row]) for name, column in chunk.timelines.items()}
                    row_id = (int(chunk.row_ids[row, 0]), int(chunk.row_ids[row, 1]))
                    found.append((row_id, times, values[row]))
        found.sort(key=lambda item: item[0])
        return [(times, values) for _, times, values in found]


@dataclass
class Recording:
    """The stores of an .rrd stream, in order of appearance."""

    stores: dict[StoreId, Store]
    activations: list[BlueprintActivationMessage]

    def recording(self) -> Store:
        """The one recording store (an error if there are none or several)."""
        found = [store for store in self.stores.values() if store.store_id.kind == "recording"]
        if len(found) != 1:
            raise RrdError(f"expected exactly one recording in the stream, found {len(found)}")
        return found[0]

    def blueprints(self) -> list[Store]:
        """The blueprint stores."""
        return [store for store in self.stores.values() if store.store_id.kind == "blueprint"]


def read_rrd(source: str | os.PathLike[str] | bytes) -> Recording:
    """Decode an .rrd file or byte string (several concatenated streams are fine)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        with open(source, "rb") as handle:
            data = handle.read()
    stores: dict[StoreId, Store] = {}
    activations: list[BlueprintActivationMessage] = []
    for message in decode(data):
        if isinstance(message, StoreInfoMessage):
            stores.setdefault(message.store_id, Store(message.store_id))
        elif isinstance(message, ChunkMessage):
            store = stores.get(message.store_id)
            if store is None:
                raise RrdError(f"a chunk of store {message.store_id} comes before its SetStoreInfo")
            store.chunks.append(message.chunk)
        elif isinstance(message, BlueprintActivationMessage):
            activations.append(message)
        elif isinstance(message, FooterMessage):
            for manifest in message.manifests:
                stores.setdefault(manifest.store_id, Store(manifest.store_id)).manifests.append(manifest)
    return Recording(stores, activations)
