"""Scoring the places stage on geoparsing corpora: LGL and GeoVirus XML.

Two formats are read (see ``read_corpus``):

- **LGL** (Lieberman, Samet and Sankaranarayanan's local-news corpus): ``<article docid="...">`` with ``<text>``
  and ``<toponyms><toponym><start/><end/><phrase/><gaztag><lat/><lon/></gaztag></toponym>``. A toponym with no
  ``gaztag`` (mostly street names, "Memphis St.") has no point: it counts as a toponym for precision but is left
  out of recall and accuracy.
- **GeoVirus** (Gritta et al.'s WikiNews corpus): ``<article><source/><text/><locations><location><name/><start/>
  <end/><lat/><lon/></location>``. Its offsets are often one character off; each is moved to the nearest
  occurrence of its name within a few characters (``Toponym.shifted`` says so), never guessed further.

Figures, per corpus and split:

- **recall**: gold toponyms with a point that some predicted place overlaps (any shared character);
- **precision**: predicted places that overlap some gold toponym. A place the gold leaves unannotated counts
  against precision, so this is a lower bound where the gold is incomplete (GeoVirus annotates only places with a
  Wikipedia page, and neither corpus annotates every demonym-free mention the same way);
- **accuracy**: of the recalled toponyms, those whose predicted point lies within 161 km (100 miles) of the gold
  point; when several predicted places overlap one toponym, the one sharing most characters is taken.

Articles are split into two halves by a stable hash of their id (LGL's ``docid``, GeoVirus's source address, so
that paragraphs of one WikiNews story stay in one half): ``dev`` for tuning, ``test`` only for reporting.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from dyad.document import Document, Place
from dyad.errors import InputError
from dyad.gazetteer import distance_km

ACCURACY_KM = 161.0
SPLITS = ("dev", "test")
MAX_SHIFT = 3  # how far a GeoVirus offset may be moved to meet its name


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    shifted: bool = False


@dataclass(slots=True)
class Article:
    id: str
    text: str
    toponyms: list[Toponym]

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(article_id: str) -> str:
    """``dev`` or ``test``, by a stable hash of the article id."""
    return "dev" if zlib.crc32(article_id.encode("utf-8")) % 2 else "test"


def _float(s: str | None) -> float | None:
    if s is None or not s.strip():
        return None
    return float(s)


def _align(text: str, start: int, end: int, name: str) -> tuple[int, int, bool] | None:
    """The span of ``name`` at or within MAX_SHIFT characters of ``start``; None when it is not there."""
    if text[start:end] == name:
        return start, end, False
    for d in range(1, MAX_SHIFT + 1):
        for s in (start - d, start + d):
            if 0 <= s and text[s:s + len(name)] == name:
                return s, s + len(name), True
    return None


def read_corpus(path: str | Path) -> list[Article]:
    """Articles of an LGL or GeoVirus XML file, in file order. A toponym whose span cannot be found in its text is
    an error: the file is not one this reader understands."""
    path = Path(path)
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise InputError(f"{path}: not a readable XML corpus ({exc})") from None
    articles: list[Article] = []
    for n, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        if a.find("toponyms") is not None:  # LGL
            ident = a.get("docid") or str(n)
            items = [(t.findtext("start"), t.findtext("end"), t.findtext("phrase"), t.find("gaztag"))
                     for t in a.find("toponyms").findall("toponym")]
            raw = [(s, e, name, _float(g.findtext("lat")) if g is not None else None,
                    _float(g.findtext("lon")) if g is not None else None) for s, e, name, g in items]
        elif a.find("locations") is not None:  # GeoVirus
            ident = a.findtext("source") or str(n)
            raw = [(loc.findtext("start"), loc.findtext("end"), loc.findtext("name"), _float(loc.findtext("lat")),
                    _float(loc.findtext("lon"))) for loc in a.find("locations").findall("location")]
        else:
            raise InputError(f"{path}: article {n} has neither <toponyms> (LGL) nor <locations> (GeoVirus)")
        toponyms = []
        for s, e, name, lat, lon in raw:
            try:
                start, end = int(s), int(e)
            except (TypeError, ValueError):
                raise InputError(f"{path}: article {ident}: toponym {name!r} has no integer offsets") from None
            span = _align(text, start, end, name or "")
            if span is None:
                raise InputError(f"{path}: article {ident}: toponym {name!r} is not at {start}-{end} of its text")
            toponyms.append(Toponym(span[0], span[1], name, lat, lon, span[2]))
        articles.append(Article(ident, text, toponyms))
    if not articles:
        raise InputError(f"{path}: no <article> elements")
    return articles


@dataclass(slots=True)
class GeoScore:
    articles: int = 0
    gold: int = 0  # gold toponyms with a point
    recalled: int = 0
    predicted: int = 0
    correct: int = 0  # predicted places overlapping a gold toponym
    accurate: int = 0
    errors: list[dict] = field(default_factory=list)  # misses and far-off points, for reading

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def accuracy(self) -> float:
        return self.accurate / self.recalled if self.recalled else 0.0

    def add(self, other: GeoScore) -> None:
        self.articles += other.articles
        self.gold += other.gold
        self.recalled += other.recalled
        self.predicted += other.predicted
        self.correct += other.correct
        self.accurate += other.accurate
        self.errors += other.errors

    def to_dict(self) -> dict:
        return {"articles": self.articles, "gold": self.gold, "recalled": self.recalled, "predicted": self.predicted,
                "correct": self.correct, "accurate": self.accurate, "recall": round(self.recall, 4),
                "precision": round(self.precision, 4), "accuracy_161km": round(self.accuracy, 4)}


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_article(article: Article, places: list[Place]) -> GeoScore:
    """Recall, precision and accuracy counts of one article's predicted places against its gold toponyms."""
    score = GeoScore(articles=1, predicted=len(places))
    for p in places:
        if any(_overlap(p.start, p.end, t.start, t.end) for t in article.toponyms):
            score.correct += 1
    for t in article.toponyms:
        if t.lat is None or t.lon is None:
            continue
        score.gold += 1
        best = max(places, key=lambda p: _overlap(p.start, p.end, t.start, t.end), default=None)
        if best is None or not _overlap(best.start, best.end, t.start, t.end):
            score.errors.append({"article": article.id, "kind": "missed", "text": t.text, "start": t.start})
            continue
        score.recalled += 1
        km = distance_km(best.lat, best.lon, t.lat, t.lon) if best.lat is not None else None
        if km is not None and km <= ACCURACY_KM:
            score.accurate += 1
        else:
            score.errors.append({"article": article.id, "kind": "far", "text": t.text, "start": t.start,
                                 "chosen": best.name, "country": best.country, "feature": best.feature,
                                 "km": None if km is None else round(km)})
    return score


def predict(articles: Iterable[Article], settings=None, batch_size: int = 32) -> Iterator[tuple[Article, Document]]:
    """Each article with its places found by dyad (parse, then the places stage; no text cleaning, so offsets
    stay those of the corpus)."""
    from dyad.parse import parse
    from dyad.places import Places
    from dyad.settings import from_env

    settings = settings or from_env()
    places = Places(settings)
    articles = list(articles)
    docs = [Document(text=a.text) for a in articles]
    by_doc = {id(d): a for d, a in zip(docs, articles)}
    for doc, sdoc in parse(docs, settings.spacy_model, batch_size):
        places.find_places(doc, sdoc)
        yield by_doc[id(doc)], doc


def evaluate(articles: Iterable[Article], settings=None) -> dict[str, GeoScore]:
    """Scores by split (``dev``, ``test``) and over ``all``."""
    out = {name: GeoScore() for name in (*SPLITS, "all")}
    for article, doc in predict(articles, settings):
        s = score_article(article, doc.places)
        out[article.split].add(s)
        out["all"].add(s)
    return out
