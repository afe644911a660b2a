"""The places stage: toponyms -> gazetteer entries, literal or not; each event's location.

Reads ``doc.text``, ``doc.sentences``, ``doc.events`` and the spaCy parse of ``doc.text``; fills ``doc.places`` and
``event.location``. It finds first (entity spans that name places), then resolves (population prior, "City, State"
and "City, Country" qualifiers, the document's dominant country and state, places in the same sentence or list,
nearby towns), looks once more for towns of the document's own area the tagger missed, then writes.

A place is *not literal* where its name stands for a government or people: the subject of a verb ("Moscow said"),
a possessive ("Tbilisi's failed bid"), the object of a verb of attitude or speech ("thanked Russia"), the agent of a
passive ("backed by Moscow"), the other side of a relation ("ties with Moscow"). The word lists live in
``data/place_context.tsv``. An event's location comes from literal places only.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dyad.actor_words import PRONOUNS
from dyad.document import Document, Location, Place
from dyad.gazetteer import KIND_NAME, KIND_QUALIFIER, Entry, Gazetteer, curated_towns, distance_km, normalize
from dyad.lexicon import Lexicon, data_path, read_tsv
from dyad.lexicon import load as load_lexicon
from dyad.settings import Settings

DATA = Path(__file__).resolve().parent / "data"

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels the small model gives some place names ("Abkhazia" NORP, "Tbilisi" ORG): kept only on an exact name
NAME_ONLY_LABELS = frozenset({"NORP", "ORG"})
NAME_ONLY_FEATURES = frozenset({"country", "capital", "city", "region", "territory", "state"})
# a plain town is kept from a NORP/ORG span only when large ("Chelsea" the club is not Chelsea, Massachusetts)
NAME_ONLY_MIN_PRIOR = 5.0  # log10 of 100,000 people; curated cities of regions.tsv have it too
SETTLEMENT_NOUNS = frozenset({"town", "city", "village"})  # "the town of Chibok"
CONTROLLED_MIN_PRIOR = 4.0  # log10 of 10,000 people: an untagged town after "control of"
QUALIFIER_FEATURES = frozenset({"country", "state", "region", "territory", "capital"})
# names inside other names ("Minnesota National Guard"): which spans are searched and which places are taken as they
# are (a plain town only when large or in a country the document names)
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
EMBEDDED_FEATURES = frozenset({"country", "capital", "state", "region", "territory", "county", "continent"})

DOMINANT_BONUS = 3.0  # entry in the document's most mentioned country
DOMINANT_SHARE = 3  # ... or in a country mentioned twice and at least a third as often
NEIGHBOUR_BONUS = 1.5  # entry in a country another place of the same sentence resolves to, or that a nationality
# word of the sentence names ("Indian police arrested farmers in Punjab": India's Punjab, not Pakistan's)
ALTERNATE_PENALTY = 1.5  # matched on a GeoNames alternate name rather than a canonical one
QUALIFIED_BONUS = 20.0  # "Paris, Texas": the qualifier decides
REGION_BONUS = 3.0  # entry in a first-level region (a US state) where another place of the document lies
NAMED_REGION_BONUS = 3.0  # ... and which the document names itself ("Illinois")
MAIN_REGION_BONUS = 2.0  # ... and which holds more of the document's places than any other region (two at least)
LIST_BONUS = 2.5  # entry of the kind (country, region, town) the other members of its list are
CUE_BONUS = 5.0  # entry of the kind the words around the name give: "Washington state", "the province of Ontario"
NEARBY_BONUS = 2.0  # town within NEARBY_KM of another town the document names
NEARBY_KM = 150.0
STRAY_KM = 2000.0  # a small town this far from every country its story names is no reading of it
RESOLVE_ROUNDS = 4  # resolving reads the other mentions' choices: repeat until no choice changes, at most this often
LOCAL_FEATURES = frozenset({"city", "capital", "county", "state", "region"})
REGION_FEATURES = frozenset({"state", "region"})
POINT_FEATURES = frozenset({"city", "capital", "county"})
FEATURE_KIND = {"continent": "continent", "country": "country", "state": "region", "region": "region",
                "territory": "region", "county": "county", "city": "town", "capital": "town"}


@dataclass(frozen=True, slots=True)
class Context:
    """Word lists from ``data/place_context.tsv``, by role."""

    object_verbs: frozenset[str]
    literal_subject_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    part_nouns: frozenset[str]
    agent_preps: frozenset[str]
    voice_nouns: frozenset[str] = frozenset()
    between_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    town_nouns: frozenset[str] = frozenset()
    region_nouns: frozenset[str] = frozenset()


@functools.cache
def load_context(path: Path | None = None) -> Context:
    roles: dict[str, set[str]] = {}
    for _, row in read_tsv(path or data_path("place_context.tsv")):
        if row.get("word"):
            roles.setdefault(row["role"], set()).add(row["word"].lower())
    get = lambda role: frozenset(roles.get(role, ()))  # noqa: E731
    return Context(get("object_verb"), get("literal_subject_verb"), get("relation_noun"), get("part_noun"),
                   get("agent_prep"), get("voice_noun"), get("between_verb"), get("measure_noun"), get("town_noun"),
                   get("region_noun"))


@functools.cache
def nationality_words() -> dict[str, str]:
    """Nationality adjectives and demonyms (``data/countries.tsv``), lower-cased, to the country each names; a word
    two countries share ("Congolese") names neither."""
    out: dict[str, str] = {}
    for _, row in read_tsv(data_path("countries.tsv")):
        for word in (row.get("adjectives") or "").split("|"):
            word = word.strip().lower()
            if word:
                out[word] = "" if out.get(word, row["code"]) != row["code"] else row["code"]
    return {w: c for w, c in out.items() if c}


@functools.cache
def seat_countries() -> dict[str, str]:
    """Seats of government (``data/countries.tsv``, seats column: "White House", "Kremlin"), lower-cased, to their
    country: such a name is a place only in that country (the gazetteer may list "White House" as another name of
    Casablanca)."""
    out: dict[str, str] = {}
    for _, row in read_tsv(data_path("countries.tsv")):
        for word in (row.get("seats") or "").split("|"):
            word = word.strip().lower()
            if word:
                out[word] = row["code"]
    return out


@functools.cache
def first_names() -> frozenset[str]:
    """Given names (``data/first_names.tsv``), lower-cased: a PERSON span opening with one is a person."""
    return frozenset(row["name"].lower() for _, row in read_tsv(data_path("first_names.tsv")) if row.get("name"))


def person_names(persons) -> frozenset[str]:
    """The one-word names the lexicon's persons (``data/persons.tsv`` and a user's persons file) know someone by,
    lower-cased: the last word of each name and each one-word alias ("Obama", "Hemedti"). A town of such a name
    ("Obama", Japan) is taken for the person unless the words around it say it is the town."""
    out = set()
    for row in persons:
        names = [row.get("name") or "", *(row.get("aliases") or "").split("|")]
        for k, n in enumerate(names):
            words = n.split()
            if words and (k == 0 or len(words) == 1):
                out.add(words[-1].lower())
    return frozenset(out)


@dataclass(slots=True)
class _Mention:
    text: str
    start: int
    end: int
    root: object  # the spaCy token heading the span, for the literal test
    candidates: list[tuple[Entry, int]]
    sentence: int = 0
    qualifier: list[tuple[Entry, int]] = field(default_factory=list)
    chosen: Entry | None = None
    is_qualifier: bool = False  # the "Texas" of "Paris, Texas": always the place itself
    literal: bool | None = None  # set where the finding rule decides it (a name inside an organization's)
    kind: str | None = None  # the kind of place the words around say it is: "Washington state", "the city of Paris"
    person_tagged: bool = False  # a one-word name the tagger took for a person's, read as a town ("struck Kharkiv")


def _sentence_at(starts: list[int], start: int) -> int:
    """The index of the sentence holding character ``start``, from the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, start) - 1)


