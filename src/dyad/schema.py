"""The database tables, one definition for SQLite and PostgreSQL (SQLAlchemy Core).

``migrations/versions/`` creates exactly these tables; a test compares the two, so a change here needs a new revision.

- ``documents``: one row per distinct article, keyed by its content hash; ``url``/``outlet`` are the first seen.
- ``document_sources``: every URL (and outlet) that carried a document, so duplicates still count as sources;
  ``content_id`` is the content hash of the text that URL carried (the document's own id for an exact copy, another
  for a near-duplicate, see ``duplicates.py``) and ``similarity`` its Jaccard index with the stored text.
- ``document_bands``: the MinHash LSH band keys of each document, the persistent index of near-duplicates.
- ``event_mentions``: one row per coded event in a document, with its evidence spans (character offsets into
  ``documents.text``); CAMEO codes are strings, so ``"051"`` keeps its leading zero.
- ``quotes`` and ``places``: the quotations and toponyms of each document.
- ``feeds`` and ``feed_items``: what ``dyad watch`` polls and has seen (validators for conditional GET; every item
  listed, with what became of its page), so a restart fetches nothing twice.
- ``url_redirects``: the URLs of URL lists that redirected, and their targets, so that ``dyad ingest`` knows a
  stored page by the URL listed as well as by the URL it was served from.

Dates are ISO 8601 strings (``date`` a day, ``published`` a full UTC timestamp), so they compare the same way on
both backends; ``created_at``/``seen_at`` are timezone-aware timestamps in UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# constraint and index names are fixed, so the migrations and this module name them alike on every backend
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _document_fk() -> Column:
    return Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _mention_columns(prefix: str, nullable: bool) -> list[Column]:
    """The columns of one actor mention: its text span, CAMEO actor code, name and territory."""
    return [
        Column(f"{prefix}_text", Text, nullable=nullable),
        Column(f"{prefix}_code", String(32)),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_start", Integer, nullable=nullable),
        Column(f"{prefix}_end", Integer, nullable=nullable),
        Column(f"{prefix}_territory", String(32)),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),  # content hash
    Column("title", Text),
    Column("date", String(10)),  # publication day, ISO 8601
    Column("published", String(40)),  # full timestamp in UTC, ISO 8601, where known
    Column("language", String(16)),
    Column("outlet", Text),  # first seen
    Column("url", Text),  # first seen
    Column("text", Text, nullable=False),
    Column("skipped", Text),  # why the document was not coded, or NULL
    Column("tone", Double),  # GDELT's AvgTone scale (tone.py), NULL when not coded
    Column("n_events", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index(None, "date"),
)

document_sources = Table(
    "document_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("url", Text),
    Column("outlet", Text),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Column("content_id", Text),  # content hash of the text this source carried
    Column("similarity", Double),  # Jaccard index of that text's shingles with the stored document's; 1 exact
    UniqueConstraint("document_id", "url"),
    Index(None, "content_id"),
    Index(None, "url"),  # is the page at this URL stored? (a URL list ingested again fetches nothing twice)
)

document_bands = Table(
    "document_bands",
    metadata,
    Column("key", BigInteger, primary_key=True, autoincrement=False),  # one LSH band of the MinHash
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("sentence", Integer, nullable=False, default=0),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    *_mention_columns("source", nullable=False),
    *_mention_columns("target", nullable=True),
    Column("verb_text", Text, nullable=False),
    Column("verb_start", Integer, nullable=False),
    Column("verb_end", Integer, nullable=False),
    Column("code", String(8), nullable=False),  # CAMEO event code, leading zeros kept
    Column("root", String(4), nullable=False),
    Column("name", Text),
    Column("goldstein", Double),
    Column("quad", Integer),
    Column("plover", String(32)),
    Column("plover_mode", String(32)),  # PLOVER's mode and context of the code, NULL where dyad's table has none
    Column("plover_context", String(64)),
    Column("modality", String(16), nullable=False, default="asserted"),
    Column("date", String(10)),  # the event's own day, ISO 8601
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("location_lat", Double),
    Column("location_lon", Double),
    Column("location_feature", String(32)),
    Column("tone", Double),  # the tone of the event's sentence, GDELT's AvgTone scale
    Index(None, "document_id"),
    Index(None, "date"),
    Index(None, "source_code"),
    Index(None, "target_code"),
    Index(None, "code"),
    Index(None, "root"),
    # dyad serve's event list and timeline on large stores (migration 0005 says how each is used)
    Index("ix_event_mentions_list", "modality", "date", "id", "source_code", "target_code", "root", "code", "quad"),
    Index("ix_event_mentions_timeline", "modality", "date", "quad", "goldstein"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    *_mention_columns("speaker", nullable=True),
    Column("cue", Text),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index(None, "document_id"),
    Index(None, "speaker_code"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text),
    Column("country", String(8)),
    Column("lat", Double),
    Column("lon", Double),
    Column("feature", String(32)),
    Column("literal", Boolean, nullable=False, default=True),
    Column("geonameid", Integer),
    Index(None, "document_id"),
    Index(None, "name"),
    Index(None, "country"),
)

# feeds polled by `dyad watch`: the validators of the last response (for conditional GET) and what happened
feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("polled_at", DateTime(timezone=True)),
    Column("status", Integer),  # HTTP status of the last poll; NULL when it got no response
    Column("error", Text),  # the last poll's error, or NULL
)

# each item a feed has listed, so that a restart fetches no page twice; ``status`` says what became of its page:
# fetched (handed to ingest), disallowed (robots.txt), rejected (4xx, or not a page), retry (a transient failure,
# tried again on the next polls), failed (still failing after the last try)
feed_items = Table(
    "feed_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_url", Text, ForeignKey("feeds.url", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),  # the item's guid/id, else its link
    Column("url", Text, nullable=False),
    Column("published", String(40)),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("feed_url", "key"),
    Index(None, "url"),
)

# URLs of URL lists that redirected, and where to: a page is stored under the URL it was served from, and this lets
# `dyad ingest` know it by the URL listed too, so that ingesting the list again does not fetch it again
url_redirects = Table(
    "url_redirects",
    metadata,
    Column("url", Text, primary_key=True),
    Column("target", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
