"""SQLite schema of the library store, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied. A
store written by an older kiosk is brought forward on open by the writer; a
store newer than this code is refused rather than misread.

Each record type of the exchange format (records.py) has one table. Lists of
ids (``document_ids``) become link tables so foreign keys keep them honest;
other lists and nested objects are JSON text. Foreign keys to documents are
deferred, so the records of one import may come in any order, and a deleted
document takes its interpretations, tags and catalogue entries with it.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the library as first shipped.
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        index_no TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        doc_number TEXT NOT NULL DEFAULT '',
        catalogue_category TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        doc_type TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        written_date TEXT,
        published_date TEXT,
        effective_date TEXT,
        validity TEXT NOT NULL,
        series TEXT,
        version_date TEXT,
        replaced_by TEXT REFERENCES documents(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        history TEXT NOT NULL DEFAULT '[]',
        body TEXT NOT NULL DEFAULT '[]',
        attachments TEXT NOT NULL DEFAULT '[]',
        source_url TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX documents_series ON documents(series) WHERE series IS NOT NULL;
    CREATE INDEX documents_replaced_by ON documents(replaced_by) WHERE replaced_by IS NOT NULL;
    CREATE INDEX documents_published ON documents(published_date);

    CREATE TABLE interpretations (
        id TEXT PRIMARY KEY,
        policy_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        published_date TEXT,
        body TEXT NOT NULL DEFAULT '[]',
        qa TEXT NOT NULL DEFAULT '[]',
        images TEXT NOT NULL DEFAULT '[]',
        source_url TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX interpretations_policy ON interpretations(policy_id);

    CREATE TABLE catalogue_nodes (
        id TEXT PRIMARY KEY,
        level TEXT NOT NULL,
        title TEXT NOT NULL,
        parent_id TEXT REFERENCES catalogue_nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL DEFAULT 0,
        region TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX catalogue_nodes_parent ON catalogue_nodes(parent_id);
    CREATE TABLE catalogue_items (
        node_id TEXT NOT NULL REFERENCES catalogue_nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        PRIMARY KEY (node_id, document_id)
    );
    CREATE INDEX catalogue_items_document ON catalogue_items(document_id);

    CREATE TABLE service_guides (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        department TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        conditions TEXT NOT NULL DEFAULT '[]',
        materials TEXT NOT NULL DEFAULT '[]',
        steps TEXT NOT NULL DEFAULT '[]',
        time_limit TEXT NOT NULL DEFAULT '',
        fee TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        hours TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        online_url TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE service_guide_documents (
        owner_id TEXT NOT NULL REFERENCES service_guides(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        PRIMARY KEY (owner_id, document_id)
    );
    CREATE INDEX service_guide_documents_document ON service_guide_documents(document_id);

    CREATE TABLE faqs (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        topic TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE faq_documents (
        owner_id TEXT NOT NULL REFERENCES faqs(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        PRIMARY KEY (owner_id, document_id)
    );
    CREATE INDEX faq_documents_document ON faq_documents(document_id);

    CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        document_id TEXT REFERENCES documents(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        body TEXT NOT NULL DEFAULT '[]',
        contact TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );

    CREATE TABLE enterprise_tags (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        industries TEXT NOT NULL DEFAULT '[]',
        enterprise_sizes TEXT NOT NULL DEFAULT '[]',
        target_groups TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '',
        no_application INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX enterprise_tags_document ON enterprise_tags(document_id);

    CREATE TABLE vocabularies (
        id TEXT PRIMARY KEY,
        terms TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE calendar_years (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        holidays TEXT NOT NULL DEFAULT '[]',
        workdays TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    """,
    # 2: colloquial-to-official synonyms for search, published by the central library.
    """
    CREATE TABLE synonyms (
        id TEXT PRIMARY KEY,
        term TEXT NOT NULL,
        expansions TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX synonyms_term ON synonyms(term);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The database file is not a library store this code can read."""


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations the database lacks, each in its own transaction.

    Returns:
        The number of migrations applied.

    Raises:
        SchemaError: the database is newer than this code knows.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"library store has schema version {current}; this kiosk reads up to {SCHEMA_VERSION}")
    applied = 0
    for number in range(current + 1, target + 1):
        script = MIGRATIONS[number - 1]
        # executescript commits first; wrap the step so a crash leaves the old version whole.
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        applied += 1
    return applied