def _named_countries(mentions: list[_Mention]) -> set[str]:
    """The countries of the places found so far, each by its likeliest entry."""
    return {c[0].country for m in mentions for c in m.candidates[:1] if c[0].country}


def _strip_span(text: str, start: int) -> tuple[str, int, int]:
    """Drop a leading "the" and a trailing possessive from an entity's text, keeping offsets exact."""
    end = start + len(text)
    low = text.lower()
    if low.startswith("the ") and len(text) > 4:
        text, start = text[4:], start + 4
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text, end = text[: -len(suffix)], end - len(suffix)
            break
    stripped = text.rstrip(" ,;:")
    return stripped, start, end - (len(text) - len(stripped))


class Places:
    """Find, resolve and classify toponyms; set each event's location. One instance serves many documents."""

    def __init__(self, settings: Settings | None = None, gazetteer: Gazetteer | None = None,
                 lexicon: Lexicon | None = None):
        self.settings = settings or Settings()
        self.gazetteer = gazetteer or Gazetteer.open(self.settings)
        self.context = load_context()
        self._lexicon = lexicon

    @functools.cached_property
    def known_persons(self) -> frozenset[str]:
        """The one-word names of the lexicon's persons, the user's dictionaries included (see ``person_names``)."""
        lex = self._lexicon or load_lexicon(self.settings.dict_dir, self.settings.dict_only)
        return person_names(lex.persons)

    # -- finding -------------------------------------------------------------------------------------------------

    def _candidates(self, text: str, label: str, root) -> list[tuple[Entry, int]]:
        if label in PLACE_LABELS:
            return self.gazetteer.matches(text)
        if label in NAME_ONLY_LABELS and root.dep_ != "amod":
            # never an adjective ("Russian"): only a span that is exactly a place's canonical or curated name; once
            # it counts, the smaller towns of that name in the same country are candidates too (Huntsville, Texas)
            found = self.gazetteer.matches(text, max_kind=KIND_NAME)
            cands = [(e, k) for e, k in found
                     if e.feature in NAME_ONLY_FEATURES and (e.feature != "city" or e.prior >= NAME_ONLY_MIN_PRIOR)]
            countries = {e.country for e, _ in cands if e.feature in ("city", "capital")}
            return cands + [(e, k) for e, k in found if e.feature == "city" and e.country in countries
                            and (e, k) not in cands]
        return []

    def find(self, doc: Document, sdoc) -> list[_Mention]:
        text = doc.text
        starts = [s for s, _ in doc.sentences]
        mentions: list[_Mention] = []
        for ent in sdoc.ents:
            label = ent.label_
            if label not in PLACE_LABELS and label not in NAME_ONLY_LABELS:
                continue
            name, start, end = _strip_span(ent.text, ent.start_char)
            if not name:
                continue
            qualifier_text = None
            if ", " in name and label in PLACE_LABELS:  # "Paris, Texas" tagged as one span
                head, _, qualifier_text = name.partition(", ")
                q_start = start + len(head) + 2
                q_cands = self.gazetteer.matches(qualifier_text, max_kind=KIND_QUALIFIER)
                name, end = head, start + len(head)
            cands = self._candidates(name, label, ent.root)
            seat = seat_countries().get(re.sub(r"^the\s+", "", name.lower()))
            if seat is not None:
                cands = [c for c in cands if c[0].country == seat]
            if not cands:
                continue  # an unknown name is simply not listed
            m = _Mention(name, start, end, ent.root, cands, _sentence_at(starts, start))
            mentions.append(m)
            if qualifier_text:
                q = [c for c in q_cands if c[0].feature in QUALIFIER_FEATURES]
                if q:
                    qualified = _reads_qualified(cands, q)
                    if qualified:
                        m.qualifier = q
                    qm = _Mention(qualifier_text, q_start, q_start + len(qualifier_text), ent.root,
                                  [c for c in q if c[1] < KIND_QUALIFIER] or q, m.sentence, is_qualifier=qualified)
                    mentions.append(qm)
        mentions += self._listed_with(sdoc, mentions, starts)
        mentions += self._located_persons(sdoc, mentions, starts)
        mentions += self._person_tagged(sdoc, mentions, starts)
        mentions += self._embedded(sdoc, mentions, starts)
        mentions += self._datelines(doc, sdoc, mentions, starts)
        mentions += self._repeated(doc, sdoc, mentions, starts)
        mentions += self._county_lists(doc, sdoc, mentions, starts)
        mentions += self._cued(sdoc, mentions, starts)
        mentions += self._untagged_after_prep(sdoc, mentions, starts)
        # "rebels in the North", "fighting in the South-East": a bare compass word after "the" is a region of the
        # story's own country, never a foreign town that GeoNames also lists under it ("North" for North Salt Lake)
        mentions = [m for m in mentions if not _bare_compass(text, m)]
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            m.kind = _kind_cue(text, m.start, m.end)
        # "Paris, Texas" as two spans: a comma and nothing else between them
        for a, b in zip(mentions, mentions[1:]):
            if not a.qualifier and text[a.end:b.start].strip() == "," and b.start - a.end <= 2:
                q = [c for c in self.gazetteer.matches(b.text, max_kind=KIND_QUALIFIER)
                     if c[0].feature in QUALIFIER_FEATURES]
                if q and _reads_qualified(a.candidates, q):
                    a.qualifier = q
                    b.is_qualifier = True
        return mentions

    def _cued(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """A name after "the city of", "the port of", "the province of" (``place_context.tsv``) that the tagger
        read as no place ("Rebels attacked the city of Aleppo"): the proper nouns that follow, where the gazetteer
        lists a place of that kind by exactly that name, large or in a country the document names; it is where the
        act happens or what it is aimed at."""
        covered = [(m.start, m.end) for m in mentions]
        countries = _named_countries(mentions)
        kinds = {"town": ({"city", "capital"}, self.context.town_nouns),
                 "region": ({"region", "state", "territory"}, self.context.region_nouns)}
        extra: list[_Mention] = []
        for t in sdoc:
            if t.lower_ != "of" or t.i < 2 or t.i + 1 >= len(sdoc):
                continue
            noun = sdoc[t.i - 1]
            features = next((f for f, words in kinds.values() if noun.lower_ in words), None)
            if features is None or noun.pos_ != "NOUN" or t.head.i != noun.i:
                continue
            run = []
            for u in sdoc[t.i + 1:]:
                if u.pos_ != "PROPN":
                    break
                run.append(u)
            if not run:
                continue
            span = sdoc[run[0].i:run[-1].i + 1]
            if any(s < span.end_char and span.start_char < e for s, e in covered):
                continue
            cands = [(e, k) for e, k in self.gazetteer.matches(span.text, max_kind=KIND_NAME) if e.feature in features]
            # a small namesake elsewhere is no evidence ("the town of Baga" is not Baga in Spain): the place must be
            # large or in a country the document names as a place
            if not any(e.prior >= NAME_ONLY_MIN_PRIOR or e.country in countries for e, _ in cands):
                continue
            extra.append(_Mention(span.text, span.start_char, span.end_char, span.root, cands,
                                  _sentence_at(starts, span.start_char), literal=True))
        return extra

    def _listed_with(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Names the small model tags PERSON inside a list of places ("in Paris and Lyon"): kept when the span is
        exactly a city's or country's canonical name and is a conjunct of a place already found."""
        if not mentions:
            return []
        heads = {m.root.i for m in mentions}
        extra = []
        for ent in sdoc.ents:
            if ent.label_ != "PERSON" or ent.root.dep_ != "conj":
                continue
            t = ent.root
            while t.dep_ == "conj" and t.head.i != t.i and t.head.i not in heads:
                t = t.head
            if t.head.i not in heads:
                continue
            cands = [(e, k) for e, k in self.gazetteer.matches(ent.text, max_kind=KIND_NAME)
                     if e.feature in NAME_ONLY_FEATURES]
            if cands:
                extra.append(_Mention(ent.text, ent.start_char, ent.end_char, ent.root, cands,
                                      _sentence_at(starts, ent.start_char)))
                heads.add(ent.root.i)
        return extra

    def _located_persons(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Names the small model tags PERSON after a locative preposition ("north of Goma", "in Rutshuru") or a town
        noun ("the city of Goma"): kept when the name is a place in a country the document already names."""
        countries = _named_countries(mentions)
        if not countries:
            return []
        taken = {m.start for m in mentions}
        extra = []
        for ent in sdoc.ents:
            if ent.label_ != "PERSON" or ent.start_char in taken or ent.root.dep_ != "pobj":
                continue
            prep = ent.root.head
            # "north of Goma", "the city of Goma"
            if not (prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and (
                    prep.head.lower_ in DIRECTIONS or prep.head.lemma_.lower() in SETTLEMENT_NOUNS))):
                continue
            cands = [(e, k) for e, k in self.gazetteer.matches(ent.text, max_kind=KIND_NAME)
                     if e.country in countries and e.feature in NAME_ONLY_FEATURES]
            if cands:
                extra.append(_Mention(ent.text, ent.start_char, ent.end_char, ent.root, cands,
                                      _sentence_at(starts, ent.start_char)))
        return extra

    def _untagged_after_prep(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Names after a locative preposition that the small model leaves untagged or takes for a date or a
        language ("leaders in Donetsk refused", "the garrison in Kidal", "a concert in Manchester on Monday"): kept
        when the name, as written, is a country, region or capital, or a town of 100,000 people or more (the curated
        towns of regions.tsv count as such), or of 10,000 people or more after "control of"."""
        taken = [(m.start, m.end) for m in mentions]
        extra = []
        for tok in sdoc:
            # "took control of Timbuktu", "seized control of Kidal": a name controlled is a place, and the cue is
            # strong enough for a town of 10,000 people
            controlled = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "control"
            if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS and not controlled \
                    or tok.ent_type_ not in UNPLACED_LABELS or any(c.dep_ == "poss" for c in tok.children):
                continue  # ("in Honiara's Chinatown": a quarter of the town named)
            left = tok.i
            while left > 0 and sdoc[left - 1].dep_ == "compound" and sdoc[left - 1].head.i == tok.i \
                    and sdoc[left - 1].pos_ == "PROPN" and sdoc[left - 1].ent_type_ in UNPLACED_LABELS:
                left -= 1
            span = sdoc[left:tok.i + 1]
            a, b = span.start_char, span.end_char
            if any(s < b and a < e for s, e in taken):
                continue
            cands = [(e, k) for e, k in self.gazetteer.matches(span.text, max_kind=KIND_NAME)
                     if e.feature in NAME_ONLY_FEATURES and e.name == span.text
                     and (e.feature != "city" or e.prior >= (CONTROLLED_MIN_PRIOR if controlled
                                                             else NAME_ONLY_MIN_PRIOR))]
            if cands:
                extra.append(_Mention(span.text, a, b, tok, cands, _sentence_at(starts, a)))
                taken.append((a, b))
        return extra

    def _person_tagged(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Whole names the small model tags PERSON that are a country, state, region or capital, or a town of
        100,000 people or more with a name of several words, exactly as written ("Sri Lanka has", "Sioux Falls, S.D."),
        unless the name opens with a given name. A one-word town ("Jackson", "Bush": Būsh) stays a person, unless it
        is a town of the curated place table (regions.tsv: "shelled Douma") and nothing marks a person: no title
        before, no verb of speech after, no word of another person's name in the document."""
        taken = [(m.start, m.end) for m in mentions]
        first = first_names()
        persons = _person_words(sdoc)
        known = self.known_persons
        countries = _named_countries(mentions) | set(nationality_words().get(t.lower_, "") for t in sdoc)
        extra = []
        for ent in sdoc.ents:
            if ent.label_ != "PERSON" or ent[0].lower_ in first:
                continue
            name, start, end = _strip_span(ent.text, ent.start_char)
            if not name or any(s < end and start < e for s, e in taken):
                continue
            cands = [(e, k) for e, k in self.gazetteer.matches(name, max_kind=KIND_NAME)
                     if e.feature in NAME_ONLY_FEATURES]
            several_words = " " in name  # a one-word town is too often a surname ("Jackson", "Lansing")
            curated = normalize(name) in curated_towns() and not _names_person(ent, persons) \
                and any(e.feature == "city" and e.name == name for e, _ in cands)
            # a one-word name no person cue marks (a title, a verb of speech, a word of another person's name, "he"
            # or "she" after it with no other person named between) and that the persons file knows no one by
            unmarked = not several_words and name.lower() not in known and not _names_person(ent, persons) \
                and not _referred_to_as_person(ent)
            # "Russian missiles struck Kharkiv": such a name that is the name of one town only, large or in a
            # country the document names (towns named after people recur: "Jackson" is a dozen towns' name)
            towns = [e for e, _ in cands if e.feature in ("city", "capital") and e.name == name]
            one_town = unmarked and len(towns) == 1 and not curated \
                and (towns[0].prior >= NAME_ONLY_MIN_PRIOR or towns[0].country in countries)
            if one_town:
                extra.append(_Mention(name, start, end, ent.root, [(e, k) for e, k in cands if e.name == name],
                                      _sentence_at(starts, start), person_tagged=True))
                continue
            # "the town of Chibok": a name the tagger took for a person's, right after a settlement noun, is that
            # settlement, where the gazetteer knows one town of the name only ("Palmyra" and "Baga" are several
            # towns' names, left to the scene)
            root = ent.root
            town_noun = root.dep_ == "pobj" and root.head.lower_ == "of" and ent.start == root.head.i + 1 \
                and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS \
                and len(cands) == 1 and cands[0][0].feature == "city" and cands[0][0].name == name
            if not curated and not town_noun and not any(e.feature != "city" or (several_words and e.prior >= NAME_ONLY_MIN_PRIOR
                                                               and e.name == name) for e, _ in cands):
                continue
            extra.append(_Mention(name, start, end, ent.root, cands,
                                  _sentence_at(starts, start), person_tagged=curated or unmarked))
        return extra

    def _embedded(self, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Place names inside a longer name that is not a place: "Minnesota National Guard", "Fargo Police",
        "University of Alexandria", "Lutheran School in Lombard". Taken are the longest run of leading proper nouns,
        and the proper nouns after "of", "in" or "at", that exactly name a country, state, region, county,
        continent or capital, or a town that is large or in a country the document already names. A leading or
        "of" name stands for the organization (not literal); one after "in" or "at" is where it is."""
        taken = {i for m in mentions for i in range(m.root.i, m.root.i + 1)}
        covered = [(m.start, m.end) for m in mentions]
        countries = _named_countries(mentions)
        named = {normalize(m.text) for m in mentions}
        extra: list[_Mention] = []
        for ent in sdoc.ents:
            if ent.label_ not in EMBEDDING_LABELS or len(ent) < 2:
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in covered):
                continue
            toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            runs: list[tuple[list, bool | None]] = []
            lead = []
            for t in toks:
                if t.pos_ != "PROPN":
                    break
                lead.append(t)
            lead = lead[: len(toks) - 1]  # a proper prefix: the whole span was looked up already
            if lead:
                runs.append((lead, False))
            for k, t in enumerate(toks[:-1]):
                if t.lower_ in ("of", "in", "at"):
                    run = []
                    for u in toks[k + 1:]:
                        if u.pos_ != "PROPN":
                            break
                        run.append(u)
                    if run:
                        runs.append((run, False if t.lower_ == "of" else None))
            for run, literal in runs:
                found = self._longest_place(run, countries, named)
                if found is None:
                    continue
                a, b, cands = found
                span = sdoc[a:b]
                if span.root.i in taken:
                    continue
                taken.add(span.root.i)
                extra.append(_Mention(span.text, span.start_char, span.end_char, span.root, cands,
                                      _sentence_at(starts, span.start_char), literal=literal))
        return extra

    def _longest_place(self, run: list, countries: set[str], named: set[str]):
        """The longest prefix of the tokens ``run`` that names a place (see ``_embedded``): (start, end, candidates).
        A plain town counts only when the document names it as a place elsewhere, or when it is large and in a
        country the document names ("University", "Commerce" and "Herald" are towns too). Once a name counts, its
        towns in the countries the document names are candidates too ("Paris Library" beside "Illinois")."""
        for n in range(min(len(run), 4), 0, -1):
            a, b = run[0].i, run[n - 1].i + 1
            text = run[0].doc[a:b].text
            elsewhere = normalize(text) in named
            found = self.gazetteer.matches(text, max_kind=KIND_NAME)
            cands = [(e, k) for e, k in found
                     if e.feature in EMBEDDED_FEATURES
                     or (e.feature == "city" and (elsewhere or (e.prior >= NAME_ONLY_MIN_PRIOR
                                                                and e.country in countries)))]
            if cands:
                return a, b, cands + [(e, k) for e, k in found if e.feature == "city" and e.country in countries
                                      and (e, k) not in cands]
        return None

    def _datelines(self, doc: Document, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """The dateline that opens a story or paragraph: "TORRINGTON — ...", "MOUNT GILEAD (AP) -- ...". The capitalised
        name is looked up as written in title case; only towns, capitals, states, regions and countries are kept."""
        covered = [(m.start, m.end) for m in mentions]
        extra = []
        for match in DATELINE.finditer(doc.text):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in covered):
                continue
            name = match.group(1).title()
            cands = [(e, k) for e, k in self.gazetteer.matches(name, max_kind=KIND_NAME)
                     if e.feature in NAME_ONLY_FEATURES]
            span = sdoc.char_span(start, end, alignment_mode="expand")
            if not cands or span is None:
                continue
            extra.append(_Mention(doc.text[start:end], start, end, span.root, cands,
                                  _sentence_at(starts, start), literal=True))
        return extra

    def _repeated(self, doc: Document, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Later (or earlier) uses of a name the document already gives as a place, where the tagger missed them:
        "Fargo raised its goal", "Roselle police". A use is taken where its words are proper nouns, as written, and
        not part of a person's longer name; inside an organization's name it is not literal."""
        names = {m.text: m for m in mentions if not m.is_qualifier and len(m.text) > 2}
        if not names:
            return []
        covered = [(m.start, m.end) for m in mentions]
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?![\w-])")
        extra = []
        for match in pattern.finditer(doc.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in covered):
                continue
            span = sdoc.char_span(start, end)
            if span is None or any(t.pos_ != "PROPN" for t in span):
                continue
            around = [ent for ent in sdoc.ents if ent.start_char <= start and end <= ent.end_char]
            if any(ent.label_ == "PERSON" for ent in around):
                continue  # "Welch" the person, even where another "Welch" was tagged a place
            around = [ent for ent in around if (ent.start_char, ent.end_char) != (start, end)]
            literal = False if any(ent.label_ in ("ORG", "FAC", "PRODUCT") for ent in around) else None
            source = names[match.group(1)]
            extra.append(_Mention(source.text, start, end, span.root, source.candidates,
                                  _sentence_at(starts, start), literal=literal))
            covered.append((start, end))
        return extra

    def _county_lists(self, doc: Document, sdoc, mentions: list[_Mention], starts: list[int]) -> list[_Mention]:
        """Names listed before "counties" or "parishes" ("Barrow, Jackson and Madison counties"): each is read as the
        county of that name, replacing the candidates of a mention already found there ("Jackson" the city). Leading
        words that make no county are dropped ("Small Hitchcock and Hayes counties")."""
        by_span = {(m.start, m.end): m for m in mentions}
        extra = []
        for match in COUNTY_LIST.finditer(doc.text):
            suffix = " County" if match.group(2) == "counties" else " Parish"
            for item in NAME_ITEM.finditer(match.group(1)):
                words = item.group(0).split(" ")
                for k in range(len(words)):
                    name = " ".join(words[k:])
                    cands = [(e, kind) for e, kind in self.gazetteer.matches(name + suffix, max_kind=KIND_NAME)
                             if e.feature == "county"]
                    if cands:
                        break
                else:
                    continue
                start = match.start(1) + item.end() - len(name)
                end = start + len(name)
                found = by_span.get((start, end))
                if found is not None:
                    found.candidates = cands
                    continue
                span = sdoc.char_span(start, end, alignment_mode="expand")
                if span is None or any(m.start < end and start < m.end for m in mentions):
                    continue
                extra.append(_Mention(name, start, end, span.root, cands,
                                      _sentence_at(starts, start), literal=True))
        return extra

    def _local(self, doc: Document, sdoc, mentions: list[_Mention]) -> list[_Mention]:
        """Towns and counties of the document's own area that the tagger took for something else or missed:
        "Roselle police ticketed", "Whitestown Town Hall", "Gainesville officials". Read after a first resolution,
        from the places it chose: a name is kept where it is exactly the name of a town or county in a first-level
        region (a US state) holding two of the document's places, or within ``NEARBY_KM`` of a town the document
        names. Looked at are whole names tagged as a person, a product or a group; the leading proper nouns of a
        facility's name, and of an organization's name made of proper nouns only ("Lombard Historical Society"); and
        runs of proper nouns outside any entity. Never a name the document also gives a person ("Chester" after
        "Geoff Chester", "Welch said", "Mr Holloway")."""
        chosen = [m.chosen for m in mentions if m.chosen is not None]
        regions = Counter((e.country, e.admin1) for e in chosen if e.admin1 and e.feature in LOCAL_FEATURES)
        home = {r for r, n in regions.items() if n >= 2}
        points = [(e.lat, e.lon) for e in chosen if e.feature in POINT_FEATURES and e.lat is not None]
        if not home and not points:
            return []
        spans = []  # the spans to try, longest first within each name
        for ent in sdoc.ents:
            if ent.label_ not in LOCAL_LABELS:
                continue
            toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            lead = next((k for k, t in enumerate(toks) if t.pos_ != "PROPN"), len(toks))
            if lead == len(toks) and ent.label_ not in ("ORG", "FAC"):
                spans.append([sdoc[toks[0].i:toks[-1].i + 1]])
            elif (lead == len(toks) and ent.label_ == "ORG") or (lead and ent.label_ == "FAC"):
                spans.append([sdoc[toks[0].i:toks[0].i + n] for n in range(min(lead, 4), 0, -1)])
        run: list = []
        for t in [*sdoc, None]:
            if t is not None and t.pos_ == "PROPN" and t.ent_iob_ == "O":
                run.append(t)
            elif run:
                spans.append([sdoc[run[0].i:run[-1].i + 1]])
                run = []
        covered = [(m.start, m.end) for m in mentions]
        starts = [s for s, _ in doc.sentences]
        persons = _person_words(sdoc)
        extra = []
        for tries in spans:
            for span in tries:
                a, b = span.start_char, span.end_char
                if any(s < b and a < e for s, e in covered) or _names_person(span, persons):
                    continue
                cands = [(e, k) for e, k in self.gazetteer.matches(span.text, max_kind=KIND_NAME)
                         if e.feature in ("city", "county") and e.name == span.text and e.lat is not None
                         and ((e.country, e.admin1) in home
                              or any(distance_km(e.lat, e.lon, lat, lon) <= NEARBY_KM for lat, lon in points))]
                if cands:
                    extra.append(_Mention(span.text, a, b, span.root, cands,
                                          _sentence_at(starts, a)))
                    covered.append((a, b))
                    break
        return extra

    # -- resolving -----------------------------------------------------------------------------------------------

    @staticmethod
    def nationals(doc: Document, sdoc) -> dict[int, set[str]]:
        """The countries each sentence names by a nationality word tagged as one ("Indian police", "Pakistani
        officials"), by sentence index."""
        words = nationality_words()
        starts = [s for s, _ in doc.sentences]
        out: dict[int, set[str]] = {}
        for ent in sdoc.ents:
            country = words.get(ent.text.lower()) if ent.label_ == "NORP" else None
            if country:
                out.setdefault(_sentence_at(starts, ent.start_char), set()).add(country)
        for tok in sdoc:
            # "Bosnian war crimes prosecutors ...": a capitalised nationality adjective the tagger left untagged (as it
            # may at the start of a sentence) names its country as well
            country = words.get(tok.lower_) if not tok.ent_type_ and tok.text[:1].isupper() \
                and tok.dep_ in ("amod", "compound") else None
            if country:
                out.setdefault(_sentence_at(starts, tok.idx), set()).add(country)
        return out

    def resolve(self, mentions: list[_Mention], text: str = "", nationals: dict[int, set[str]] | None = None) -> None:
        """Choose each mention's entry: its prior, raised for the document's dominant country (and any other country
        it names at least a third as often: an American story about St. Petersburg and Moscow), for a country another
        place of the sentence is in or a nationality word of the sentence names (``nationals``), for a qualifier
        ("Paris, Texas"), for the first-level region (a US state) the document's other places lie in (more where the
        document names that region, or where most of its places lie), and for a town near another place the document
        names. The local bonuses read the other mentions' choices, so resolving starts from each name's likeliest entry
        alone and repeats, one mention after another, until no choice changes."""
        choice: list[Entry] = [m.candidates[0][0] for m in mentions]
        lists = _lists(mentions, text)
        for _ in range(RESOLVE_ROUNDS):
            before = list(choice)
            for i, m in enumerate(mentions):  # each choice is read by the next ones at once, so no two flip together
                named = (nationals or {}).get(m.sentence, ())
                choice[i] = self._choose(m, i, mentions, choice, lists.get(i, ()), named)
            if choice == before:
                break
        for m, e in zip(mentions, choice):
            m.chosen = e

    def _choose(self, m: _Mention, i: int, mentions: list[_Mention], choice: list[Entry],
                listed: tuple[int, ...] | list[int] = (), named: set[str] | tuple = ()) -> Entry:
        if len(m.candidates) == 1:
            return m.candidates[0][0]
        key = normalize(m.text)
        # a mention is no evidence for itself, nor is another name of one of its places ("Harris", "Harris County")
        own = {e for e, _ in m.candidates}
        others = [(mentions[j], e) for j, e in enumerate(choice)
                  if j != i and normalize(mentions[j].text) != key and e not in own]
        counts = Counter(e.country for _, e in others if e.country)
        dominant = counts.most_common(1)[0][0] if counts else None
        neighbours = Counter(e.country for o, e in others if e.country and o.sentence == m.sentence)
        regions = Counter((e.country, e.admin1) for _, e in others if e.admin1 and e.feature in LOCAL_FEATURES)
        named_regions = {(e.country, e.admin1) for _, e in others if e.admin1 and e.feature in REGION_FEATURES}
        ranked = regions.most_common(2)
        main_region = ranked[0][0] if ranked and ranked[0][1] >= 2 and (
            len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        points = [(e.lat, e.lon) for _, e in others if e.feature in POINT_FEATURES and e.lat is not None]
        # a name whose likeliest reading is a country or state ("Italy", "California") keeps it against a namesake
        # town of the document's region (Italy, Texas); only the plain region bonus can still tip it
        local_name = m.candidates[0][0].feature in POINT_FEATURES
        # the kind of place the other members of a list are ("Alberta, Manitoba, Ontario and New Brunswick")
        kinds = Counter(FEATURE_KIND.get(choice[j].feature) for j in listed)
        list_kind = kinds.most_common(1)[0][0] if kinds and kinds.most_common(1)[0][1] * 2 > len(listed) else None

        def score(pair: tuple[Entry, int]) -> float:
            e, kind = pair
            s = e.prior - ALTERNATE_PENALTY * kind
            if e.country and counts[e.country] >= 2 and counts[e.country] * DOMINANT_SHARE >= counts[dominant]:
                s += DOMINANT_BONUS
            if e.country and (neighbours.get(e.country, 0) > 0 or e.country in named):
                s += NEIGHBOUR_BONUS
            if m.qualifier and _qualifies(e, m.qualifier):
                s += QUALIFIED_BONUS
            if list_kind and FEATURE_KIND.get(e.feature) == list_kind:
                s += LIST_BONUS
            if m.kind and FEATURE_KIND.get(e.feature) == m.kind:
                s += CUE_BONUS
            if kind > KIND_NAME and e.feature != "county":
                return s  # an alternate name ("Islamabad" for Anantnag) earns no local bonus; a county's short name may
            if list_kind and FEATURE_KIND.get(e.feature) != list_kind:
                return s  # a town named like a province listed among provinces: the list says what it is
            if e.admin1 and e.feature in LOCAL_FEATURES and regions.get((e.country, e.admin1), 0) > 0:
                s += REGION_BONUS
                if kind == KIND_NAME and local_name and (e.country, e.admin1) in named_regions:
                    s += NAMED_REGION_BONUS
                if kind == KIND_NAME and local_name and (e.country, e.admin1) == main_region:
                    s += MAIN_REGION_BONUS
            if e.lat is not None and e.feature in POINT_FEATURES and any(
                    distance_km(e.lat, e.lon, lat, lon) <= NEARBY_KM for lat, lon in points):
                s += NEARBY_BONUS
            return s

        return max(m.candidates, key=score)[0]

    # -- literal or not ------------------------------------------------------------------------------------------

    def is_literal(self, token, feature: str | None = None) -> bool:
        """False where the place name headed by ``token`` (of the gazetteer ``feature``, where known) stands for a
        government or people."""
        ctx = self.context
        t = token
        for _ in range(8):  # "Moscow and Washington said": a conjunct or apposition reads like the first one
            if t.dep_ in ("conj", "appos") and t.head.i != t.i:
                t = t.head
            else:
                break
        dep, head = t.dep_, t.head
        lemma = head.lemma_.lower()
        if dep == "poss":
            return lemma in ctx.part_nouns or head.lower_ in ctx.part_nouns
        if dep == "nsubj":
            if lemma == "be" and any(c.dep_ == "attr" for c in head.children):
                return True  # "Kosovo is a landlocked country"
            return lemma in ctx.literal_subject_verbs
        if dep in ("dobj", "dative"):
            return lemma not in ctx.object_verbs
        if dep == "pobj":
            prep = head.lower_
            governor = head.head
            g = governor.lemma_.lower()
            if prep in ctx.agent_preps and governor.tag_ == "VBN":
                return False
            if governor.pos_ == "VERB" and g in ctx.object_verbs and prep in ("on", "upon"):
                return False  # "called on Russia"
            if prep in ("with", "against", "between") and (g in ctx.relation_nouns or governor.lower_ in
                                                          ctx.relation_nouns):
                return False
            if prep == "from" and (governor.pos_ == "NOUN" and g in ctx.voice_nouns or governor.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ctx.voice_nouns for c in governor.children)):
                return False  # "drew condemnation from Beijing", "pressure from Washington"
            if prep == "between" and g in ctx.between_verbs:
                return False  # "ready to mediate between Moscow and Kyiv"
            if prep in ("on", "upon", "against") and governor.pos_ == "NOUN" and g in ctx.measure_nouns \
                    and feature != "country":
                return False  # "eased sanctions on Minsk": a measure aimed at the government seated there
        return True

    # -- writing -------------------------------------------------------------------------------------------------

    def __call__(self, doc: Document, sdoc) -> Document:
        """Find and resolve the document's places, then locate its events (both steps below)."""
        self.find_places(doc, sdoc)
        self.locate_events(doc)
        return doc

    def find_places(self, doc: Document, sdoc) -> Document:
        """Fill ``doc.places``. Runs before the actors stage, which codes a literal place named as a target
        ("flew to Beijing", "pulled out of Kherson") by its country."""
        if not doc.sentences:
            doc.sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
        nationals = self.nationals(doc, sdoc)
        mentions = _not_persons(self.find(doc, sdoc), nationals, self.known_persons)
        self.resolve(mentions, doc.text, nationals)
        stray = _stray_towns(mentions, nationals, self.gazetteer)
        if stray:
            mentions = [m for m in mentions if m not in stray]
            self.resolve(mentions, doc.text, nationals)
        local = self._local(doc, sdoc, mentions)
        if local:
            mentions = sorted(mentions + local, key=lambda m: m.start)
            self.resolve(mentions, doc.text, nationals)
        places = []
        for m in mentions:
            e = m.chosen
            if e is None:
                continue
            places.append(Place(
                text=doc.text[m.start:m.end], start=m.start, end=m.end, name=e.name, country=e.country,
                lat=e.lat, lon=e.lon, feature=e.feature,
                literal=m.literal if m.literal is not None else (m.is_qualifier or self.is_literal(m.root, e.feature)),
                geonameid=e.geonameid, sentence=m.sentence, verbs=_clause_verbs(m.root),
                person_tagged=m.person_tagged,
            ))
        places.sort(key=lambda p: p.start)
        doc.places = places
        return doc

    def focus(self, places: list[Place]) -> Location | None:
        """The document's focus: its most mentioned literal place; on a tie between places of one country, that
        country."""
        literal = [p for p in places if p.literal]
        if not literal:
            return None
        counts = Counter((p.name, p.country) for p in literal)
        top = counts.most_common()
        best_n = top[0][1]
        tied = [key for key, n in top if n == best_n]
        if len(tied) > 1:
            countries = {c for _, c in tied}
            if len(countries) == 1 and None not in countries:
                country = self.gazetteer.country(next(iter(countries)))
                if country:
                    return _location(country.name, country.country, country.lat, country.lon, country.feature)
        first = next(p for p in literal if (p.name, p.country) in set(tied))  # earliest of the tied
        return _location(first.name, first.country, first.lat, first.lon, first.feature)

    def locate_events(self, doc: Document) -> None:
        """Each event's location: a literal place hanging from the event's verb within its clause ("attacked
        positions near Gori"), else the literal place nearest the verb in its sentence, else the focus place."""
        if not doc.events:
            return
        by_sentence: dict[int, list[Place]] = {}
        for p in doc.places:
            if p.literal:
                by_sentence.setdefault(p.sentence, []).append(p)
        focus = self.focus(doc.places)
        for ev in doc.events:
            here = by_sentence.get(ev.sentence)
            if here:
                anchor = ev.verb.start if ev.verb else 0
                p = min(here, key=lambda p: (ev.verb is None or anchor not in p.verbs, abs(p.start - anchor)))
                ev.location = _location(p.name, p.country, p.lat, p.lon, p.feature)
            else:
                ev.location = focus


# a dateline: an upper-case place name at the start of a line or sentence, an optional agency, then a dash
DATELINE = re.compile(r"(?:^|(?<=[.!?\n]) ?)([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?"
                      r" (?:\((?:AP|Reuters|AFP|UPI|CNN)\) ?)?(?:—|–|--|-) ", re.M)

# "Barrow, Jackson and Madison counties": capitalised names joined by commas and "and", then "counties"
_NAME = r"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)*"
NAME_ITEM = re.compile(_NAME)
COUNTY_LIST = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or|&) {_NAME}) (counties|parishes)\b")

