"""The Python API: dyad.code and dyad.code_many as DESIGN.md promises them."""

from __future__ import annotations

import json

import jsonschema

import dyad
from dyad.lexicon import data_path

SCHEMA = json.loads(data_path("document.schema.json").read_text())
TEXT = "Turkish Foreign Minister Ali Demir visited Athens on Tuesday.\n\nGreece and Turkey agreed to resume talks."


def test_api_code_returns_a_document():
    doc = dyad.code(TEXT, date="2024-03-12", url="https://example.org/a")
    assert isinstance(doc, dyad.Document)
    assert doc.url == "https://example.org/a" and doc.date == "2024-03-12"
    jsonschema.validate(doc.to_dict(), SCHEMA)
    assert doc.events and doc.places and doc.actors


def test_api_code_html():
    html = ("<html><head><title>Talks resume</title></head><body><nav>Home | World</nav><article>"
            "<h1>Talks resume</h1><p>Turkish Foreign Minister Ali Demir visited Athens on Tuesday for talks with "
            "Greek officials on maritime borders.</p><p>Greece and Turkey agreed to resume talks next month, "
            "officials in both capitals said on Tuesday evening.</p></article><footer>(c) 2024</footer></body></html>")
    doc = dyad.code(html, date="2024-03-12")
    assert "Home | World" not in doc.text and "Athens" in doc.text


def test_api_code_many_keeps_order_and_ids_and_reports_bad_items():
    items = [{"id": "a", "text": TEXT, "date": "2024-03-12"}, {"id": "b", "text": ""},
             {"id": "c", "html": "<html><body><p>Kenya and Uganda signed a trade agreement on Monday in "
                                 "Kampala, officials said.</p></body></html>"}, "Iran denied the accusation."]
    docs = list(dyad.code_many(items, batch_size=2))
    assert [d.source_id for d in docs] == ["a", "b", "c", None]
    assert docs[1].skipped and docs[1].skipped.startswith("error:")
    assert not docs[0].skipped and docs[0].events


def test_api_non_english_is_kept_not_coded():
    doc = dyad.code("Die Bundesregierung hat am Montag die russische Regierung scharf kritisiert und neue "
                    "Sanktionen angekündigt.", date="2022-03-01")
    assert doc.language == "de" and doc.skipped and doc.events == []


def test_api_document_round_trip():
    doc = dyad.code(TEXT, date="2024-03-12")
    again = dyad.Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()


def test_api_batches_bound_the_text_in_one_parse():
    from dyad.document import Document
    from dyad.parse import batches

    docs = [Document(text="x" * n) for n in (50, 50, 300, 10, 10, 10)]
    groups = list(batches(docs, batch_size=2, max_chars=120))
    assert [[len(d.text) for d in g] for g in groups] == [[50, 50], [300], [10, 10], [10]]


def test_api_code_many_with_two_processes():
    from dyad.workers import CHUNK_ITEMS, IN_FLIGHT_PER_WORKER, shutdown_pools

    items = [{"id": "a", "text": TEXT, "date": "2024-03-12"}, {"id": "b", "text": ""}, {"id": "c", "html": 42},
             {"id": "d", "html": "<html><body><p>Kenya and Uganda signed a trade agreement on Monday in "
                                 "Kampala, officials said.</p></body></html>"}, "Iran denied the accusation."]
    one = [d.to_dict() | {"id": d.source_id} for d in dyad.code_many(items)]
    pulled = 0

    def endless():  # items are read lazily: only the chunks in flight are taken from the stream
        nonlocal pulled
        while True:
            pulled += 1
            yield items[(pulled - 1) % len(items)]

    two = dyad.code_many(endless(), n_process=2)
    got = [next(two) for _ in items]
    assert [d.to_dict() | {"id": d.source_id} for d in got] == one
    assert got[1].skipped.startswith("error:") and got[2].skipped.startswith("error:")
    assert got[0].events
    assert pulled <= 2 * IN_FLIGHT_PER_WORKER * CHUNK_ITEMS + 1
    two.close()
    again = list(dyad.code_many(items, n_process=2))  # the same workers, started once
    assert [d.to_dict() | {"id": d.source_id} for d in again] == one
    shutdown_pools()
