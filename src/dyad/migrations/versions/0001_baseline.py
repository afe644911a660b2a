"""Baseline: documents, document_sources, event_mentions, quotes, places.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _document_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["document_id"], ["documents.id"], name=f"fk_{table}_document_id_documents", ondelete="CASCADE"
    )


def _mention(prefix: str, nullable: bool) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_text", sa.Text(), nullable=nullable),
        sa.Column(f"{prefix}_code", sa.String(32), nullable=True),
        sa.Column(f"{prefix}_name", sa.Text(), nullable=True),
        sa.Column(f"{prefix}_start", sa.Integer(), nullable=nullable),
        sa.Column(f"{prefix}_end", sa.Integer(), nullable=nullable),
        sa.Column(f"{prefix}_territory", sa.String(32), nullable=True),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("published", sa.String(40), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("skipped", sa.Text(), nullable=True),
        sa.Column("n_events", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    _indexes("documents", "date")

    op.create_table(
        "document_sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_document_sources"),
        _document_fk("document_sources"),
        sa.UniqueConstraint("document_id", "url", name="uq_document_sources_document_id_url"),
    )

    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
        sa.Column("sentence_end", sa.Integer(), nullable=True),
        *_mention("source", nullable=False),
        *_mention("target", nullable=True),
        sa.Column("verb_text", sa.Text(), nullable=False),
        sa.Column("verb_start", sa.Integer(), nullable=False),
        sa.Column("verb_end", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("root", sa.String(4), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("goldstein", sa.Double(), nullable=True),
        sa.Column("quad", sa.Integer(), nullable=True),
        sa.Column("plover", sa.String(32), nullable=True),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("location_name", sa.Text(), nullable=True),
        sa.Column("location_country", sa.String(8), nullable=True),
        sa.Column("location_lat", sa.Double(), nullable=True),
        sa.Column("location_lon", sa.Double(), nullable=True),
        sa.Column("location_feature", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_event_mentions"),
        _document_fk("event_mentions"),
    )
    _indexes("event_mentions", "document_id", "date", "source_code", "target_code", "code", "root")

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        *_mention("speaker", nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_quotes"),
        _document_fk("quotes"),
    )
    _indexes("quotes", "document_id", "speaker_code")

    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("lat", sa.Double(), nullable=True),
        sa.Column("lon", sa.Double(), nullable=True),
        sa.Column("feature", sa.String(32), nullable=True),
        sa.Column("literal", sa.Boolean(), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_places"),
        _document_fk("places"),
    )
    _indexes("places", "document_id", "name", "country")


def downgrade() -> None:
    for table in ("places", "quotes", "event_mentions", "document_sources", "documents"):
        op.drop_table(table)
