"""dyad's Alembic environment. ``dyad.store.Store.open`` runs it programmatically; no alembic.ini is needed.

A developer writes a new revision (after changing ``dyad/schema.py``) from Python, against a scratch database
at the current head::

    from alembic import command
    from dyad.store import Store, alembic_config
    store = Store.open("sqlite:///scratch.db")
    with store.engine.begin() as conn:
        command.revision(alembic_config(conn), autogenerate=True, message="what changed")
"""
