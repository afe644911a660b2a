"""URL lists fetched politely and not twice: an index on document_sources.url, and the url_redirects table.

``dyad ingest`` asks, before fetching a listed URL, whether a stored document came from it: from the URL itself
(``document_sources.url``, now indexed) or from where it redirected (``url_redirects``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_sources_url", "document_sources", ["url"])
    op.create_table(
        "url_redirects",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_url_redirects"),
    )


def downgrade() -> None:
    op.drop_table("url_redirects")
    op.drop_index("ix_document_sources_url", "document_sources")
