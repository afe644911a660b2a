"""The argument choice of the events stage: which actors are the sources and targets of a coded verb.

``dyad.arguments`` reads a verb's sources and targets off the parse by its pattern's slots; the rules here settle
them by what the act is: whom a handover, an investigation, a denial or a visit is aimed at, sides turned by an
inverse or mutual pattern, the victims a state's forces act on and the country they belong to, a state's own forces
withdrawing, the mediators and parties of a brokered deal, the target a purpose or a condition names.
Mixed into ``dyad.events.Events``.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from .actors import AREA_NOUNS, ActorMention
from .arguments import DEATH_NOUNS, MUTUAL
from .document import Event
from .event_words import (
    ALLEGATION_NOUNS,
    CRAFT_NOUNS,
    DEFINITE_DETS,
    DOMESTIC_ROLES,
    EXERCISE_NOUNS,
    HOLD_NOUNS,
    INSURGENT_ROLES,
    LITERAL_ROOTS,
    LITERAL_VERBS,
    MEETING_NOUNS,
    MUTUAL_ROOTS,
    NAMED_ACTS,
    NAMING_VERBS,
    PROPERTY_NOUNS,
    REPRESSION_ROOTS,
    SENDING_VERBS,
    SETTLED_DEALS,
    STATE_ARMS,
    WHEN_PREPS,
    _implied,
    _verbal,
)
from .lexicon import word_list
from .moods import to_infinitive
from .senses import doubled

# the kinds of actor mention that name a country by its land: "in Eritrea", "in the Sudanese city of ...", "in the
# Darfur town of ..."
LAND_KINDS = ("place", "country", "capital", "territory", "modifier", "adjective")
# verbs of driving a crowd off: "fired tear gas to disperse them" names whom the force was used on
DISPERSING = word_list("dispersing")
# the codes of the verb table's rows of "investigate" whose nouns are wrongs against people at large: abuses (092) and
# war crimes (094); an inquiry into them from abroad is aimed at the country where they took place
WRONGS_CODES = frozenset({"092", "094"})


def _verdict_clauses(v) -> list:
    """(adjective, subject) of each verbless clause the parser may read on ``v`` where the object and its predicate
    adjective stand ("found the businessman guilty": "guilty" a clausal complement, "businessman" its subject)."""
    return [(c, k) for c in v.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
            and not any(k.pos_ in ("AUX", "VERB") or k.dep_ == "mark" for k in c.children)
            for k in c.children if k.dep_ == "nsubj" and k.i < c.i and k.pos_ in ("NOUN", "PROPN")]


def _compound_lemma(n) -> str:
    """The noun's lemma with its compound modifiers before it ("war crime" of "war crimes")."""
    return " ".join([k.lemma_.lower() for k in n.children if k.dep_ == "compound"] + [n.lemma_.lower()])


