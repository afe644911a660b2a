"""Events aggregated as GDELT aggregates them: one row per (date, source, target, code, location), with counts.

Every coded sentence is an event *mention* (``event_mentions``: its document, sentence and character offsets stay
there, so each aggregated event can be traced to the sentences it came from). GDELT's event table holds one row
per distinct event instead, and says how widely it was reported. dyad groups mentions by

    date (the event's own, else the document's), source actor code, target actor code, CAMEO code,
    location (name, country, lat, lon, feature), and modality

and counts, as GDELT's codebook defines its columns:

- ``num_mentions``: every mention in every article that carried it. A document carried by several URLs (an exact
  copy or a near-duplicate folded into it, ``duplicates.py``) counts once per URL, as GDELT would have seen each
  copy as an article: a document with 2 mentions carried by 3 sites gives 6.
- ``num_articles``: the articles (carrying URLs, ``document_sources`` rows) that mention the event at least once.
- ``num_sources``: the distinct outlets among them (a source with no outlet counts by its URL).
- ``avg_tone``: the mean tone of those articles (each document's tone, ``tone.py``, once per carrying URL).
- ``num_documents`` and ``num_sentences``: the stored documents and event mentions behind the row (no copies).
- ``id``: the id of the event's first mention (its ``event_mentions.id``), which also gives the row's actor names,
  Goldstein score, QuadClass, first URL and date added; ``is_root``: whether any mention is in a lead sentence.

Only asserted events are aggregated unless another modality (or None: all, each modality its own row) is asked.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.sql import Select

from .schema import document_sources, documents, event_mentions

COUNTS = ("num_mentions", "num_sources", "num_articles", "avg_tone", "num_documents", "num_sentences", "is_root")


def _key_columns() -> list[sa.ColumnElement]:
    em, d = event_mentions, documents
    return [
        sa.func.coalesce(em.c.date, d.c.date).label("day"),
        em.c.source_code, em.c.target_code, em.c.code,
        em.c.location_name, em.c.location_country, em.c.location_lat, em.c.location_lon, em.c.location_feature,
        em.c.modality,
    ]


def aggregated(modality: str | None = "asserted") -> Select:
    """The aggregated events: ``id`` (first mention), ``day`` and the ``COUNTS``, one row per event."""
    em, d, ds = event_mentions, documents, document_sources
    key = _key_columns()
    per_document = (
        sa.select(
            *key, em.c.document_id,
            sa.func.count().label("mentions"),
            sa.func.min(em.c.id).label("first_id"),
            sa.func.max(sa.case((em.c.sentence == 0, 1), else_=0)).label("lead"),
        )
        .select_from(em.join(d, d.c.id == em.c.document_id))
        .group_by(*key, em.c.document_id)
    )
    if modality:
        per_document = per_document.where(em.c.modality == modality)
    pd = per_document.subquery("per_document")
    first_source = (
        sa.select(ds.c.document_id, sa.func.min(ds.c.id).label("first_source")).group_by(ds.c.document_id)
        .subquery("first_source")
    )
    tone = documents.alias("tone_of")
    carried = sa.func.coalesce(ds.c.outlet, ds.c.url, ds.c.document_id)
    # one row per (document, carrying URL) of each event; the first URL of a document stands for the document
    once = ds.c.id == first_source.c.first_source
    return (
        sa.select(
            sa.func.min(pd.c.first_id).label("id"),
            pd.c.day,
            sa.func.sum(pd.c.mentions).label("num_mentions"),
            sa.func.count(sa.distinct(carried)).label("num_sources"),
            sa.func.count().label("num_articles"),
            sa.func.avg(tone.c.tone).label("avg_tone"),
            sa.func.sum(sa.case((once, 1), else_=0)).label("num_documents"),
            sa.func.sum(sa.case((once, pd.c.mentions), else_=0)).label("num_sentences"),
            sa.func.max(pd.c.lead).label("is_root"),
        )
        .select_from(
            pd.join(ds, ds.c.document_id == pd.c.document_id)
            .join(first_source, first_source.c.document_id == pd.c.document_id)
            .join(tone, tone.c.id == pd.c.document_id)
        )
        .group_by(*[pd.c[c.name] for c in key])
    )


def with_first_mention(modality: str | None = "asserted") -> Select:
    """Each aggregated event joined to its first mention's row and document, by day then id, ready for
    ``export.gdelt_row``: the ``event_mentions`` columns, ``url``, ``outlet``, ``document_date``, ``created_at``,
    and the ``COUNTS``."""
    em, d = event_mentions, documents
    agg = aggregated(modality).subquery("events")
    return (
        sa.select(em, d.c.url, d.c.outlet, d.c.date.label("document_date"), d.c.created_at,
                  *[agg.c[c] for c in COUNTS])
        .select_from(agg.join(em, em.c.id == agg.c.id).join(d, d.c.id == em.c.document_id))
        .order_by(agg.c.day.asc().nulls_last(), agg.c.id)
    )


def mentions_of(event_id: int) -> Select:
    """Every mention aggregated into the event whose first mention is ``event_id`` (same key), in id order,
    with its document's ``date`` as ``document_date``."""
    em, d = event_mentions, documents
    first = event_mentions.alias("first")
    first_doc = documents.alias("first_doc")
    same = [
        sa.func.coalesce(em.c.date, d.c.date).is_not_distinct_from(
            sa.func.coalesce(first.c.date, first_doc.c.date)),
        *[em.c[c].is_not_distinct_from(first.c[c]) for c in (
            "source_code", "target_code", "code", "location_name", "location_country", "location_lat",
            "location_lon", "location_feature", "modality")],
    ]
    return (
        sa.select(em, d.c.date.label("document_date"))
        .select_from(em.join(d, d.c.id == em.c.document_id))
        .join(first, first.c.id == event_id)
        .join(first_doc, first_doc.c.id == first.c.document_id)
        .where(*same)
        .order_by(em.c.id)
    )
