"""The actors stage: finds who is named in a text and gives each a CAMEO actor code.

Reads the spaCy parse and the actor dictionaries (countries with their names, adjectives, capitals and seats of
government; role nouns; organizations; breakaway territories; office holders; first names). Fills
``Document.actors`` and leaves, in ``sdoc.user_data["dyad.actors"]``, the token-level mentions the events and quotes
stages read: countries and their metonyms ("the Kremlin", "Tbilisi"), role phrases composed with a country
("Russian houses of parliament" -> RUSLEG), persons by title and apposition ("Abkhaz President Sergei Bagapsh"),
later mentions of a person by surname, and pronouns resolved to the last person of matching gender.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .document import Document, Mention
from .lexicon import Lexicon, data_path, read_tsv, split

NAME_KINDS_STANDALONE = {"country", "capital", "seat", "org", "territory", "person"}
COUNTRY_EVIDENCE = {"country", "adjective", "capital", "territory", "territory_adj"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
THING_PRONOUNS = {"it", "its", "they", "their", "them"}
# plain adjectives that open a sentence capitalised and name no people or bloc ("Angry crowds"); "Masked men" and
# "Armed men" stay unidentified attackers
PLAIN_OPENERS = {"angry", "furious", "irate", "enraged", "young", "local", "jubilant", "hungry", "striking",
                 "peaceful", "rival", "hundreds", "thousands", "dozens", "several", "many"}
STATE_NOUNS = {"country", "nation", "state", "island", "kingdom", "republic", "archipelago", "emirate", "monarchy"}


def _counted(tok):
    """The phrase that counts this noun, if any: "students" in "tens of thousands of students" is counted by
    "tens", which holds the noun's place in the clause."""
    from .arguments import QUANTITY_WORDS

    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in QUANTITY_WORDS | {"ten", "tens"}):
        tok = tok.head.head
    return tok
RECENT_SENTENCES = 3  # how far back a person of a pronoun's own gender is still its likelier antecedent
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# prepositions whose object is what an act is aimed at, not the scene: "retaliation on Russia", "flew to Beijing"
TOWARD_PREPS = {"on", "upon", "against", "to", "toward", "towards", "into", "with"}
# titles that tell a person's gender: "Mrs. Clinton", "Mr. Trump"
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f", "madame": "f", "lady": "f",
                "lord": "m", "king": "m", "queen": "f", "prince": "m", "princess": "f", "senor": "m", "senora": "f"}
# a role on a modifier that is more telling than a generic head ("opposition leader", "rebel commander")
SPECIFIC_ROLES = {"OPP", "REB", "SEP", "MIL", "COP", "JUD", "LEG", "SPY", "MED", "BUS", "LAB", "INS", "REF", "HRI",
                  "EDU", "REL", "NGO", "HLH", "AGR", "CRM", "UAF", "ENV", "SET", "RAD"}
GENERIC_ROLES = {"GOV", "CVL", "ELI"}
# verbs whose "to" names whom they address: a capital after them is its government
ADDRESS_VERBS = {"appeal", "plead", "write", "speak", "talk", "complain", "apologise", "apologize", "turn", "signal",
                 "petition", "protest", "report", "reach"}
# verbs of giving things, whose "to" capital is the government that receives them
GIVING_VERBS = {"send", "deliver", "supply", "ship", "provide", "lend", "donate", "sell", "give", "transfer"}
# people sent somewhere, who go to a place rather than to a government
SENT_PEOPLE = {"troop", "soldier", "force", "peacekeeper", "personnel", "police", "officer", "marine", "paratrooper",
               "contingent", "battalion", "unit", "envoy", "delegation", "team", "mission", "diplomat", "minister"}
# followers of a leader; of an ousted one, they are the opposition
FOLLOWER_NOUNS = {"supporter", "loyalist", "follower", "partisan"}
OUSTED = {"ousted", "deposed", "toppled", "overthrown", "jailed", "imprisoned", "exiled"}
NEGATING_PREFIXES = {"pro", "anti", "non", "ex"}
LEFT_DEPS = {"det", "predet", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "advmod", "punct"}
# role nouns that name an actor only in the plural or with a modifier
PLURAL_OR_MODIFIED = {"force", "authority", "party"}
# role nouns that name an actor only with a nationality, a name or an owner before them ("Moroccan intelligence",
# "Israel's intelligence"); otherwise they are a thing ("shared intelligence", "new intelligence")
NAMED_OWNER = {"intelligence"}
# people nouns that name a group of civilians only in the plural
PLURAL_ONLY = {"woman", "man", "child", "boy", "girl", "family", "parent", "relative", "national"}
# people named by their kin: the role of whom they are kin to is not theirs
KIN_NOUNS = {"family", "relative", "parent", "mother", "father", "wife", "widow", "son", "daughter", "kin"}
# weapons that stand for a military only where a country or group names whose they are ("Turkish tanks",
# "Russian bombers"); alone they are things ("a suicide bomber", "a tank exploded")
NEEDS_OWNER = {"tank", "bomber", "drone", "artillery", "jet", "helicopter", "gunship", "warplane", "warship",
               "submarine", "frigate", "destroyer"}


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


FOREIGN_WORDS = {"foreign", "international", "overseas"}
# roles of international civil-society organizations (rights groups, aid charities): the organization keeps its
# bare role code wherever it works, unlike armed groups, whose country is the one they fight in
TRANSNATIONAL_CIVIL = {"HRI", "NGO"}
# armed opponents of a state, and the state bodies they fight at home
ARMED_OPPONENTS = {"REB", "INS", "SEP"}
STATE_ROLES = {"COP", "MIL", "GOV"}
# roles of national bodies that many states have under one name (a congress, a conservative party, a foreign office)
NATIONAL_BODY_ROLES = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY"}
GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction", "insurgency"}
MEETING_VERBS = {"meet", "host", "receive", "welcome", "visit", "telephone", "phone", "call"}
AREA_NOUNS = {"province", "region", "state", "city", "town", "district", "county", "area", "village", "governorate",
              "oblast", "prefecture", "valley", "capital", "port", "island", "territory", "municipality"}
# plural nouns that, after "the two" or "both", stand for the two parties named before
# the armed roles whose adjective alone names who holds a site ("militant camps", "military bases")
HOLDING_ROLES = {"MIL", "INS", "REB", "SEP", "COP"}
# prepositions that place a site: "camps in eastern Libya", "hideouts inside Afghanistan"
SITE_PREPS = {"in", "inside", "near", "outside", "across", "around", "along", "within"}
# nouns of peacekeepers and their missions
PEACEKEEPERS = {"peacekeeper", "peacekeeping", "helmet"}
PAIR_NOUNS = {"leader", "side", "country", "government", "man", "president", "minister", "nation", "neighbour",
              "neighbor", "rival", "party", "delegation", "premier", "capital", "army", "foe", "adversary", "state"}


@dataclass(slots=True)
class ActorMention:
    """An actor in the parse: token span [start, end), its syntactic head, and its code."""

    start: int
    end: int
    head: int
    code: str | None
    name: str
    kind: str
    territory: str | None = None
    person: str | None = None  # the fullest name, for persons and pronouns resolved to them
    gender: str | None = None
    antecedent: ActorMention | None = None
    role: str | None = None
    country: str | None = None
    # the same phrase's other actors where its modifiers are conjoined ("French and British aircraft")
    also: list[ActorMention] = field(default_factory=list)
    # a role phrase whose modifier names a place or group dyad cannot code: its country is not guessed
    unplaced: bool = False

    def tokens(self) -> range:
        return range(self.start, self.end)

    def refer(self, start: int, end: int, head: int, kind: str) -> ActorMention:
        """A later mention of this actor (a surname, a pronoun): its codes and names, with this as antecedent."""
        return ActorMention(start, end, head, self.code, self.name, kind, self.territory, self.person, self.gender,
                            antecedent=self, role=self.role, country=self.country)


@dataclass(slots=True)
class ActorIndex:
    """What the events and quotes stages read: mentions by token."""

    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    # adjectives and names that modify a noun which is not itself an actor ("Ukrainian positions")
    modifiers: dict[int, ActorMention] = field(default_factory=dict)

    def add(self, m: ActorMention) -> None:
        """Record a mention; a token already covered keeps the mention headed by it, else the shorter one."""
        self.mentions.append(m)
        for i in m.tokens():
            cur = self.by_token.get(i)
            if cur is None or (cur.head != i and (m.head == i or (m.end - m.start) < (cur.end - cur.start))):
                self.by_token[i] = m

    def at(self, i: int) -> ActorMention | None:
        return self.by_token.get(i)