class EventArguments:
    """The argument choice of the events stage (mixed into ``dyad.events.Events``)."""

    @functools.cached_property
    def _wrongs(self) -> frozenset[str]:
        """The nouns of the wrongs of WRONGS_CODES, read once from the lexicon's rows of "investigate"."""
        return frozenset(w for p in self.lex.verbs.get("investigate", ()) if p.code in WRONGS_CODES for w in p.noun)

    @functools.cached_property
    def _inquired_wrongs(self) -> frozenset[str]:
        """The nouns of the wrongs an inquiry looks into by name ("war crimes", "abuses"): those of the lexicon's
        rows of "investigate" with a specific inquiry code (09x but 090), read once."""
        return frozenset(w for p in self.lex.verbs.get("investigate", ()) if p.code.startswith("09")
                         and p.code != "090" for w in p.noun)

    def _counted_crowd(self, v, pat, srcs, index) -> ActorMention | None:
        """The people a protest verb's bare count of a subject stands for ("tens of thousands marched against the
        president", "thousands rallied in Paris"): of the country most of the sentence's actors belong to; None
        where the subject names anyone, or is no bare count."""
        if srcs or pat.code[:2] != "14":
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ("thousand", "hundred", "million", "dozen") or any(
                c.dep_ == "prep" for c in subj.children):
            return None
        implied = self._implied_protesters(subj, index)
        if implied is None:
            return None
        country, role = implied
        return ActorMention(subj.i, subj.i + 1, subj.i, country + role,
                            self.actors.country_name.get(country, country) + " civilians", "implied")

    def _verb_targets(self, v, pat, named, srcs, index, sdoc) -> list | None:
        """The targets of a verb's act under its pattern; None where the act is not coded at all."""
        if pat.code[:2] == "03" and not pat.noun and not any(
                c.dep_ in ("dobj", "dative", "xcomp") for c in v.children) and any(
                c.dep_ == "ccomp" and c.lemma_.lower() == "be" and not any(
                    k.tag_ == "VB" or k.dep_ == "xcomp" for k in c.subtree if k.i != c.i) for c in v.children):
            return None  # "pledged that the governor really is in favour of free trade": vouches for a view, no act
        tgts = self.args.targets(v, pat, index)
        if not tgts and pat.xcomp == "negated" and not pat.noun:
            # "declined on Tuesday to allow Germany to re-export ...": the parser may read a refusal's complement
            # as an adverbial clause; the refused act's first actor is the target, as for a complement
            for c in v.children:
                if c.dep_ == "advcl" and to_infinitive(c) and not any(k.dep_ == "mark" for k in c.children):
                    tgts = [a for a in self.args.nearest_actor(c, index) if a.code]
                    break
        if pat.code[:2] == "07" and v.lemma_.lower() in SENDING_VERBS and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            # "asked Rwanda to send soldiers", "send peacekeepers": the forces sent are what is given, not to whom
            # (but "supplied the Syrian army with jets" gives to the forces it names)
            tgts = [t for t in tgts if t is MUTUAL or not ((t.code or "")[3:6] in ("MIL", "COP") and
                                                           sdoc[t.head].dep_ == "dobj" and sdoc[t.head].head.i == v.i)]
        if pat.code[:2] in ("02", "10"):
            # "asked neighbouring countries to send troops": the forces to be sent are not those asked
            sent = {o.i for c in v.children if c.dep_ == "xcomp" and c.lemma_.lower() in SENDING_VERBS
                    for o in c.children if o.dep_ == "dobj"}
            tgts = [t for t in tgts if t is MUTUAL or t.head not in sent]
        if (pat.code[:2] in REPRESSION_ROOTS or pat.code.startswith("116")) and not any(
                t is not MUTUAL and t.code and t.kind != "place" for t in tgts):
            # (and whom a state's court finds guilty: "a court found Ade Bello guilty of fraud")
            tgts = self._named_victims(v, srcs, index) or tgts
        if pat.code[:2] in ("02", "10") and not [t for t in tgts if t is not MUTUAL and t.code and t.code not in {
                s.code for s in srcs}] and v.dep_ == "conj" and _verbal(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # "accused Belgrade of abducting them and demanded their release", "summoned the ambassador and
            # demanded an apology": a demand that names no one of its own is made to whom the verb before it
            # acted on
            tgts = [a for o in v.head.children if o.dep_ == "dobj" for a in self.args.actors_of(o, index)
                    if a.code and a.kind != "place"]
        if pat.code.startswith("161") and v.dep_ == "conj" and _verbal(v.head) and not [
                t for t in tgts if t is not MUTUAL and t.code and t.code[:3] not in {(s.code or "")[:3] for s in srcs}]:
            # "expelled Canada's ambassador, recalled its own envoy": an envoy recalled from no place named is
            # recalled from the country of whom the verb before it acted on
            tgts = [self._as_country(a) for o in v.head.children if o.dep_ == "dobj"
                    for a in self.args.actors_of(o, index) if a.code and a.code[:3].isalpha()
                    and not a.code.startswith("IGO") and a.code[:3] not in {(s.code or "")[:3] for s in srcs}][:1]
        if pat.code.startswith("175") and not any(t is not MUTUAL and t.code and t.kind != "place" for t in tgts):
            # "fired tear gas to disperse them", "used water cannon to break up the crowd": the crowd a purpose
            # clause drives off is whom the force was used on
            tgts = [a for c in v.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c) and (
                        c.lemma_.lower() in DISPERSING or " ".join([c.lemma_.lower(), *(
                            k.lower_ for k in c.children if k.dep_ == "prt")]) in DISPERSING)
                    for o in c.children if o.dep_ == "dobj" for a in self.args.actors_of(o, index) if a.code] or tgts
        if pat.code.startswith("063"):
            tgts = self._recipients(v, tgts, index)
        if pat.code[:2] == "09":
            probed = self._investigated_actors(v, index)
            if probed is not None:
                tgts = probed
            if not [t for t in tgts if t is not MUTUAL and t.code]:
                # "set up a commission of inquiry into abuses in Eritrea", "began examining evidence of war crimes
                # in the city of ...": wrongs with no author named, looked into from abroad, are the country's
                tgts = self._wrongs_place(v, srcs, index) or tgts
        if not tgts and named:
            tgts = [a for c in named for o in c.children if o.dep_ == "dobj" for a in self.args.actors_of(o, index)
                    if a.code]
        if not tgts and pat.code.startswith("084"):
            # "returned a drone that it had seized from the US navy": handed back to whom it was taken from ("the
            # drone it had seized to the United States": the parser may hang the verb's "to" on the clause)
            tgts = [a for o in v.children if o.dep_ == "dobj" for rc in o.children if rc.dep_ in ("relcl", "acl")
                    for c in rc.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                    for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
        if not tgts or all(t is not MUTUAL and t.kind == "pronoun" and t.code in {s.code for s in srcs if s.code}
                           for t in tgts):
            # "released the British-flagged tanker, two months after its forces seized the ship", "refused to hand
            # it back" (a pronoun no actor acts on as its own object): a craft referred back to is the one named
            # before, of the country named there
            tgts = self._craft_referred(v, index) or tgts
        if pat.code == "042":  # "travelled to the G20 summit in Osaka": a visit is to the place of the meeting
            tgts = self._meeting_place(v, index) or tgts
        if pat.code == "016":  # a denial is aimed at whom the denied act would have hit
            tgts = self._accusers(v, index) or self._denied_targets(v, index) or tgts
        if v.dep_ == "advcl" and tgts != [MUTUAL] and self._said_on_the_call(v) and not [
                t for t in tgts if t.code and t.code not in {s.code for s in srcs}]:
            # "telephoned his counterpart to congratulate him": said to the one called
            tgts = self.args.targets(v.head, self.match(v.head), index)
        if pat.code == "111" and pat.noun and v.lemma_.lower() in NAMING_VERBS:
            tgts = self._named_act_authors(v, index, srcs) or tgts
            if tgts == [MUTUAL] or not [t for t in tgts if t.code and t.code not in {s.code for s in srcs}]:
                return None  # "to protest against what it called interference": no one named, no criticism coded
        if pat.code == "045" and not tgts and v.dep_ == "acl":
            tgts = self._brokered_parties(v, index)
        if not tgts and pat.code[:2] in ("18", "19") and v.dep_ == "acl" and v.head.dep_ in ("nsubj", "nsubjpass") \
                and v.head.head.pos_ == "VERB" and self.match(v.head.head) is None:
            # "a roadside bomb planted by the Taliban tore through an army convoy": what the weapon hit is the
            # target (where the weapon's verb is no act of its own: "struck a convoy" is coded on its own)
            hit = v.head.head
            tgts = [a for o in (*(o for o in hit.children if o.dep_ == "dobj"),
                                *(p for k in hit.children if k.dep_ == "prep" and k.lower_ in ("through", "into", "at")
                                  for p in k.children if p.dep_ == "pobj"))
                    for a in self.args.actors_of(o, index) if a.code and a.kind != "place"]
        if len({s.code for s in srcs if s.code}) >= 2 and any(
                c.dep_ in ("dobj", "pobj") and c.lower_ in ("other", "another") for c in (
                    *v.children, *(p for k in v.children if k.dep_ == "prep" for p in k.children))):
            tgts = [MUTUAL]  # "each side blaming the other", "accused one another": each party acts on the other
        if not tgts and pat.code[:2] in ("02", "10") and v.dep_ == "relcl" and v.head.dep_ == "dobj" \
                and _verbal(v.head.head) and (asked := self.match(v.head.head)) is not None \
                and asked.code[:2] in ("06", "07"):
            # "has not sent the tanks that Kyiv pleaded for": the appeal is made to whoever is to send them
            tgts = [a for a in self.args.sources(v.head.head, index) if a.code]
        if not tgts and pat.code[:2] in ("06", "07"):
            # ... and they are sent to whoever asked for them
            tgts = [a for o in v.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"
                    and (ask := self.match(r)) is not None and ask.code[:2] in ("02", "10")
                    for k in r.children if k.dep_ == "nsubj" for a in self.args.actors_of(k, index) if a.code]
        codes = {s.code for s in srcs if s.code}
        if len(codes) >= 2 and tgts and tgts != [MUTUAL] and all(
                t is not MUTUAL and (t.code or "")[:3] in {c[:3] for c in codes} and any(
                    sdoc[i].lower_ == "their" and sdoc[i].dep_ == "poss" and sdoc[i].head.dep_ == "pobj"
                    and sdoc[i].head.head.lower_ == "between" for i in range(t.start, t.end)) for t in tgts):
            tgts = [MUTUAL]  # "pledged to step up cooperation between their coast guards": each with the other
        return tgts

    def _orient_sides(self, v, pat, srcs, tgts, modality, index) -> tuple | None:
        """The sides turned by the pattern (inverse, mutual, exercises): (pattern, sources, targets, mutual),
        or None where the act is not coded at all."""
        if "inverse" in pat.targets and tgts and tgts != [MUTUAL]:
            srcs, tgts = tgts, srcs  # "received a call from X": X acts on the subject
        elif "inverse" in pat.targets and not tgts:
            # "came under fire", "drew criticism", "received aid" from no one named: the one who acts is unknown
            return None
        if not tgts and pat.code[:2] in MUTUAL_ROOTS and len({s.code for s in srcs if s.code}) >= 2 and not (
                modality == "requested" and pat.code[:2] == "06" and pat.noun) and not pat.code.startswith("063"):
            # (a handover of suspects goes to a third party: "Sweden and Finland extradited militants")
            # (asked of two parties, a thing to share is for the asker: "asked France and the Netherlands to share
            # intelligence")
            tgts = [MUTUAL]  # "Yeltsin and Jiang pledged to build a partnership": each pledged to the other
        mutual = tgts == [MUTUAL]
        if mutual:
            tgts = []
            if len([s for s in srcs if s.code]) < 2:
                # one source: no act between conjoined parties, so the other side is the first actor in the verb's
                # phrase ("signed an agreement on the border with Chinese President Jiang Zemin")
                mutual, tgts = False, self.args.nearest_actor(v, index)
            elif pat.code == "150" and len({s.code for s in srcs if s.code}) >= 2:
                pat = replace(pat, code="062")  # "the United States and South Korea held drills": joint exercises
        # ("wrapped up three days of drills": what the span of time counts)
        held = [o for o in (*v.children, *(p for c in v.children if c.dep_ == "prep" for p in c.children))
                if o.dep_ in ("dobj", "pobj")]
        held += [p for o in held for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        drills = [o for o in held if o.lemma_.lower() in EXERCISE_NOUNS or o.lemma_.lower() == "game" and any(
            m.lower_ == "war" for m in o.children)] if pat.noun else []
        if drills:
            # "Azerbaijan held military exercises", "took part in Russian exercises": a country's exercises are its
            # forces' (the country a show of force is aimed at, or a partner "with" whom, stays the country)
            srcs = [self.args._forces_of(a, True) if a.code and len(a.code) == 3 else a for a in srcs]
            owners = {k.i for o in drills for k in o.children if k.dep_ in ("amod", "compound", "poss")}
            tgts = [self.args._forces_of(t, True) if t is not MUTUAL and t.code and len(t.code) == 3
                    and t.head in owners else t for t in tgts]
        if not tgts and pat.noun is None and (pat.code[:2] in LITERAL_ROOTS or v.lemma_.lower() in LITERAL_VERBS) \
                and "-" not in pat.targets and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.args.actors_of(c, index)
                and c.lemma_.lower() not in self.sites and (c.lemma_.lower(),) not in self.lex.roles
                and not doubled(c)  # "met face to face" says how, not what
                for c in v.children):  # a person named by a role noun alone ("extradite a man") is no thing
            # the verb's object is a thing, not an actor: another sense of the verb ("met the threshold",
            # "fought the bill", "hit a record")
            return None
        return pat, srcs, tgts, mutual

    def _settle_targets(self, v, pat, out, modality, sources, index, sdoc, doc, done) -> list[Event]:
        """Targets settled by what the act's root tells: intents, forces, purposes, places, conditions."""
        if modality is None and sources is None and out:
            out = self._stated_intent(v, index, out, sdoc, doc)
            if pat.code == "012":
                out = self._warned_intent(v, index, out, sdoc, doc, done)
        if pat.code[:2] == "15":
            # "called up 3,000 reservists", "deployed additional troops": the forces moved are the source's own,
            # whatever country the context lent them, unless their own words name another
            moved = {k.i for c in v.children if c.dep_ == "dobj" for k in c.subtree}
            for ev in out:
                span = sdoc.char_span(ev.target.start, ev.target.end, alignment_mode="expand") \
                    if ev.target is not None and ev.target.text else None
                if span is not None and span.root.i in moved and (ev.target.code or "")[3:6] in ("MIL", "COP") \
                        and not any(t.i in index.modifiers or (index.at(t.i) is not None and index.at(t.i).kind in (
                            "country", "adjective", "capital", "territory")) for t in span):
                    ev.target = None
        if out and pat.code[:2] in ("03", "07", "14") and all(e.target is None for e in out):
            # "pledged $500 million to rebuild Gaza": aid given for a purpose goes to whom the purpose names; a
            # strike called "to press the military to hand over power" is against the military
            aim = self._purpose_target(v, index)
            if aim is not None:
                for ev in out:
                    if aim.code and aim.code != ev.source.code and not (
                            aim.kind == "modifier" and aim.code == (ev.source.code or "")[:3]):
                        ev.target = self.actors.evidence(aim, sdoc, doc)
        if out and pat.code[:2] == "19" and self._unnamed_place_object(v, index):
            # "rebels captured the town of Kibumba", "insurgents overran a border village": a place no dictionary
            # knows, taken or struck by a domestic armed group, lies in the group's own country
            for ev in out:
                code = ev.source.code or ""
                if ev.target is None and ev.verb.start == v.idx and len(code) == 6 and code[3:] in INSURGENT_ROLES \
                        and code[:3] in self.actors.country_name:
                    ev.target = _implied(code[:3], self.actors.country_name[code[:3]], ev)
        if out and pat.code[:2] == "13" and all(e.target is None for e in out if e.verb.start == v.idx):
            # "threatened a general strike if the government failed to meet their demands": a threat is aimed at
            # whom its condition names
            for ev in out:
                aim = self._condition_subject(v, index, ev.source)
                if ev.verb.start == v.idx and aim is not None:
                    ev.target = self.actors.evidence(aim, sdoc, doc)
        for ev in out:
            # "mass killings in El Fasher", "expelled them from Kosovo": mass violence in a place or a country is
            # done to its people
            if ev.code[:3] in ("201", "202", "203") and ev.target is not None and len(ev.target.code or "") == 3 \
                    and ev.target.code.isalpha() and ev.target.code != "IGO":
                ev.target = replace(ev.target, code=ev.target.code + "CVL",
                                    name=self.actors.country_name.get(ev.target.code, ev.target.code) + " civilians")
        if pat.code[:2] == "17" and self._property_object(v):
            for ev in out:
                if ev.verb.start != v.idx or not (ev.source.code or "")[:3].isalpha() \
                        or ev.source.code.startswith("IGO"):
                    continue
                code = ev.target.code if ev.target is not None else ev.source.code[:3]
                if code and len(code) == 3 and code.isalpha() and code != "IGO":
                    ev.target = _implied(code + "CVL", self.actors.country_name.get(code, code) + " civilians", ev) \
                        if ev.target is None else replace(ev.target, code=code + "CVL")
        if pat.code[:2] == "15":
            for ev in out:  # "called up reserve troops": a force's own forces are no target
                if ev.target is not None and (ev.target.code or "")[:3] == (ev.source.code or "")[:3] \
                        and (ev.target.code or "")[3:6] in ("MIL", "COP"):
                    ev.target = None
        return out

    def _named_victims(self, v, srcs, index) -> list:
        """Persons named by name alone ("Keith Lamont Scott"), with no office or group, whom a state's police,
        forces, courts or government coerce, attack or kill, or whom its courts find guilty, are its civilians:
        "police shot and killed Keith Scott", "Keith Scott, shot and killed by police"."""
        state = next(((s.code or "")[:3] for s in srcs if (s.code or "")[3:6] in STATE_ARMS
                      and (s.code or "")[:3].isalpha() and not (s.code or "").startswith("IGO")), None)
        if state is None:
            return []
        verbs = [v]
        while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
            verbs.append(verbs[-1].head)  # "shot and killed Scott": the verbs share the object
        verbs += [c for c in v.conjuncts if c.i > v.i]  # "shot and killed Scott": the first verb's object too
        objects = [c for w in verbs for c in w.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [k for w in verbs for _, k in _verdict_clauses(w)]  # "found Ade Bello guilty"
        objects += [w.head for w in verbs if w.dep_ == "acl" and w.tag_ == "VBN"]  # "Scott, shot by police"
        # "Terence Crutcher, who was killed by an officer": the one the relative pronoun stands for
        objects = [o.head.head if o.tag_ in ("WP", "WDT") and o.head.dep_ == "relcl" else o for o in objects]
        out = []
        for o in objects:
            m = index.at(o.i)
            if m is not None and m.kind == "person" and not m.code and not m.role:
                out.append(replace(m, code=state + "CVL", country=state))
            elif m is None and o.pos_ == "PROPN" and (o.ent_type_ == "PERSON" or self._given_name(o)):
                start = min(c.i for c in o.subtree if c.dep_ == "compound" or c.i == o.i)
                out.append(ActorMention(start, o.i + 1, o.i, state + "CVL", o.doc[start:o.i + 1].text, "person",
                                        country=state))
        return out

    def _given_name(self, tok) -> bool:
        """A name whose first word is a given name ("Keith Lamont Scott"), which the parser may take for a firm."""
        first = min((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i,
                    default=None)
        return first is not None and first.lower_ in self.lex.first_names

    def _craft_referred(self, v, index) -> list[ActorMention]:
        """The actors of a craft named before that the verb's object refers back to: a definite craft noun naming
        no actor of its own ("seized the ship"), or a pronoun ("hand it back", "release them") whose nearest object
        before it is the craft; also the noun of a relative clause the parser read as a complement parted from it
        ("handed back a Vietnamese boat on Tuesday that its navy had seized")."""
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs and v.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children):
            return [a for o in v.head.children if o.dep_ == "dobj" and o.i < v.i and o.lemma_.lower() in CRAFT_NOUNS
                    for a in self._craft_actors(o, index)]
        # ("refused to hand it back": the refused act's object)
        objs += [o for c in v.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]
        sent = v.sent
        first = v.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for o in objs:
            definite = o.lemma_.lower() in CRAFT_NOUNS and any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in o.children)
            if not definite and o.lower_ not in ("it", "them"):
                continue
            # the nearest object before it (of a verb or a preposition; a pronoun's, of a verb only)
            before = [t for t in v.doc[first:o.i] if t.dep_ in ("dobj", "nsubjpass") or definite and t.dep_ == "pobj"
                      and t.lemma_.lower() in CRAFT_NOUNS]
            if not before or before[-1].lemma_.lower() not in CRAFT_NOUNS:
                continue
            found = self._craft_actors(before[-1], index)
            if found:
                return found
        return []

    def _craft_actors(self, craft, index) -> list[ActorMention]:
        """The actors a craft noun names: its owner or flag before it ("a Thai fishing boat", a name the tagger may
        take for a place, which names the craft's country, not land taken), not a place it is in ("a boat in Thai
        waters")."""
        return [replace(a, kind="modifier") if a.kind == "place" else a for a in self.args.actors_of(craft, index)
                if a.code and (a.kind != "place" or a.end <= craft.i)]

    def _recipients(self, v, tgts, index) -> list:
        """Whom people are handed over or extradited to: the to-phrase anywhere in the verb's own phrase ("hand over
        officials suspected of ... to UN investigators"), else whoever wants them ("a suspect wanted by
        Colombia"); the people handed over are never the target."""
        held = {k.i for c in v.children if c.dep_ in ("dobj", "nsubjpass") for k in c.subtree}
        found, stack = [], [c for c in v.children if c.dep_ not in ("advcl", "relcl", "ccomp", "conj", "parataxis",
                                                                     "nsubj", "nsubjpass")]
        while stack:
            t = stack.pop()
            if t.dep_ == "prep" and t.lower_ in WHEN_PREPS:
                continue  # "during a visit to Washington" says when
            if t.dep_ in ("prep", "dative") and t.lower_ == "to":
                found += [a for p in t.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
            stack.extend(c for c in t.children if c.dep_ not in ("advcl", "relcl", "ccomp", "conj", "parataxis"))
        found.sort(key=lambda a: a.start)
        if not found:
            # ("a suspect wanted in France": by the country where he is wanted; the parser may read "a suspect
            # wanted" as the clause subject of the passive verb)
            wanting = [acl for c in v.children if c.dep_ in ("dobj", "nsubjpass") for acl in c.children
                       if acl.dep_ == "acl"] + [c for c in v.children if c.dep_ == "csubjpass"]
            found = [a for acl in wanting if acl.lemma_.lower() in ("want", "seek", "request")
                     for g in acl.children if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "in"
                     for p in g.children if p.dep_ == "pobj"
                     for a in self.args.actors_of(p, index) if a.code]
        if not found:
            # "has not extradited the former minister despite repeated requests from Baghdad": to the country
            # that asked for them
            asks = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("despite", "after", "following")
                    for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("request", "demand")]
            found = [self._as_country(a) for n in asks for a in (
                self.args.actors_of(n, index) + [a for c in n.children if c.dep_ == "prep" and c.lower_ in (
                    "from", "by") for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index)])
                if a.code and a.code[:3] != "IGO"]
        return found or [t for t in tgts if t is MUTUAL or t.head not in held]

    def _investigated_actors(self, v, index) -> list[ActorMention] | None:
        """Whom an investigation of an act is aimed at: the act's actor ("an investigation into Saturday's US air
        strike on a hospital": the United States; "the shelling of a village by Russian troops"), not its victims
        ("have not investigated the assaults on opposition activists": no target). None where the investigation
        names no act ("an investigation into the country's president")."""
        nouns = [p for h in [v, *(c for c in v.children if c.dep_ == "dobj")] for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
        if v.lemma_.lower() in ("investigate", "probe"):
            nouns += [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        # "a single one of the assaults"
        nouns += [p for o in list(nouns) if o.pos_ in ("NUM", "PRON") or o.lower_ in ("one", "some", "any", "none")
                  for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        # "allegations of police abuse", "allegations that he accepted gifts": the act alleged is what is looked into
        # (its actor named by a by-phrase, a possessor or a modifier, or as the subject of the that-clause)
        for o in nouns:
            if o.lemma_.lower() not in ALLEGATION_NOUNS:
                continue
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    alleged = [p for p in c.children if p.dep_ == "pobj"]
                    found = self._investigated_actors_of(alleged, index)
                    if found:
                        return found
                if c.dep_ in ("acl", "ccomp") and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
                    found = [a for k in c.children if k.dep_ == "nsubj" for a in self.args.actors_of(k, index)
                             if a.code and a.kind != "place"]
                    if found:
                        return list({a.code: a for a in found}.values())
        # the wrongs an inquiry looks into by name ("war crimes", "abuses"): those the verb table's "investigate"
        # rows name
        wrongs = self._inquired_wrongs
        acts = [n for o in nouns for n in (o, *o.conjuncts) if n.lemma_.lower() in self.lex.event_nouns
                or n.lemma_.lower() in DEATH_NOUNS or n.lemma_.lower() in wrongs
                or _compound_lemma(n) in self.lex.event_nouns or _compound_lemma(n) in wrongs]
        if not acts:
            return None
        found = self._investigated_actors_of(acts, index)
        if not found and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            # "opened an inquiry into war crimes by the army": the parser may hang the act's by-phrase on the verb,
            # which, active, has no agent of its own
            found = [a for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                     for a in self.args.actors_of(p, index) if a.code]
            found = list({a.code: a for a in found}.values())
        if not found and not any(n.lemma_.lower() in self.lex.event_nouns or n.lemma_.lower() in DEATH_NOUNS
                                 for n in acts):
            return None  # "investigated war crimes in Ukraine": wrongs with no author named are the row's to aim
        return found

    def _wrongs_place(self, v, srcs, index) -> list[ActorMention]:
        """The country where the wrongs against people at large that an inquiry looks into took place (the nouns of
        the verb table's abuse and war-crime rows of "investigate"), named in their own in-phrase within the verb's
        phrase, for an inquiry from outside that country; none where the wrongs name their author ("by the
        army") or their victims ("against Rohingya civilians"), or the inquiry is the country's own."""
        wrongs = self._wrongs
        nouns, stack = [], [(c, 0) for c in v.children if c.dep_ in ("dobj", "prep", "xcomp")]
        while stack:
            t, depth = stack.pop()
            if t.pos_ in ("NOUN", "PROPN"):
                nouns.append(t)
            if depth < 5:
                stack.extend((c, depth + 1) for c in t.children if c.dep_ in ("dobj", "prep", "pobj", "xcomp"))
        own = {(s.code or "")[:3] for s in srcs if s.code}
        for n in nouns:
            if n.lemma_.lower() not in wrongs and _compound_lemma(n) not in wrongs:
                continue
            if any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "against") or c.dep_ == "poss"
                   for c in n.children):
                continue
            found = [self._as_country(a) for c in n.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index)
                     if a.code and a.kind in LAND_KINDS and a.code[:3].isalpha()
                     and not a.code.startswith("IGO")]
            if found and own and found[0].code not in own:
                return found[:1]
        return []

    def _investigated_actors_of(self, acts, index) -> list[ActorMention]:
        """The actors of the acts named by the nouns ``acts`` (see ``_investigated_actors``)."""
        for n in acts:
            # the by-phrase on the act or on its "of" object ("the shelling of a village by ..."), not on a clause
            # inside ("a hospital run by a charity")
            ofs = [p.i for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            groups = [
                [a for c in n.subtree if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 and (c.head.i == n.i or c.head.i in ofs)
                 for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code],
                [a for c in n.children if c.dep_ == "poss" for a in self.args.actors_of(c, index)
                 if a.code and a.kind != "place"],
                [a for c in n.children if c.dep_ in ("compound", "amod", "nmod") and c.i < n.i
                 for a in [index.at(c.i) or index.modifiers.get(c.i)] if a is not None and a.code
                 and a.kind != "place"]]
            for found in groups:
                if found:
                    return list({a.code: a for a in found}.values())
        return []

    @staticmethod
    def _unnamed_place_object(v, index) -> bool:
        """Whether the verb's object, or the place it takes control of, is a settlement or an area that names no
        actor ("the town of Baga", "a border village", "rebel-held villages", "control of the town")."""
        objs = [c for c in v.children if c.dep_ == "dobj"] + [
            p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "toward", "towards", "into", "at")
            for p in c.children if p.dep_ == "pobj"]
        # "seized control of the town", as "seized the town"; what one takes control of is no person, so a name there
        # that no dictionary codes is a place ("seized control of Rutshuru", the tagger's person or not)
        held = [p for o in objs if o.lemma_.lower() in HOLD_NOUNS
                for c in (*o.children, *(c for c in v.children if c.i == o.i + 1))  # (the "of" hung on the verb)
                if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if any(p.pos_ == "PROPN" and (index.at(p.i) is None or not index.at(p.i).code and index.at(p.i).kind == "person")
               for p in held):
            return True
        return any(o.lemma_.lower() in AREA_NOUNS and index.at(o.i) is None for o in objs + held)

    @staticmethod
    def _property_object(v) -> bool:
        """Whether the verb's object is people's homes or land ("bulldozed thousands of shacks", "confiscated 400
        hectares of farmland")."""
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        return any(h.lemma_.lower() in PROPERTY_NOUNS for o in objects for h in (o, *o.conjuncts))

    def _condition_subject(self, v, index, source) -> ActorMention | None:
        """The actor of an if- or unless-clause on the verb or on its complement."""
        for verb in (v, *[c for c in v.children if c.dep_ in ("xcomp", "ccomp")]):
            for c in verb.children:
                if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children):
                    for k in c.children:
                        if k.dep_ in ("nsubj", "nsubjpass"):
                            found = [a for a in self.args.actors_of(k, index)
                                     if a.code and a.code != source.code and k.pos_ != "PRON"]
                            if found:
                                return found[0]
        return None

    @staticmethod
    def _compatriots(s: ActorMention, t, sdoc, root: str):
        """People of no country named whom a state's government, police or forces act on are of its country: "the
        Syrian government's crackdown on protesters" (SYRCVL); so are those a repression named by a noun (17x, 18x,
        ``root``) is aimed at, whose country only the context gave ("Iran condemned the Turkish government's
        crackdown on protesters": TURCVL)."""
        if t is None or t is MUTUAL or not t.role:
            return t
        code = s.state_code()
        if t.role == "NGO" and (t.code or "NGO") == "NGO" and len(code) in (3, 6) and code[:3].isalpha() \
                and code[:3] != "IGO" and code[3:6] in ("", "GOV", "COP", "MIL", "JUD", "SPY"):
            # "Sudan expelled 13 foreign aid agencies": aid groups a state acts on work in its country
            return replace(t, code=code[:3] + "NGO", country=code[:3])
        if t.unplaced or t.role not in DOMESTIC_ROLES:
            return t
        if not (len(code) >= 6 and code[:3].isalpha() and code[:3] != "IGO"
                and code[3:6] in ("GOV", "COP", "MIL", "JUD", "SPY")):
            return t
        bare = t.kind == "role" and all(sdoc[i].i == t.head or sdoc[i].pos_ in ("DET", "NUM") or sdoc[i].like_num
                                        or sdoc[i].lower_ in ("of", "more", "than", "at", "least")
                                        for i in range(t.start, t.end))
        if not t.code or (bare and root in ("17", "18") and t.code[:3] != code[:3]):
            return replace(t, code=code[:3] + t.role, country=code[:3])
        return t

    def _driven_out(self, v, s: ActorMention, t, sdoc, doc, index):
        """People of no nationality of their own that a state's forces or government act on, whose country only a
        place they were sent to or another clause's place gave, are of that state: "the army drove thousands of
        villagers across the border into Rwanda" (not Rwandan), "troops massacred villagers, a survivor told the
        tribunal in Arusha", "freed the prisoners, who were flown to Spain"."""
        if t is None or t is MUTUAL or t.kind != "role" or t.role not in DOMESTIC_ROLES or t.unplaced:
            return t
        code, tcode = s.state_code(), t.code or ""
        if len(tcode) < 3 or not (len(code) in (3, 6) and code[:3].isalpha() and code[:3] != "IGO"
                                  and code[3:6] in ("", "GOV", "COP", "MIL", "JUD", "SPY")) or tcode[:3] == code[:3]:
            return t
        if any(i in index.modifiers or sdoc[i].dep_ == "poss" or i != t.head and index.at(i) not in (None, t)
               or i != t.head and sdoc[i].dep_ in ("amod", "compound") and sdoc[i].ent_type_ in ("NORP", "GPE")
               and sdoc[i].lower_ not in self.actors.peoples
               for i in range(t.start, t.end)):
            # a nationality or owner of its own: "Afghan refugees", "its citizens", "seven American prisoners" (a
            # nationality the role phrase itself was composed with; a people, "Rohingya villagers", names none)
            return t
        scope = {k.i for k in v.subtree}
        sent = v.sent
        places = [p for p in doc.places if p.literal and p.country == tcode[:3]
                  and sent.start_char <= p.start < sent.end_char]
        if not places:
            return t
        for p in places:
            span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                return t
            root = span.root
            destination = root.dep_ == "pobj" and root.head.lower_ in ("into", "to", "toward", "towards", "across")
            if root.i in scope and not destination:
                return t  # the scene of the act: "shelled villagers in Lebanon"
        return replace(t, code=code[:3] + t.role, country=code[:3])

    def _as_country(self, actor):
        """The actor's country, as an actor of its own: "Pakistan's finance minister" asks on Pakistan's behalf."""
        return replace(actor, code=actor.code[:3], name=self.actors.country_name.get(actor.code[:3], actor.code[:3]))

    def _withdrawing_force(self, v, pat, s: ActorMention, mod: str, index) -> ActorMention:
        """A state that pulls its own forces out ("Israel pulled its last troops out of Lebanon", "Kenya might
        withdraw its troops from Somalia"): the withdrawal is its armed forces' act. A withdrawal another actor asks
        for ("demanded that Russia withdraw its troops") stays the state's, as the one asked."""
        if pat.code[:3] != "087" or mod == "requested" or len(s.code or "") != 3 or s.kind != "country":
            return s
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in v.children):
            return s  # "said Belarus must withdraw its troops": a demand, asked of the state
        for o in v.children:
            if o.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children):
                continue
            if any((a.code or "") == s.code + "MIL" for a in self.args.actors_of(o, index)):
                return replace(s, code=s.code + "MIL", role="MIL")
        return s

    @staticmethod
    def _own(s: ActorMention, t: ActorMention, sdoc) -> bool:
        """The source's own forces or officials named by a possessive ("withdrew its troops", "recalled its
        ambassador"): part of the actor, not the other side."""
        if (t.code or "")[:3] != (s.code or "")[:3] or (t.code or "")[3:6] not in ("", "MIL", "COP", "GOV"):
            return False
        return any(sdoc[i].lower_ in ("its", "their") and sdoc[i].dep_ == "poss" for i in range(t.start, t.end))

    def _named_act_authors(self, v, index, srcs) -> list[ActorMention]:
        """Whose act a criticism names by a noun: "in a vote that Colombo called a violation" (the voters);
        "X moved troops to the border. Guyana called the move a threat" (the one who acted before, in the
        sentence or the one before it)."""
        if v.dep_ == "relcl" and _verbal(v.head.head.head) and v.head.dep_ == "pobj":
            return [a for a in self.args.sources(v.head.head.head, index) if a.code]
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in NAMED_ACTS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in obj.children):
            return []
        own = {s.code for s in srcs if s.code}
        sent = v.sent
        earlier = [t for t in sent if t.i < v.i and _verbal(t) and t.dep_ in ("ROOT", "advcl", "conj", "ccomp")]
        if sent.start > 0 and not any(t.dep_ == "ROOT" for t in earlier):
            earlier = [v.doc[sent.start - 1].sent.root] + earlier
        for t in reversed(earlier):
            found = [a for a in self.args.sources(t, index) if a.code and a.code not in own]
            if found:
                return found
        return []

    def _brokered_parties(self, v, index) -> list[ActorMention]:
        """The parties of a deal a participle says was brokered: "Saudi Arabia and Iran agreed to restore ties in
        a deal brokered by China", "are due to swap prisoners under a deal mediated by the Emirates": the
        conjoined subjects of the clause the deal belongs to."""
        node = v.head
        for _ in range(4):
            if _verbal(node) or node.dep_ not in ("pobj", "prep", "dobj", "attr", "npadvmod") or node.head == node:
                break
            node = node.head
        if not _verbal(node):
            return []
        parties = [a for a in self.args.sources(node, index) if a.code]
        if len({a.code for a in parties}) < 2 and v.head.lemma_.lower() in SETTLED_DEALS \
                and (pat := self.match(node)) is not None:
            # "they handed the district back to Azerbaijan under a deal brokered by Moscow": a deal struck between
            # the clause's subject and whom its act is aimed at
            parties += [a for a in self.args.targets(node, pat, index) if a is not MUTUAL and a.code
                        and a.code not in {p.code for p in parties}]
        return parties if len({a.code for a in parties}) >= 2 else []

    def _deal_mediators(self, v, index) -> list[ActorMention]:
        """The broker a participle names on a deal already struck that the verb's phrase names: "pull out of
        Georgia in line with the French-brokered ceasefire", "handed it back under a deal brokered by Moscow"."""
        nouns = [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ in ("pobj", "pcomp")]
        nouns += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("with", "of")
                  for p in c.children if p.dep_ == "pobj"]  # "in line with", "under the terms of"
        found: list[ActorMention] = []
        for n in nouns:
            if n.lemma_.lower() not in SETTLED_DEALS:
                continue
            for m in n.children:
                if not self._mediating_participle(m):
                    continue
                if m.dep_ == "amod":  # "the French-brokered ceasefire"
                    found += self._joined_mediators(m, index)
                elif m.dep_ == "acl":  # "a deal brokered by Moscow"
                    found += [a for c in m.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                              for a in self.args.actors_of(p, index) if a.code]
        return found

    def _mediator_phrase(self, v, index) -> list[ActorMention]:
        """The actors a phrase on the verb or its object names as mediator (the words of ``mediation.tsv``)."""
        heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
        preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
        if v.dep_ == "ccomp" and v.head.i > v.i:
            # "have not declared a truce, despite shuttle diplomacy by the US envoy, diplomats said": the parser
            # may hang a phrase of the reported clause on the verb of saying after it
            preps += [c for c in v.head.children if c.dep_ == "prep" and v.i < c.i < v.head.i]
        nouns = [p for c in preps for p in c.children if p.dep_ in ("pobj", "pcomp")]
        found: list[ActorMention] = []
        # "resumed EU-mediated talks", "a new round of US-brokered talks": the mediator joined to the participle
        for n in [*nouns, *heads[1:], *(p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                       for p in c.children if p.dep_ == "pobj")]:
            for m in n.children:
                if m.dep_ == "amod" and self._mediating_participle(m):
                    found += self._joined_mediators(m, index)  # "Russian-mediated"
        for _ in range(2):  # "despite a week of shuttle diplomacy by ...": through one "of"
            more = []
            for n in nouns:
                kinds = self.mediation.get(n.lemma_.lower()) or self.mediation.get(n.lower_) or next(
                    (self.mediation[k] for k in (m.lemma_.lower() + " " + n.lemma_.lower() for m in n.children
                                                 if m.dep_ in ("compound", "amod")) if k in self.mediation), set())
                if "auspices" in kinds:
                    found += [a for m in n.children if m.dep_ in ("compound", "nmod", "amod", "poss")
                              for a in self.args.actors_of(m, index) if a.code]
                    found += [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
                elif "act" in kinds:
                    found += [a for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                              for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
                elif n.pos_ == "VERB" and any(self._mediator_role(p) for c in n.children
                                              if c.dep_ == "prep" and c.lower_ == "as" for p in c.children):
                    found += [a for k in n.children if k.dep_ == "nsubj" for a in self.args.actors_of(k, index)
                              if a.code]  # "with Turkey acting as go-between"
                more += [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj"]
            nouns = more
        return found

    def _mediating_participle(self, m) -> bool:
        """Whether a word is a participle of mediation ("brokered", "mediated"; the words of ``mediation.tsv``)."""
        return m.tag_ == "VBN" and "participle" in self.mediation.get(m.lemma_.lower(), ())

    def _joined_mediators(self, m, index) -> list[ActorMention]:
        """The actors joined before a participle of mediation that qualifies a noun: "the French-brokered
        ceasefire", "EU-mediated talks"."""
        return [a for k in m.children if k.dep_ in ("npadvmod", "compound", "nmod", "amod")
                and k.i < m.i for a in (self.args.actors_of(k, index) or [index.modifiers.get(k.i)])
                if a is not None and a.code and a.kind != "place"]

    def _mediator_role(self, p) -> bool:
        """Whether the object of "as" names a mediator's role ("go-between", whose parts the parser splits)."""
        text = "".join(t.text_with_ws for t in p.subtree if t.dep_ not in ("det", "amod", "poss")).strip().lower()
        return "role" in self.mediation.get(p.lemma_.lower(), ()) or "role" in self.mediation.get(text, ())

    def _meeting_place(self, v, index) -> list[ActorMention]:
        """The place of the meeting a journey goes to: "travelled to the G20 summit in Osaka" (Japan)."""
        nouns = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                 for p in c.children if p.dep_ == "pobj"] + [c for c in v.children if c.dep_ == "dobj"]
        for n in nouns:
            if n.lemma_.lower() not in MEETING_NOUNS:
                continue
            # "the summit that opened in Doha", "a conference held in Geneva": the place of the clause on it
            for c in [*n.children, *(k for r in n.children if r.dep_ in ("relcl", "acl") for k in r.children)]:
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    found = [a for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index)
                             if a.kind in ("place", "country", "capital")]
                    if found:
                        return found
        return []

    def _accusers(self, v, index) -> list[ActorMention]:
        """Who made the accusation a denial dismisses: "dismissed accusations by Congo that ...", "denied
        Congolese accusations", "rejected US charges" (the denial answers them)."""
        nouns = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in ALLEGATION_NOUNS | {"charge"}]
        found = [a for o in nouns for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                 for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
        found = found or [a for o in nouns for c in o.children if c.dep_ in ("poss", "compound", "amod") and c.i < o.i
                          for a in [index.at(c.i) or index.modifiers.get(c.i)] if a is not None and a.code
                          and a.kind not in ("pronoun", "place")]
        return list({a.code: a for a in found}.values())

    def _denied_targets(self, v, index) -> list[ActorMention]:
        """The target of the act a denial is about: "denied that its troops had fired on protesters" (the
        protesters), "rejected claims that its soldiers had killed civilians" (the civilians)."""
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        clauses += [c for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "ccomp")]
        for c in clauses:
            pat = self.match(c) if _verbal(c) else None
            if pat is None:
                continue
            found = self.args.targets(c, pat, index)
            found = [t for t in found if t is not MUTUAL and t.code]
            if found:
                return found
        return []

    def _purpose_target(self, v, index) -> ActorMention | None:
        """The actor a purpose clause names as its object, or where its object is: "to rebuild Gaza", "to help
        rebuild Iraq's provinces", "to help end the war in Liberia"."""
        for c in v.children:
            if c.dep_ not in ("advcl", "xcomp") or not to_infinitive(c):
                continue
            for verb in (c, *[k for k in c.children if k.dep_ == "xcomp"]):
                for o in verb.children:
                    if o.dep_ == "dobj":
                        found = [a for a in self.args.actors_of(o, index) if a.code]
                        # "to help end the civil war in Liberia": the country its object is in
                        found = found or [a for k in (*o.children, *verb.children) if k.dep_ == "prep"
                                          and k.lower_ == "in" for p in k.children if p.dep_ == "pobj"
                                          for a in self.args.actors_of(p, index) if a.code]
                        if found:
                            return found[0]
        return None

    def _named_asker(self, n, index) -> bool:
        """Whether a noun of demand or appeal names who makes it: "opposition demands", "Kyiv's appeal", "a request
        by Greece"."""
        return any(a.code for c in n.children if c.dep_ in ("compound", "amod", "poss") and c.i < n.i
                   for a in ([index.at(c.i)] if index.at(c.i) is not None else [index.modifiers.get(c.i)])
                   if a is not None and a.kind not in ("place", "territory")) or any(
            a.code for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
            for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index))
