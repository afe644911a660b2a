"""The actor tables loaded into lookup structures, once per lexicon: names of countries (with adjectives, capitals
and seats of government), organizations, territories and persons keyed by their tokens; role phrases; role labels;
person nouns with their gender; sites an armed force holds; peoples and the states their refugees fled."""

from __future__ import annotations

from dataclasses import dataclass

from .actor_index import ActorMention
from .lexicon import Lexicon, data_path, read_tsv, split


@dataclass(slots=True)
class Entry:
    """One dictionary reading of a name."""

    code: str
    name: str
    kind: str
    territory: str | None = None
    since: str | None = None
    until: str | None = None
    exact_case: bool = False
    surface: str | None = None

    def valid_on(self, date: str | None) -> bool:
        if date is None:
            return self.until is None  # no date: the current reading only
        return (not self.since or self.since <= date) and (not self.until or date <= self.until)


def _names(value: str) -> list[str]:
    return split(value)


class ActorTables:
    """The lookup structures of ``dyad.actors.Actors``, built from the lexicon, and the display names of actors."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.names: dict[tuple[str, ...], list[Entry]] = {}
        self.country_name: dict[str, str] = {}
        self.country_adj: dict[str, str] = {}
        for r in lexicon.countries:
            code = r["code"].upper()
            self.country_name[code] = r["name"]
            adjs = _names(r.get("adjectives", ""))
            self.country_adj[code] = adjs[0] if adjs else r["name"]
            for n in [r["name"], *_names(r.get("aliases", ""))]:
                self._add(n, Entry(code, r["name"], "country"))
            for n in adjs:
                self._add(n, Entry(code, r["name"], "adjective"))
            for n in _names(r.get("capital", "")):
                self._add(n, Entry(code + "GOV", f"{self.country_adj[code]} government", "capital"))
            for n in _names(r.get("seats", "")):
                self._add(n, Entry(code + "GOV", f"{self.country_adj[code]} government", "seat"))
        for r in lexicon.organizations:
            exact = r.get("case", "").lower() == "exact"
            since, until = r.get("from") or None, r.get("until") or None
            for n in [r["name"], *_names(r.get("aliases", ""))]:
                self._add(n, Entry(r["code"].upper(), r["name"], "org", None, since, until, exact_case=exact))
        for r in lexicon.territories:
            code = (r.get("code") or (r.get("country", "") + r.get("role", ""))).upper()
            since, until = r.get("code_from") or None, r.get("code_until") or None
            for n in [r["name"], *_names(r.get("aliases", ""))]:
                self._add(n, Entry(code, r["name"], "territory", r["name"], since, until))
            for n in _names(r.get("adjectives", "")):
                self._add(n, Entry(code, r["name"], "territory_adj", r["name"], since, until))
        self.persons: dict[tuple[str, ...], list[Entry]] = {}
        for r in lexicon.persons:
            e = Entry(r["code"].upper(), r["name"], "person", None, r.get("from") or None, r.get("until") or None)
            for n in [r["name"], *_names(r.get("aliases", ""))]:
                self.persons.setdefault(tuple(n.lower().split()), []).append(e)
        self.max_n = max((len(k) for k in self.names), default=1)
        self.roles = lexicon.roles
        self.max_role_n = max((len(k) for k in self.roles), default=1)
        self.role_words = {w for k in self.roles for w in k}
        self.role_labels = {r["code"]: r["label"] for _, r in read_tsv(data_path("role_codes.tsv"))}
        self.person_nouns = {r["noun"]: r["gender"] or None for _, r in read_tsv(data_path("person_nouns.tsv"))}
        self.held_sites = lexicon.held_sites
        # company roles that are a government's under a state owner ("Hong Kong's chief executive" is GOV)
        offices = read_tsv(data_path("state_offices.tsv"))
        self.state_offices = {tuple(r["phrase"].lower().split()): r["role"].upper()
                              for _, r in offices if r["kind"] == "owned"}
        # bodies only a state has: "the junta" is never an international body's
        self.state_bodies = {r["phrase"].lower() for _, r in offices if r["kind"] == "body"}
        # nouns of documents, laws, plans and money, before which a role noun names no actor ("police files")
        self.compound_things = {r["lemma"].lower() for _, r in read_tsv(data_path("compound_things.tsv"))}
        peoples = read_tsv(data_path("peoples.tsv"))
        self.peoples = {r["word"].lower() for _, r in peoples}
        # the state a people's refugees fled, where the people has one ("Rohingya refugees" are MMRREF)
        self.people_homes = {r["word"].lower(): r["home"].upper() for _, r in peoples if r.get("home")}
        # the role a people's own fighters take ("Kurdish fighters" are rebels)
        self.people_armed = {r["word"].lower(): r["armed"].upper() for _, r in peoples if r.get("armed")}

    def _add(self, surface: str, entry: Entry) -> None:
        from .parse import load_tokenizer

        key = tuple(t.lower_ for t in load_tokenizer()(surface))
        if key:
            entry.surface = surface
            self.names.setdefault(key, []).append(entry)

    def _display(self, m: ActorMention, territory_name: str | None) -> str:
        label = self.role_labels.get(m.role or "", (m.role or "").lower())
        if territory_name:
            return f"{territory_name} {label}"
        if m.code and len(m.code) >= 3 and m.code[:3] in self.country_adj:
            return f"{self.country_adj[m.code[:3]]} {label}"
        return label
