"""The actors stage: finds who is named in a text and gives each a CAMEO actor code.

Reads the spaCy parse and the actor dictionaries (countries with their names, adjectives, capitals and seats of
government; role nouns; organizations; breakaway territories; office holders; first names). Fills
``Document.actors`` and leaves, in ``sdoc.user_data["dyad.actors"]``, the token-level mentions the events and quotes
stages read: countries and their metonyms ("the Kremlin", "Tbilisi"), role phrases composed with a country
("Russian houses of parliament" -> RUSLEG), persons by title and apposition ("Abkhaz President Sergei Bagapsh"),
later mentions of a person by surname, and pronouns resolved to the last person of matching gender.

The actor tables are loaded in ``actor_tables``; names and role phrases are matched in ``actor_matching``; persons
are found in ``actor_persons``; countries come from places and context in ``actor_countries``; pronouns and other
references are resolved in ``actor_references``; the word lists they share are in ``actor_words``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .actor_countries import ActorCountries
from .actor_index import ActorIndex, ActorMention
from .actor_matching import ActorMatching
from .actor_persons import ActorPersons
from .actor_references import ActorReferences
from .actor_tables import ActorTables, Entry
from .actor_words import (
    AREA_NOUNS,
    ARMED_OPPONENTS,
    COUNTRY_EVIDENCE,
    FOLLOWER_NOUNS,
    FOREIGN_WORDS,
    GENERIC_ROLES,
    KIN_NOUNS,
    NAME_KINDS_STANDALONE,
    NATIONAL_BODY_ROLES,
    NEEDS_OWNER,
    NEGATING_PREFIXES,
    NOUN_DEPS,
    OFFICIAL_ROLES,
    OUSTED,
    PEOPLE_FIGHTERS,
    PLAIN_OPENERS,
    SINGLE_DETERMINERS,
    SPECIFIC_ROLES,
    STATE_NOUNS,
    TRANSNATIONAL_CIVIL,
    backed_at,
)
from .document import Document, Mention
from .lexicon import word_list

# names of international bodies that states' own bodies share ("Security Council")
STATE_NAMESAKES = word_list("state-namesake")
# names that groups of several countries bear ("the National Liberation Army", "the TUC"): of the context's country
SHARED_ORG_NAMES = word_list("shared-name")
# role nouns that with a "to" phrase name a stance ("opposition to the war"), not who holds it
STANCE_ROLES = word_list("stance-role")
US_PARTIES = word_list("us-party")
CARRIERS = word_list("carrier")
CARRIED_ROLES = {"EDU", "REL"}  # institutions whose vehicles carry pupils or worshippers, civilians

__all__ = ["AREA_NOUNS", "ActorIndex", "ActorMention", "Actors", "Entry"]


class Actors(ActorTables, ActorMatching, ActorPersons, ActorCountries, ActorReferences):
    """Builds the name and role indexes once; called on each (document, parse) pair."""

    def __call__(self, doc: Document, sdoc) -> Document:
        index = self.find(sdoc, doc.date, doc.places)
        sdoc.user_data["dyad.actors"] = index
        doc.actors = [self.to_mention(m, sdoc, doc) for m in index.mentions if m.code]
        return doc

    def find(self, sdoc, date: str | None, places=None) -> ActorIndex:
        names = self._name_matches(sdoc, date)
        # "10 billion US dollars", "1.7 billion Canadian dollars": a state named in a sum of money names its
        # currency, not an actor
        names = {s: (e, entry) for s, (e, entry) in names.items()
                 if not (entry.kind in COUNTRY_EVIDENCE and all(t.ent_type_ == "MONEY" for t in sdoc[s:e]))}
        name_tok: dict[int, tuple[int, int, Entry]] = {}
        for s, (e, entry) in names.items():
            for i in range(s, e):
                name_tok[i] = (s, e, entry)
        roles = self._role_matches(sdoc, set(name_tok))
        role_tok: dict[int, tuple[int, int, str]] = {}
        for s, (e, role) in roles.items():
            for i in range(s, e):
                role_tok[i] = (s, e, role)

        # "Russian-backed separatists" are not Russia's, nor is the story
        backers = backed_at(sdoc)
        countries = Counter(entry.code[:3] for s, (e, entry) in names.items() if (
            entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital")) and e not in backers)
        # towns and regions the places stage found count too: "troops killed 30 militants in Maiduguri"
        name_starts = {sdoc[s].idx for s in names}
        countries.update(p.country for p in places or [] if p.literal and p.country and len(p.country) == 3
                         and p.start not in name_starts and p.feature not in ("country", "continent"))
        dominant = None
        if countries:
            top, n = countries.most_common(1)[0]
            if n * 2 >= sum(countries.values()):
                dominant = top

        for s, (e, entry) in list(names.items()):
            if entry.kind == "org" and len(entry.code) == 6 and entry.code[:3].isalpha() and entry.code[:3] != "IGO" \
                    and sdoc[s:e].text.lower() in SHARED_ORG_NAMES:
                owner = self._shared_name_owner(sdoc, s, e, name_tok, countries, places or [])
                if owner != entry.code[:3]:
                    names[s] = (e, replace(entry, code=owner + entry.code[3:]))
                    for i in range(s, e):
                        name_tok[i] = (s, e, names[s][1])

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
            if e - s == 1 and head.lemma_.lower() in STANCE_ROLES and any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
                continue  # "Opposition to the trade pact was at the heart of his campaign": a stance, not a party
            if head.dep_ == "compound" and head.head.i >= e and head.head.pos_ == "NOUN" \
                    and head.head.lemma_.lower() in self.compound_things and not any(
                        c.pos_ in ("VERB", "AUX") and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                        for c in head.head.children):
                # "Hungary's media law", "police files": a role noun naming what a thing is about; but "the cabinet
                # plans to impose ...", "plans" misread as a noun, is the cabinet acting
                continue
            country, territory, tname, mod_role = None, None, None, None
            state_owner = False  # a state, territory or capital, by name, owns the role ("Hong Kong's")
            extra_countries: list[str] = []
            extra_orgs: list[str] = []
            unknown_proper = False  # "Western officials", "Arab governments": a modifier naming no country we know
            civil_org = False  # a modifier names an international rights or aid group
            group_named = False  # a modifier names a group active in many countries ("Islamic State fighters")
            if sdoc[s].lower_ in FOREIGN_WORDS and role not in ("GOV",):
                unknown_proper = True  # "foreign fighters" (a role phrase of its own) come from elsewhere
            for t in self._modifiers(sdoc, head, s, e):
                if (name_tok[t.i][1] if t.i in name_tok else t.i + 1) in backers:
                    continue  # "Libya's UN-backed government": the backer owns no part of it
                if t.i not in name_tok and t.dep_ in ("amod", "compound") and t.text[:1].isupper() \
                        and t.pos_ in ("ADJ", "PROPN") and t.i < s and t.i not in role_tok \
                        and t.lower_ not in self.peoples and t.tag_ not in ("JJR", "JJS") \
                        and t.lower_ != "ethnic" and not (t.i > 0 and sdoc[t.i - 1].lower_ == "ethnic") \
                        and not (t.i >= 2 and sdoc[t.i - 1].text == "-"
                                 and sdoc[t.i - 2].lower_ in NEGATING_PREFIXES) \
                        and not (t.head.i != head.i and t.head.lemma_.lower() in STATE_NOUNS) \
                        and not (t.i == t.sent.start and t.lower_ in PLAIN_OPENERS) \
                        and not (t.ent_type_ == "PERSON" and head.lemma_.lower() in KIN_NOUNS):
                    # (nor is a person's name on a kin noun, "the Khan family": the family is named, not placed)
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
                    state_owner = state_owner or entry.kind in ("country", "territory", "capital", "seat")
                    if entry.kind in ("territory", "territory_adj"):
                        country, territory, tname = entry.code, entry.territory, entry.name
                    elif entry.kind == "org" and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") \
                            and t.i in place_country and role not in OFFICIAL_ROLES:
                        # "dairy farmers in Brussels": a seat of an organization, where civilians are, is the town
                        # of a country (officials and diplomats there still speak for the organization)
                        country = country or place_country[t.i]
                    elif entry.kind == "org" and entry.code in TRANSNATIONAL_CIVIL:
                        mod_role, civil_org = entry.code, True  # "Amnesty's secretary general" speaks for Amnesty
                    elif entry.kind == "org" and entry.code in self.role_labels:
                        mod_role = entry.code  # "Islamic State fighters": the group's role, its country from context
                        group_named = True
                    elif entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital", "org"):
                        if country and entry.kind in COUNTRY_EVIDENCE and entry.code[:3] != country[:3] and t.i < head.i \
                                and any(k.dep_ == "cc" for m in self._modifiers(sdoc, head, s, e) for k in m.children):
                            # "Australian and US Marines": the parser may leave the second modifier unconjoined (a
                            # place after the noun is where it is: "the Syrian government and rebel groups in Astana")
                            extra_countries.append(entry.code[:3])
                        country = country or entry.code[:3] if entry.kind != "org" else country or entry.code
                    used_as_modifier.update(range(ns, ne))
                elif t.i in place_country and t.i not in role_tok and not country:
                    country, state_owner = place_country[t.i], True
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
            if country and state_owner and head.tag_ == "NNS" and any(
                    t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == head.i
                    for t in self._modifiers(sdoc, head, s, e)):
                # "the foreign ministers of Brazil and Argentina": the parser may hang the second country on the
                # plural role noun instead of on the first; a bare country name there shares the role too
                for c in head.children:
                    if c.dep_ == "conj" and c.i in name_tok and name_tok[c.i][2].kind in COUNTRY_EVIDENCE \
                            and c.left_edge.i >= name_tok[c.i][0] - 1 and c.right_edge.i < name_tok[c.i][1]:
                        extra_countries.append(name_tok[c.i][2].code[:3])
                        used_as_modifier.update(range(name_tok[c.i][0], name_tok[c.i][1]))
            if not country and not mod_role and role == "LEG" and any(
                    t.lower_ in US_PARTIES and t.text[:1].isupper() and t.dep_ in ("amod", "compound")
                    and t.i < head.i and t.i not in name_tok
                    for t in (*self._modifiers(sdoc, head, s, e), *sdoc[s:head.i])):
                # "Republican senators", "a Democratic congresswoman": a US party's legislators are members of
                # Congress when nothing in the phrase places them elsewhere ("Democratic lawmakers in Seoul")
                country, unknown_proper = "USA", False
            role_final = mod_role or role
            if state_owner and not mod_role:
                # "Hong Kong's chief executive" heads its government; "Gazprom's chief executive" runs a company
                role_final = self._state_office(sdoc, e) or role_final
            if role_final in CARRIED_ROLES and head.dep_ == "compound" and head.head.i >= e \
                    and head.head.lemma_.lower() in CARRIERS:
                role_final = "CVL"  # "struck a school bus": the children it carried, not the school
            if role_final == "REF":
                # refugees keep the country they fled, wherever they are: "Rohingya refugees in Bangladesh"; a
                # nationality word before them still says which ("Afghan Hazara refugees")
                mods = self._modifiers(sdoc, head, s, e)
                home = next((self.people_homes[t.lower_] for t in mods if t.lower_ in self.people_homes), None)
                if home and not any(t.i < s and t.i in name_tok and name_tok[t.i][2].kind in COUNTRY_EVIDENCE
                                    for t in mods):
                    country = home
            if role_final == "INS" and head.lemma_.lower() in PEOPLE_FIGHTERS:
                # "Kurdish fighters", "Tuareg fighters": a people's own fighters are rebels ("Islamist fighters" and
                # fighters alone stay insurgents)
                armed = next((self.people_armed[t.lower_] for t in self._modifiers(sdoc, head, s, e)
                              if t.i < s and t.lower_ in self.people_armed), None)
                if armed:
                    role_final = armed
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
                             unplaced=unknown_proper and not country,
                             transnational=group_named and role_final == mod_role and not country)
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
            if code and territory is not None or code and any(
                    name_tok[t.i][2].kind in ("territory", "territory_adj") for t in sdoc[self._named_run(
                        sdoc, name_tok, s):s] if t.i in name_tok):
                self._conjoined_sides(sdoc, name_tok, s, m, role_final, used_as_modifier)
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
                if (entry.kind == "adjective" or len(entry.code) == 3) and e - s == 1 \
                        and last.dep_ in NOUN_DEPS and any(
                        c.dep_ == "det" and c.lower_ in SINGLE_DETERMINERS or c.dep_ == "nummod" and c.lower_ == "one"
                        for c in last.children) and last.tag_ not in ("NNS", "NNPS"):
                    # a demonym in the singular with an indefinite article names one person of that country, not
                    # the state: "stabbed an Israeli", "a Briton was kidnapped" (the tagger may read it as an
                    # adjective standing alone)
                    start = s - 1 if s > 0 and sdoc[s - 1].lower_ in SINGLE_DETERMINERS else s
                    index.add(ActorMention(start=start, end=e, head=last.i, code=entry.code[:3] + "CVL",
                                           name=entry.name, kind="role", role="CVL", country=entry.code[:3]))
                    continue
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
                                       role=entry.code, transnational=True))
                continue
            last = sdoc[e - 1]
            plural = last.tag_ in ("NNS", "NNPS") or (  # the tagger reads "Georgians" as a singular name too
                last.tag_ == "NNP" and last.text.endswith("s") and not last.text.endswith("ss")) or (
                # "thousands of Sudanese", "hundreds of Lebanese": a demonym of one form for both numbers, counted
                last.dep_ == "pobj" and last.head.lower_ == "of" and (last.head.head.like_num or (
                    last.head.head.lemma_.lower() in ("thousand", "hundred", "million", "dozen", "ten"))))
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
            else:
                code = self._state_namesake(sdoc, name_tok, entry, s, e) or code
            index.add(ActorMention(start=start, end=e, head=head.i, code=code, name=entry.name,
                                   kind=entry.kind, territory=entry.territory, country=code[:3]))

        persons = self._persons(sdoc, date, name_tok, role_tok, used_as_modifier, places or [])
        person_tokens = {i for p in persons for i in p.tokens()}
        for m in role_mentions:
            if m.head in person_tokens:
                continue  # the role is a person's title
            index.add(m)
        for p in persons:
            index.add(p)

        self._places(sdoc, index, places or [])
        self._held_sites(sdoc, index)
        self._state_nouns(sdoc, index)
        self._pronouns(sdoc, index)
        self._things(sdoc, index)
        self._fill_countries(sdoc, index, dominant, places or [])
        self._allegiance(sdoc, index)
        self._plural_pronouns(sdoc, index)
        self._pairs(sdoc, index)
        self._the_group(sdoc, index)
        self._counterparts(sdoc, index)
        for m in index.mentions:  # a pronoun whose antecedent got its country from the context gets it too
            if m.kind == "pronoun" and m.code is None and m.antecedent is not None and m.antecedent.code:
                m.code, m.country, m.name = m.antecedent.code, m.antecedent.country, m.antecedent.name
        index.mentions.sort(key=lambda m: m.start)
        return index

    def _shared_name_owner(self, sdoc, s, e, name_tok, countries: Counter, places) -> str:
        """The country of a group whose name other countries' groups bear too (``word_lists.tsv``, shared-name):
        the country named before it ("Nigeria's TUC"), else the one its sentence names most, else the story's
        most named; the row's own country where the context names it or names none ("the National Liberation Army
        attacked a police post near Tetovo" is Macedonia's, not Colombia's ELN)."""
        home = name_tok[s][2].code[:3]
        owner = next((name_tok[t.i][2].code[:3] for t in self._modifiers(sdoc, self._head_of(sdoc, s, e), s, e)
                      if t.i < s and t.dep_ in ("poss", "amod", "compound") and t.i in name_tok
                      and name_tok[t.i][2].kind in ("country", "adjective")), None)
        if owner:
            return owner
        sent = sdoc[s].sent
        here = Counter(entry.code[:3] for i, (ns, ne, entry) in name_tok.items() if i == ns and sent.start <= i < sent.end
                       and (entry.kind in COUNTRY_EVIDENCE or entry.kind in ("seat", "capital"))
                       and not (i > 0 and sdoc[i - 1].lower_ == "ethnic"))  # ("ethnic Albanian fighters")
        here.update(p.country for p in places if p.literal and p.country and len(p.country) == 3
                    and sent.start_char <= p.start < sent.end_char)
        for found in (here, countries):
            if found:
                return home if home in found else found.most_common(1)[0][0]
        return home

    @staticmethod
    def _named_run(sdoc, name_tok, s: int) -> int:
        """Where the run of names, "and"s, commas and determiners just before token ``s`` starts ("the Greek Cypriot
        and Turkish Cypriot | leaders")."""
        left = s
        while left > 0:
            t = sdoc[left - 1]
            if t.i in name_tok and name_tok[t.i][2].kind in COUNTRY_EVIDENCE or t.lower_ in ("and", ","):
                left -= 1
            else:
                break
        while left < s and sdoc[left].lower_ in ("and", ","):
            left += 1
        return left

    def _conjoined_sides(self, sdoc, name_tok, s: int, m: ActorMention, role: str, used: set[int]) -> None:
        """"Greek Cypriot and Turkish Cypriot leaders": names of a state and of a territory of it, joined by "and"
        before one role noun, are two actors (CYPGOV and CYPSEP); the first is the phrase's own code, the others go
        to ``m.also``. The parser may hang the second name on the first, so the run of names is read as written."""
        left = self._named_run(sdoc, name_tok, s)
        spans = sorted({name_tok[i][:2]: name_tok[i][2] for i in range(left, s) if i in name_tok}.items())
        if len(spans) < 2 or not any(sdoc[i].lower_ == "and" for i in range(spans[0][0][1], spans[-1][0][0])):
            return
        codes: list[tuple[str, str | None, str]] = []
        for (ns, ne), entry in spans:
            if entry.kind in ("territory", "territory_adj"):
                code = entry.code if len(entry.code) > 3 else entry.code + role
                codes.append((code, entry.territory, entry.name))
            else:
                codes.append((entry.code[:3] + role, None, ""))
        if len({c for c, _, _ in codes}) < 2:
            return
        first, rest = codes[0], codes[1:]
        m.start = min(m.start, left)
        m.code, m.territory, m.country = first[0], first[1], first[0][:3]
        m.role = first[0][3:6] or role
        m.name = self._display(m, first[1] and first[2])
        m.also = [o for o in m.also if o.code not in {c for c, _, _ in codes}]
        for code, terr, tname in rest:
            if code == m.code:
                continue
            o = ActorMention(m.start, m.end, m.head, code, "", "role", territory=terr, role=code[3:6] or role,
                             country=code[:3])
            o.name = self._display(o, terr and tname)
            m.also.append(o)
        for (ns, ne), _ in spans:
            used.update(range(ns, ne))

    def _state_namesake(self, sdoc, name_tok, entry, s: int, e: int) -> str | None:
        """"Russia's Security Council", "the Ukrainian Security Council": a state's own body of the name an
        international body bears (``STATE_NAMESAKES``) is that state's government; None where the name is no such
        body's or no state's name or adjective stands before it (the UN's Council)."""
        if entry.kind != "org" or not entry.code.startswith("IGO") or \
                " ".join(t.lower_ for t in sdoc[s:e]) not in STATE_NAMESAKES:
            return None
        j = s - 1 if s > 0 and sdoc[s - 1].tag_ != "POS" else s - 2  # "Russia's", "the Russian"
        if j < 0 or j not in name_tok or name_tok[j][2].kind not in ("country", "adjective"):
            return None
        return name_tok[j][2].code[:3] + "GOV"

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
