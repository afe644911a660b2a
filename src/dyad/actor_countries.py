"""Countries for actors from the places and context of a sentence: literal places as their countries' mentions,
sites held by an armed force named by its adjective, and role-only actors given the country of a conjoined actor,
an earlier actor of the same role, the places their sentence names or the document's dominant country."""

from __future__ import annotations

from collections import Counter

from .actor_index import ActorIndex, ActorMention
from .actor_words import (
    ADDRESS_VERBS,
    AREA_NOUNS,
    ARMED_OPPONENTS,
    GIVING_VERBS,
    HOLDING_ROLES,
    PEACEKEEPERS,
    SENT_PEOPLE,
    SITE_PREPS,
    STATE_ROLES,
    TOWARD_PREPS,
    backed_at,
    led_at,
)
from .gazetteer import curated_towns, normalize
from .lexicon import word_list

# groups whose leaders, named by a pronoun for the group ("its leaders"), act as the group does
GROUP_LEADERS = {"OPP", "REB", "INS", "SEP", "LAB", "EDU", "HRI", "NGO", "REL", "MED", "BUS"}
# verbs and nouns of asking whose "from" names whom they ask ("demanded an apology from Tokyo")
ASKING_FROM = word_list("asking-from")
# one who speaks for a government ("a government spokesman"): of the government last named as acting (not
# arguments.SPOKESPERSONS, the nouns whose for-phrase names whom they speak for)
GOVERNMENT_SPOKESPERSONS = word_list("spokesperson")


