"""The manifest: what the central library offers now, and the pure choice of what to fetch.

The manifest is itself a TUF target (``manifest.json``), so it reaches a
kiosk only after ngclient verified it against signed metadata. It names the
full snapshot of the newest version and the deltas still offered, each
``base_version -> version``. :func:`plan_update` picks the cheapest way from
the kiosk's version to the newest: a chain of deltas when one exists and costs
fewer bytes than the snapshot, the snapshot otherwise. No I/O here.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import asdict, dataclass, field

from sync.errors import CentralError

MANIFEST_TARGET = "manifest.json"
MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class Offer:
    """One file offered: a snapshot (``base_version`` None) or a delta."""

    target: str
    length: int
    version: int
    base_version: int | None = None
    records: int = 0

    @property
    def is_delta(self) -> bool:
        return self.base_version is not None


@dataclass(frozen=True)
class Manifest:
    library_id: str
    version: int
    built_at: str
    snapshot: Offer
    deltas: tuple[Offer, ...] = ()
    title: str = ""
    documents: int = 0
    records_sha256: str = ""
    counts: dict = field(default_factory=dict)      # records per type
    format: int = MANIFEST_FORMAT

    def to_json(self) -> bytes:
        data = asdict(self)
        data["deltas"] = [asdict(d) for d in self.deltas]
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> "Manifest":
        """Parse a manifest (already verified by TUF; checked here for shape).

        Raises:
            CentralError: not a manifest this kiosk understands.
        """
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != MANIFEST_FORMAT:
                raise CentralError(f"manifest format {data.get('format')!r} is not {MANIFEST_FORMAT}; "
                                   "update the kiosk software")
            snapshot = _offer(data["snapshot"])
            deltas = tuple(_offer(d) for d in data.get("deltas", []))
            manifest = cls(library_id=str(data["library_id"]), version=int(data["version"]),
                           built_at=str(data["built_at"]), snapshot=snapshot, deltas=deltas,
                           title=str(data.get("title", "")), documents=int(data.get("documents", 0)),
                           records_sha256=str(data.get("records_sha256", "")),
                           counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()})
        except CentralError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CentralError(f"manifest is malformed: {exc}") from None
        if snapshot.version != manifest.version or snapshot.is_delta:
            raise CentralError("manifest snapshot does not match the manifest version")
        for delta in deltas:
            if not delta.is_delta or delta.base_version >= delta.version:
                raise CentralError(f"manifest delta {delta.target} goes from "
                                   f"{delta.base_version} to {delta.version}")
        return manifest


def _offer(data: dict) -> Offer:
    base = data.get("base_version")
    return Offer(target=str(data["target"]), length=int(data["length"]), version=int(data["version"]),
                 base_version=None if base is None else int(base), records=int(data.get("records", 0)))


@dataclass(frozen=True)
class Plan:
    """What one sync will fetch and apply, in order; empty when already current."""

    kind: str                    # "current", "snapshot" or "deltas"
    steps: tuple[Offer, ...] = field(default_factory=tuple)
    reason: str = ""

    @property
    def bytes(self) -> int:
        return sum(s.length for s in self.steps)


def plan_update(manifest: Manifest, *, current_version: int | None, current_library_id: str | None,
                max_steps: int = 50) -> Plan:
    """Choose the cheapest verified way from the kiosk's version to the manifest's.

    Raises:
        CentralError: the central library is older than the kiosk (a reset or a
            misconfigured mirror); applying it would go backwards.
    """
    if current_version is None:
        return Plan("snapshot", (manifest.snapshot,), "no library installed yet")
    if current_library_id and current_library_id != manifest.library_id:
        return Plan("snapshot", (manifest.snapshot,),
                    f"library changed from {current_library_id} to {manifest.library_id}")
    if current_version == manifest.version:
        return Plan("current", (), f"already at version {current_version}")
    if current_version > manifest.version:
        raise CentralError(f"central offers version {manifest.version}, older than this kiosk's "
                           f"{current_version}; refusing to go back")
    chain = _cheapest_chain(manifest.deltas, current_version, manifest.version)
    if chain is None:
        return Plan("snapshot", (manifest.snapshot,),
                    f"no delta chain from version {current_version} (too far behind)")
    if len(chain) > max_steps:
        return Plan("snapshot", (manifest.snapshot,), f"delta chain of {len(chain)} steps is too long")
    cost = sum(d.length for d in chain)
    if cost >= manifest.snapshot.length:
        return Plan("snapshot", (manifest.snapshot,),
                    f"delta chain ({cost} bytes) is not smaller than the snapshot "
                    f"({manifest.snapshot.length} bytes)")
    return Plan("deltas", tuple(chain), f"{len(chain)} delta(s), {cost} bytes")


def _cheapest_chain(deltas: tuple[Offer, ...], start: int, goal: int) -> list[Offer] | None:
    """Dijkstra over versions, edges are deltas weighted by bytes (ties: fewer steps)."""
    edges: dict[int, list[Offer]] = {}
    for delta in deltas:
        edges.setdefault(delta.base_version, []).append(delta)
    heap: list[tuple[int, int, int, tuple]] = [(0, 0, start, ())]
    settled: set[int] = set()
    while heap:
        cost, steps, version, path = heapq.heappop(heap)
        if version == goal:
            return list(path)
        if version in settled:
            continue
        settled.add(version)
        for delta in edges.get(version, ()):
            if delta.version <= goal and delta.version not in settled:
                heapq.heappush(heap, (cost + delta.length, steps + 1, delta.version, path + (delta,)))
    return None
