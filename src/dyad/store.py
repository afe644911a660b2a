"""The store: idempotent writes of coded documents and queries over them, on SQLite or PostgreSQL.

A small class over SQLAlchemy Core (no ORM), opened by URL::

    store = Store.open("sqlite:///dyad.db")        # or postgresql://user@host/db, or sqlite:// in memory
    store.add(doc, url="https://…", outlet="Euronews")   # "ingested" or "duplicate"
    store.events(actor="RUS", root="05")          # [{…event JSON…, "document_id": …, "date": …}]

The document id (its content hash) is the key, so adding a document twice writes it once; a second URL or outlet
that carried it is still recorded in ``document_sources``. So is a near-duplicate (the same story with small edits,
``duplicates.py``): the first copy stored is kept, and the later one is recorded as one more source of it. Each document is written in one transaction, so a
failure leaves no half-written document. Opening a store upgrades its schema to the newest Alembic revision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import StaticPool

from dyad import duplicates
from dyad.document import Document, Event, Mention
from dyad.errors import StoreError
from dyad.schema import document_bands, document_sources, documents, event_mentions, places, quotes

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
BACKENDS = ("sqlite", "postgresql")
MIGRATION_LOCK = 0x6479_6164  # "dyad": the PostgreSQL advisory lock held while upgrading the schema


def alembic_config(connection: Connection | None = None):
    """An Alembic ``Config`` for dyad's migrations (no alembic.ini); ``connection`` is the one they run on."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _one_line(exc: BaseException) -> str:
    """The first line of an exception's message, without SQLAlchemy's background links."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime | None) -> datetime | None:
    """Timestamps come back naive from SQLite; they were written in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


# ---------------------------------------------------------------------------------------------------------------
# opening


def _engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder, WAL, foreign keys and real transactions."""
    try:
        parsed = make_url(url)
    except (sa.exc.ArgumentError, ValueError) as e:
        raise StoreError(f"not a database URL: {url!r} ({_one_line(e)})") from None
    backend = parsed.get_backend_name()
    if backend == "postgres":  # the spelling of Heroku and libpq URLs
        parsed, backend = parsed.set(drivername="postgresql"), "postgresql"
    if backend not in BACKENDS:
        raise StoreError(
            f"unsupported database {backend!r} in {parsed.render_as_string(hide_password=True)}:"
            " use sqlite:// or postgresql://"
        )
    if parsed.drivername == "postgresql":  # dyad's PostgreSQL driver is psycopg 3
        parsed = parsed.set(drivername="postgresql+psycopg")

    if backend == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True)

    database = parsed.database
    if not database or database == ":memory:":
        engine = sa.create_engine(
            parsed.set(database=None), poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        if not parsed.query.get("uri"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"timeout": 30})

    @sa_event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # dyad emits BEGIN itself (below), so DDL and reads are transactional too
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Connection) -> None:
        # writers take the write lock up front, so concurrent ingest waits (timeout) instead of failing on upgrade
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("dyad_write") else "BEGIN")

    return engine


# ---------------------------------------------------------------------------------------------------------------
# rows <-> document JSON


def _mention_row(prefix: str, m: Mention | None) -> dict[str, Any]:
    fields = ("text", "code", "name", "start", "end", "territory")
    if m is None:
        return {f"{prefix}_{f}": None for f in fields}
    return {f"{prefix}_{f}": getattr(m, f) for f in fields}


def _mention_json(r: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    if r[f"{prefix}_text"] is None and r[f"{prefix}_start"] is None:
        return None
    out = {k: r[f"{prefix}_{k}"] for k in ("text", "code", "name", "start", "end")}
    if r[f"{prefix}_territory"]:
        out["territory"] = r[f"{prefix}_territory"]
    return out


def _event_row(doc: Document, e: Event) -> dict[str, Any]:
    bounds = doc.sentences[e.sentence] if 0 <= e.sentence < len(doc.sentences) else (None, None)
    loc = e.location
    return {
        "document_id": doc.id,
        "sentence": e.sentence, "sentence_start": bounds[0], "sentence_end": bounds[1],
        **_mention_row("source", e.source),
        **_mention_row("target", e.target),
        "verb_text": e.verb.text, "verb_start": e.verb.start, "verb_end": e.verb.end,
        "code": e.code, "root": e.root, "name": e.name, "goldstein": e.goldstein, "quad": e.quad,
        "plover": e.plover, "plover_mode": e.plover_mode, "plover_context": e.plover_context,
        "modality": e.modality, "date": e.date,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_feature": loc.feature if loc else None,
        "tone": e.tone,
    }


def event_json(r: Mapping[str, Any]) -> dict[str, Any]:
    """An ``event_mentions`` row as the document JSON's event (DESIGN.md), plus ``document_id``."""
    location = None
    if r["location_name"] is not None:
        location = {k: r[f"location_{k}"] for k in ("name", "country", "lat", "lon", "feature")}
    return {
        "source": _mention_json(r, "source"),
        "target": _mention_json(r, "target"),
        "verb": {"text": r["verb_text"], "start": r["verb_start"], "end": r["verb_end"]},
        "date": r["date"],
        "code": r["code"], "root": r["root"], "name": r["name"], "goldstein": r["goldstein"], "quad": r["quad"],
        "plover": r["plover"], "plover_mode": r["plover_mode"], "plover_context": r["plover_context"],
        "modality": r["modality"], "sentence": r["sentence"],
        "location": location,
        "tone": r["tone"],
        "document_id": r["document_id"],
    }


