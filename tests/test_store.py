"""The store: idempotent writes, one transaction per document, queries, and migrations.

Every test runs on SQLite in memory and, when ``DYAD_TEST_PG`` holds a SQLAlchemy URL
(``postgresql+psycopg://postgres@127.0.0.1:5432/test``), on PostgreSQL too, each in a fresh schema dropped afterwards.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dyad import store as store_module
from dyad.document import Document, Event, Location, Mention, Place, Quote, Span
from dyad.errors import StoreError
from dyad.schema import metadata
from dyad.store import Store

SENTENCES_A = [
    "Both Russian houses of parliament have backed Georgian separatists.",
    "Moscow did not attack the Georgian government.",
    'Sergei Bagapsh said: "There is no other way."',
    "Russian troops moved into Tskhinvali in South Ossetia.",
]
SENTENCES_B = ["The United States government wants to meet the Russian government.", "Washington said it was worried."]
TEXT_A, TEXT_B = " ".join(SENTENCES_A), " ".join(SENTENCES_B)


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _mention(text: str, phrase: str, code: str, name: str, territory: str | None = None) -> Mention:
    return Mention(phrase, code, name, *_at(text, phrase), territory=territory)


def _bounds(sentences: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``" ".join(sentences)``."""
    out, start = [], 0
    for s in sentences:
        out.append((start, start + len(s)))
        start += len(s) + 1
    return out


def make_doc_a() -> Document:
    t = TEXT_A
    georgia = Location("Georgia", "GEO", 42.0, 43.5, "country")
    tskhinvali = Location("Tskhinvali", "GEO", 42.23, 43.97, "city")
    return Document(
        text=t, id="a" * 64, url="https://www.euronews.com/a", outlet="Euronews",
        title="Russian MPs back Georgia's breakaway regions", date="2008-08-25",
        published="2008-08-25T10:00:00Z", language="en", tone=-1.25, sentences=_bounds(SENTENCES_A),
        events=[
            Event(_mention(t, "Both Russian houses of parliament", "RUSLEG", "Russian parliament"),
                  _mention(t, "Georgian separatists", "GEOSEP", "Georgian separatists"),
                  Span("backed", *_at(t, "backed")), "051", "05", "Praise or endorse", 3.4, 1, "SUPPORT",
                  "asserted", 0, "2008-08-25", georgia, tone=10.0, plover_context="diplomatic"),
            Event(_mention(t, "Moscow", "RUSGOV", "Russian government"),
                  _mention(t, "the Georgian government", "GEOGOV", "Georgian government"),
                  Span("attack", *_at(t, "attack")), "190", "19", "Use conventional military force", -10.0, 4,
                  "ASSAULT", "negated", 1, "2008-08-25", None, plover_context="military"),
            Event(_mention(t, "Russian troops", "RUSMIL", "Russian military", territory="GEO"), None,
                  Span("moved", *_at(t, "moved")), "154", "15", "Mobilize or increase armed forces", -7.2, 4,
                  "MOBILIZE", "asserted", 3, "2008-08-24", tskhinvali, plover_mode="troops", plover_context="military"),
        ],
        quotes=[Quote(_mention(t, "Sergei Bagapsh", "GEOSEP", "Sergei Bagapsh"), "said", "direct",
                      "There is no other way.", *_at(t, "There is no other way."), 2)],
        places=[
            Place("Moscow", *_at(t, "Moscow"), "Moscow", "RUS", 55.75, 37.62, "city", literal=False, geonameid=524901),
            Place("Tskhinvali", *_at(t, "Tskhinvali"), "Tskhinvali", "GEO", 42.23, 43.97, "city", geonameid=611403),
            Place("South Ossetia", *_at(t, "South Ossetia"), "South Ossetia", "GEO", 42.3, 44.0, "region"),
        ],
    )