LOCATIVE_PREPS = {"in", "near", "at", "outside", "around", "inside", "from", "into", "towards", "toward"}
# entity labels the small model gives some town names ("in Manchester on Monday" DATE, "Kidal" LANGUAGE), or none
UNPLACED_LABELS = frozenset({"", "DATE", "LANGUAGE", "TIME"})
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}


COMPASS_POINTS = frozenset(d for d in DIRECTIONS if d != "outskirts")


def _bare_compass(text: str, m: _Mention) -> bool:
    """The mention is a compass word alone ("North", "South-East") after "the" ("in the North")."""
    word = re.sub(r"[\s\-‐–—]+", "", m.text.lower())
    return word in COMPASS_POINTS and text[max(0, m.start - 4):m.start].lower() == "the "


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "relcl", "parataxis", "conj"})


def _clause_verbs(token) -> tuple[int, ...]:
    """Start offsets of the verbs above ``token`` up to the head of its clause: a place inside a subordinate clause
    ("after talks in Tbilisi collapsed") does not hang from the main verb."""
    out = []
    t = token
    for _ in range(30):
        if t.head.i == t.i or (t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")):
            break  # the root, or the head of a clause of its own
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            out.append(t.idx)
    return tuple(out)


# entity labels whose names may be a town of the document's area that the tagger mistook ("Roselle" ORG)
LOCAL_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT"})
# words before a name that make it a person's: "Sen. Byron Dorgan", "Mr Holloway"
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "lt", "sgt", "capt", "col", "gen",
                           "rev", "judge", "sheriff", "chief", "mayor", "coach", "officer", "president"})


