"""Persons: the named entities and persons-file names in a sentence with the code their title gives ("Russian
Foreign Minister X", "X, the Abkhaz leader") or the persons file gives for the date, their gender (given name,
title), and later mentions of them by surname."""

from __future__ import annotations

from .actor_index import ActorMention
from .actor_words import (
    COUNTRY_EVIDENCE,
    DEPOSED,
    GENERIC_ROLES,
    HONORIFIC_GENDER,
    KIN_NOUNS,
    SPECIFIC_ROLES,
    TITLE_GENDER,
)

# prepositions whose year dates an act ("in 2008", "during 1998")
YEAR_PREPS = ("in", "during")


class ActorPersons:
    """Person mentions (mixed into ``dyad.actors.Actors``)."""

    def _persons(self, sdoc, date, name_tok, role_tok, used_as_modifier, places=()) -> list[ActorMention]:
        """Persons: named entities with their titles, then later mentions by surname."""
        out: list[ActorMention] = []
        known: dict[str, ActorMention] = {}  # surname or full name -> first full mention
        by_surname: dict[str, list[ActorMention]] = {}  # surname -> full mentions in order
        # ("Vladimir Putin's attack": the recogniser may take the possessive ending into the name)
        spans = [(ent.start, ent.end - 1 if ent.end - ent.start > 1 and sdoc[ent.end - 1].tag_ == "POS" else ent.end)
                 for ent in sdoc.ents if ent.label_ == "PERSON"]
        # "Tehran dismissed Obama": a one-word name of the persons file that the tagger took for a place's or a
        # group's, and that the places stage did not read as a place, is the person
        place_starts = {p.start for p in places}
        # ("Giorgia Meloni" taken for an organization's name: the persons file's full name is the person)
        spans += [(ent.start, ent.end) for ent in sdoc.ents
                  if ent.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC") and all(t.pos_ == "PROPN" for t in ent)
                  and not any(i in name_tok for i in range(ent.start, ent.end)) and ent.start_char not in place_starts
                  and tuple(t.lower_ for t in ent) in self.persons]
        # "Modi met Biden", "Trump accused China": a one-word name of the persons file standing alone, which the
        # recogniser left unmarked or took for a common noun's entity at the head of the sentence, is the person
        # (an organisation's only: a people's word, "a Turk", is no person's surname)
        ent_one = {ent.start for ent in sdoc.ents if len(ent) == 1 and ent.label_ == "ORG"}
        spans += [(t.i, t.i + 1) for t in sdoc
                  if (t.pos_ == "PROPN" and not t.ent_type_ or t.i in ent_one and t.pos_ == "NOUN" and t.is_title)
                  and t.i not in name_tok and t.idx not in place_starts and (t.lower_,) in self.persons
                  and not any(0 <= j < len(sdoc) and sdoc[j].pos_ == "PROPN" for j in (t.i - 1, t.i + 1))]
        for (s, e), entry in {(s, e): entry for s, e, entry in name_tok.values()}.items():
            if entry.kind == "person":
                spans.append((s, e))
        # a capitalised surname already seen, which the entity recogniser did not mark
        seen_spans = {i for s, e in spans for i in range(s, e)}
        trimmed = set()
        for s, e in spans:
            # "Dutch King Willem-Alexander", "Thai King Vajiralongkorn": the recogniser may take a nationality and
            # a title into the person's name; they are the title, read as for a title outside the name
            # (a role word that is no person's title, "Marine Le Pen", stays a name)
            while s < e - 1 and sdoc[e - 1].pos_ == "PROPN" and (
                    s in role_tok and sdoc[role_tok[s][1] - 1].lemma_.lower() in self.person_nouns
                    or s in name_tok and name_tok[s][2].kind in COUNTRY_EVIDENCE):
                s = max(s + 1, role_tok[s][1] if s in role_tok else name_tok[s][1])
            if s < e:
                trimmed.add((s, e))
        spans = list(trimmed)
        for s, e in sorted(set(spans)):
            if all(i in name_tok and name_tok[i][2].kind != "person" for i in range(s, e)):
                continue  # the whole span is a country, capital or organization name
            first = next((i for i in range(s, e) if sdoc[i].text[:1].isupper()), None)
            if first is None:
                continue
            full = sdoc[first:e].text.strip()
            words = full.split()
            head = self._head_of(sdoc, s, e)
            honorific = self._honorific_gender(sdoc, first, words)
            prev = known.get(full) or known.get(words[-1])
            if honorific and len(words) == 1:
                # "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton": the earliest full name of the
                # honorific's gender, none of the other gender
                prev = next((m for m in by_surname.get(words[-1], []) if m.gender == honorific),
                            prev if prev is not None and prev.gender in (None, honorific) else None)
            # "In 2008, Obama visited Iraq": an act the sentence dates to an earlier year than the story's is read
            # against the offices held that year
            when = _act_date(head, date)
            if prev is not None and len(words) == 1:
                out.append(prev.refer(s, e, head.i, "person"))
                named = (prev.person or "").split()
                if when != date and self.persons.get(tuple(w.lower() for w in named)):
                    then = out[-1]
                    then.code, then.role, then.country = self._known_person(named, when, None, None)
                continue
            code, territory, role, country, left = self._title(sdoc, head, s, e, name_tok, role_tok, used_as_modifier)
            titled = [sdoc[first - 1].text, *words] if first > 0 and sdoc[first - 1].head.i == head.i and \
                sdoc[first - 1].dep_ == "compound" else None
            if titled and when and any(x.valid_on(when) for x in self.persons.get(tuple(w.lower() for w in titled), [])):
                # "Pope Francis", the title outside the name the recogniser found: the persons file lists the
                # whole, with the office held that day
                code, role, country = self._known_person(titled, when, None, None)
                full, words, left = " ".join(titled), titled, min(left, first - 1)
            elif code is None or country is None:
                code, role, country = self._known_person(words, when, code, role,
                                                         honorific if len(words) == 1 else None)
            elif role is None and territory is None and when:
                # "Turkey's Erdogan", "Kenya's Ruto": a country with no title is the person's own; the persons file
                # tells the office held that day, where it is in that country
                held = [x for x in self.persons.get(tuple(w.lower() for w in words), [])
                        if x.valid_on(when) and x.code[:3] == country]
                if held:
                    code, role = held[0].code, held[0].code[3:6] or None
            gender = self._gender(sdoc, s, words)
            m = ActorMention(min(left, s), e, head.i, code, full, "person", territory, full, gender,
                             role=role, country=country)
            out.append(m)
            known.setdefault(full, m)
            if len(words) > 1:
                by_surname.setdefault(words[-1], []).append(m)
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

    def _honorific_gender(self, sdoc, first, words) -> str | None:
        """The gender of an honorific ("Mr.", "Mrs.", "Ms.") just before a name or opening it."""
        title = words[0] if len(words) > 1 else (sdoc[first - 1].text if first > 0 else "")
        return HONORIFIC_GENDER.get(title.lower().rstrip("."))

    def _known_person(self, words, date, code, role, gender=None):
        """A person in the persons file: with a date, the office held that day; without one, only the country,
        where every office listed for the person is in one country (no date, no date-dependent reading). A gender
        (of an honorific: "Mr. Clinton") keeps only entries whose given name is of that gender."""
        entries = self.persons.get(tuple(w.lower() for w in words), [])
        if gender:
            entries = [x for x in entries if self.lex.first_names.get(x.name.split()[0].lower()) in (None, gender)]
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
        role_end = None  # the end of the title's role phrase, for a state's office ("Hong Kong chief executive")
        state_owner = False
        former = False
        left = s
        seen = set()
        shadow: set[int] = set()  # the phrase of whom a person is kin to
        kin = False
        stack = list(cands)
        while stack:
            t = stack.pop()
            if t.i in seen or t.i in range(s, e):
                continue
            seen.add(t.i)
            if t.dep_ == "amod" and t.lower_ in ("former", "ex", *DEPOSED) and t.head.i in role_tok:
                former = True  # "Former Finnish president Martti Ahtisaari": a former office holder; so is "the
                # ousted president, Mohamed Bazoum", named as the one who held the office
            if t.i in name_tok:
                ns, ne, entry = name_tok[t.i]
                state_owner = state_owner or entry.kind in ("country", "territory", "capital", "seat")
                if entry.kind in ("territory", "territory_adj"):
                    country, territory = entry.code, entry.territory
                elif entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital"):
                    country = country or entry.code[:3]
                elif entry.kind == "org" and not country:
                    # ("deputy head of Russia's Security Council": the state's own council)
                    country = self._state_namesake(sdoc, name_tok, entry, ns, ne) or entry.code
                used_as_modifier.update(range(ns, ne))
                if t.i < s:
                    left = min(left, ns)
            elif t.i in role_tok and t.i not in shadow:
                rs, re_, r = role_tok[t.i]
                if role is None or (r in SPECIFIC_ROLES and role in GENERIC_ROLES):
                    role, role_end = r, re_
                if t.i < s:
                    left = min(left, rs)
            if t.dep_ != "appos" or t.i != head.head.i:
                # the title's own modifiers first ("the Italian prime minister, in Tunis": Italian, not the place a
                # prepositional phrase names)
                kids = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod", "poss", "prep", "pobj")]
                stack.extend(sorted(kids, key=lambda c: c.dep_ not in ("prep", "pobj")))
            if t.lemma_.lower() in KIN_NOUNS and t.dep_ == "appos":
                # "Khizr Khan, the father of a slain U.S. soldier": one's kin is a civilian of the kin's country,
                # whatever the role of whom they are kin to
                kin = True
                shadow.update(k.i for c in t.children if c.dep_ == "prep" for k in c.subtree)
        if state_owner and role_end is not None:
            role = self._state_office(sdoc, role_end) or role  # "Hong Kong chief executive Carrie Lam" is GOV
        if former and role in ("GOV", "LEG", "JUD"):
            role = "ELI"
        if kin and role is None:
            role = "CVL"
        if territory:
            # a breakaway territory's code carries its role (GEOSEP); one coded as its state's takes the title's
            # role as a country does ("Taiwanese leader X" is TWNGOV, "Abkhaz leader X" GEOSEP)
            code = country if len(country) > 3 else country + (role or "")
            if role == "ELI" and former:
                # "former Bosnian Serb leader X": one who held a breakaway territory's office is the host
                # country's former office holder, as a state's is
                code = country[:3] + role
            return code, territory, role, country[:3], left
        if country and len(country) > 3:
            return country, None, role, country[:3], left
        if country:
            return country + (role or ""), None, role, country, left
        if role:
            return None, None, role, None, left  # country filled later from context
        return None, None, None, None, left