class ActorCountries:
    """Places and context countries (mixed into ``dyad.actors.Actors``)."""

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
            if span is None or self._dateline(sdoc, span.start, span.end):
                continue  # ("PARIS (AFP) - ...": where the story was filed, no actor)
            cur = index.at(span.root.i)
            root = span.root
            # "the city of Goma" tagged as a person's name: a name that no person table knows, after a town noun,
            # is the place
            named_town = cur is not None and cur.kind == "person" and not cur.code and (
                root.dep_ == "pobj" and root.head.lower_ == "of"
                and root.head.head.lemma_.lower() in ("city", "town", "village")
                # a name the tagger took for a person's that the places stage read as a town, no person cue
                # around it ("dropped a chlorine cylinder on Douma")
                or cur.end - cur.start == 1 and (p.person_tagged or normalize(span.text) in curated_towns()))
            if cur is not None and cur.kind not in ("capital",) and not named_town:
                continue
            if cur is not None and root.dep_ == "pobj" and root.head.lower_ == "to" and \
                    root.head.head.lemma_.lower() in ADDRESS_VERBS:
                continue  # "appealed to Colombo", "wrote to Washington": the government addressed, not a destination
            if cur is not None and root.dep_ == "pobj" and root.head.lower_ == "from" and any(
                    w.lemma_.lower() in ASKING_FROM for w in (root.head.head, root.head.head.head)):
                continue  # "demanded an apology from Tokyo", "sought guarantees from Ankara": the government asked
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
        backers = backed_at(sdoc) | led_at(sdoc)
        for p in places:
            span = sdoc.char_span(p.start, p.end, alignment_mode="expand") if p.literal and p.country else None
            if span is not None and span.end in backers:
                continue  # "Tehran-backed militias ... in Iraq", "the US-led coalition": backer and leader are no scene
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

        def sentence_country(tok, any_aims: bool = False) -> str | None:
            sent = tok.sent
            aims = own_aims(tok)
            if any_aims:  # "Islamic State threatened to attack the United States": no place it is aimed at is its own
                aims |= {p.start for p, _ in aimed_at}
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

        def named_here(country: str, m) -> bool:
            """Whether the sentence of ``m`` names ``country`` itself, a place of it or one of its actors (a group
            active in many countries takes the story's country only so: "Iraqi officials said Islamic State
            fighters ...", not "... Islamic State attacked a convoy" in a story from Washington)."""
            sent = sdoc[m.head].sent
            return any(o is not m and sent.start <= o.head < sent.end and (o.country or (o.code or "")[:3]) == country
                       for o in index.mentions) or any(
                sent.start <= i < sent.end and (a.code or "")[:3] == country for i, a in index.modifiers.items()) or any(
                p.country == country and sent.start_char <= p.start < sent.end_char for p in places if p.literal)

        # peacekeepers no country owns, in a text that names the UN, are the UN's ("the Security Council demanded
        # that the rebels free the peacekeepers they hold")
        un = any((a.code or "") == "IGOUNO" for a in index.mentions)
        last_by_role: dict[str, str] = {}
        state_by_role: dict[str, str] = {}  # the same, of states only
        acting_state = None  # the country of the last state or government named (not guessed) as a clause's subject
        for m in sorted(index.mentions, key=lambda m: m.start):
            named = m.code is not None
            if m.code is None and m.role == "MIL" and un and m.kind == "role" and not m.unplaced and any(
                    t.lemma_.lower() in PEACEKEEPERS for t in sdoc[m.start:m.end]):
                m.code, m.role, m.country = "IGOUNO", None, None
                m.name = "United Nations peacekeepers"
                continue
            if m.code is None and m.role == "IGO" and m.kind == "role" and not m.unplaced:
                # "nuclear inspectors", "international monitors": a body of no one state, never of the scene's
                # country; in a text that names the UN, the UN's ("gave the United Nations an ultimatum, warning
                # that it would expel the inspectors")
                if un:
                    m.code, m.role, m.country = "IGOUNO", None, None
                    m.name = "United Nations " + sdoc[m.head].text
                continue
            if m.code is None and m.role and not m.unplaced:
                country = None
                for c in sdoc[m.head].children:  # "its forces", "their ambassador"
                    owner = index.at(c.i) if c.dep_ == "poss" else None
                    if owner is not None and owner.kind == "pronoun" and owner.country:
                        country = owner.country
                        if m.role == "GOV" and len(owner.code or "") == 6 and owner.code[3:6] in GROUP_LEADERS:
                            # "The opposition demanded ... Its leaders accused": a group's leaders are the group
                            m.role = owner.code[3:6]
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
                            other.role in STATE_ROLES and m.role in STATE_ROLES and c.i < m.head) or (
                            # "15 British sailors and marines": a bare noun after a role its nationality word
                            # opens shares that word
                            other.kind == "role" and c.i < m.head and m.start == m.head and not any(
                                k.dep_ in ("amod", "compound", "poss", "det", "nummod")
                                for k in sdoc[m.head].children))):
                        country = other.code[:3]
                        break
                head = sdoc[m.head]
                # beside another party ("the Sri Lankan government and Tamil rebels") the scene says little
                phrase = head
                while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
                    phrase = phrase.head
                paired = bool(phrase.conjuncts)
                # a body only a state has ("the junta") is not that of an international body's officials named
                # before it ("Ecowas leaders")
                earlier = state_by_role if self._state_body(sdoc, m) else last_by_role
                if country is None and not paired and head.lemma_.lower() in self.held_sites:
                    # "the garrison": a force named by the place it holds is of the country of the scene, not of
                    # the last force named ("Russian forces captured the town ... the garrison had pulled back")
                    country = sentence_country(head)
                named = country is not None  # by its own phrase or the scene, not by an actor named before
                if country is None and m.role == "GOV" and acting_state and not paired and any(
                        t.lemma_.lower() in GOVERNMENT_SPOKESPERSONS for t in sdoc[m.start:m.end]):
                    # "Myanmar thanked the United States ... A government spokesman, Aung Kyaw Min, said": a
                    # spokesman no country owns speaks for the scene's government or the last named as acting
                    country = sentence_country(head) or acting_state
                country = country or earlier.get(m.role)
                if country is None and not paired:
                    country = sentence_country(head, m.transnational)
                    named = country is not None
                if country is None and m.role in STATE_ROLES:
                    # "FARC rebels set off a car bomb outside a police station": the police or army that a
                    # country's rebels fight in the sentence are of that country
                    armed = {a.code[:3] for a in index.mentions if a.code and a.code[3:6] in ARMED_OPPONENTS
                             and len(a.code) == 6 and a.code[:3].isalpha() and a.code[:3] != "IGO"
                             and head.sent.start <= a.head < head.sent.end}
                    country = armed.pop() if len(armed) == 1 else None
                if country is None and dominant and (not m.transnational or named_here(dominant, m)) and not any(
                        p.country == dominant and (m.transnational or p.start in own_aims(head)) for p, _ in aimed_at):
                    country = dominant  # not the country the act is aimed at: "Lawmaker urges retaliation on Russia"
                if country:
                    m.code, m.country = country + m.role, country
                    if m.kind == "role":
                        m.name = self._display(m, None)
                elif m.transnational:
                    # a group active in many countries, no place named with it: the group itself, by its role
                    # alone as the organizations table codes it (not the country the story is from)
                    m.code = m.role
            code = m.code or ""
            if named and code[:3].isalpha() and code[:3] != "IGO" and (len(code) == 3 or code[3:6] == "GOV") \
                    and sdoc[m.head].dep_ in ("nsubj", "nsubjpass"):
                acting_state = code[:3]
            if m.code and m.role and m.country:
                last_by_role[m.role] = m.country
                if m.country != "IGO":
                    state_by_role[m.role] = m.country

    def _state_body(self, sdoc, m) -> bool:
        """A role phrase whose head names a body only a state has (``state_offices.tsv``): "the ruling junta"."""
        return m.kind == "role" and sdoc[m.head].lemma_.lower() in self.state_bodies

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
