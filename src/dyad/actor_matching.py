"""Finding actor mentions in a parsed sentence: dictionary names (longest match, valid on the document's date) and
role phrases (matched on lemmas) in the token stream, and the bounds of the phrases they stand in (head, left edge,
modifiers)."""

from __future__ import annotations

from .actor_tables import Entry
from .actor_words import (
    DATELINE_DASHES,
    LEFT_DEPS,
    MODIFIER_DEPS,
    NAMED_OWNER,
    NEGATING_PREFIXES,
    PLURAL_ONLY,
    PLURAL_OR_MODIFIED,
)
from .lexicon import data_path, read_tsv, word_list

COMPASS_NAMES = word_list("compass-name")
LED_FORCES = word_list("led-force")
# "the South" in a text about the Koreas: word -> (states one of which the text names, the state it stands for)
SHORT_STATE_NAMES = {r["word"].strip().lower(): (frozenset(r["context"].split("|")), r["code"].strip())
                     for _, r in read_tsv(data_path("short_state_names.tsv"))}


class ActorMatching:
    """Name and role matching over a parse (mixed into ``dyad.actors.Actors``)."""

    def _other_state_named(self, sdoc, start: int, end: int, code: str, lowers, date: str | None) -> Entry | None:
        """The first country or territory other than ``code`` that the sentence of tokens start..end names by its
        name ("Kosovo", "Ukraine"), not by an adjective, if any."""
        sent = sdoc[start].sent
        for j in range(sent.start, sent.end):
            if start <= j < end or not sdoc[j].text[:1].isupper():
                continue
            for n in range(min(self.max_n, sent.end - j), 0, -1):
                for e in self.names.get(tuple(lowers[j:j + n])) or ():
                    if e.valid_on(date) and e.kind in ("country", "territory") and e.code[:3] != code[:3]:
                        return e
        return None

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
                if hit[1].kind == "adjective" and i >= 1 and sdoc[i - 1].lower_ == "ethnic" \
                        and sdoc[hit[0] - 1].dep_ not in ("amod", "compound"):
                    home = self._other_state_named(sdoc, i, hit[0], hit[1].code, lowers, date)
                    if home is not None:
                        # "ethnic Albanians in Kosovo", "ethnic Russians in eastern Ukraine": a people living in
                        # the other state their sentence names, not citizens of the state of that name
                        hit = (hit[0], Entry(home.code, home.name, "adjective", home.territory, home.since,
                                             home.until))
                if i >= 1 and sdoc[i - 1].text in ("South", "Central", "Latin", "North") \
                        and lowers[i] in ("america", "american", "americans"):
                    # "South American leaders", "Latin America": a continent's name, not the United States
                    i = hit[0]
                    continue
                if hit[1].kind == "adjective" and i >= 1 and sdoc[i - 1].text[:1].isupper() \
                        and sdoc[i - 1].lower_ in self.lex.first_names and sdoc[i - 1].pos_ == "PROPN" \
                        and sdoc[i].dep_ not in ("amod",):
                    # "Mark Cuban", "Tom English": a surname spelt like a nationality, after a given name
                    i = hit[0]
                    continue
                if hit[1].kind == "org" and i >= 1 and sdoc[i - 1].text == "(" and hit[0] + 1 < n_tok \
                        and sdoc[hit[0]].text == ")" and sdoc[hit[0] + 1].text in DATELINE_DASHES:
                    # "NEW YORK (AFP) - ...": the agency credited in a dateline reports the story, it is no actor
                    i = hit[0]
                    continue
                if self._dateline(sdoc, i, hit[0]):
                    # "PARIS (AFP) - ...", "MOSCOW - ...": the place a story was filed from does not act in it
                    i = hit[0]
                    continue
                if hit[1].kind == "org" and self._inside_role_phrase(sdoc, i, hit[0]):
                    # "Turkey's National Security Council": a national body whose name holds an organization's
                    # shorter name ("Security Council") is the role phrase of roles.tsv, not that organization
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
        self._elided_names(sdoc, date, lowers, found)
        self._short_state_names(sdoc, lowers, found)
        return found

    def _short_state_names(self, sdoc, lowers, found: dict[int, tuple[int, Entry]]) -> None:
        """"the South", "the North" in a text that names one of the Koreas: the state the compass word stands for
        (``short_state_names.tsv``), where it opens no longer name ("the North Atlantic") and is no place's part."""
        named = {e.code[:3] for _, e in found.values() if e.kind in ("country", "adjective", "capital")}
        for i, tok in enumerate(sdoc):
            row = SHORT_STATE_NAMES.get(lowers[i])
            if row is None or i in found or i == 0 or lowers[i - 1] != "the" or not tok.text[:1].isupper() \
                    or not named & row[0] or tok.dep_ in ("compound", "amod", "nmod") \
                    or (i + 1 < len(sdoc) and sdoc[i + 1].text[:1].isupper() and sdoc[i + 1].is_alpha):
                continue
            found[i] = (i + 1, Entry(row[1], self.country_name.get(row[1], row[1]), "country"))

    def _elided_names(self, sdoc, date: str | None, lowers, found: dict[int, tuple[int, Entry]]) -> None:
        """"North and South Korea", "East and West German troops": a compass word before "and" and a name that
        opens with another shares that name's rest, and names the state it makes with it."""
        for s, (e, entry) in list(found.items()):
            if e - s < 2 or s < 2 or lowers[s] not in COMPASS_NAMES or lowers[s - 1] not in ("and", "or") \
                    or lowers[s - 2] not in COMPASS_NAMES or not sdoc[s - 2].text[:1].isupper() \
                    or any(j in found for j in (s - 2, s - 1)) or any(s - 2 < j < e for j, (k, _) in found.items()
                                                                        if j < s - 2 and k > s - 2):
                continue
            valid = [x for x in self.names.get((lowers[s - 2], *lowers[s + 1:e])) or () if x.valid_on(date)
                     and x.kind == entry.kind]
            if valid and self._prefer(valid).code[:3] != entry.code[:3]:
                found[s - 2] = (s - 1, self._prefer(valid))
                first, head = sdoc[s - 2], sdoc[e - 1]
                if first.head.i == head.i and first.dep_ in ("nmod", "compound", "amod") and \
                        sdoc[s].head.i == first.i and head.dep_ != "ROOT" and head.head.i != head.i:
                    # the parser hangs the first word on the shared noun ("North" on "Korea") and the second on
                    # the first: the two states are conjuncts, as in "North Korea and South Korea"
                    first.head, first.dep_ = head.head, head.dep_
                    head.head, head.dep_ = first, "conj"
                    sdoc[s].head, sdoc[s].dep_ = head, "compound"

    def _inside_role_phrase(self, sdoc, s: int, e: int) -> bool:
        """Tokens s..e (an organization's name) end a role phrase of roles.tsv that opens with one or two
        capitalised words just before them ("National Security Council", "Supreme National Security Council")."""
        for k in (1, 2):
            if s - k < 0 or not all(sdoc[j].text[:1].isupper() for j in range(s - k, s)):
                return False
            if tuple(self._lemma(sdoc[j]) for j in range(s - k, e)) in self.roles:
                return True
        return False

    @staticmethod
    def _dateline(sdoc, s: int, e: int) -> bool:
        """Tokens s..e open a sentence as its dateline: a place, an optional agency in brackets, then a dash
        ("PARIS (AFP) - ", "New York (AFP) – ", "MOSCOW — ")."""
        if not (s == 0 or sdoc[s].is_sent_start or "\n" in sdoc[s - 1].text):
            return False
        n = len(sdoc)
        if e + 3 < n and sdoc[e].text == "(" and sdoc[e + 2].text == ")" and sdoc[e + 3].text in DATELINE_DASHES:
            return True
        return e < n and sdoc[e].text in DATELINE_DASHES and sdoc[s:e].text.isupper()

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
                    lemmas[i] == "family" and any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "compound"
                                                  and c.pos_ == "PROPN" for c in sdoc[i].children)
                    or any(c.dep_ == "amod" and c.i < i and c.text[:1].isupper() and c.i != c.sent.start
                           for c in sdoc[i].children)):
                # "a woman said" is no actor; "dozens of women", "the family of a toddler", "the Khan family" are
                # civilians, and so is one named by a nationality ("a Palestinian man stabbed ...")
                hit = None
            if hit and hit[0] - i == 1 and lemmas[i] in PLURAL_OR_MODIFIED and sdoc[i].tag_ != "NNS" \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in sdoc[i].children):
                hit = None  # "use of force", "the authority to", "a party to the conflict"
            if hit and hit[0] - i == 1 and lemmas[i] in NAMED_OWNER and not any(
                    c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
                    for c in sdoc[i].children):
                hit = None
            if hit is None and lemmas[i] in LED_FORCES and self._state_led_subject(sdoc[i]):
                hit = (i + 1, "MIL")  # "the Saudi-led coalition bombed ...": the leading state's forces
            if hit and sdoc[hit[0] - 1].dep_ == "oprd":
                hit = None  # "if elected president", "named him prime minister": an office, not one who holds it
            if hit:
                prev = next((k for k, (end, _) in found.items() if end == i and sdoc[k].pos_ == "PROPN"), None)
                if prev is not None and found[prev][1] == hit[1] == "LEG" and sdoc[i].pos_ == "PROPN":
                    # "the Senate Foreign Relations Committee": a chamber's named committee is one body
                    found[prev] = hit
                else:
                    found[i] = hit
                i = hit[0]
            else:
                i += 1
        return found

    def _state_led_subject(self, tok) -> bool:
        """A noun that acts (a subject, or the agent of a passive) and that a state's name hyphened to "led"
        qualifies ("the Saudi-led coalition bombed", "struck by the US-led alliance"); a coalition joined or
        backed ("join the US-led naval coalition", "a Saudi-backed coalition") is no such force."""
        if not (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            return False
        for a in tok.children:
            if a.dep_ == "amod" and a.lemma_.lower() == "lead" and a.i < tok.i:
                for k in a.children:
                    if k.dep_ in ("npadvmod", "compound", "nmod", "amod") and k.i < a.i and any(
                            e.valid_on(None) and e.kind in ("country", "adjective")
                            for e in self.names.get((k.lower_,)) or ()):
                        return True
        return False

    def _state_office(self, sdoc, e: int) -> str | None:
        """The role of ``state_offices.tsv`` for the role phrase ending before token ``e`` ("chief executive"),
        which a state, territory or capital owns; None if the phrase is not listed."""
        for phrase, office in self.state_offices.items():
            if e >= len(phrase) and tuple(self._lemma(sdoc[j]) for j in range(e - len(phrase), e)) == phrase:
                return office
        return None

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
                    # "warplanes from the Saudi-led coalition": who leads the body they are from
                    out.extend(k for cc in c.children if cc.dep_ == "pobj" and c.lower_ in ("of", "from")
                               for a in cc.children if a.dep_ == "amod" and a.lemma_.lower() == "lead"
                               for k in a.children if k.dep_ in ("npadvmod", "compound") and k.i < a.i)
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
