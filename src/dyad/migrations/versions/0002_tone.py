"""Tone: documents.tone and event_mentions.tone (GDELT's AvgTone scale, see dyad/tone.py).

Documents stored before this revision keep NULL tone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("tone", sa.Double(), nullable=True))
    op.add_column("event_mentions", sa.Column("tone", sa.Double(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.drop_column("tone")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("tone")