def make_doc_b() -> Document:
    t = TEXT_B
    return Document(
        text=t, id="b" * 64, url="https://example.org/b", outlet="Example", title="US wants talks",
        date="2008-08-26", language="en", sentences=_bounds(SENTENCES_B),
        events=[
            Event(_mention(t, "The United States government", "USAGOV", "United States government"),
                  _mention(t, "the Russian government", "RUSGOV", "Russian government"),
                  Span("wants", *_at(t, "wants")), "036", "03", "Express intent to meet or negotiate", 4.0, 1,
                  "CONSULT", "asserted", 0, "2008-08-26", None),
        ],
        quotes=[Quote(None, "said", "indirect", "it was worried", *_at(t, "it was worried"), 1)],
        places=[Place("Washington", *_at(t, "Washington"), "Washington", "USA", 38.9, -77.04, "city", literal=False)],
    )


def make_skipped_doc() -> Document:
    return Document(text="Le parlement russe a soutenu les séparatistes.", id="c" * 64, language="fr",
                    date="2008-08-25", skipped="language fr")


# ---------------------------------------------------------------------------------------------------------------
# fixtures: the same store behaviour on every backend

@pytest.fixture
def store(store_url):
    s = Store.open(store_url)
    yield s
    s.close()


# ---------------------------------------------------------------------------------------------------------------
# writes


def test_store_add_then_duplicate(store):
    doc = make_doc_a()
    assert store.add(doc) == "ingested"
    before = store.counts()
    assert before == {"documents": 1, "coded_documents": 1, "event_mentions": 3, "quotes": 1, "places": 3,
                      "sources": 1}
    assert store.add(doc) == "duplicate"
    assert store.add(Document.from_dict(doc.to_dict())) == "duplicate"
    assert store.counts() == before


def test_store_duplicate_records_each_new_url_and_outlet(store):
    doc = make_doc_a()
    store.add(doc)
    assert store.add(doc, url="https://mirror.example/a", outlet="Mirror") == "duplicate"
    assert store.add(doc, url="https://mirror.example/a", outlet="Mirror") == "duplicate"
    doc_without_url = make_doc_a()
    doc_without_url.url, doc_without_url.outlet = None, None
    assert store.add(doc_without_url, outlet="Wire") == "duplicate"
    assert store.add(doc_without_url, outlet="Wire") == "duplicate"
    sources = store.sources(doc.id)
    assert [(s["url"], s["outlet"]) for s in sources] == [
        ("https://www.euronews.com/a", "Euronews"), ("https://mirror.example/a", "Mirror"), (None, "Wire"),
    ]
    assert all(s["seen_at"].tzinfo is not None for s in sources)
    counts = store.counts()
    assert (counts["documents"], counts["event_mentions"], counts["sources"]) == (1, 3, 3)
    # the document keeps the first URL and outlet that carried it
    assert store.document(doc.id)["url"] == "https://www.euronews.com/a"


def test_store_add_all_counts(store):
    counts = store.add_all([make_doc_a(), make_doc_b(), make_doc_a(), make_skipped_doc()])
    assert counts == {"ingested": 3, "duplicate": 1}
    assert store.counts()["documents"] == 3
    assert store.counts()["coded_documents"] == 2


def test_store_failure_mid_document_writes_nothing(store, monkeypatch):
    def fail(doc):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_quote_rows", fail)  # after documents, sources and events are written
    with pytest.raises(RuntimeError):
        store.add(make_doc_a())
    assert not store.has(make_doc_a().id)
    assert set(store.counts().values()) == {0}
    monkeypatch.undo()
    assert store.add(make_doc_a()) == "ingested"


def test_store_database_error_is_store_error_and_rolls_back(store):
    doc = make_doc_a()
    doc.places[-1].text = None  # NOT NULL: the database refuses the last row written
    with pytest.raises(StoreError, match="cannot store document a+"):
        store.add(doc)
    assert set(store.counts().values()) == {0}


def test_store_document_needs_an_id(store):
    with pytest.raises(StoreError, match="no id"):
        store.add(Document(text="x"))


# ---------------------------------------------------------------------------------------------------------------
# queries