def _quote_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {"document_id": doc.id, **_mention_row("speaker", q.speaker), "cue": q.cue, "kind": q.kind,
         "text": q.text, "start": q.start, "end": q.end}
        for q in doc.quotes
    ]


def _quote_json(r: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "speaker": _mention_json(r, "speaker"),
        "cue": r["cue"], "kind": r["kind"], "text": r["text"], "start": r["start"], "end": r["end"],
        "document_id": r["document_id"],
    }


_PLACE_FIELDS = ("text", "start", "end", "name", "country", "lat", "lon", "feature", "literal", "geonameid")


def _place_rows(doc: Document) -> list[dict[str, Any]]:
    return [{"document_id": doc.id, **{k: getattr(p, k) for k in _PLACE_FIELDS}} for p in doc.places]


def _place_json(r: Mapping[str, Any]) -> dict[str, Any]:
    return {**{k: r[k] for k in _PLACE_FIELDS}, "document_id": r["document_id"]}


# ---------------------------------------------------------------------------------------------------------------


class Store:
    """Coded documents in a SQL database. Open one with ``Store.open(url)``; close it with ``close()`` or ``with``."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, url: str, upgrade: bool = True) -> Store:
        """Open (creating if needed) the database at SQLAlchemy ``url`` and upgrade its schema to the newest.

        ``sqlite:///path/dyad.db`` creates the file and its folder; ``sqlite://`` is in memory;
        ``postgresql://user@host/db`` uses psycopg 3. Raises StoreError with a one-line message when the URL is
        unusable or the database cannot be reached or upgraded. ``upgrade=False`` leaves the schema alone, for a
        reader beside a process that has opened (and so upgraded) the same database.
        """
        from alembic import command
        from alembic.util import CommandError

        try:
            engine = _engine(url)
        except OSError as e:
            raise StoreError(f"cannot create the database folder for {_hide(url)}: {e.strerror or e}") from None
        except (ImportError, sa.exc.SQLAlchemyError) as e:
            raise StoreError(f"cannot open database {_hide(url)}: {_one_line(e)}") from None
        if not upgrade:
            return cls(engine)
        try:
            with engine.connect() as conn:
                conn.execution_options(dyad_write=True)
                with conn.begin():
                    if conn.dialect.name == "postgresql":  # one migrator at a time when workers open together
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                    command.upgrade(alembic_config(conn), "head")
        except CommandError as e:
            engine.dispose()
            raise StoreError(
                f"cannot upgrade database {_safe(engine)}: {_one_line(e)} (was it written by a newer dyad?)"
            ) from None
        except (sa.exc.SQLAlchemyError, OSError) as e:
            engine.dispose()
            raise StoreError(f"cannot open database {_safe(engine)}: {_one_line(e)}") from None
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({_safe(self.engine)!r})"

    # -- writes ---------------------------------------------------------------------------------------------

    def add(self, doc: Document, url: str | None = None, outlet: str | None = None) -> str:
        """Store one document; returns ``"ingested"``, or ``"duplicate"`` when its text is already stored.

        A duplicate is an exact copy (the same id) or a near-duplicate of a stored document (``stored_as``); it
        only records, for the stored document, a URL/outlet not seen with it before. ``url`` and ``outlet``
        default to the document's own. Raises StoreError (and writes nothing) when the database refuses it.
        """
        return next(iter(self.add_all([doc], url=url, outlet=outlet)))

    def add_all(self, docs: Iterable[Document], url: str | None = None, outlet: str | None = None) -> Counter:
        """Store each document in its own transaction; returns a Counter of ``ingested`` and ``duplicate``.

        ``url``/``outlet``, when given, are recorded for every document; otherwise each document's own.
        """
        counts: Counter = Counter()
        for doc in docs:
            counts[self._add(doc, url or doc.url, outlet or doc.outlet)] += 1
        return counts

    def _writer(self) -> Connection:
        return self.engine.connect().execution_options(dyad_write=True)

    def _add(self, doc: Document, url: str | None, outlet: str | None) -> str:
        if not doc.id:
            raise StoreError("document has no id (its content hash); code it with dyad.code() before storing it")
        fp = duplicates.fingerprint(doc.text)
        try:
            with self._writer() as conn, conn.begin():  # on SQLite the write lock is held from here: no race
                kept = _stored_as(conn, doc.id, fp)
                if kept is not None:
                    _add_source(conn, kept[0], url, outlet, doc.id, kept[1])
                    return "duplicate"
                _insert_document(conn, doc, url, outlet, fp)
                return "ingested"
        except sa.exc.IntegrityError as e:
            # a concurrent writer may have stored the same document (or source) between our check and insert
            if not self.has(doc.id):
                raise StoreError(f"cannot store document {doc.id}: {_one_line(e)}") from None
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"cannot store document {doc.id}: {_one_line(e)}") from None
        try:
            with self._writer() as conn, conn.begin():
                _add_source(conn, doc.id, url, outlet, doc.id, 1.0)
        except sa.exc.IntegrityError:
            pass  # the same source, recorded by the concurrent writer
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"cannot store document {doc.id}: {_one_line(e)}") from None
        return "duplicate"

    # -- queries --------------------------------------------------------------------------------------------

    def stored_as(self, doc: Document) -> tuple[str, float] | None:
        """The stored document that holds ``doc``'s text, with the Jaccard index of their shingles, or None.

        That is ``doc`` itself (an exact copy, similarity 1), or the document a copy of this text was already
        folded into, or a stored near-duplicate (``duplicates.THRESHOLD``; the most similar one). Lets ingest skip
        coding a copy; ``add`` decides again inside its transaction.
        """
        with self.engine.connect() as conn:
            return _stored_as(conn, doc.id, duplicates.fingerprint(doc.text))

    def holds(self, doc: Document) -> bool:
        """Whether ``doc``'s text is stored, as itself or folded into a stored document (``stored_as``)."""
        return self.stored_as(doc) is not None

    def has(self, document_id: str) -> bool:
        """Whether a document with this id (content hash) is stored."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(documents.c.id).where(documents.c.id == document_id)).first() is not None

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        root: str | None = None,
        actor: str | None = None,
        modality: str | None = "asserted",
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        territory: str | None = None,
        *,
        quad: int | None = None,
        place: str | None = None,
        text: str | None = None,
        document_id: str | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored events as document JSON events plus ``document_id``, oldest first.

        ``source``/``target`` match an actor code exactly, ``actor`` is a code prefix on either side
        (``"RUS"`` finds ``RUSLEG``); ``territory`` the region an actor on either side belongs to, whatever its
        case (``"Abkhazia"`` finds the events of Abkhaz separatists, coded ``GEOSEP``); ``code`` a CAMEO code and the codes under it (``"05"`` finds ``"051"``),
        ``root`` a root code exactly; ``modality``
        defaults to asserted events (None: all); ``date_from``/``date_to`` are inclusive ISO days.
        ``quad`` is a QuadClass (1-4), ``place`` the event's location name or country code (ignoring case),
        ``text`` words in the sentence the event came from (ignoring case); ``limit``/``offset`` page through the
        result.
        """
        em = event_mentions
        stmt = sa.select(em).where(*event_conditions(
            source=source, target=target, code=code, root=root, actor=actor, modality=modality,
            date_from=date_from, date_to=date_to, territory=territory, quad=quad, place=place, text=text,
            document_id=document_id))
        stmt = stmt.order_by(em.c.date.asc().nulls_last(), em.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self.engine.connect() as conn:
            return [event_json(r) for r in conn.execute(stmt).mappings()]

    def event_counts(self, by: Iterable[str], limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Counts and mean Goldstein score of the stored events matching ``filters`` (those of ``events``),
        grouped by each of ``by``: ``day``, ``quad``, ``root``, ``code``, ``source``, ``target``, ``dyad``
        (source and target), ``location`` (name, country, lat, lon). Days come oldest first; any other grouping
        most frequent first. Only asserted events count unless ``modality`` says otherwise.
        """
        columns: list[sa.ColumnElement] = []
        for dim in by:
            if dim not in AGGREGATE_BY:
                raise StoreError(f"cannot group events by {dim!r}: use {', '.join(AGGREGATE_BY)}")
            columns += [c for c in AGGREGATE_BY[dim] if all(c.name != k.name for k in columns)]
        if not columns:
            raise StoreError("group events by at least one of " + ", ".join(AGGREGATE_BY))
        em = event_mentions
        n = sa.func.count().label("count")
        stmt = (
            sa.select(*columns, n, sa.func.avg(em.c.goldstein).label("goldstein"))
            .where(*event_conditions(**filters))
            .group_by(*columns)
        )
        if "location" in by:
            stmt = stmt.where(em.c.location_lat.is_not(None))
        if "day" in by:
            stmt = stmt.order_by(em.c.date.asc().nulls_last(), *columns[1:])
        else:
            stmt = stmt.order_by(n.desc(), *columns)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        out = []
        for r in rows:
            item = {AGGREGATE_NAMES.get(k, k): v for k, v in r.items()}
            if item["goldstein"] is not None:
                item["goldstein"] = round(float(item["goldstein"]), 3)
            out.append(item)
        return out

    def iter_event_rows(self, modality: str | None = None, text: bool = True) -> Iterator[Mapping[str, Any]]:
        """Every stored event mention as a flat row, streamed in id order, for exports.

        Each row has the ``event_mentions`` columns plus the document's ``url``, ``outlet``, ``document_date``
        and ``created_at`` (UTC), and ``sentence_text`` (None unless ``text``).
        """
        em, d = event_mentions, documents
        sentence = (
            sa.func.substr(d.c.text, em.c.sentence_start + 1, em.c.sentence_end - em.c.sentence_start)
            if text else sa.null()
        )
        stmt = (
            sa.select(em, d.c.url, d.c.outlet, d.c.date.label("document_date"), d.c.created_at,
                      sentence.label("sentence_text"))
            .join(d, d.c.id == em.c.document_id)
            .order_by(em.c.id)
        )
        if modality:
            stmt = stmt.where(em.c.modality == modality)
        with self.engine.connect() as conn:
            for r in conn.execution_options(yield_per=1000).execute(stmt).mappings():
                yield {**r, "created_at": _utc(r["created_at"])}

    def iter_aggregated_rows(self, modality: str | None = "asserted") -> Iterator[dict[str, Any]]:
        """Events aggregated as GDELT aggregates them (``aggregate.py``): one flat row per (date, source, target,
        code, location), streamed by date then id, for exports.

        Each row is the event's first mention as in ``iter_event_rows`` (without ``sentence_text``) plus
        ``num_mentions``, ``num_sources``, ``num_articles``, ``avg_tone`` (None when no article has a tone),
        ``num_documents``, ``num_sentences`` and ``is_root``. Asserted events only unless ``modality`` says
        otherwise (None: all, each modality its own row).
        """
        from dyad import aggregate

        with self.engine.connect() as conn:
            stmt = aggregate.with_first_mention(modality)
            for r in conn.execution_options(yield_per=1000).execute(stmt).mappings():
                yield {
                    **r, "created_at": _utc(r["created_at"]),
                    **{c: int(r[c]) for c in aggregate.COUNTS if c != "avg_tone"},
                    "avg_tone": round(float(r["avg_tone"]), 3) if r["avg_tone"] is not None else None,
                }

    def event_mentions_of(self, event_id: int) -> list[dict[str, Any]]:
        """Every stored mention of the aggregated event whose id (its first mention's id) is ``event_id``, as
        document JSON events plus ``document_id``, ``id`` and ``sentence_start``/``sentence_end``: the sentences
        the event was read from. Empty for an unknown id."""
        from dyad import aggregate

        with self.engine.connect() as conn:
            return [
                {**event_json(r), "id": r["id"], "sentence_start": r["sentence_start"],
                 "sentence_end": r["sentence_end"]}
                for r in conn.execute(aggregate.mentions_of(event_id)).mappings()
            ]

    def quotes(
        self, speaker: str | None = None, document_id: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stored quotations as document JSON quotes plus ``document_id`` and the document's ``date``.

        ``speaker`` matches a speaker code prefix (``"GEO"``) or, ignoring case, part of the speaker's name.
        """
        q, d = quotes, documents
        stmt = sa.select(q, d.c.date).join(d, d.c.id == q.c.document_id)
        if speaker:
            stmt = stmt.where(
                sa.or_(q.c.speaker_code.startswith(speaker.upper(), autoescape=True),
                       sa.func.lower(q.c.speaker_name).contains(speaker.lower(), autoescape=True))
            )
        if document_id:
            stmt = stmt.where(q.c.document_id == document_id)
        stmt = stmt.order_by(q.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self.engine.connect() as conn:
            return [{**_quote_json(r), "date": r["date"]} for r in conn.execute(stmt).mappings()]

    def places(
        self, name: str | None = None, country: str | None = None, limit: int | None = None, offset: int = 0,
        document_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored places as document JSON places plus ``document_id`` and the document's ``date``.

        ``name`` matches the gazetteer name or the text as written, ignoring case; ``country`` a country code.
        """
        p, d = places, documents
        stmt = sa.select(p, d.c.date).join(d, d.c.id == p.c.document_id)
        if name:
            stmt = stmt.where(sa.or_(sa.func.lower(p.c.name) == name.lower(), sa.func.lower(p.c.text) == name.lower()))
        if country:
            stmt = stmt.where(p.c.country == country.upper())
        if document_id:
            stmt = stmt.where(p.c.document_id == document_id)
        stmt = stmt.order_by(p.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self.engine.connect() as conn:
            return [{**_place_json(r), "date": r["date"]} for r in conn.execute(stmt).mappings()]

    def document(self, id: str) -> dict[str, Any] | None:
        """The stored document as document JSON (url and outlet: the first seen), or None.

        Actors are not stored, so ``actors`` is empty.
        """
        with self.engine.connect() as conn:
            d = conn.execute(sa.select(documents).where(documents.c.id == id)).mappings().first()
            if d is None:
                return None

            def rows(table):
                return conn.execute(sa.select(table).where(table.c.document_id == id).order_by(table.c.id)).mappings()

            events = [event_json(r) for r in rows(event_mentions)]
            quote_list = [_quote_json(r) for r in rows(quotes)]
            place_list = [_place_json(r) for r in rows(places)]
        for item in (*events, *quote_list, *place_list):
            del item["document_id"]
        return {
            "id": d["id"], "url": d["url"], "outlet": d["outlet"], "title": d["title"], "date": d["date"],
            "published": d["published"], "language": d["language"], "tone": d["tone"], "text": d["text"],
            "events": events, "quotes": quote_list, "places": place_list, "actors": [],
        }

    def sources(self, document_id: str) -> list[dict[str, Any]]:
        """Every URL and outlet that carried the document, first seen first, with ``seen_at`` (UTC), and
        ``content_id`` and ``similarity``: the content hash of the text it carried (the document's own id for an
        exact copy) and that text's Jaccard index with the document's (1 for an exact copy)."""
        s = document_sources
        stmt = (sa.select(s.c.url, s.c.outlet, s.c.seen_at, s.c.content_id, s.c.similarity)
                .where(s.c.document_id == document_id).order_by(s.c.id))
        with self.engine.connect() as conn:
            return [{**r, "seen_at": _utc(r["seen_at"])} for r in conn.execute(stmt).mappings()]

    def count_event_mentions(self, modality: str | None = None) -> int:
        """How many event mentions are stored (of one ``modality`` only, when given)."""
        stmt = sa.select(sa.func.count()).select_from(event_mentions)
        if modality:
            stmt = stmt.where(event_mentions.c.modality == modality)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def count_aggregated_events(self, modality: str | None = "asserted") -> int:
        """How many rows ``iter_aggregated_rows`` yields for ``modality``."""
        from dyad import aggregate

        stmt = sa.select(sa.func.count()).select_from(aggregate.aggregated(modality).subquery())
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def counts(self) -> dict[str, int]:
        """How many documents (and of them coded, i.e. not skipped), event mentions, quotes, places, sources."""

        def count(table, *where):
            return sa.select(sa.func.count()).select_from(table).where(*where).scalar_subquery()

        stmt = sa.select(
            count(documents).label("documents"),
            count(documents, documents.c.skipped.is_(None)).label("coded_documents"),
            count(event_mentions).label("event_mentions"),
            count(quotes).label("quotes"),
            count(places).label("places"),
            count(document_sources).label("sources"),
        )
        with self.engine.connect() as conn:
            return dict(conn.execute(stmt).mappings().one())


# ---------------------------------------------------------------------------------------------------------------
# event filters, shared by the event list and its aggregates

def _prefix(column: sa.ColumnElement, prefix: str) -> sa.ColumnElement:
    """``column`` starts with ``prefix``, written as a range too, so a plain B-tree index serves it on both
    backends (SQLite's LIKE is case-insensitive and skips a case-sensitive index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return sa.and_(column >= prefix, column < upper, column.startswith(prefix, autoescape=True))


def event_conditions(
    source: str | None = None, target: str | None = None, code: str | None = None, root: str | None = None,
    actor: str | None = None, modality: str | None = "asserted", date_from: str | None = None,
    date_to: str | None = None, territory: str | None = None, quad: int | None = None, place: str | None = None,
    text: str | None = None, document_id: str | None = None,
) -> list[sa.ColumnElement]:
    """The WHERE conditions of an event query (see ``Store.events``); values are bound, never spliced."""
    em = event_mentions
    where: list[sa.ColumnElement] = []
    if source:
        where.append(em.c.source_code == source.upper())
    if target:
        where.append(em.c.target_code == target.upper())
    if actor:
        prefix = actor.upper()
        where.append(sa.or_(_prefix(em.c.source_code, prefix), _prefix(em.c.target_code, prefix)))
    if code:  # CAMEO is a hierarchy: "05" finds 051 and 057, "023" finds 0231
        where.append(_prefix(em.c.code, code))
    if root:
        where.append(em.c.root == root)
    if modality:
        where.append(em.c.modality == modality)
    if date_from:
        where.append(em.c.date >= date_from)
    if date_to:
        where.append(em.c.date <= date_to)
    if territory:
        name = territory.lower()
        where.append(sa.or_(sa.func.lower(em.c.source_territory) == name,
                            sa.func.lower(em.c.target_territory) == name))
    if quad is not None:
        where.append(em.c.quad == quad)
    if place:
        where.append(sa.or_(sa.func.lower(em.c.location_name) == place.lower(),
                            em.c.location_country == place.upper()))
    if document_id:
        where.append(em.c.document_id == document_id)
    if text:
        d = documents
        sentence = sa.func.substr(d.c.text, em.c.sentence_start + 1, em.c.sentence_end - em.c.sentence_start)
        where.append(
            sa.select(d.c.id)
            .where(d.c.id == em.c.document_id, sa.func.lower(sentence).contains(text.lower(), autoescape=True))
            .exists()
        )
    return where


EVENT_FILTERS = ("source", "target", "code", "root", "actor", "modality", "date_from", "date_to", "territory",
                 "quad", "place", "text", "document_id")

_em = event_mentions.c
AGGREGATE_BY: dict[str, tuple[sa.Column, ...]] = {
    "day": (_em.date,),
    "quad": (_em.quad,),
    "root": (_em.root,),
    "code": (_em.code,),
    "source": (_em.source_code,),
    "target": (_em.target_code,),
    "dyad": (_em.source_code, _em.target_code),
    "location": (_em.location_name, _em.location_country, _em.location_lat, _em.location_lon),
}
# how the grouped columns are named in an aggregate row
AGGREGATE_NAMES = {"date": "day", "source_code": "source", "target_code": "target", "location_name": "location",
                   "location_country": "country", "location_lat": "lat", "location_lon": "lon"}


def _safe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _hide(url: str) -> str:
    """``url`` for a message, its password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return url


def document_rows(doc: Document, url: str | None, outlet: str | None, now: datetime | None = None,
                  fp: duplicates.Fingerprint | None = None) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """Every row a new document adds, table by table (documents, document_sources, document_bands when ``fp``, the
    text's near-duplicate fingerprint, is given, event_mentions, quotes, places), without the tables' own ids; the
    Spark job writes the same rows as Parquet."""
    now = now or _now()
    return [
        (documents, [dict(
            id=doc.id, title=doc.title, date=doc.date, published=doc.published, language=doc.language,
            outlet=outlet, url=url, text=doc.text, skipped=doc.skipped, tone=doc.tone, n_events=len(doc.events),
            created_at=now,
        )]),
        (document_sources, [dict(document_id=doc.id, url=url, outlet=outlet, seen_at=now, content_id=doc.id,
                                 similarity=1.0)]),
        (document_bands, [{"key": k, "document_id": doc.id} for k in sorted(set(fp.keys))] if fp else []),
        (event_mentions, [_event_row(doc, e) for e in doc.events]),
        (quotes, _quote_rows(doc)),
        (places, _place_rows(doc)),
    ]


def _insert_document(conn: Connection, doc: Document, url: str | None, outlet: str | None,
                     fp: duplicates.Fingerprint) -> None:
    """Every row of a new document; the caller's transaction makes it all or nothing."""
    for table, rows in document_rows(doc, url, outlet, fp=fp):
        if rows:
            conn.execute(sa.insert(table), rows)


def _add_source(conn: Connection, document_id: str, url: str | None, outlet: str | None, content_id: str,
                similarity: float) -> None:
    """Record a URL not yet seen carrying the document, with the content hash of the text it carried and that text's
    similarity to the document's; without a URL, an outlet and text not yet seen together (a local file that is a
    near-duplicate is one more article, the same file ingested again is not)."""
    s = document_sources
    where = [s.c.document_id == document_id, s.c.url.is_not_distinct_from(url)]
    if url is None:
        where += [s.c.outlet.is_not_distinct_from(outlet), s.c.content_id.is_not_distinct_from(content_id)]
    if conn.execute(sa.select(s.c.id).where(*where)).first() is None:
        conn.execute(sa.insert(s).values(document_id=document_id, url=url, outlet=outlet, seen_at=_now(),
                                         content_id=content_id, similarity=similarity))


# how many LSH candidates, most shared bands first, are compared by their text
MAX_CANDIDATES = 20


def _stored_as(conn: Connection, document_id: str, fp: duplicates.Fingerprint) -> tuple[str, float] | None:
    """(id, similarity) of the stored document holding this text: itself, the document an identical text was
    folded into, or the most similar near-duplicate found through the band index of ``fp``'s keys."""
    if conn.execute(sa.select(documents.c.id).where(documents.c.id == document_id)).first():
        return document_id, 1.0
    s = document_sources
    folded = conn.execute(
        sa.select(s.c.document_id, s.c.similarity).where(s.c.content_id == document_id).order_by(s.c.id).limit(1)
    ).first()
    if folded is not None:
        return folded[0], folded[1] if folded[1] is not None else 1.0
    if not fp.keys:
        return None
    b = document_bands
    shared = sa.func.count().label("shared")
    candidates = conn.execute(
        sa.select(b.c.document_id, shared).where(b.c.key.in_(sorted(set(fp.keys))))
        .group_by(b.c.document_id).order_by(shared.desc(), b.c.document_id).limit(MAX_CANDIDATES)
    ).all()
    best: tuple[str, float] | None = None
    for candidate_id, _ in candidates:
        text = conn.execute(sa.select(documents.c.text).where(documents.c.id == candidate_id)).scalar_one()
        similarity = round(fp.similarity(text), 4)
        if similarity >= duplicates.THRESHOLD and (best is None or similarity > best[1]):
            best = (candidate_id, similarity)
    return best
