"""Indexes for the event queries of ``dyad serve`` (lists, filters and aggregates) on large stores.

- ``ix_event_mentions_list`` ``(modality, date, id, source_code, target_code, root, code, quad)``: the event
  list is ordered by day then id and nearly always filtered by modality, so a page of matching events is read in
  index order and stops once the page is full; the filter columns ride along, so rows that do not match are
  rejected in the index without reading the table.
- ``ix_event_mentions_timeline`` ``(modality, date, quad, goldstein)``: counts and mean Goldstein score per day
  and QuadClass (the timeline) are computed from the index alone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_event_mentions_list": ["modality", "date", "id", "source_code", "target_code", "root", "code", "quad"],
    "ix_event_mentions_timeline": ["modality", "date", "quad", "goldstein"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "event_mentions", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "event_mentions")