@pytest.fixture
def filled(store):
    store.add_all([make_doc_a(), make_doc_b(), make_skipped_doc()])
    return store


def _triples(events):
    return [(e["source"]["code"], e["code"], e["target"]["code"] if e["target"] else None) for e in events]


def test_store_events_default_to_asserted_oldest_first(filled):
    events = filled.events()
    assert _triples(events) == [("RUSMIL", "154", None), ("RUSLEG", "051", "GEOSEP"), ("USAGOV", "036", "RUSGOV")]
    assert [e["date"] for e in events] == ["2008-08-24", "2008-08-25", "2008-08-26"]
    assert events[1]["document_id"] == "a" * 64
    assert len(filled.events(modality=None)) == 4
    assert _triples(filled.events(modality="negated")) == [("RUSGOV", "190", "GEOGOV")]


def test_store_events_filters(filled):
    assert _triples(filled.events(source="RUSLEG")) == [("RUSLEG", "051", "GEOSEP")]
    assert _triples(filled.events(source="rusleg")) == [("RUSLEG", "051", "GEOSEP")]
    assert _triples(filled.events(target="RUSGOV")) == [("USAGOV", "036", "RUSGOV")]
    assert len(filled.events(actor="RUS")) == 3  # RUSMIL, RUSLEG as source, RUSGOV as target
    assert len(filled.events(actor="RUS", modality=None)) == 4
    assert _triples(filled.events(actor="GEO")) == [("RUSLEG", "051", "GEOSEP")]
    assert _triples(filled.events(code="051")) == [("RUSLEG", "051", "GEOSEP")]
    assert filled.events(code="51") == []  # codes are strings: the leading zero matters
    assert _triples(filled.events(code="05")) == [("RUSLEG", "051", "GEOSEP")]  # and codes under it
    assert filled.events(code="0") and filled.events(code="05_") == []
    assert _triples(filled.events(root="03")) == [("USAGOV", "036", "RUSGOV")]
    assert len(filled.events(date_from="2008-08-25")) == 2
    assert len(filled.events(date_to="2008-08-25")) == 2
    assert len(filled.events(date_from="2008-08-25", date_to="2008-08-25")) == 1
    assert len(filled.events(limit=2)) == 2
    assert filled.events(actor="R%") == []  # LIKE wildcards in input are literal
    assert _triples(filled.events(territory="geo")) == [("RUSMIL", "154", None)]  # either side, any case
    assert filled.events(territory="Crimea") == []


def test_store_events_are_document_json(filled):
    (e,) = filled.events(code="051")
    expected = make_doc_a().events[0].to_dict()
    assert e == {**expected, "document_id": "a" * 64}
    assert e["code"] == "051" and e["root"] == "05"
    (moved,) = filled.events(code="154")
    assert moved["source"]["territory"] == "GEO"
    assert moved["target"] is None


def test_store_quotes(filled):
    quotes = filled.quotes()
    assert [q["text"] for q in quotes] == ["There is no other way.", "it was worried"]
    assert quotes[0]["date"] == "2008-08-25" and quotes[0]["document_id"] == "a" * 64
    assert quotes[1]["speaker"] is None
    assert [q["text"] for q in filled.quotes(speaker="GEO")] == ["There is no other way."]
    assert [q["text"] for q in filled.quotes(speaker="bagapsh")] == ["There is no other way."]
    assert [q["text"] for q in filled.quotes(document_id="b" * 64)] == ["it was worried"]
    assert len(filled.quotes(limit=1)) == 1


def test_store_places(filled):
    assert [p["name"] for p in filled.places()] == ["Moscow", "Tskhinvali", "South Ossetia", "Washington"]
    (moscow,) = filled.places(name="moscow")
    assert moscow["literal"] is False and moscow["geonameid"] == 524901 and moscow["date"] == "2008-08-25"
    assert [p["name"] for p in filled.places(country="geo")] == ["Tskhinvali", "South Ossetia"]
    assert len(filled.places(limit=1)) == 1