def _act_date(head, date: str | None) -> str | None:
    """The day to read a person's offices on: ``date`` (the story's), unless the act the person ``head`` takes part
    in is dated by a bare year before the story's ("In 2008, Obama visited Iraq", "Obama in 2008 promised",
    "Putin signed the law in 1998", "back in 2005"): then the middle of that year. Only a year hung on the person's
    own verb, or on the person where the person is its subject, counts ("Obama criticized the 2008 decision" is
    dated by the story)."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return date
    verb, t = None, head
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            verb = t
            break
        if t.head.i == t.i or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "appos", "conj",
                                             "compound", "poss", "dative", "agent"):
            break
        t = t.head
    holders = [verb] if verb is not None else []
    if head.dep_ in ("nsubj", "nsubjpass"):
        holders.append(head)
    for h in holders:
        preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ in YEAR_PREPS]
        preps += [p for c in h.children if c.dep_ == "advmod" and c.lower_ == "back"
                  for p in c.children if p.dep_ == "prep" and p.lower_ in YEAR_PREPS]
        for p in preps:
            for y in p.children:
                if y.dep_ == "pobj" and len(y.text) == 4 and y.text.isdigit() and not list(y.children) \
                        and 1900 <= int(y.text) < int(date[:4]):
                    return f"{y.text}-07-01"
    return date