def _person_words(sdoc) -> frozenset[str]:
    """The words of the document's names of persons of two words or more ("Geoff Chester"), lower-cased."""
    return frozenset(t.lower_ for ent in sdoc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent)


def _names_person(span, persons: frozenset[str]) -> bool:
    """Whether the proper nouns ``span`` name a person: a word the document uses in a person's name, a title before,
    or a verb of speech after ("Welch said")."""
    if any(t.lower_ in persons for t in span):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.lemma_ in ("say", "tell", "add", "explain", "note")


def _stray_towns(mentions: list[_Mention], nationals: dict[int, set[str]], gazetteer: Gazetteer) -> list[_Mention]:
    """Resolved mentions of a name that towns of several countries share, read as a small town of a country the
    document names nowhere else, where the sentence (else the document) names another country by a country's name
    or a nationality word ("Ghanaian police arrested protesters near Ada": no Ada in Ghana is listed, and Ada,
    Oklahoma, chosen among namesakes by its size, is no reading of it). The gazetteer lacks the town meant; no
    reading is better than one in the wrong country. Only a town far (``STRAY_KM``) from every country named: a town
    near one ("Israeli troops raided a camp near Jenin") is taken as read. Not a name with a qualifier or a town
    noun ("the town of Ada")."""
    out = []
    for m in mentions:
        e = m.chosen
        if e is None or e.feature != "city" or e.prior >= NAME_ONLY_MIN_PRIOR or m.qualifier or m.is_qualifier \
                or m.kind == "town" or m.literal is not None:
            continue
        if len({c.country for c, k in m.candidates if k == KIND_NAME}) < 2:
            continue  # a name of one country's towns only ("Russia shelled Kherson") is taken as the gazetteer has it
        key = normalize(m.text)
        others = [o for o in mentions if normalize(o.text) != key and o.chosen is not None]
        elsewhere = {o.chosen.country for o in others} | {c for cs in nationals.values() for c in cs}
        if any(c[0].country in elsewhere for c in m.candidates):
            continue
        # the countries named by name or nationality word: in the sentence, else in the document
        here = {o.chosen.country for o in others if o.sentence == m.sentence and o.chosen.feature == "country"}
        here |= set(nationals.get(m.sentence, ()))
        if not here:
            here = {o.chosen.country for o in others if o.chosen.feature == "country"}
            here |= {c for cs in nationals.values() for c in cs}
        points = [gazetteer.country(c) for c in here - {None, e.country}]
        points = [(p.lat, p.lon) for p in points if p is not None and p.lat is not None]
        if points and e.lat is not None and all(distance_km(e.lat, e.lon, lat, lon) > STRAY_KM for lat, lon in points):
            out.append(m)
    return out


