"""The geoparsing scorer: LGL and GeoVirus XML read, spans aligned, recall/precision/accuracy counted."""

from __future__ import annotations

import pytest

from dyad.document import Place
from dyad.errors import InputError
from dyad.geo_eval import read_corpus, score_article, split_of

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="101">
    <title>Flood</title>
    <text><![CDATA[Flood waters rose in Macon, Ga., on Tuesday near Elm St. and Riverside Drive.]]></text>
    <toponyms count="3">
      <toponym><start>21</start><end>26</end><phrase>Macon</phrase>
        <gaztag geonameid="4207400"><name>Macon</name><lat>32.84</lat><lon>-83.63</lon></gaztag></toponym>
      <toponym><start>28</start><end>31</end><phrase>Ga.</phrase>
        <gaztag geonameid="4197000"><name>Georgia</name><lat>32.75</lat><lon>-83.50</lon></gaztag></toponym>
      <toponym><start>50</start><end>57</end><phrase>Elm St.</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS = """<articles>
    <article>
        <source>https://example.org/wiki/Outbreak_story</source>
        <text>Health teams in Lyon and Bordeaux reported new cases.</text>
        <locations>
            <location><name>Lyon</name><start>17</start><end>21</end><lat>45.76</lat><lon>4.84</lon></location>
            <location><name>Bordeaux</name><start>26</start><end>34</end><lat>44.84</lat><lon>-0.58</lon></location>
        </locations>
    </article>
</articles>
"""


def place(text, start, lat, lon, name=None) -> Place:
    return Place(text=text, start=start, end=start + len(text), name=name or text, country=None, lat=lat, lon=lon,
                 feature="city", literal=True)


def test_geo_eval_reads_lgl(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    [article] = read_corpus(path)
    assert article.id == "101"
    assert [t.text for t in article.toponyms] == ["Macon", "Ga.", "Elm St."]
    assert article.toponyms[0].lat == pytest.approx(32.84)
    assert article.toponyms[2].lat is None  # a street with no gazetteer entry
    assert all(article.text[t.start:t.end] == t.text for t in article.toponyms)


def test_geo_eval_aligns_geovirus_offsets(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    [article] = read_corpus(path)
    assert article.id == "https://example.org/wiki/Outbreak_story"
    lyon, bordeaux = article.toponyms
    assert (lyon.start, lyon.end, lyon.shifted) == (16, 20, True)  # one character off in the file
    assert (bordeaux.start, bordeaux.shifted) == (25, True)
    assert article.text[lyon.start:lyon.end] == "Lyon"


def test_geo_eval_rejects_a_span_that_is_not_there(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS.replace("<start>26</start>", "<start>2</start>"), encoding="utf-8")
    with pytest.raises(InputError, match="Bordeaux"):
        read_corpus(path)
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable XML corpus"):
        read_corpus(bad)


def test_geo_eval_scores_recall_precision_accuracy(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    [article] = read_corpus(path)
    text = article.text
    predicted = [
        place("Macon", text.index("Macon"), 32.84, -83.63),          # right place
        place("Ga", text.index("Ga."), 42.0, 43.5, "Georgia"),      # overlaps, but the country Georgia: far off
        place("Elm St.", text.index("Elm St."), 0.0, 0.0),          # overlaps a gold toponym with no point
        place("Riverside", text.index("Riverside"), 33.9, -117.4),  # not in the gold
    ]
    s = score_article(article, predicted)
    assert (s.gold, s.recalled, s.accurate) == (2, 2, 1)  # Elm St. has no point: out of recall and accuracy
    assert (s.predicted, s.correct) == (4, 3)
    assert s.recall == 1.0 and s.precision == 0.75 and s.accuracy == 0.5
    assert [e["kind"] for e in s.errors] == ["far"] and s.errors[0]["chosen"] == "Georgia"

    s = score_article(article, predicted[:1])
    assert (s.recalled, s.accurate, s.correct) == (1, 1, 1)
    assert s.errors == [{"article": "101", "kind": "missed", "text": "Ga.", "start": text.index("Ga.")}]


def test_geo_eval_split_is_stable_and_halves():
    ids = [str(n) for n in range(1000)]
    dev = [i for i in ids if split_of(i) == "dev"]
    assert 400 < len(dev) < 600
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
