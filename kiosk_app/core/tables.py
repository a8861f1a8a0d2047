"""How each record type maps to rows of the store, and back.

Kept apart from the store so that the mapping can be read, and tested for a
lossless round trip, in one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kiosk_app.core.records import SPECS


@dataclass(frozen=True)
class TableSpec:
    record_type: str
    table: str
    json_fields: tuple[str, ...] = ()
    bool_fields: tuple[str, ...] = ()
    # record field holding a list of document ids -> link table (owner column, target column)
    link_field: str | None = None
    link_table: str | None = None
    link_owner: str = "owner_id"
    columns: tuple[str, ...] = field(default=())

    def row(self, record: dict) -> dict:
        """Column values for a validated record (link field excluded)."""
        out = {}
        for name in self.columns:
            value = record.get(name)
            if name in self.json_fields:
                value = json.dumps(value if value is not None else [], ensure_ascii=False,
                                   separators=(",", ":"))
            elif name in self.bool_fields:
                value = 1 if value else 0
            out[name] = value
        return out

    def record(self, row: dict, links: list[str] | None = None) -> dict:
        """The exchange record of a row, with every field of the spec present."""
        rec: dict = {"type": self.record_type}
        for name in self.columns:
            value = row[name]
            if name in self.json_fields:
                value = json.loads(value)
            elif name in self.bool_fields:
                value = bool(value)
            rec[name] = value
        if self.link_field:
            rec[self.link_field] = list(links or [])
        return rec


def _spec(record_type: str, table: str, *, json_fields=(), bool_fields=(), link_field=None,
          link_table=None, link_owner="owner_id") -> TableSpec:
    fields = [f for f in SPECS[record_type] if f not in ("type", link_field)]
    return TableSpec(record_type, table, tuple(json_fields), tuple(bool_fields), link_field,
                     link_table, link_owner, tuple(fields))


TABLES: dict[str, TableSpec] = {
    s.record_type: s for s in (
        _spec("document", "documents",
              json_fields=("history", "body", "attachments", "tags")),
        _spec("interpretation", "interpretations", json_fields=("body", "qa", "images")),
        _spec("catalogue_node", "catalogue_nodes", link_field="document_ids",
              link_table="catalogue_items", link_owner="node_id"),
        _spec("service_guide", "service_guides",
              json_fields=("conditions", "materials", "steps"),
              link_field="document_ids", link_table="service_guide_documents"),
        _spec("faq", "faqs", link_field="document_ids", link_table="faq_documents"),
        _spec("consultation", "consultations", json_fields=("body",)),
        _spec("enterprise_tags", "enterprise_tags",
              json_fields=("industries", "enterprise_sizes", "target_groups"),
              bool_fields=("no_application",)),
        _spec("vocabulary", "vocabularies", json_fields=("terms",)),
        _spec("calendar_year", "calendar_years", json_fields=("holidays", "workdays")),
        _spec("synonym", "synonyms", json_fields=("expansions",)),
    )
}

# Export order: what others point at comes first, so a file can be read front to back.
EXPORT_ORDER = (
    "vocabulary", "calendar_year", "synonym", "document", "interpretation",
    "catalogue_node", "service_guide", "faq", "consultation", "enterprise_tags",
)
assert set(EXPORT_ORDER) == set(TABLES)