def _names(value: str) -> list[str]:
    return split(value)


class Actors:
    """Builds the name and role indexes once; called on each (document, parse) pair."""

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
        self.held_sites = {r["noun"].lower() for _, r in read_tsv(data_path("sites.tsv")) if r.get("held") == "yes"}
        peoples = read_tsv(data_path("peoples.tsv"))
        self.peoples = {r["word"].lower() for _, r in peoples}
        # the state a people's refugees fled, where the people has one ("Rohingya refugees" are MMRREF)
        self.people_homes = {r["word"].lower(): r["home"].upper() for _, r in peoples if r.get("home")}

    def _add(self, surface: str, entry: Entry) -> None:
        from .parse import load_tokenizer

        key = tuple(t.lower_ for t in load_tokenizer()(surface))
        if key:
            entry.surface = surface
            self.names.setdefault(key, []).append(entry)

    # ---------------------------------------------------------------- finding

    def _name_matches(self, sdoc, date: str | None) -> dict[int, tuple[int, Entry]]:
        """Start token -> (end token, entry) for every dictionary name in the text."""
        found: dict[int, tuple[int, Entry]] = {}
        lowers = [t.lower_ for t in sdoc]
        n_tok = len(lowers)
        i = 0
        while i < n_tok:
            tok = sdoc[i]
            if not tok.text[:1].isupper() and not tok.text[:1].isdigit():
                i += 1
                continue
            hit = None
            for n in range(min(self.max_n, n_tok - i), 0, -1):
                entries = self.names.get(tuple(lowers[i:i + n]))
                if not entries:
                    continue
                valid = [e for e in entries if e.valid_on(date)
                         and (not e.exact_case or sdoc[i:i + n].text == e.surface)]
                if valid:
                    hit = (i + n, self._prefer(valid))
                    break
            if hit:
                if hit[1].kind in ("adjective", "territory_adj") and i >= 2 and sdoc[i - 1].text == "-" \
                        and sdoc[i - 2].lower_ in NEGATING_PREFIXES:
                    i = hit[0]
                    continue
                if hit[1].kind == "org" and i >= 2 and sdoc[i - 1].text == "-" \
                        and sdoc[i - 2].lower_ in NEGATING_PREFIXES - {"ex"}:
                    # "anti-Houthi forces", "pro-Hamas protesters", "anti-NATO rallies": the group names whom they
                    # are for or against, not who they are
                    i = hit[0]
                    continue
                if hit[1].kind == "adjective" and i >= 1 and sdoc[i - 1].lower_ == "ethnic" \
                        and sdoc[hit[0] - 1].dep_ in ("amod", "compound"):
                    # "ethnic Albanian rebels" in Macedonia: a people, not the state of that name (the actor takes
                    # its country from the scene or a conjoined party)
                    i = hit[0]
                    continue
                if i >= 1 and sdoc[i - 1].text in ("South", "Central", "Latin", "North") \
                        and lowers[i] in ("america", "american", "americans"):
                    # "South American leaders", "Latin America": a continent's name, not the United States
                    i = hit[0]
                    continue
                if i >= 1 and sdoc[i - 1].text in ("New", "Nueva", "Nova", "Nouvelle"):
                    # "New Jersey", "New Mexico", "New Guinea": another place, named after this one
                    i = hit[0]
                    continue
                found[i] = hit
                i = hit[0]
            else:
                i += 1
        return found

    @staticmethod
    def _prefer(entries: list[Entry]) -> Entry:
        order = {"territory": 0, "territory_adj": 0, "org": 1, "country": 2, "seat": 3, "capital": 4, "adjective": 5}
        return min(entries, key=lambda e: order.get(e.kind, 9))

    def _role_matches(self, sdoc, taken: set[int]) -> dict[int, tuple[int, str]]:
        """Start token -> (end token, role) for role nouns and phrases, matched on lemmas."""
        found: dict[int, tuple[int, str]] = {}
        lemmas = [self._lemma(t) for t in sdoc]
        n_tok = len(lemmas)
        i = 0
        while i < n_tok:
            if i in taken or sdoc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
                i += 1
                continue
            hit = None
            for n in range(min(self.max_role_n, n_tok - i), 0, -1):
                role = self.roles.get(tuple(lemmas[i:i + n]))
                if role and sdoc[i + n - 1].pos_ in ("NOUN", "PROPN") and not any(j in taken for j in range(i, i + n)):
                    hit = (i + n, role)
                    break
            if hit and hit[0] - i == 1 and lemmas[i] in PLURAL_ONLY and sdoc[i].tag_ != "NNS" and not (
                    lemmas[i] == "family" and any(c.dep_ == "prep" and c.lower_ == "of" for c in sdoc[i].children)):
                hit = None  # "a woman said" is no actor; "dozens of women", "the family of a toddler" are civilians
            if hit and hit[0] - i == 1 and lemmas[i] in PLURAL_OR_MODIFIED and sdoc[i].tag_ != "NNS" \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in sdoc[i].children):
                hit = None  # "use of force", "the authority to", "a party to the conflict"
            if hit and hit[0] - i == 1 and lemmas[i] in NAMED_OWNER and not any(
                    c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
                    for c in sdoc[i].children):
                hit = None
            if hit and sdoc[hit[0] - 1].dep_ == "oprd":
                hit = None  # "if elected president", "named him prime minister": an office, not one who holds it
            if hit:
                found[i] = hit
                i = hit[0]
            else:
                i += 1
        return found

    def _lemma(self, tok) -> str:
        """The token's lemma, lower-cased; a capitalised plural the tagger took for a name ("Rebels attacked")
        is made singular by rule when only that form is a role word."""
        lemma = tok.lemma_.lower()
        if lemma in self.role_words or not tok.text[:1].isupper():
            return lemma
        low = tok.lower_
        for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
            if low.endswith(suffix) and low[: -len(suffix)] + repl in self.role_words:
                return low[: -len(suffix)] + repl
        return lemma

    # ---------------------------------------------------------------- composing

    def __call__(self, doc: Document, sdoc) -> Document:
        index = self.find(sdoc, doc.date, doc.places)
        sdoc.user_data["dyad.actors"] = index
        doc.actors = [self.to_mention(m, sdoc, doc) for m in index.mentions if m.code]
        return doc

    def find(self, sdoc, date: str | None, places=None) -> ActorIndex:
        names = self._name_matches(sdoc, date)
        name_tok: dict[int, tuple[int, int, Entry]] = {}
        for s, (e, entry) in names.items():
            for i in range(s, e):
                name_tok[i] = (s, e, entry)
        roles = self._role_matches(sdoc, set(name_tok))
        role_tok: dict[int, tuple[int, int, str]] = {}
        for s, (e, role) in roles.items():
            for i in range(s, e):
                role_tok[i] = (s, e, role)

        countries = Counter(entry.code[:3] for _, (_, entry) in names.items() if entry.kind in COUNTRY_EVIDENCE
                            or entry.kind in ("seat", "capital"))
        # towns and regions the places stage found count too: "troops killed 30 militants in Maiduguri"
        name_starts = {sdoc[s].idx for s in names}
        countries.update(p.country for p in places or [] if p.literal and p.country and len(p.country) == 3
                         and p.start not in name_starts and p.feature not in ("country", "continent"))
        dominant = None
        if countries:
            top, n = countries.most_common(1)[0]
            if n * 2 >= sum(countries.values()):
                dominant = top

        index = ActorIndex()
        used_as_modifier: set[int] = set()
        # tokens of places the places stage resolved, for role phrases a place modifies ("New Jersey police")
        place_country: dict[int, str] = {}
        for p in places or []:
            span = sdoc.char_span(p.start, p.end, alignment_mode="expand") if p.country else None
            if span is not None and len(p.country) == 3:
                for t in span:
                    place_country[t.i] = p.country
        role_mentions: list[ActorMention] = []

        # role phrases, composed with the country, territory or organization that modifies them
        for s, (e, role) in sorted(roles.items()):
            head = self._head_of(sdoc, s, e)
            country, territory, tname, mod_role = None, None, None, None
            extra_countries: list[str] = []
            extra_orgs: list[str] = []
            unknown_proper = False  # "Western officials", "Arab governments": a modifier naming no country we know
            civil_org = False  # a modifier names an international rights or aid group
            if sdoc[s].lower_ in FOREIGN_WORDS and role not in ("GOV",):
                unknown_proper = True  # "foreign fighters" (a role phrase of its own) come from elsewhere
            for t in self._modifiers(sdoc, head, s, e):
                if t.i not in name_tok and t.dep_ in ("amod", "compound") and t.text[:1].isupper() \
                        and t.pos_ in ("ADJ", "PROPN") and t.i < s and t.i not in role_tok \
                        and t.lower_ not in self.peoples and t.tag_ not in ("JJR", "JJS") \
                        and t.lower_ != "ethnic" and not (t.i > 0 and sdoc[t.i - 1].lower_ == "ethnic") \
                        and not (t.i >= 2 and sdoc[t.i - 1].text == "-"
                                 and sdoc[t.i - 2].lower_ in NEGATING_PREFIXES) \
                        and not (t.head.i != head.i and t.head.lemma_.lower() in STATE_NOUNS) \
                        and not (t.i == t.sent.start and t.lower_ in PLAIN_OPENERS):
                    # (nor is a plain adjective capitalised to open the sentence: "Angry crowds set fire to ...")
                    # (a region's word for the country that owns the role is no unknown name: "the Caribbean
                    # country's prime minister", "the Gulf state's foreign minister")
                    unknown_proper = True  # not a capitalised "More than 200 villagers" opening the sentence
                if t.dep_ == "amod" and t.lower_ in FOREIGN_WORDS:
                    unknown_proper = True  # "foreign fighters" come from elsewhere: no country is guessed
                for c in t.conjuncts:  # "French and British aircraft", "the prime ministers of Norway and Denmark"
                    if c.i in name_tok and name_tok[c.i][2].kind in COUNTRY_EVIDENCE:
                        extra_countries.append(name_tok[c.i][2].code[:3])
                        used_as_modifier.update(range(name_tok[c.i][0], name_tok[c.i][1]))
                    elif c.i in name_tok and name_tok[c.i][2].kind == "org" and len(name_tok[c.i][2].code) > 3 \
                            and name_tok[c.i][2].code not in self.role_labels:
                        extra_orgs.append(name_tok[c.i][2].code)  # "Israeli and Hamas delegations"
                        used_as_modifier.update(range(name_tok[c.i][0], name_tok[c.i][1]))
                if t.i in name_tok:
                    ns, ne, entry = name_tok[t.i]
                    if entry.kind in ("territory", "territory_adj"):
                        country, territory, tname = entry.code, entry.territory, entry.name
                    elif entry.kind == "org" and entry.code in TRANSNATIONAL_CIVIL:
                        mod_role, civil_org = entry.code, True  # "Amnesty's secretary general" speaks for Amnesty
                    elif entry.kind == "org" and entry.code in self.role_labels:
                        mod_role = entry.code  # "Islamic State fighters": the group's role, its country from context
                    elif entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital", "org"):
                        if country and entry.kind in COUNTRY_EVIDENCE and entry.code[:3] != country[:3] and any(
                                k.dep_ == "cc" for m in self._modifiers(sdoc, head, s, e) for k in m.children):
                            # "Australian and US Marines": the parser may leave the second modifier unconjoined
                            extra_countries.append(entry.code[:3])
                        country = country or entry.code[:3] if entry.kind != "org" else country or entry.code
                    used_as_modifier.update(range(ns, ne))
                elif t.i in place_country and t.i not in role_tok and not country:
                    country = place_country[t.i]
                elif t.dep_ == "amod" and t.pos_ == "ADJ" and t.i < s and not mod_role \
                        and self.roles.get((self._lemma(t),)) in ARMED_OPPONENTS and role in ("MIL", "GOV", "ELI"):
                    mod_role = self.roles[(self._lemma(t),)]  # "a separatist battalion commander" commands rebels
                elif t.i in role_tok and t.i not in range(s, e):
                    rs, re_, r2 = role_tok[t.i]
                    # "families of jailed activists" are civilians, not activists
                    if r2 in SPECIFIC_ROLES and role in GENERIC_ROLES and head.lemma_.lower() not in KIN_NOUNS:
                        mod_role = r2
                    elif r2 in ARMED_OPPONENTS and role == "MIL":
                        mod_role = r2  # "rebel army units", "militia commanders" fight the state's army
                    elif r2 in ("GOV", "ELI") and head.lemma_.lower() in FOLLOWER_NOUNS and any(
                            c.dep_ == "amod" and c.lower_ in OUSTED for c in sdoc[rs:re_].root.children):
                        mod_role = "OPP"  # "supporters of Egypt's ousted president" oppose who rules now
            role_final = mod_role or role
            if role_final == "REF":
                # refugees keep the country they fled, wherever they are: "Rohingya refugees in Bangladesh"; a
                # nationality word before them still says which ("Afghan Hazara refugees")
                mods = self._modifiers(sdoc, head, s, e)
                home = next((self.people_homes[t.lower_] for t in mods if t.lower_ in self.people_homes), None)
                if home and not any(t.i < s and t.i in name_tok and name_tok[t.i][2].kind in COUNTRY_EVIDENCE
                                    for t in mods):
                    country = home
            if role_final in ("GOV", "LEG", "JUD") and any(
                    c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children) or any(
                    c.dep_ == "amod" and c.lower_ in ("ousted", "deposed", "toppled", "overthrown") for c in head.children
                    ) and any(c.dep_ == "poss" for c in head.children):
                # "a former Peruvian president", "a former state governor": former office holders; "Syria's ousted
                # president" too (a bare "the ousted president" may still be the one the story holds legitimate)
                role_final = "ELI"
            if e - s == 1 and head.lemma_.lower() in NEEDS_OWNER and not country and not any(
                    c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
                continue  # "its artillery": the owner the pronoun names is resolved later
            left = self._left_edge(sdoc, s, e)
            if territory:
                code = country if len(country) > 3 else country + role_final
            elif country:
                code = country if len(country) > 3 else country + role_final
            elif civil_org:
                code = role_final
            elif role_final in TRANSNATIONAL_CIVIL and unknown_proper and (sdoc[s].lower_ in FOREIGN_WORDS or any(
                    t.dep_ == "amod" and t.lower_ in FOREIGN_WORDS for t in self._modifiers(sdoc, head, s, e))):
                code = role_final  # "international aid agencies", "foreign rights groups": the bare role (as Amnesty)
            else:
                code = None
            begin = min(left, s)
            if begin > 0 and sdoc[begin].text == "-":  # "Saudi-led coalition warplanes": the span keeps "Saudi"
                begin -= 1
            m = ActorMention(start=begin, end=e, head=head.i, code=code, name="", kind="role",
                             territory=territory, role=role_final, country=(country or "")[:3] or None,
                             unplaced=unknown_proper and not country)
            m.name = self._display(m, tname)
            if code and not territory and len(country or "") == 3:
                for other in dict.fromkeys(extra_countries):
                    if other != country:
                        o = ActorMention(m.start, m.end, m.head, other + role_final, "", "role", role=role_final,
                                         country=other)
                        o.name = self._display(o, None)
                        m.also.append(o)
                for org in dict.fromkeys(extra_orgs):
                    if org != code:
                        o = ActorMention(m.start, m.end, m.head, org, "", "role", role=org[3:6], country=org[:3])
                        o.name = self._display(o, None)
                        m.also.append(o)
            role_mentions.append(m)

        # standalone names: countries, metonyms, organizations, territories
        for s, (e, entry) in sorted(names.items()):
            if entry.kind in ("adjective", "territory_adj") and s not in used_as_modifier:
                code = entry.code if entry.kind == "territory_adj" else entry.code[:3]
                m = ActorMention(start=s, end=e, head=s, code=code, name=entry.name, kind="modifier",
                                 territory=entry.territory, country=code[:3])
                for i in range(s, e):
                    index.modifiers[i] = m
            if s in used_as_modifier:
                continue
            if entry.kind in ("adjective", "territory_adj"):
                last = sdoc[e - 1]
                if last.pos_ not in ("NOUN", "PROPN") or last.dep_ in ("amod", "compound", "poss"):
                    continue
                # a demonym as a noun: "Egyptians demonstrated", "thousands of Georgians"
            elif entry.kind not in NAME_KINDS_STANDALONE:
                continue
            head = self._head_of(sdoc, s, e)
            start = s - 1 if s > 0 and sdoc[s - 1].lower_ == "the" else s
            if entry.kind == "org" and entry.code in self.role_labels and entry.code not in TRANSNATIONAL_CIVIL:
                # a group active in many countries: its role here, its country from the text around it
                index.add(ActorMention(start=start, end=e, head=head.i, code=None, name=entry.name, kind="org",
                                       role=entry.code))
                continue
            last = sdoc[e - 1]
            plural = last.tag_ in ("NNS", "NNPS") or (  # the tagger reads "Georgians" as a singular name too
                last.tag_ == "NNP" and last.text.endswith("s") and not last.text.endswith("ss"))
            if (entry.kind == "adjective" or (entry.kind == "territory_adj" and len(entry.code) == 3)) and plural \
                    and not (
                    start < s and sdoc[start].lower_ == "the" and not any(
                        c.dep_ == "nummod" or c.like_num for c in sdoc[e - 1].children)):
                # a demonym in the plural names people, not their state: "Egyptians demonstrated" is EGYCVL, and so
                # are "Kosovars" of a territory coded as a state of its own; "the Palestinians" as a party to talks
                # stays the state
                index.add(ActorMention(start=start, end=e, head=head.i, code=entry.code[:3] + "CVL",
                                       name=entry.name, kind="role", role="CVL", country=entry.code[:3]))
                continue
            if entry.kind == "adjective" and not plural:
                # "Kyrgyz and Tajik border troops": the parser may take the first adjective for the head of a
                # conjunct; it shares the role of the phrase it is conjoined with
                shared = [m for c in head.conjuncts if c.i > head.i for m in role_mentions
                          if m.head == c.i and m.role and m.code and sdoc[m.start].i > head.i]
                if shared:
                    m = ActorMention(start=start, end=e, head=head.i, code=entry.code[:3] + shared[0].role,
                                     name="", kind="role", role=shared[0].role, country=entry.code[:3])
                    m.name = self._display(m, None)
                    index.add(m)
                    continue
            code = entry.code
            if entry.kind == "org" and len(code) == 6 and code[3:] in NATIONAL_BODY_ROLES:
                # a body whose name other states' bodies share, with another state's name before or after it:
                # "Peru's Congress" is PERLEG, "Canada's Conservative Party" CANPTY, "the Ministry of Defence of
                # Russia" RUS...
                owner = next((name_tok[t.i][2].code[:3] for t in self._modifiers(sdoc, head, s, e)
                              if (t.i < s and t.dep_ in ("poss", "amod", "compound")
                                  or t.dep_ == "pobj" and t.head.lower_ == "of")
                              and t.i in name_tok and name_tok[t.i][2].kind in ("country", "adjective")), None)
                if owner and owner != code[:3]:
                    code = owner + code[3:]
            index.add(ActorMention(start=start, end=e, head=head.i, code=code, name=entry.name,
                                   kind=entry.kind, territory=entry.territory, country=code[:3]))

        persons = self._persons(sdoc, date, name_tok, role_tok, used_as_modifier)
        person_tokens = {i for p in persons for i in p.tokens()}
        for m in role_mentions:
            if m.head in person_tokens:
                continue  # the role is a person's title
            index.add(m)
        for p in persons:
            index.add(p)

        self._places(sdoc, index, places or [])
        self._held_sites(sdoc, index)
        self._pronouns(sdoc, index)
        self._things(sdoc, index)
        self._fill_countries(sdoc, index, dominant, places or [])
        self._plural_pronouns(sdoc, index)
        self._pairs(sdoc, index)
        self._the_group(sdoc, index)
        self._counterparts(sdoc, index)
        for m in index.mentions:  # a pronoun whose antecedent got its country from the context gets it too
            if m.kind == "pronoun" and m.code is None and m.antecedent is not None and m.antecedent.code:
                m.code, m.country, m.name = m.antecedent.code, m.antecedent.country, m.antecedent.name
        index.mentions.sort(key=lambda m: m.start)
        return index

    @staticmethod
    def _left_edge(sdoc, s: int, e: int) -> int:
        """Where a noun phrase ending in the tokens [s, e) starts: the run of determiners and modifiers just
        before it that hang on the phrase ("Both Russian | houses of parliament")."""
        left = s
        while left > 0:
            t = sdoc[left - 1]
            if t.dep_ in LEFT_DEPS and left - 1 < t.head.i < e or (t.dep_ == "case" and t.head.i < e):
                left -= 1
            else:
                break
        return left

    @staticmethod
    def _head_of(sdoc, s: int, e: int):
        for i in range(s, e):
            h = sdoc[i].head.i
            if h < s or h >= e or sdoc[i].head.i == i:
                return sdoc[i]
        return sdoc[e - 1]

    @staticmethod
    def _modifiers(sdoc, head, s: int, e: int):
        """Tokens that modify a phrase: its left modifiers, their own modifiers, and 'of X' / 'in X' objects."""
        out = []
        for i in range(s, e):
            for c in sdoc[i].children:
                if c.i in range(s, e):
                    continue
                if c.dep_ in MODIFIER_DEPS:
                    out.append(c)
                    out.extend(cc for cc in c.children if cc.dep_ in ("compound", "amod", "poss"))
                    # "Saudi-led coalition warplanes", "US-led forces": who leads them (a backer, as in
                    # "Iranian-backed militias", is not the actor)
                    if c.lemma_.lower() == "lead":
                        out.extend(cc for cc in c.children if cc.dep_ in ("npadvmod", "compound", "nmod")
                                   and cc.i < c.i)
                    for cc in c.children:  # "coalition" between them: "Saudi-led coalition warplanes"
                        if cc.dep_ == "amod" and cc.lemma_.lower() == "lead":
                            out.extend(k for k in cc.children if k.dep_ in ("npadvmod", "compound") and k.i < cc.i)
                elif c.dep_ == "prep" and c.lower_ in ("of", "in", "from") and i in (head.i, e - 1) and not (
                        c.lower_ != "of" and any(k.dep_ == "poss" and k.tag_ == "PRP$" for k in head.children)):
                    # ("its ambassador from Myanmar" is its own, posted there)
                    out.extend(cc for cc in c.children if cc.dep_ == "pobj")
                    # "the commander of Hamas's military wing": whose the wing is; "the family of a Palestinian
                    # toddler": whose the toddler is
                    # ("delegations from Libya's rival parliaments": whose the parliaments are)
                    out.extend(k for cc in c.children if cc.dep_ == "pobj" and c.lower_ in ("of", "from")
                               for k in cc.children if k.dep_ == "poss" or (k.dep_ == "amod" and k.ent_type_ == "NORP"))
                    # "flood victims in Pakistan's Sindh province", "residents in Russia's Belgorod region": the
                    # country whose region it is
                    out.extend(k for cc in c.children if cc.dep_ == "pobj" and c.lower_ == "in" for k in cc.children
                               if k.dep_ in ("poss", "compound") and k.pos_ == "PROPN")
        # "hosted delegations from Libya's parliaments": the parser may hang the from-phrase that says whom
        # delegates are of on the verb
        after = sdoc[e] if e < len(sdoc) else None
        if after is not None and after.lower_ == "from" and after.head.i == head.head.i and after.dep_ == "prep" \
                and head.lemma_.lower() in ("delegation", "delegate", "envoy", "negotiator", "emissary"):
            out.extend(cc for cc in after.children if cc.dep_ == "pobj")
            out.extend(k for cc in after.children if cc.dep_ == "pobj" for k in cc.children if k.dep_ == "poss")
        # a nationality the parser took for a second object or subject beside the phrase: "accused Azerbaijani
        # troops of ..." read as two objects of "accused"
        before = sdoc[s - 1] if s > 0 else None
        if before is not None and before.dep_ == head.dep_ and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
                and before.head.i == head.head.i and before.pos_ in ("PROPN", "ADJ") and before.text[:1].isupper() \
                and not any(c.dep_ in ("cc", "punct", "det") for c in before.children):
            out.append(before)
        # a role noun that is itself a modifier shares the modifiers standing before it: "Indian army posts"
        if head.dep_ == "compound" and head.head.i > head.i:
            out.extend(c for c in head.head.children if c.i < s and c.dep_ in ("amod", "compound", "poss"))
        return out

    def _display(self, m: ActorMention, territory_name: str | None) -> str:
        label = self.role_labels.get(m.role or "", (m.role or "").lower())
        if territory_name:
            return f"{territory_name} {label}"
        if m.code and len(m.code) >= 3 and m.code[:3] in self.country_adj:
            return f"{self.country_adj[m.code[:3]]} {label}"
        return label

    def _persons(self, sdoc, date, name_tok, role_tok, used_as_modifier) -> list[ActorMention]:
        """Persons: named entities with their titles, then later mentions by surname."""
        out: list[ActorMention] = []
        known: dict[str, ActorMention] = {}  # surname or full name -> first full mention
        spans = [(ent.start, ent.end) for ent in sdoc.ents if ent.label_ == "PERSON"]
        for (s, e), entry in {(s, e): entry for s, e, entry in name_tok.values()}.items():
            if entry.kind == "person":
                spans.append((s, e))
        # a capitalised surname already seen, which the entity recogniser did not mark
        seen_spans = {i for s, e in spans for i in range(s, e)}
        for s, e in sorted(set(spans)):
            if all(i in name_tok and name_tok[i][2].kind != "person" for i in range(s, e)):
                continue  # the whole span is a country, capital or organization name
            first = next((i for i in range(s, e) if sdoc[i].text[:1].isupper()), None)
            if first is None:
                continue
            full = sdoc[first:e].text.strip()
            words = full.split()
            head = self._head_of(sdoc, s, e)
            prev = known.get(full) or known.get(words[-1])
            if prev is not None and len(words) == 1:
                out.append(prev.refer(s, e, head.i, "person"))
                continue
            code, territory, role, country, left = self._title(sdoc, head, s, e, name_tok, role_tok, used_as_modifier)
            titled = [sdoc[first - 1].text, *words] if first > 0 and sdoc[first - 1].head.i == head.i and \
                sdoc[first - 1].dep_ == "compound" else None
            if titled and date and any(x.valid_on(date) for x in self.persons.get(tuple(w.lower() for w in titled), [])):
                # "Pope Francis", the title outside the name the recogniser found: the persons file lists the
                # whole, with the office held that day
                code, role, country = self._known_person(titled, date, None, None)
                full, words, left = " ".join(titled), titled, min(left, first - 1)
            elif code is None or country is None:
                code, role, country = self._known_person(words, date, code, role)
            gender = self._gender(sdoc, s, words)
            m = ActorMention(min(left, s), e, head.i, code, full, "person", territory, full, gender,
                             role=role, country=country)
            out.append(m)
            known.setdefault(full, m)
            for w in words:
                if len(w) > 2 and w[:1].isupper():
                    known.setdefault(w, m)
        # surnames seen before that the recogniser missed later
        for tok in sdoc:
            if tok.i in seen_spans or tok.pos_ != "PROPN" or tok.text not in known:
                continue
            prev = known[tok.text]
            if tok.i < prev.start:
                continue
            out.append(prev.refer(tok.i, tok.i + 1, tok.i, "person"))
        out.sort(key=lambda m: m.start)
        return out

    def _gender(self, sdoc, s, words) -> str | None:
        """A person's gender where the name tells it: the given name ("John Kerry"), the given name of the persons
        file's entry for a surname ("Obama" is Barack Obama), or a title before it ("Mrs. Clinton")."""
        if len(words) > 1 and words[0].lower() in self.lex.first_names:
            return self.lex.first_names[words[0].lower()]
        title = words[0] if len(words) > 1 else (sdoc[s - 1].text if s > 0 else "")
        if title.lower().rstrip(".") in TITLE_GENDER:
            return TITLE_GENDER[title.lower().rstrip(".")]
        known = {self.lex.first_names.get(x.name.split()[0].lower())
                 for x in self.persons.get(tuple(w.lower() for w in words), [])}
        return known.pop() if len(known) == 1 else None

    def _known_person(self, words, date, code, role):
        """A person in the persons file: with a date, the office held that day; without one, only the country,
        where every office listed for the person is in one country (no date, no date-dependent reading)."""
        entries = self.persons.get(tuple(w.lower() for w in words), [])
        if not entries:
            return code, role, (code[:3] if code else None)
        if date:
            held = [x for x in entries if x.valid_on(date)]
            if held and code is None:
                return held[0].code, held[0].code[3:6] or None, held[0].code[:3]
        countries = {x.code[:3] for x in entries}
        if len(countries) == 1:
            country = countries.pop()
            if role:
                return country + role, role, country
            return code, role, None
        return code, role, (code[:3] if code else None)

    def _title(self, sdoc, head, s, e, name_tok, role_tok, used_as_modifier):
        """The code a person's title gives: 'Russian Foreign Minister X', 'X, the Abkhaz leader', 'his counterpart X'."""
        cands = []
        for c in head.children:
            if c.i in range(s, e):
                continue
            if c.dep_ in ("compound", "amod", "nmod", "appos", "poss"):
                cands.append(c)
        if head.dep_ in ("appos", "compound") and head.head.i not in range(s, e):
            cands.append(head.head)
        country = territory = role = None
        former = False
        left = s
        seen = set()
        stack = list(cands)
        while stack:
            t = stack.pop()
            if t.i in seen or t.i in range(s, e):
                continue
            seen.add(t.i)
            if t.dep_ == "amod" and t.lower_ in ("former", "ex") and t.head.i in role_tok:
                former = True  # "Former Finnish president Martti Ahtisaari": a former office holder
            if t.i in name_tok:
                ns, ne, entry = name_tok[t.i]
                if entry.kind in ("territory", "territory_adj"):
                    country, territory = entry.code, entry.territory
                elif entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital"):
                    country = country or entry.code[:3]
                elif entry.kind == "org" and not country:
                    country = entry.code
                used_as_modifier.update(range(ns, ne))
                if t.i < s:
                    left = min(left, ns)
            elif t.i in role_tok:
                rs, re_, r = role_tok[t.i]
                if role is None or (r in SPECIFIC_ROLES and role in GENERIC_ROLES):
                    role = r
                if t.i < s:
                    left = min(left, rs)
            if t.dep_ != "appos" or t.i != head.head.i:
                stack.extend(c for c in t.children if c.dep_ in ("compound", "amod", "nmod", "poss", "prep", "pobj"))
        if former and role in ("GOV", "LEG", "JUD"):
            role = "ELI"
        if territory:
            return country, territory, role, country[:3], left
        if country and len(country) > 3:
            return country, None, role, country[:3], left
        if country:
            return country + (role or ""), None, role, country, left
        if role:
            return None, None, role, None, left  # country filled later from context
        return None, None, None, None, left

    def _places(self, sdoc, index: ActorIndex, places) -> None:
        """A literal place stands for its country where it is an act's target ("flew to Beijing", "pulled out of
        Kherson"): literal places become country mentions, replacing a capital's government reading."""
        for p in places:
            if p.literal and not p.country and p.feature == "region":
                # a sea or lake named after a state ("Lake Chad", "the Gulf of Mexico") is no actor
                span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
                for i in range(span.start, span.end) if span is not None else ():
                    cur = index.by_token.pop(i, None)
                    if cur is not None and cur in index.mentions and cur.kind in ("country", "capital"):
                        index.mentions.remove(cur)
                    index.modifiers.pop(i, None)
                continue
            if not p.literal or not p.country or len(p.country) != 3:
                continue
            span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            cur = index.at(span.root.i)
            root = span.root
            # "the city of Goma" tagged as a person's name: a name that no person table knows, after a town noun,
            # is the place
            named_town = cur is not None and cur.kind == "person" and not cur.code and root.dep_ == "pobj" \
                and root.head.lower_ == "of" and root.head.head.lemma_.lower() in ("city", "town", "village")
            if cur is not None and cur.kind not in ("capital",) and not named_town:
                continue
            if cur is not None and root.dep_ == "pobj" and root.head.lower_ == "to" and \
                    root.head.head.lemma_.lower() in ADDRESS_VERBS:
                continue  # "appealed to Colombo", "wrote to Washington": the government addressed, not a destination
            if cur is not None and root.dep_ == "pobj" and root.head.lower_ == "to" and any(
                    verb.lemma_.lower() in GIVING_VERBS and any(
                        o.dep_ == "dobj" and o.lemma_.lower() not in SENT_PEOPLE for o in verb.children)
                    for verb in (root.head.head, root.head.head.head) if verb.pos_ == "VERB"):
                continue  # "send air defence systems to Kyiv": the government given them (troops go to a place)
            if cur is not None and cur in index.mentions:  # two places in one capital's span: "Washington, D.C."
                index.mentions.remove(cur)
            name = self.country_name.get(p.country, p.country)
            index.add(ActorMention(span.start, span.end, span.root.i, p.country, name, "place", country=p.country))
            place = index.mentions[-1]
            for i in range(span.start, span.end):
                index.by_token[i] = place
            # a country's name inside a longer place's is no mention of that country: "the Niger Delta"
            for other in [m for m in index.mentions if m.kind == "country" and m is not place
                          and span.start <= m.head < span.end and m.head != span.root.i]:
                index.mentions.remove(other)
                for i, m in list(index.by_token.items()):
                    if m is other:
                        index.by_token[i] = place

    def _held_sites(self, sdoc, index: ActorIndex) -> None:
        """A place an armed force holds, named by the force's adjective alone ("bombed militant camps in eastern
        Libya", "struck a military training camp in Mogadishu"), stands for that force: the adjective becomes a
        mention of its role, of the country of the place named with the site (or, failing that, of the country the
        actors stage gives role-only actors). A site with an owner of its own ("US military bases", "its army
        posts", "Ukrainian positions") is left to that owner."""
        for tok in sdoc:
            if tok.lemma_.lower() not in self.held_sites or tok.pos_ != "NOUN" or index.at(tok.i) is not None:
                continue
            kids = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod")]
            if any(index.at(c.i) is not None or c.i in index.modifiers or c.dep_ == "poss" for c in kids):
                continue
            for c in kids:
                role = self.roles.get((self._lemma(c),)) if c.dep_ in ("amod", "compound") else None
                if role not in HOLDING_ROLES:
                    continue
                country = self._site_country(tok, index)
                m = ActorMention(start=c.i, end=c.i + 1, head=c.i, code=country + role if country else None, name="",
                                 kind="role", role=role, country=country)
                m.name = self._display(m, None)
                index.add(m)
                break

    @staticmethod
    def _site_country(tok, index: ActorIndex) -> str | None:
        """The country of the place named where a site is: in its own phrase ("hideouts inside Afghanistan") or
        in a place phrase of the verb it is the object of ("bombed militant camps in eastern Libya")."""
        holders = [tok]
        if tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            holders += [tok.head, verb] if tok.dep_ == "pobj" else [verb]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in SITE_PREPS and c.i > tok.i:
                    for p in c.children:
                        m = index.at(p.i) if p.dep_ == "pobj" else None
                        if m is not None and m.kind in ("place", "country") and m.code and len(m.code) == 3 \
                                and m.code.isalpha() and m.code != "IGO":
                            return m.code
        return None

    def _fill_countries(self, sdoc, index: ActorIndex, dominant: str | None, places=()) -> None:
        """Role-only actors take their country from a conjoined actor, an earlier actor of the same role, the
        places their sentence names ("killed the leader of the Islamic State group in northwestern Syria"), or the
        document's dominant country."""
        literal, aimed_at = [], []
        for p in places:
            span = sdoc.char_span(p.start, p.end, alignment_mode="expand") if p.literal and p.country else None
            # only a country or its capital aimed at says the actor is not of it; fighters who seize a town or
            # shell a city are still of the country it is in ("Islamist fighters seized Kunduz")
            if span is not None and p.feature in ("country", "capital") and self._undergoer(span.root):
                aimed_at.append((p, self._clause_verb(span.root)))
            # a place that modifies a noun ("US special forces") is the actor's own country, not the scene
            if span is not None and len(p.country) == 3 and (
                    span.root.dep_ not in ("amod", "compound", "poss", "nmod")
                    or span.root.head.lemma_.lower() in AREA_NOUNS):  # "Idlib province" is still the scene
                literal.append(p)

        def own_aims(tok) -> set:
            """The places the act of which the actor is the subject is aimed at: "Lawmaker urges retaliation on
            Russia" (the lawmaker is not Russian)."""
            phrase = tok
            while phrase.dep_ in ("compound", "amod", "conj") and phrase.head.i != phrase.i:
                phrase = phrase.head
            if phrase.dep_ not in ("nsubj", "nsubjpass"):
                return set()
            return {p.start for p, verb in aimed_at if verb is not None and verb.i == phrase.head.i}

        def sentence_country(tok) -> str | None:
            sent = tok.sent
            aims = own_aims(tok)
            found = Counter(p.country for p in literal if sent.start_char <= p.start < sent.end_char
                            and not tok.idx <= p.start < tok.idx + len(tok) and p.start not in aims)
            # "in the Tigrayan city of Axum": a people's or a country's adjective on a place noun names the scene
            # (not on one an act is aimed at: "air strikes on the Yemeni capital")
            found.update(a.code[:3] for i, a in index.modifiers.items() if sent.start <= i < sent.end
                         and sdoc[i].dep_ in ("amod", "compound") and sdoc[i].head.lemma_.lower() in AREA_NOUNS
                         and sdoc[i].head.dep_ == "pobj" and sdoc[i].head.head.lower_ == "in" and a.code and a.code[:3].isalpha() and a.code[:3] != "IGO" and i != tok.i)
            if not found:
                return None
            top = found.most_common(2)
            return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None

        def based_country(m) -> str | None:
            """The country of a place the actor's own phrase says it is based in ("a Pakistan-based militant
            group", "a Kabul-based rebel faction"): it names the actor's country whatever the scene."""
            for t in sdoc[m.start:m.end]:
                if t.lower_ != "based":
                    continue
                for c in t.children:
                    if c.dep_ not in ("npadvmod", "compound", "nmod"):
                        continue
                    for p in places:
                        if p.literal and p.country and len(p.country) == 3 and p.start <= c.idx < p.end:
                            return p.country
            return None

        # peacekeepers no country owns, in a text that names the UN, are the UN's ("the Security Council demanded
        # that the rebels free the peacekeepers they hold")
        un = any((a.code or "") == "IGOUNO" for a in index.mentions)
        last_by_role: dict[str, str] = {}
        for m in sorted(index.mentions, key=lambda m: m.start):
            if m.code is None and m.role == "MIL" and un and m.kind == "role" and not m.unplaced and any(
                    t.lemma_.lower() in PEACEKEEPERS for t in sdoc[m.start:m.end]):
                m.code, m.role, m.country = "IGOUNO", None, None
                m.name = "United Nations peacekeepers"
                continue
            if m.code is None and m.role and not m.unplaced:
                country = None
                for c in sdoc[m.head].children:  # "its forces", "their ambassador"
                    owner = index.at(c.i) if c.dep_ == "poss" else None
                    if owner is not None and owner.kind == "pronoun" and owner.country:
                        country = owner.country
                        break
                country = country or based_country(m)
                top = sdoc[m.head]  # "a rebel faction": the conjuncts hang on the phrase's last noun
                while top.dep_ == "compound" and top.head.i != top.i:
                    top = top.head
                for c in top.conjuncts if country is None else ():
                    other = index.at(c.i)
                    # "French and British aircraft"; "South Sudan's government and rebels" (a government's
                    # opponents beside it are of its country)
                    # "Serbian police and paramilitary units": the state's forces beside its police are its own
                    if other is not None and other.code and (other.role == m.role or (
                            (other.code or "")[3:6] == "GOV" and m.role in ("REB", "INS", "OPP", "SEP")) or (
                            other.role in STATE_ROLES and m.role in STATE_ROLES and c.i < m.head)):
                        country = other.code[:3]
                        break
                head = sdoc[m.head]
                # beside another party ("the Sri Lankan government and Tamil rebels") the scene says little
                phrase = head
                while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
                    phrase = phrase.head
                paired = bool(phrase.conjuncts)
                country = country or last_by_role.get(m.role) or (None if paired else sentence_country(head))
                if country is None and m.role in STATE_ROLES:
                    # "FARC rebels set off a car bomb outside a police station": the police or army that a
                    # country's rebels fight in the sentence are of that country
                    armed = {a.code[:3] for a in index.mentions if a.code and a.code[3:6] in ARMED_OPPONENTS
                             and len(a.code) == 6 and a.code[:3].isalpha() and a.code[:3] != "IGO"
                             and head.sent.start <= a.head < head.sent.end}
                    country = armed.pop() if len(armed) == 1 else None
                if country is None and dominant and not any(
                        p.country == dominant and p.start in own_aims(head) for p, _ in aimed_at):
                    country = dominant  # not the country the act is aimed at: "Lawmaker urges retaliation on Russia"
                if country:
                    m.code, m.country = country + m.role, country
                    if m.kind == "role":
                        m.name = self._display(m, None)
            if m.code and m.role and m.country:
                last_by_role[m.role] = m.country

    @staticmethod
    def _undergoer(tok) -> bool:
        """A place named as what an act is done to or aimed at, not where it happens: "urges retaliation on
        Russia", "sanctions against Iran", "flew to Beijing", "crossed into Syria", "shelled Donetsk". A generic
        actor in the sentence is not of that country."""
        if tok.dep_ == "dobj":
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in TOWARD_PREPS

    @staticmethod
    def _clause_verb(tok):
        """The verb of the clause a noun stands in, through the nouns and prepositions above it."""
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ in (
                "dobj", "pobj", "prep", "compound", "conj", "appos", "nmod", "amod", "poss"):
            tok = tok.head
        return tok if tok.pos_ in ("VERB", "AUX") else None

    def _pronouns(self, sdoc, index: ActorIndex) -> None:
        """he/she/his/her -> the last person mentioned before, of the same gender where known (one of that gender
        named in the last three sentences over any of unknown gender named since); subjects first; a possessive in
        a phrase fronted before its clause's subject names that subject."""
        persons = sorted((m for m in index.mentions if m.kind == "person" or self._one_person(sdoc, m)),
                         key=lambda m: m.start)
        if not persons:
            return
        def gender(m, until: int) -> str | None:
            """The person's gender, or that of a person of the same surname named before ("Hillary Clinton ...
            Clinton")."""
            if m.gender is not None or m.kind != "person":
                return m.gender
            if m.start > 0 and sdoc[m.start - 1].lower_.rstrip(".") in TITLE_GENDER:
                return TITLE_GENDER[sdoc[m.start - 1].lower_.rstrip(".")]  # "Mrs. Clinton"
            named = {g for end, g in gendered.get(surnames[id(m)], ()) if end <= until}
            return named.pop() if len(named) == 1 else None

        def surname(m) -> str:
            words = [t.lower_ for t in sdoc[m.start:m.end] if t.tag_ != "POS"]  # "Hillary Clinton's"
            return words[-1] if words else ""

        # each person's surname, and the persons of known gender by surname, worked out once per document
        surnames = {id(p): surname(p) for p in persons}
        gendered: dict[str, list[tuple[int, str]]] = {}
        for p in persons:
            if p.gender:
                gendered.setdefault(surnames[id(p)], []).append((p.end, p.gender))

        sent_no = {}
        for k, sent in enumerate(sdoc.sents):
            sent_no.update((i, k) for i in range(sent.start, sent.end))
        for tok in sdoc:
            g = PRONOUNS.get(tok.lower_)
            if g is None or tok.pos_ != "PRON":
                continue
            ahead = self._fronted_owner(sdoc, tok, index, g)
            if ahead is not None:
                index.add((ahead.antecedent or ahead).refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            before = [p for p in persons if p.end <= tok.i and (gender(p, tok.i) in (None, g))]
            # a person of the pronoun's own gender named lately is its antecedent over persons of unknown gender
            # named since ("Clinton ... a spokesman, Nick Merrill ... He attacked her")
            if before and gender(before[-1], tok.i) is None and any(
                    gender(p, tok.i) == g and sent_no[tok.i] - sent_no[p.head] <= RECENT_SENTENCES for p in before):
                before = [p for p in before if gender(p, tok.i) == g]
            if not before:
                continue
            # the last person named before; within the pronoun's own sentence, a subject over other persons; a
            # subject pronoun opening its clause continues the last subject ("X received Y. She urged him ...")
            ante = before[-1]
            # "He told X that he wanted ...": the reported clause's subject is the teller
            gov = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else None
            teller = [index.at(c.i) for c in gov.children if c.dep_ == "nsubj" and index.at(c.i)] if gov else []
            if teller and teller[0].kind in ("person", "pronoun") and (
                    teller[0].antecedent or teller[0]).gender in (None, g) \
                    and PRONOUNS.get(sdoc[teller[0].head].lower_) in (None, g):  # "He demanded that she resign"
                root = teller[0].antecedent or teller[0]
                index.add(root.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            same = [p for p in before if p.start >= tok.sent.start]
            subj = [p for p in same if sdoc[p.head].dep_ in ("nsubj", "nsubjpass")]
            if subj:
                ante = subj[-1]
            elif tok.dep_ in ("nsubj", "nsubjpass"):
                # "He demanded that she resign": not the one a pronoun of the other gender governing it refers to
                gov = [index.at(c.i) for c in tok.head.head.children if c.dep_ == "nsubj" and index.at(c.i)] \
                    if tok.head.dep_ == "ccomp" else []
                taken = {(m.antecedent or m).start for m in gov if PRONOUNS.get(sdoc[m.head].lower_) not in (None, g)}
                cands = [p for p in before if (p.antecedent or p).start not in taken]
                sent_start = sdoc[ante.head].sent.start
                subjects = [p for p in cands if p.start >= sent_start and sdoc[p.head].dep_ in ("nsubj", "nsubjpass")]
                if subjects:
                    ante = subjects[-1]
                elif taken and cands:
                    ante = cands[-1]
            elif tok.dep_ in ("dobj", "pobj", "dative"):
                # "She urged him": not the clause's own subject
                subj_ref = [index.at(c.i) for c in tok.head.children if c.dep_ == "nsubj" and index.at(c.i)]
                taken = {(m.antecedent or m).start for m in subj_ref}
                others = [p for p in before if (p.antecedent or p).start not in taken]
                if others:
                    ante = others[-1]
            root = ante.antecedent or ante
            index.add(root.refer(tok.i, tok.i + 1, tok.i, "pronoun"))

    def _fronted_owner(self, sdoc, tok, index: ActorIndex, g: str):
        """A possessive pronoun in a phrase put before its clause's subject names that subject, when it is a person
        of the pronoun's gender: "In her statement on Monday, Clinton said ...", "After his visit, the president"."""
        if tok.dep_ != "poss":
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "Asked about his criticisms of Trump, Christie said ...": the main clause's subject
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i:
                m = index.at(c.i)
                if m is not None and (m.kind in ("person", "pronoun") or self._one_person(sdoc, m)) \
                        and (m.antecedent or m).gender in (None, g) \
                        and not any(t.i == tok.i for t in c.subtree):
                    return m
        return None

    def _the_group(self, sdoc, index: ActorIndex) -> None:
        """"The group later said it had carried out the attack": "the group", "the militia", "the movement" with no
        name of their own stand for the armed group named last."""
        armed = sorted((m for m in index.mentions if m.code and (m.code or "")[3:6] in ("INS", "REB", "SEP")),
                       key=lambda m: m.start)
        for tok in sdoc:
            if tok.lemma_.lower() not in GROUP_NOUNS or index.at(tok.i) is not None or tok.tag_ != "NN":
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
                continue
            before = [m for m in armed if m.end <= det[0].i]
            if before:
                root = before[-1].antecedent or before[-1]
                index.add(root.refer(det[0].i, tok.i + 1, tok.i, "pronoun"))
        # "... arrested the leader of the main opposition party. The party demanded ...": "the party" with no name
        # of its own stands for the party named last
        parties = sorted((m for m in index.mentions if m.code and sdoc[m.head].lemma_.lower() == "party"),
                         key=lambda m: m.start)
        for tok in sdoc:
            if tok.lower_ != "party" or index.at(tok.i) is not None or tok.tag_ != "NN":
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or any(c.dep_ in ("amod", "compound", "poss", "prep")
                                                        for c in tok.children):
                continue
            before = [m for m in parties if m.end <= det[0].i]
            if before:
                root = before[-1].antecedent or before[-1]
                index.add(root.refer(det[0].i, tok.i + 1, tok.i, "pronoun"))

    @staticmethod
    def _after_meeting(sdoc, tok) -> bool:
        """A "they" opening the sentence after one whose main verb is a meeting ("X met Y at the crossing. They
        agreed to resume negotiations"): the two who met."""
        sent = tok.sent
        if sent.start == 0 or tok.i - sent.start > 1:
            return False
        prev = sdoc[sent.start - 1].sent
        return prev.root.lemma_.lower() in MEETING_VERBS

    def _counterparts(self, sdoc, index: ActorIndex) -> None:
        """"Saudi intelligence officials warned their British counterparts": a counterpart holds the role of the
        one it is the counterpart of, the subject of its clause (intelligence to intelligence, army to army)."""
        for m in index.mentions:
            head = sdoc[m.head]
            if head.lemma_.lower() != "counterpart" or not m.code or len(m.code) != 6:
                continue
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [index.at(c.i) for c in verb.children if c.dep_ == "nsubj" and index.at(c.i) is not None]
            role = (subjects[0].code or "")[3:6] if subjects else ""
            if role and role != m.code[3:6] and len(subjects[0].code or "") == 6:
                m.code, m.role = m.code[:3] + role, role
                m.name = self._display(m, None)

    def _pairs(self, sdoc, index: ActorIndex) -> None:
        """"The two leaders", "both sides", "the two countries", "the two": the last two parties named before, so that
        "The two leaders signed agreements" is an act of each towards the other."""
        for tok in sdoc:
            they = tok.lower_ == "they" and tok.dep_ == "nsubj" and self._after_meeting(sdoc, tok)
            # "The two discussed oil shipments": the number standing alone as the subject
            they = they or (tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
            if not they and (tok.lemma_.lower() not in PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS")):
                continue
            count = [tok] if they else [c for c in tok.children if c.lower_ in ("two", "both") and c.i < tok.i]
            if not count:
                continue
            parties: list[ActorMention] = []
            for m in sorted(index.mentions, key=lambda m: -m.start):
                if m.end > count[0].i or not m.code or m.kind == "place":
                    continue
                root = m.antecedent if m.antecedent is not None and m.antecedent.code else m
                # "talks between the Indonesian government and Aceh rebels ... the two sides": parties of one
                # country conjoined with each other are two sides too
                if all(root.code[:3] != p.code[:3] or root.code != p.code and self._conjoined(sdoc, m, p)
                       for p in parties):
                    parties.append(root)
                if len(parties) == 2:
                    break
            if len(parties) < 2:
                continue
            first, second = parties[1], parties[0]  # in the order the text named them
            start = min(count[0].i, tok.i)
            index.mentions = [m for m in index.mentions if not (start <= m.head <= tok.i)]
            for i in range(start, tok.i + 1):
                index.by_token.pop(i, None)
            pair = first.refer(start, tok.i + 1, tok.i, "pronoun")
            pair.also.append(second.refer(start, tok.i + 1, tok.i, "pronoun"))
            index.add(pair)

    @staticmethod
    def _conjoined(sdoc, a: ActorMention, b: ActorMention) -> bool:
        """Two mentions joined by "and" (the parser may hang the first on the second: "between the Indonesian
        government and Aceh rebels")."""
        ha, hb = sdoc[a.head], sdoc[b.head]
        if any(c.i == hb.i for c in ha.conjuncts):
            return True
        return any(x.head.i == y.i and x.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in x.children)
                   for x, y in ((ha, hb), (hb, ha)))

    def _one_person(self, sdoc, m: ActorMention) -> bool:
        """A role mention that names one person ("Syria's interim president", "the king of Bahrain"), whom a later
        "he" or "she" can mean; its gender, where the noun tells it, is set on the mention."""
        if m.kind != "role" or not (m.code or m.role):  # its country may come later from the context
            return False
        head = sdoc[m.head]
        if head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in self.person_nouns:
            return False
        if m.gender is None:
            m.gender = self.person_nouns[head.lemma_.lower()]
        return True

    def _things(self, sdoc, index: ActorIndex) -> None:
        """it/its/they/their/them -> the last actor (not a person) that was a subject, in the pronoun's sentence or
        the one before: "Russia said it would ...", "Iran and its allies". An "it" that is the subject of "be" is
        left alone ("It is a big boost")."""
        subjects = sorted((m for m in index.mentions if m.kind not in ("person", "pronoun") and (m.code or m.role)
                           and not m.unplaced and _counted(sdoc[m.head]).dep_ in ("nsubj", "nsubjpass")),
                          key=lambda m: m.start)
        if not subjects:
            return
        for tok in sdoc:
            cur = index.at(tok.i)
            if tok.lower_ not in THING_PRONOUNS or tok.pos_ != "PRON" or cur is not None and not (
                    tok.dep_ == "poss" and cur.head != tok.i and cur.code is None and cur.kind == "role"):
                continue  # (a role phrase it opens, "its troops", takes its country from the pronoun's antecedent)
            if tok.lower_ == "it" and (tok.dep_ == "expl" or tok.head.lemma_ == "be" and not any(
                    c.dep_ == "acomp" and any(k.dep_ == "xcomp" for k in c.children) for c in tok.head.children)):
                continue  # "It is a big boost"; but "it was ready to cooperate" is the actor's stance
            other = self._reason_owner(sdoc, tok, index)
            if other is not None:
                index.add((other.antecedent or other).refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            window = sdoc[max(0, tok.sent.start - 1)].sent.start
            before = [m for m in subjects if window <= m.start and m.end <= tok.i]
            if tok.lower_ == "them":
                # "accused two Lithuanian citizens of espionage. It said its officers had detained them": an object
                # "them" refers to the last plural actor before it, a subject or not (not its own clause's subject)
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                own = {k.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree}
                plural = [m for m in index.mentions if m.kind in ("role", "org") and (m.code or m.role)
                          and not m.unplaced and sdoc[m.head].tag_ in ("NNS", "NNPS") and window <= m.start
                          and m.end <= tok.i and m.head not in own]
                if plural:
                    before = [max(plural, key=lambda m: m.start)]
            if not before:
                continue
            ante = before[-1]
            ref = ante.refer(tok.i, tok.i + 1, tok.i, "pronoun")
            if tok.lower_ in ("they", "them", "their"):
                # "Israel and Jordan said they would cooperate", "the ministers of Kenya and Tanzania said they":
                # a plural pronoun refers to each of the conjoined subjects
                ref.also.extend(a.refer(tok.i, tok.i + 1, tok.i, "pronoun") for a in ante.also if a.code)
                head = sdoc[ante.head]
                owners = [head] + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj"]
                for k in (k for o in owners for k in o.conjuncts if k.i > o.i):
                    other = index.at(k.i)
                    if other is not None and other.code and other.code != ante.code and other.kind != "place":
                        ref.also.append(other.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
            index.add(ref)

    @staticmethod
    def _plural_pronouns(sdoc, index: ActorIndex) -> None:
        """"The government and the rebels said they were ready": a plural pronoun whose antecedent is the first of
        conjoined actors stands for each of them (run once the actors have their countries)."""
        for m in list(index.mentions):
            ante = m.antecedent
            if m.kind != "pronoun" or ante is None or m.also or sdoc[m.head].lower_ not in ("they", "their", "them"):
                continue
            for c in sdoc[ante.head].conjuncts:
                other = index.at(c.i)
                if other is not None and other is not ante and other.code and other.code != ante.code \
                        and other.kind not in ("person", "pronoun", "place"):
                    m.also.append(other.refer(m.start, m.end, m.head, "pronoun"))

    @staticmethod
    def _reason_owner(sdoc, tok, index: ActorIndex) -> ActorMention | None:
        """"Norway halted arms exports to Turkey because of its offensive", "severed ties with Israel over its
        offensive": a possessive in the reason phrase of an act done to another names that other, not the actor
        (who does not punish itself for its own deeds). The other is the act's object, or the object of a
        preposition on the verb or its object, of another country than the subject."""
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.head.dep_ != "pobj" or any(
                c.lower_ == "own" for c in tok.head.children):
            return None  # "over its own security concerns" is the actor's
        prep = tok.head.head
        if prep.lower_ not in ("over", "because", "for") or prep.head.pos_ != "VERB" or prep.head.i == prep.i:
            return None
        verb = prep.head
        subjects = {(m.code or "")[:3] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    for m in [index.at(c.i)] if m is not None}
        if not subjects:
            return None
        found = None
        for m in index.mentions:
            if not m.code or m.kind in ("person", "pronoun") or not verb.i < m.start or m.end > prep.i:
                continue
            node = sdoc[m.head]
            path = []
            while node.i != verb.i and node.head.i != node.i:
                path.append(node.dep_)
                node = node.head
            if node.i == verb.i and path and path[-1] in ("dobj", "prep") and m.code[:3] not in subjects:
                found = m
        return found

    def to_mention(self, m: ActorMention, sdoc, doc: Document) -> Mention:
        span = sdoc[m.start:m.end]
        return Mention(span.text, m.code, m.name, span.start_char, span.end_char, doc.sentence_of(span.start_char),
                       m.territory, m.kind)

    def evidence(self, m: ActorMention, sdoc, doc: Document) -> Mention:
        """The mention to show as an event's or quote's actor: a pronoun or surname shows its full antecedent."""
        if m.kind in ("pronoun",) and m.antecedent is not None:
            mention = self.to_mention(m, sdoc, doc)
            mention.name = m.antecedent.name
            return mention
        return self.to_mention(m, sdoc, doc)