def _not_persons(mentions: list[_Mention], nationals: dict[int, set[str]], known: frozenset[str]) -> list[_Mention]:
    """The mentions without the one-word names of persons the persons file knows ("Obama") where their only readings
    are towns and nothing says the town is meant: no qualifier ("Obama, Japan"), no town noun ("the town of Obama"),
    no other mention of a place or nationality word in the town's country ("a Japanese town")."""
    named = {c for cs in nationals.values() for c in cs}
    drop = []
    for m in mentions:
        if " " in m.text or normalize(m.text) not in known or m.qualifier or m.is_qualifier or m.kind == "town" \
                or m.literal is True or any(e.feature != "city" for e, _ in m.candidates):
            continue
        others = {c[0].country for o in mentions if o is not m and normalize(o.text) != normalize(m.text)
                  for c in o.candidates[:1]}
        if not any(e.country in named or e.country in others for e, _ in m.candidates):
            drop.append(m)
    return [m for m in mentions if m not in drop]


def _referred_to_as_person(span) -> bool:
    """Whether "he", "she" or another pronoun of a person follows the name ``span`` in its sentence or the next one
    with no other person's name between them ("Kharkiv said he would resign"; not "Zelensky visited Kharkiv. He
    met soldiers.", where "he" may be Zelensky)."""
    doc = span.doc
    sent = span.sent
    sents = list(doc.sents)
    k = next((i for i, x in enumerate(sents) if x.start == sent.start), 0)
    until = sents[k + 1].end if k + 1 < len(sents) else sent.end
    others = [e for e in doc.ents if e.label_ == "PERSON" and e.start != span.start and e.start < until]
    for t in doc[span.end:until]:
        if t.lower_ in PRONOUNS and (t.pos_ == "PRON" or t.tag_ == "PRP$"):
            return not any(sent.start <= e.start < t.i for e in others)
    return False


