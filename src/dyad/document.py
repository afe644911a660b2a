"""The typed records dyad produces: a Document and the mentions, events, quotes and places in it.

Every span carries ``start``/``end`` character offsets into ``Document.text`` (the cleaned body).
``Document.to_dict()`` gives exactly the document JSON of DESIGN.md; ``Document.from_dict()`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def evidence_text(*parts: str | None) -> str:
    """The non-empty parts of an event's evidence, joined for display."""
    return " / ".join(p for p in parts if p)


def plover_label(plover: str | None, mode: str | None = None, context: str | None = None) -> str:
    """A PLOVER type with its mode and context, those it has, for display: "ASSAULT / heavy-weapons / military"."""
    return " / ".join(p for p in (plover, mode, context) if p)


@dataclass(slots=True)
class Mention:
    """An actor as written in the text, with its CAMEO actor code."""

    text: str
    code: str | None
    name: str | None
    start: int
    end: int
    sentence: int = 0
    territory: str | None = None
    kind: str = "actor"  # actor | person | pronoun | place | implied (no words of its own: an empty span at the verb)

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "code": self.code, "name": self.name, "start": self.start, "end": self.end}
        if self.territory:
            out["territory"] = self.territory
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Mention | None:
        if d is None:
            return None
        return cls(d["text"], d.get("code"), d.get("name"), d["start"], d["end"], territory=d.get("territory"))


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "feature": self.feature}


@dataclass(slots=True)
class Event:
    source: Mention
    target: Mention | None
    verb: Span
    code: str
    root: str
    name: str
    goldstein: float
    quad: int
    plover: str | None
    modality: str = "asserted"
    sentence: int = 0
    date: str | None = None
    location: Location | None = None
    tone: float | None = None  # the tone of its sentence, GDELT's AvgTone scale (tone.py)
    # PLOVER's mode ("phone", "heavy-weapons") and context ("military", "legal; military") of the CAMEO code, from
    # dyad's PLOVER table; None where the table gives none
    plover_mode: str | None = None
    plover_context: str | None = None

    @property
    def evidence(self) -> str:
        """Source, verb and target as written: "Both Russian houses of parliament / backed / Georgian separatists"."""
        return evidence_text(self.source.text, self.verb.text, self.target.text if self.target else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "verb": self.verb.to_dict(),
            "date": self.date,
            "code": self.code,
            "root": self.root,
            "name": self.name,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "plover_context": self.plover_context,
            "modality": self.modality,
            "sentence": self.sentence,
            "location": self.location.to_dict() if self.location else None,
            "tone": self.tone,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        loc = d.get("location")
        return cls(
            source=Mention.from_dict(d["source"]),
            target=Mention.from_dict(d.get("target")),
            verb=Span(**d["verb"]),
            code=d["code"], root=d["root"], name=d["name"], goldstein=d["goldstein"], quad=d["quad"],
            plover=d.get("plover"), modality=d.get("modality", "asserted"), sentence=d.get("sentence", 0),
            date=d.get("date"), location=Location(**loc) if loc else None, tone=d.get("tone"),
            plover_mode=d.get("plover_mode"), plover_context=d.get("plover_context"),
        )


@dataclass(slots=True)
class Quote:
    speaker: Mention | None
    cue: str | None
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue, "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(Mention.from_dict(d.get("speaker")), d.get("cue"), d["kind"], d["text"], d["start"], d["end"])


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    literal: bool = True
    geonameid: int | None = None
    sentence: int = 0
    # start offsets of the verbs the name hangs from within its clause ("attacked positions near Gori"); filled by
    # the places stage to locate events, not part of the JSON
    verbs: tuple[int, ...] = ()
    # a one-word name the tagger took for a person's that the places stage read as a town ("struck Kharkiv"): the
    # actors stage codes it as the place, not a person; not part of the JSON
    person_tagged: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": self.name, "country": self.country,
            "lat": self.lat, "lon": self.lon, "feature": self.feature, "literal": self.literal,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        keys = ("text", "start", "end", "name", "country", "lat", "lon", "feature", "literal", "geonameid")
        return cls(**{k: d.get(k) for k in keys})


@dataclass(slots=True)
class Document:
    """One article: its metadata, cleaned body text and everything coded from it."""

    text: str
    id: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    published: str | None = None
    language: str | None = None
    # GDELT's AvgTone scale: 100 * (positive - negative words) / all words (tone.py); None when not coded
    tone: float | None = None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    # sentence boundaries as (start, end) character offsets into text; filled by parse
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # paragraph boundaries as (start, end); filled by parse
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    # the item id given by the caller (a JSONL "id"), kept apart from the content hash
    source_id: str | None = None
    # why the document was not coded (non-English, empty), or None
    skipped: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "url": self.url, "outlet": self.outlet, "title": self.title, "date": self.date,
            "published": self.published, "language": self.language, "tone": self.tone, "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            text=d["text"], id=d.get("id", ""), url=d.get("url"), outlet=d.get("outlet"), title=d.get("title"),
            date=d.get("date"), published=d.get("published"), language=d.get("language"), tone=d.get("tone"),
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            places=[Place.from_dict(p) for p in d.get("places", [])],
            actors=[m for m in (Mention.from_dict(a) for a in d.get("actors", [])) if m],
        )

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (0 when sentences are unknown)."""
        for i, (s, e) in enumerate(self.sentences):
            if s <= offset < e:
                return i
        return max(0, len(self.sentences) - 1)
