"""GDELT-style event aggregation: one row per (date, source, target, code, location), counted over every article
that carried it, each mention still tied to its sentence."""

from __future__ import annotations

import io

import pytest

from dyad.document import Document, Event, Location, Mention, Span
from dyad.export import GDELT_COLUMNS, export
# the store fixture (SQLite, and PostgreSQL when DYAD_TEST_PG is set)
from test_store import store  # noqa: F401

COL = {name: i for i, name in enumerate(GDELT_COLUMNS)}
GEORGIA = Location("Georgia", "GEO", 42.0, 43.5, "country")


def _sentences(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, bounds = "", []
    for s in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {s}" if text else s
        bounds.append((start, start + len(s)))
    return text, bounds


def _event(text: str, bounds, sentence: int, source: str, verb: str, target: str | None, code: str,
           modality: str = "asserted", location: Location | None = GEORGIA, date: str | None = "2008-08-25",
           tone: float | None = None) -> Event:
    start, end = bounds[sentence]
    s = text.index(source, start)
    v = text.index(verb, start)
    src = Mention(source, "RUSLEG", "Russian parliament", s, s + len(source))
    tgt = None
    if target:
        t = text.index(target, start)
        tgt = Mention(target, "GEOSEP", "Georgian separatists", t, t + len(target))
    return Event(src, tgt, Span(verb, v, v + len(verb)), code, code[:2], "Praise or endorse", 3.4, 1, "SUPPORT",
                 modality, sentence, date, location, tone)


def make_docs() -> tuple[Document, Document]:
    a_text, a_bounds = _sentences([
        "Russian lawmakers backed the Georgian separatists on Monday.",
        "The vote was held in Moscow.",
        "Officials said the decision was final.",
        "Russian lawmakers again backed the Georgian separatists in a second vote.",
    ])
    a = Document(text=a_text, id="a" * 16, url="https://euronews.example/a", outlet="Euronews", date="2008-08-25",
                 language="en", tone=-1.25, sentences=a_bounds, events=[
                     _event(a_text, a_bounds, 0, "Russian lawmakers", "backed", "Georgian separatists", "051"),
                     _event(a_text, a_bounds, 3, "Russian lawmakers", "backed", "Georgian separatists", "051"),
                 ])
    c_text, c_bounds = _sentences([
        "Parliament in Moscow met on Monday.",
        "Russian lawmakers backed the Georgian separatists.",
        "Russian lawmakers did not back the Georgian government.",
        "Russian lawmakers backed the Georgian separatists in Tskhinvali.",
    ])
    c = Document(text=c_text, id="c" * 16, url="https://example.org/c", outlet="Example", date="2008-08-25",
                 language="en", tone=2.0, sentences=c_bounds, events=[
                     _event(c_text, c_bounds, 1, "Russian lawmakers", "backed", "Georgian separatists", "051"),
                     _event(c_text, c_bounds, 2, "Russian lawmakers", "back", "Georgian government", "051",
                            modality="negated"),
                     _event(c_text, c_bounds, 3, "Russian lawmakers", "backed", "Georgian separatists", "051",
                            location=Location("Tskhinvali", "GEO", 42.23, 43.97, "city")),
                 ])
    return a, c


@pytest.fixture
def aggregated(store):  # noqa: F811
    a, c = make_docs()
    store.add(a)
    store.add(a, url="https://mirror.example/a", outlet="Mirror")  # the same article on two more sites
    store.add(a, url="https://euronews.example/a-amp", outlet="Euronews")
    store.add(c)
    return store


def _by_location(rows):
    return {r["location_name"]: r for r in rows}


def test_aggregate_one_row_per_event_counted_over_every_article(aggregated):
    rows = list(aggregated.iter_aggregated_rows())
    assert len(rows) == 2  # Georgia (3 mentions in 2 documents) and Tskhinvali; the negated one left out
    georgia = _by_location(rows)["Georgia"]
    assert (georgia["num_documents"], georgia["num_sentences"]) == (2, 3)
    # document a: 2 mentions, carried by 3 URLs of 2 outlets; document c: 1 mention, 1 URL
    assert georgia["num_articles"] == 4
    assert georgia["num_mentions"] == 2 * 3 + 1
    assert georgia["num_sources"] == 3  # Euronews, Mirror, Example
    assert georgia["avg_tone"] == pytest.approx((3 * -1.25 + 2.0) / 4, abs=1e-3)
    assert georgia["is_root"] == 1  # document a's lead sentence
    assert georgia["url"] == "https://euronews.example/a" and georgia["sentence"] == 0  # the first mention
    tskhinvali = _by_location(rows)["Tskhinvali"]
    assert (tskhinvali["num_mentions"], tskhinvali["num_articles"], tskhinvali["num_sources"]) == (1, 1, 1)
    assert tskhinvali["avg_tone"] == 2.0 and tskhinvali["is_root"] == 0
    assert aggregated.count_aggregated_events() == 2


def test_aggregate_other_modalities_on_request(aggregated):
    rows = list(aggregated.iter_aggregated_rows(modality=None))
    assert sorted((r["modality"], r["location_name"]) for r in rows) == [
        ("asserted", "Georgia"), ("asserted", "Tskhinvali"), ("negated", "Georgia")]
    (negated,) = aggregated.iter_aggregated_rows(modality="negated")
    assert negated["target_code"] == "GEOSEP" and negated["num_mentions"] == 1
    assert aggregated.count_aggregated_events(modality=None) == 3


def test_aggregate_every_mention_keeps_its_sentence(aggregated):
    georgia = _by_location(aggregated.iter_aggregated_rows())["Georgia"]
    mentions = aggregated.event_mentions_of(georgia["id"])
    assert [(m["document_id"], m["sentence"]) for m in mentions] == [("a" * 16, 0), ("a" * 16, 3), ("c" * 16, 1)]
    a, c = make_docs()
    for m in mentions:
        doc = a if m["document_id"] == a.id else c
        assert (m["sentence_start"], m["sentence_end"]) == doc.sentences[m["sentence"]]
        assert doc.text[m["verb"]["start"]:m["verb"]["end"]] == "backed"
    assert aggregated.event_mentions_of(10_000) == []


def test_aggregate_a_different_date_is_another_event(store):  # noqa: F811
    a, c = make_docs()
    c.events[0].date = "2008-08-24"
    store.add(a)
    store.add(c)
    rows = [r for r in store.iter_aggregated_rows() if r["location_name"] == "Georgia"]
    assert sorted((r["date"], r["num_mentions"]) for r in rows) == [("2008-08-24", 1), ("2008-08-25", 2)]


def test_aggregate_gdelt_export_writes_the_counts(aggregated):
    out = io.StringIO()
    assert export(aggregated, "gdelt", out) == 2
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    georgia = next(r for r in rows if r[COL["ActionGeo_FullName"]] == "Georgia")
    assert [georgia[COL[c]] for c in ("NumMentions", "NumSources", "NumArticles", "IsRootEvent")] == [
        "7", "3", "4", "1"]
    assert float(georgia[COL["AvgTone"]]) == pytest.approx(-0.4375, abs=1e-3)
    assert georgia[COL["SOURCEURL"]] == "https://euronews.example/a"
    assert georgia[COL["EventCode"]] == "051" and georgia[COL["Actor1Code"]] == "RUSLEG"