def test_store_document_round_trip(filled):
    for doc in (make_doc_a(), make_doc_b(), make_skipped_doc()):
        assert filled.document(doc.id) == {**doc.to_dict(), "actors": []}
    assert filled.document("missing") is None


def test_store_keeps_plover_mode_and_context(filled):
    by_code = {e["code"]: e for e in filled.events(modality=None)}
    assert (by_code["154"]["plover"], by_code["154"]["plover_mode"], by_code["154"]["plover_context"]) == (
        "MOBILIZE", "troops", "military")
    assert (by_code["051"]["plover_mode"], by_code["051"]["plover_context"]) == (None, "diplomatic")
    assert (by_code["036"]["plover_mode"], by_code["036"]["plover_context"]) == (None, None)  # null stays null
    stored = {e["code"]: e for e in filled.document("a" * 64)["events"]}
    assert (stored["190"]["plover_mode"], stored["190"]["plover_context"]) == (None, "military")
    again = Document.from_dict(filled.document("a" * 64))
    assert [(e.plover_mode, e.plover_context) for e in again.events] == [
        (e.plover_mode, e.plover_context) for e in make_doc_a().events]


def test_store_counts(filled):
    assert filled.counts() == {"documents": 3, "coded_documents": 2, "event_mentions": 4, "quotes": 2,
                               "places": 4, "sources": 3}


# ---------------------------------------------------------------------------------------------------------------
# opening and migrations


