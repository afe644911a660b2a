"""Near-duplicates: document_bands (the MinHash LSH index) and document_sources.content_id/similarity.

Existing sources were exact copies (content_id = document_id, similarity 1). Existing documents are indexed with
the band keys of ``dyad.duplicates`` as it is at this revision; a change to its shingles, permutations, seed or
banding needs a new revision that rebuilds ``document_bands``.

Revision ID: 0004
Revises: 0003_feeds
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("document_sources", sa.Column("content_id", sa.Text(), nullable=True))
    op.add_column("document_sources", sa.Column("similarity", sa.Double(), nullable=True))
    op.create_index("ix_document_sources_content_id", "document_sources", ["content_id"])
    op.create_table(
        "document_bands",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("document_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", "document_id", name="pk_document_bands"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_document_bands_document_id_documents",
                                ondelete="CASCADE"),
    )
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE document_sources SET content_id = document_id, similarity = 1.0"))
    _index_stored_documents(conn)


def _index_stored_documents(conn) -> None:
    from dyad.duplicates import fingerprint

    documents = sa.table("documents", sa.column("id", sa.Text), sa.column("text", sa.Text))
    bands = sa.table("document_bands", sa.column("key", sa.BigInteger), sa.column("document_id", sa.Text))
    ids = [r[0] for r in conn.execute(sa.select(documents.c.id).order_by(documents.c.id))]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = []
        for doc_id, text in conn.execute(sa.select(documents.c.id, documents.c.text).where(documents.c.id.in_(chunk))):
            rows += [{"key": k, "document_id": doc_id} for k in set(fingerprint(text).keys)]
        if rows:
            conn.execute(sa.insert(bands), rows)


def downgrade() -> None:
    op.drop_table("document_bands")
    with op.batch_alter_table("document_sources") as batch:
        batch.drop_index("ix_document_sources_content_id")
        batch.drop_column("similarity")
        batch.drop_column("content_id")
