"""PLOVER mode and context: event_mentions.plover_mode and event_mentions.plover_context.

Both come, like ``plover``, from dyad's PLOVER table (``data/plover.tsv``) by the event's CAMEO code. Events stored
before this revision get them from the table as it is at this revision (``dyad.lexicon.load_cameo``); a code the
table gives no mode or context keeps NULL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_mentions", sa.Column("plover_mode", sa.String(32), nullable=True))
    op.add_column("event_mentions", sa.Column("plover_context", sa.String(64), nullable=True))
    _fill_stored_events(op.get_bind())


def _fill_stored_events(conn) -> None:
    from dyad.lexicon import load_cameo

    rows = [{"b_code": c.code, "b_mode": c.plover_mode, "b_context": c.plover_context}
            for c in load_cameo().values() if c.plover_mode or c.plover_context]
    em = sa.table("event_mentions", sa.column("code", sa.String), sa.column("plover_mode", sa.String),
                  sa.column("plover_context", sa.String))
    stmt = (em.update().where(em.c.code == sa.bindparam("b_code"))
            .values(plover_mode=sa.bindparam("b_mode"), plover_context=sa.bindparam("b_context")))
    if rows:
        conn.execute(stmt, rows)


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.drop_column("plover_context")
        batch.drop_column("plover_mode")