def test_store_migrations_create_the_schema(store):
    """Alembic's baseline builds exactly the tables, columns, types and indexes of dyad.schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        inspector = sa.inspect(conn)
        tables = set(inspector.get_table_names())
        indexes = {
            i["name"] for t in metadata.tables for i in inspector.get_indexes(t)
            if not i.get("duplicates_constraint")  # PostgreSQL lists a unique constraint's index too
        }
        uniques = {u["name"] for t in metadata.tables for u in inspector.get_unique_constraints(t)}
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    assert diff == []
    assert tables == set(metadata.tables) | {"alembic_version"}
    assert indexes == {i.name for t in metadata.tables.values() for i in t.indexes}
    assert "ix_event_mentions_source_code" in indexes
    assert uniques == {c.name for t in metadata.tables.values() for c in t.constraints
                       if isinstance(c, sa.UniqueConstraint)}
    assert "uq_document_sources_document_id_url" in uniques
    heads = ScriptDirectory.from_config(store_module.alembic_config()).get_heads()
    assert heads == [version]  # one linear history, and the store is at its head


def test_store_open_again_keeps_data(store_url):
    with Store.open(store_url) as first:
        first.add(make_doc_a())
        if store_url == "sqlite://":
            return  # an in-memory database ends with its engine
    with Store.open(store_url) as again:
        assert again.add(make_doc_a()) == "duplicate"
        assert again.counts()["documents"] == 1


def test_store_open_sqlite_file_creates_folder_and_wal(tmp_path):
    path = tmp_path / "deep" / "er" / "dyad.db"
    with Store.open(f"sqlite:///{path}") as s:
        s.add(make_doc_a())
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()
    with Store.open(f"sqlite:///{path}") as s:
        assert s.document("a" * 64)["title"] == "Russian MPs back Georgia's breakaway regions"


def test_store_open_memory_urls():
    for url in ("sqlite://", "sqlite:///:memory:"):
        with Store.open(url) as s:
            s.add(make_doc_a())
            assert s.counts()["documents"] == 1  # one connection, so the data stays between calls


@pytest.mark.parametrize("url", ["not a url", "mysql://x@localhost/db", "postgresql://x:secret@127.0.0.1:1/db"])
def test_store_open_unusable_url_is_one_line_store_error(url):
    with pytest.raises(StoreError) as info:
        Store.open(url)
    message = str(info.value)
    assert "\n" not in message and message
    assert "secret" not in message


def test_store_events_new_filters_and_pages(filled):
    assert [e["code"] for e in filled.events(territory="geo")] == ["154"]
    assert [e["code"] for e in filled.events(quad=4, modality=None)] == ["154", "190"]
    assert [e["code"] for e in filled.events(place="Tskhinvali")] == ["154"]
    assert [e["code"] for e in filled.events(text="Houses of Parliament")] == ["051"]
    assert filled.events(text="%") == [] and filled.events(text="_") == []  # wildcards match only themselves
    assert [e["code"] for e in filled.events(document_id="b" * 64)] == ["036"]
    assert [e["code"] for e in filled.events(limit=1, offset=1)] == ["051"]


def test_store_event_counts(filled):
    assert filled.event_counts(["root"], modality=None) == [
        {"root": "03", "count": 1, "goldstein": 4.0}, {"root": "05", "count": 1, "goldstein": 3.4},
        {"root": "15", "count": 1, "goldstein": -7.2}, {"root": "19", "count": 1, "goldstein": -10.0}]
    assert filled.event_counts(["day"], modality=None)[1] == {"day": "2008-08-25", "count": 2, "goldstein": -3.3}
    assert filled.event_counts(["dyad"], actor="GEO") == [
        {"source": "RUSLEG", "target": "GEOSEP", "count": 1, "goldstein": 3.4}]
    with pytest.raises(StoreError, match="cannot group events by 'outlet'"):
        filled.event_counts(["outlet"])


@pytest.fixture
def durable_url(store_url, tmp_path):
    """A database that outlives its engine: a SQLite file, or the PostgreSQL schema of ``store_url``."""
    return f"sqlite:///{tmp_path}/old.db" if store_url == "sqlite://" else store_url


def test_store_migration_0006_keeps_rows_and_fills_plover_mode_and_context(durable_url):
    """A store at revision 0005 (no PLOVER mode or context) upgraded on opening: its rows stay, its events take
    mode and context from dyad's PLOVER table by their code, and going back to 0005 keeps the rows too."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from dyad import duplicates
    from dyad.lexicon import load_cameo

    old = sa.create_engine(durable_url)
    try:
        with old.begin() as conn:
            command.upgrade(store_module.alembic_config(conn), "0005")
            tables = sa.MetaData()
            tables.reflect(conn)
            assert "plover_mode" not in tables.tables["event_mentions"].c
            for doc in (make_doc_a(), make_doc_b()):
                for table, rows in store_module.document_rows(doc, doc.url, doc.outlet,
                                                              fp=duplicates.fingerprint(doc.text)):
                    columns = tables.tables[table.name].c
                    if rows:
                        conn.execute(sa.insert(columns[0].table), [{k: v for k, v in r.items() if k in columns}
                                                                   for r in rows])
    finally:
        old.dispose()

    cameo = load_cameo()
    with Store.open(durable_url) as s:
        assert s.counts() == {"documents": 2, "coded_documents": 2, "event_mentions": 4, "quotes": 2,
                              "places": 4, "sources": 2}
        events = s.events(modality=None)
        assert sorted(e["code"] for e in events) == ["036", "051", "154", "190"]
        for e in events:
            assert (e["plover_mode"], e["plover_context"]) == (cameo[e["code"]].plover_mode,
                                                               cameo[e["code"]].plover_context)
        moved = next(e for e in events if e["code"] == "154")
        assert (moved["plover_mode"], moved["plover_context"]) == ("troops", "military")
        assert moved["source"]["territory"] == "GEO" and moved["location"]["name"] == "Tskhinvali"  # the row whole
        with s.engine.connect() as conn:
            head = ScriptDirectory.from_config(store_module.alembic_config()).get_current_head()
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == head
        with s.engine.begin() as conn:
            command.downgrade(store_module.alembic_config(conn), "0005")
        with s.engine.connect() as conn:
            assert "plover_mode" not in {c["name"] for c in sa.inspect(conn).get_columns("event_mentions")}
            assert conn.execute(sa.text("SELECT count(*) FROM event_mentions")).scalar_one() == 4