# words that say what kind of place a name is: "Washington state", "the state of Washington", "the city of Paris"
KIND_AFTER = re.compile(r"\s+(state|province)\b")
KIND_BEFORE = re.compile(r"\b(state|province|city|town|village) of\s+(?:the\s+)?$")
KIND_WORDS = {"state": "region", "province": "region", "city": "town", "town": "town", "village": "town"}


def _kind_cue(text: str, start: int, end: int) -> str | None:
    """The kind of place (``FEATURE_KIND`` value) the words right around ``text[start:end]`` give, if any. Only
    lower-case words count: "Washington State University" is a name, not a cue."""
    after = KIND_AFTER.match(text, end)
    if after:
        return KIND_WORDS[after.group(1)]
    before = KIND_BEFORE.search(text, max(0, start - 30), start)
    return KIND_WORDS[before.group(1)] if before else None


# what may stand between two members of a list of places: "A, B", "A and B", "A, and the B", "A or B"
LIST_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)(?:the\s+)?")


def _lists(mentions: list[_Mention], text: str) -> dict[int, list[int]]:
    """For each mention in a list of places within one sentence ("Arizona, California, Washington and
    Wisconsin"), the indexes of the list's other members. "Paris, Texas" is a qualified place, not a list."""
    groups: list[list[int]] = []
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if (prev is not None and groups and groups[-1][-1] == i - 1 and prev.sentence == m.sentence
                and not prev.qualifier and not m.is_qualifier and LIST_SEPARATOR.fullmatch(text[prev.end:m.start])):
            groups[-1].append(i)
        else:
            groups.append([i])
    # two names with only a comma between them may be a place and its county ("Mansfield, Richland County")
    return {i: [j for j in g if j != i] for g in groups
            if len(g) > 2 or (len(g) == 2 and LIST_CONJUNCTION.search(text[mentions[g[0]].end:mentions[g[1]].start]))
            for i in g}


def _reads_qualified(candidates: list[tuple[Entry, int]], qualifier: list[tuple[Entry, int]]) -> bool:
    """Whether "A, B" reads as place A in B ("Paris, Texas", "Lebanon, Pa.") rather than as a list of two places:
    some entry of A lies in B, and A is not most likely a place of B's kind ("China, Japan", "Illinois, Missouri")."""
    if not any(_qualifies(e, qualifier) for e, _ in candidates):
        return False
    container = next((q for q, _ in qualifier if q.feature in ("state", "country")), qualifier[0][0])
    return FEATURE_KIND.get(candidates[0][0].feature) != FEATURE_KIND.get(container.feature)


def _qualifies(e: Entry, qualifier: list[tuple[Entry, int]]) -> bool:
    """Whether entry ``e`` lies in one of the qualifier's entries (a country, or a US state by its code)."""
    for q, _ in qualifier:
        if q.feature == "state":
            if e.country == q.country and e.admin1 == q.admin1 and e is not q:
                return True
        elif q.feature == "country":
            if e.country == q.country and e.feature != "country":
                return True
    return False


def _location(name, country, lat, lon, feature) -> Location:
    return Location(name=name, country=country, lat=lat, lon=lon, feature=feature)
