"""Passes over a sentence's coded events, run by ``Events`` after each verb and noun has been coded: they refine
codes by what other events of the sentence say (a protest's aim, a killing's toll, a mediator, a meeting's third
country), add the events one act implies of another (requested acts, proposals, claims) and settle shared
partners and objects. Each takes the sentence's events and its tokens by start offset."""

from __future__ import annotations

from dataclasses import replace

from .actor_words import STATE_NOUNS
from .arguments import MUTUAL
from .document import Event
from .event_words import (
    ANSWERING_VERBS,
    ASKING_FOR_NOUNS,
    CLAIM_VERBS,
    DEFINITE_DETS,
    DEMAND_NOUNS,
    DEPLOYING_VERBS,
    FATE_SAYING_VERBS,
    HELD_NOUNS,
    HELD_WORDS,
    HELPING_VERBS,
    JAIL_NOUNS,
    KILLING_VERBS,
    LAND_ROOTS,
    MASS_KILLING,
    MEDIATED_ROOTS,
    MISSILE_RANGES,
    MISSION_NOUNS,
    MUST_SAYING_VERBS,
    NEGOTIATORS,
    PEACE_WORDS,
    PROBED_ACTS,
    PROPOSAL_NOUNS,
    REJECTED_APPEALS,
    REPORT_NOUNS,
    RIVAL_STRAINS,
    SPEECH_ROOTS,
    TOLD_ACT_NOUNS,
    _headcount,
    _verbal,
)
from .lexicon import VerbPattern, data_path, read_tsv
from .moods import to_infinitive


def _switches() -> dict[tuple[str, str], str]:
    """(verb lemma, object lemma) -> the code of the act toward the party a switch leaves (``switches.tsv``)."""
    out = {}
    for _, r in read_tsv(data_path("switches.tsv")):
        for verb in r["verb"].lower().split("|"):
            for noun in r["noun"].lower().split("|"):
                out[(verb.strip(), noun.strip())] = r["code"].strip()
    return out


SWITCHES = _switches()


def _fates() -> set[tuple[str, str]]:
    """(verb lemma, object lemma) pairs telling what a speaker says another will suffer (``threatened_fates.tsv``)."""
    out = set()
    for _, r in read_tsv(data_path("threatened_fates.tsv")):
        for verb in r["verb"].lower().split("|"):
            for noun in r["noun"].lower().split("|"):
                out.add((verb.strip(), noun.strip()))
    return out


FATES = _fates()


def _demand_span(v) -> set[int]:
    """The words of a protest's demand, without a clause of time with a finite verb and a subject of its own the
    parser hangs inside it: in "demanding that the president step down, before police dispersed them" the
    dispersal is done, not demanded."""
    own = [k for k in v.subtree if k.i != v.i and k.dep_ == "advcl" and k.tag_ in ("VBD", "VBZ", "VBP")
           and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "when", "as") for c in k.children)
           and any(c.dep_ in ("nsubj", "nsubjpass") for c in k.children)]
    out = {t.idx for t in v.subtree}
    for k in own:
        out -= {t.idx for t in k.subtree}
    return out


# those given access, and the kind of involvement allowed ("granted inspectors access to the site" is 0862)
ACCESS_GRANTEES = {r["noun"].lower(): r["code"] for _, r in read_tsv(data_path("access_grantees.tsv"))}
FATE_AUX = {"will", "would", "'ll", "wo", "shall"}


class EventPasses:
    """The post-passes of the events stage (mixed into ``dyad.events.Events``)."""

    def _switched_from(self, found: list[Event], sdoc, by_start, index, doc) -> list[Event]:
        """"Switched its diplomatic recognition from Taiwan to China": the act toward the party moved to is the
        verb's own event; the party left, the object of "from" on the verb or its object, gets the act
        ``switches.tsv`` gives (161 for recognition), in the same mood."""
        added = []
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.target is None:
                continue
            objects = [c for c in v.children if c.dep_ == "dobj"]
            codes = [SWITCHES.get((v.lemma_.lower(), o.lemma_.lower())) for o in objects]
            code = next((c for c in codes if c), None)
            if code is None:
                continue
            left = [a for h in (v, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
            for a in left:
                if a.code == e.target.code or a.code == e.source.code or any(
                        x.verb.start == e.verb.start and x.code == code and x.target is not None
                        and x.target.code == a.code for x in found + added):
                    continue
                ev = replace(e, target=self.actors.evidence(a, sdoc, doc))
                self._recode(ev, code)
                added.append(ev)
        return added

    def _fates_threatened(self, found: list[Event], sdoc, index, doc) -> list[Event]:
        """"China warned that Washington would pay a heavy price", "Iran said the US would face the consequences":
        what a speaker says another actor will suffer at its hands is a threat (130) by the speaker against that
        actor, aimed at the clause's subject. The speaker's own side is no target ("said its troops would pay a
        price")."""
        added: list[Event] = []
        for v in sdoc:
            if v.dep_ != "ccomp" or v.head.lemma_.lower() not in FATE_SAYING_VERBS:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in FATE_AUX for c in v.children) or any(
                    c.dep_ == "neg" for c in v.children):
                continue
            if not any(c.dep_ == "dobj" and (v.lemma_.lower(), c.lemma_.lower()) in FATES for c in v.children):
                continue
            speakers = [a for a in self.args.sources(v.head, index) if a.code]
            victims = [a for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                       for a in self.args.actors_of(c, index) if a.code]
            if not speakers or not victims:
                continue
            pat = VerbPattern(v.head.lemma_.lower(), (), None, "130", (), None, "verbs.tsv")
            for s in speakers:
                for t in victims:
                    if t.code[:3] == s.code[:3] or any(
                            e.source.code == s.code and e.root == "13" and e.target is not None
                            and e.target.code == t.code for e in found + added):
                        continue
                    ev = self._event(v.head, pat, s, None, "asserted", sdoc, doc)
                    ev.target = self.actors.evidence(t, sdoc, doc)
                    added.append(ev)
        return added

    def _mediators(self, found: list[Event], sdoc, by_start, index, doc) -> list[Event]:
        """A third party named as the mediator of an act two parties do to each other ("resumed talks under UN
        auspices", "will hold negotiations with Turkey acting as go-between", "have not declared a truce, despite
        shuttle diplomacy by the US envoy"): it mediates (045) between each party. Its mediation took place
        whether or not the parties' act did; an act the parties are only asked to do ("urged them to return to
        EU-mediated talks") gives none, for the mediator is not asked."""
        out: list[Event] = []
        pairs = {(e.verb.start, e.source.code, e.target.code) for e in found if e.target is not None}
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.target is None or e.root not in MEDIATED_ROOTS:
                continue
            if (e.verb.start, e.target.code, e.source.code) not in pairs or e.modality == "requested":
                # "handed it back to Azerbaijan under a deal brokered by Moscow", "urged Russia to pull out of
                # Georgia in line with the French-brokered ceasefire": the broker of a deal already struck mediated
                # between the two parties of the act done or asked for under it
                for m in self._deal_mediators(v, index):
                    for party in (e.source, e.target):
                        if m.code in (e.source.code, e.target.code) or any(
                                x.source.code == m.code and x.target is not None and x.target.code == party.code
                                and x.root == "04" for x in found + out):
                            continue
                        ev = replace(e, source=self.actors.evidence(m, sdoc, doc), target=party,
                                     modality="asserted")
                        self._recode(ev, "045")
                        out.append(ev)
                continue
            if e.modality == "requested":
                continue  # "urged Serbia and Kosovo to return to EU-mediated talks": only the parties are asked
            mediators = [m for m in self._mediator_phrase(v, index) if m.code not in (e.source.code, e.target.code)]
            if mediators and e.code == "040":
                self._recode(e, "046")  # "resumed EU-mediated talks", "met under UN auspices": mediated talks negotiate
            for m in mediators:
                if any(
                        x.source.code == m.code and x.target is not None and x.target.code == e.source.code
                        and x.root == "04" for x in found + out):
                    continue
                ev = replace(e, source=self.actors.evidence(m, sdoc, doc), target=e.source,
                             modality="asserted" if e.modality == "negated" else e.modality)
                self._recode(ev, "045")
                out.append(ev)
        return out

    def _proposed_acts(self, found: list[Event], by_start) -> None:
        """An offer, a request or a demand named by a noun with the act it proposes ("an offer by Sudan to
        mediate"), and the rejection of one ("rejected an offer to mediate"), are coded with that act, as the
        complement table codes "offered to mediate" (039) and "refused to mediate" (126)."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None:
                continue
            if v.pos_ == "NOUN" and e.root in ("02", "03", "10", "13"):
                nouns = [v]
            elif v.pos_ == "VERB" and e.root == "12":
                nouns = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            else:
                continue
            for n in nouns:
                if n.lemma_.lower() not in PROPOSAL_NOUNS:
                    continue
                acts = [self.match(c).code for c in n.children if c.dep_ == "acl" and to_infinitive(c)
                        and self.match(c) is not None]
                # "an offer of talks", "a call for a ceasefire": the act proposed named by a noun
                # ("a request for military aid": the kind the table gives the noun so qualified)
                acts += [next((self.lex.event_nouns[f"{m.lemma_.lower()} {o.lemma_.lower()}"][0] for m in o.children
                               if m.dep_ in ("compound", "amod")
                               and f"{m.lemma_.lower()} {o.lemma_.lower()}" in self.lex.event_nouns),
                              self.lex.event_nouns[o.lemma_.lower()][0]) for c in n.children
                         if c.dep_ == "prep" and c.lower_ in ("of", "for") for o in c.children
                         if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.event_nouns]
                code = self._complement_code(e.root, acts[0]) if acts else None
                if code and code != e.code:
                    self._recode(e, code)
                break

    def _mass_killings(self, found: list[Event], by_start) -> None:
        """Killings of many at once are mass killings (202), as "killed hundreds of" already is: "killed at least 110
        farmers", "beheaded more than 50 people", "killed ... in a massacre"."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or v.lemma_.lower() not in KILLING_VERBS or e.root not in ("18", "19"):
                continue
            many = any(_headcount(n) >= MASS_KILLING for o in v.children if o.dep_ in ("dobj", "nsubjpass")
                       for n in (o, *(k for k in o.children if k.dep_ == "nummod")))  # "thousands of men"
            massacre = any(p.dep_ == "prep" and p.lower_ == "in" and any(
                o.lemma_.lower() in ("massacre", "slaughter", "bloodbath") for o in p.children if o.dep_ == "pobj")
                for p in v.children)
            if many or massacre:
                self._recode(e, "202")

    def _actor_subtypes(self, found: list[Event], by_start) -> list[Event]:
        """Subtypes the actors give an act: an investigation by courts, prosecutors or police is of a crime (091);
        a meeting of negotiators or delegations is a negotiation (046)."""
        for e in found:
            if e.code == "090" and (e.source.code or "")[3:6] in ("JUD", "COP"):
                self._recode(e, "091")
            elif e.code == "040":
                v = by_start.get(e.verb.start)
                subjects = [k for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for k in (c, *c.conjuncts)] \
                    if v is not None else []
                if any(k.lemma_.lower() in NEGOTIATORS for k in subjects):
                    self._recode(e, "046")
        seen, out = set(), []
        for e in found:  # "negotiators met ... for talks": the meeting and the talks are now one act
            key = (e.sentence, e.source.code, e.target.code if e.target else None, e.code, e.modality)
            if key not in seen:
                seen.add(key)
                out.append(e)
        return out

    def _protest_aims(self, found: list[Event], by_start) -> None:
        """A protest whose sentence asks for a political change is coded with that aim, as CAMEO's four-digit
        protest codes do: "blocked the roads, demanding that the president resign" is 1441."""
        aims = {}
        for e in found:
            if e.modality == "requested" and len(e.code) == 4 and e.code.startswith("083"):
                aims.setdefault(e.sentence, e.code[3])
        for e in found:
            if e.root == "14" and len(e.code) == 3 and e.sentence in aims and e.code + aims[e.sentence] in self.lex.cameo:
                self._recode(e, e.code + aims[e.sentence])
        for e in found:
            v = by_start.get(e.verb.start)
            if e.root != "14" or len(e.code) != 3 or e.code == "140" or v is None:
                continue
            aim = self._protest_reason(v) or self._protest_purpose(v)
            if aim and e.code + aim in self.lex.cameo:
                self._recode(e, e.code + aim)

    def _launches(self, found: list[Event], by_start) -> None:
        """A missile fired at no one is a show of force, a test (150): "North Korea fired a long-range rocket on
        Friday", "fired a ballistic missile"; fired at a place or an actor it is a strike (195)."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.code != "195" or e.target is not None or v.lemma_.lower() not in ("fire", "launch"):
                continue
            if any(o.dep_ == "dobj" and (o.lemma_.lower() == "missile" or o.lemma_.lower() == "rocket" and any(
                    m.lower_ in MISSILE_RANGES or m.lemma_.lower() in MISSILE_RANGES for m in o.subtree if m.i < o.i))
                   for o in v.children):
                self._recode(e, "150")

    def _weapon_pairs(self, found: list[Event], by_start) -> list[Event]:
        """Fire of two weapons named together on one noun ("traded artillery and rocket fire", "exchanged
        small-arms and mortar fire"): one act of force for each weapon, coded as the verb's row for that weapon
        with the noun codes it (a weapon no row names takes the row of the bare noun). Gives the added events."""
        added: list[Event] = []
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.root != "19" or v.pos_ != "VERB":
                continue
            for o in (o for o in v.children if o.dep_ == "dobj"):
                mods = [c for c in o.children if c.dep_ in ("compound", "nmod", "amod") and c.i < o.i
                        and c.pos_ in ("NOUN", "PROPN")]
                mods += [k for c in mods for k in c.conjuncts if k.i < o.i and k not in mods]
                if len(mods) < 2 or not any(t.lower_ == "and" for t in o.doc[min(m.i for m in mods):o.i]):
                    continue
                codes = [c for c in (self._weapon_code(v, m, o) for m in sorted(mods, key=lambda m: m.i)) if c]
                if codes and codes[0] != e.code:
                    self._recode(e, codes[0])  # "traded artillery and rocket fire": the first weapon's act
                for code in dict.fromkeys(c for c in codes if c != e.code):
                    if not any(f.verb.start == e.verb.start and f.code == code and f.source.code == e.source.code
                               and (f.target.code if f.target else None) == (e.target.code if e.target else None)
                               for f in found + added):
                        added.append(replace(e, code=code, root=code[:2]))
                        self._recode(added[-1], code)
        return added

    def _weapon_code(self, v, mod, noun) -> str | None:
        """The code of the verb's row for a weapon named on the noun ("artillery" on "fire": "+artillery fire"),
        else of its row for the bare noun ("+fire")."""
        pats = [p for p in self.lex.verbs.get(v.lemma_.lower(), ()) if p.noun and p.code[:2] == "19"]
        wanted = {f"{mod.lemma_.lower()} {noun.lemma_.lower()}", mod.lemma_.lower()}
        row = next((p for p in pats if p.noun & wanted), None) or next(
            (p for p in pats if noun.lemma_.lower() in p.noun), None)
        return row.code if row is not None else None

    def _peace_missions(self, found: list[Event], by_start, index) -> None:
        """Forces sent to another country for a peacekeeping or security mission are military protection (074),
        not a show of force: "will deploy police officers to Haiti to lead a multinational security mission",
        "Brazilian peacekeepers will deploy to Haiti", "sent troops to help end the civil war"."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.code not in ("074", "150", "153", "154") or v.lemma_.lower() not in DEPLOYING_VERBS:
                continue
            # "sent peacekeepers to the UN mission in Congo": a mission that peacekeepers join keeps the peace
            peace = any(o.dep_ == "dobj" and o.lemma_.lower() in PEACE_WORDS for o in v.children)
            host = self._mission_country(e, by_start, index, peace)
            if host is not None:
                # "deployed 200 police officers to the UN peacekeeping mission in South Sudan": protection given
                # to the country the mission serves
                e.target = host
                self._recode(e, "074")
                continue
            if e.target is None or not e.target.code or not e.source.code or e.target.code[:3] == e.source.code[:3]:
                continue  # "deployed thousands of officers to guard churches": at home, no mission abroad
            if e.code == "074" or self._peace_mission(v):
                self._recode(e, "074")
                # "asked Rwanda to send soldiers to help retake towns": the appeal or pledge is for protection
                for a in found:
                    if a.verb.start == v.head.idx and a.root in ("02", "03", "10") and len(a.code) == 3 and \
                            (a.source.code or "")[:3] == ((e.target.code if e.modality == "requested"
                                                           else e.source.code) or "")[:3]:
                        code = self._complement_code(a.root, "074")
                        if code:
                            self._recode(a, code)
                if len(e.target.code) > 3 and not e.target.code.startswith("IGO"):
                    # protection is given to the country ("to help end the civil war in Liberia")
                    e.target = replace(e.target, code=e.target.code[:3],
                                       name=self.actors.country_name.get(e.target.code[:3], e.target.code[:3]))

    @staticmethod
    def _peace_mission(v) -> bool:
        """The deployment names peacekeepers or a mission as its force or its purpose."""
        forces = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if any(t.lemma_.lower() in PEACE_WORDS for f in forces for t in f.subtree):
            return True  # "a first contingent of Brazilian peacekeepers will deploy"
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(p.lemma_.lower() == "mandate" for p in c.children)
               for c in v.children):
            return True  # "under a UN mandate"
        for c in v.children:
            if c.dep_ == "advcl" and to_infinitive(c):
                if c.lemma_.lower() in HELPING_VERBS:
                    return True  # "to help end the civil war", "to help restore order"
                # "to lead a multinational security mission", "to join a UN stabilisation force"
                if any(o.dep_ == "dobj" and o.lemma_.lower() in MISSION_NOUNS for o in c.children) \
                        and c.lemma_.lower() in ("lead", "join", "reinforce", "command", "bolster"):
                    return True
        return False

    def _mission_country(self, e: Event, by_start, index, peace: bool = False):
        """The country of the mission an event's target names ("the UN peacekeeping mission in South Sudan"), if
        the target is a peacekeeping or security mission there (any mission, where ``peace``: peacekeepers are
        what is sent to it)."""
        if e.target is None or not e.target.text:
            return None
        tok = by_start.get(e.target.start)
        while tok is not None and tok.dep_ in ("det", "compound", "nmod", "amod") and tok.head.i > tok.i:
            tok = tok.head
        if tok is None or tok.lemma_.lower() not in MISSION_NOUNS or not peace and not any(
                t.lemma_.lower() in PEACE_WORDS | {"security"} for t in tok.lefts):
            return None
        places = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code and a.code[:3].isalpha()
                  and not a.code.startswith("IGO")]
        if not places or places[0].code[:3] == (e.source.code or "")[:3]:
            return None
        place, code = places[0], places[0].code[:3]
        first, last = tok.doc[place.start], tok.doc[place.end - 1]
        return replace(e.target, text=tok.doc.text[first.idx:last.idx + len(last)], start=first.idx,
                       end=last.idx + len(last), code=code, name=self.actors.country_name.get(code, code))

    @staticmethod
    def _protest_demands(found: list[Event], by_start) -> list[Event]:
        """"Rallied outside parliament, demanding that lawmakers scrap a bill": the demand is the protest's aim,
        which its four-digit code tells; neither the demand nor the act it asks for is coded apart (an appeal,
        "calling for the president to step down", that someone yield is)."""
        protests = {e.verb.start for e in found if e.root == "14" and e.modality == "asserted"}
        if not protests:
            return found
        aims: set[int] = set()
        for e in found:
            v = by_start.get(e.verb.start)
            if v is not None and e.root in ("02", "10") and v.dep_ == "acl" and v.tag_ == "VBG" and (
                    v.head.idx in protests or v.head.dep_ == "pobj" and v.head.head.lower_ == "by"
                    and v.head.head.head.idx in protests):
                # "weeks of protests by teachers demanding higher pay": the protesters' demand is the protest's aim
                aims.update(_demand_span(v))
                continue
            if v is None or e.root not in ("02", "10") or v.dep_ != "advcl" or v.head.idx not in protests:
                continue
            if v.tag_ == "VBG" or to_infinitive(v):
                span = _demand_span(v)
                if e.root == "02" and any(r.root == "08" and r.modality == "requested" and r.verb.start in span
                                          and r.verb.start != v.idx for r in found):
                    # "demonstrated in Cairo, calling for the president to step down": an appeal that a leader
                    # yield is made to that leader, and coded with what it asks, beside the protest
                    continue
                aims.update(span)
        return [e for e in found if e.verb.start not in aims]

    @staticmethod
    def _toll(found: list[Event], by_start) -> list[Event]:
        """"Bombed a police station, killing two officers", "set off a bomb on a train, killing 60 passengers",
        "shelled a fuel depot, setting off huge fires":
        the participle tells the toll of the attack, not another act; the attack is aimed at those it hit where
        the text names only the place."""
        attacks = {}
        for e in found:
            if e.root in ("18", "19", "20"):
                attacks.setdefault(e.verb.start, []).append(e)
        drop = set()
        for e in found:
            v = by_start.get(e.verb.start)
            if v is not None and e.root == "19" and e.target is not None and v.dep_ == "advcl" and v.tag_ == "VBG":
                # "violated the ceasefire in Kashmir, firing mortar rounds at Indian army posts": the violation is
                # aimed at whom the fire was
                for a in attacks.get(v.head.idx, []):
                    if a.code == "196" and a.source.code == e.source.code and (
                            a.target is None or len(a.target.code or "") == 3):
                        a.target = e.target
            # (a fire the attack set off is its damage: "struck an oil refinery, setting off a large fire"; one
            # set to things named, "setting fire to dozens of homes", is arson of its own)
            if v is None or not (e.root in ("18", "20") or e.code == "190" or e.code == "1712" and e.target is None
                                 and not any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children)) \
                    or v.dep_ != "advcl" or v.tag_ != "VBG":
                continue  # a death or a wound; "capturing the town" is an act of its own
            hits = [a for a in attacks.get(v.head.idx, []) if a.source.code == e.source.code]
            if not hits:
                continue
            drop.add(id(e))
            for a in hits:
                if e.target is not None and (a.target is None or a.target.kind == "place"):
                    a.target = e.target
        return [e for e in found if id(e) not in drop]

    def _access_granted(self, found: list[Event], by_start) -> None:
        """Access given to inspectors, aid workers or peacekeepers is the involvement they stand for: "granted
        chemical weapons inspectors access to Douma" receives inspectors (0862)."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.code != "086" or not any(c.dep_ == "dobj" and c.lemma_.lower() == "access"
                                                          for c in v.children):
                continue
            given = [c.lemma_.lower() for c in v.children if c.dep_ in ("dative", "dobj")]
            # "gave aid workers access": the parser may take the ones given it for a modifier of "access"
            given += [k.lemma_.lower() for c in v.children if c.dep_ == "dobj" for k in c.children
                      if k.dep_ == "compound"]
            given += [p.lemma_.lower() for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
            code = next((ACCESS_GRANTEES[g] for g in given if g in ACCESS_GRANTEES), None)
            if code:
                self._recode(e, code)

    def _probed_reports(self, found: list[Event], by_start) -> None:
        """An inquiry into reports or allegations that some act was done looks into that act: "NATO is
        investigating reports that its air strike killed civilians" inquires into military action (093), as
        "investigating the air strike" does; reported abuses are 092, mass killings 094."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.code != "090":
                continue
            told = [k for o in v.children if o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in REPORT_NOUNS
                    for c in o.children if c.dep_ in ("acl", "ccomp", "relcl") for k in c.subtree]
            told += [k for p in v.children if p.dep_ == "prep" for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in REPORT_NOUNS
                     for c in o.children if c.dep_ in ("acl", "ccomp") for k in c.subtree]
            pats = [self.match(k) for k in told if _verbal(k)]
            roots = [p.code[:2] for p in pats if p is not None and p.code[:2] in PROBED_ACTS]
            if roots:
                self._recode(e, PROBED_ACTS[roots[0]])

    def _inquiry_purposes(self, found: list[Event], by_start, index, sdoc, doc) -> None:
        """A body set up or an inquiry opened "to investigate" something looks into what that verb does: "set up a
        commission to investigate abuses by the security forces" inquires into abuses (092) by them, as
        "investigated abuses by the security forces" does; its target, where the inquiry named none, is the
        purpose verb's."""
        for e in found:
            v = by_start.get(e.verb.start)
            if v is None or e.root != "09":
                continue
            holders = [v, *(o for o in v.children if o.dep_ == "dobj")]
            purposes = [c for h in holders for c in h.children if c.dep_ in ("advcl", "acl", "relcl", "xcomp")
                        and to_infinitive(c)]
            for c in purposes:
                pat = self.match(c)
                if pat is None or pat.code[:2] != "09":
                    continue
                if e.code == "090" and pat.code != "090":
                    self._recode(e, pat.code)
                if e.target is None and any(o.dep_ == "dobj" for o in c.children):
                    # (an object named, not a clause: "to investigate how the army's funds went missing" is about
                    # no one named in it)
                    aims = [a for a in self.args.targets(c, pat, index) if a is not MUTUAL and a.code
                            and a.code != e.source.code]
                    if aims:
                        e.target = self.actors.evidence(aims[0], sdoc, doc)
                break

    def _claims(self, found: list[Event], by_start, index) -> None:
        """"The group later said it had carried out the attack": an armed actor telling of its own act of force
        claims responsibility for it (015, no target); the act itself is coded where the text tells it."""
        claims: list[Event] = []
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.root not in ("18", "19", "20") or v.dep_ != "ccomp" or ev.modality != "asserted":
                continue
            teller = v.head
            if teller.lemma_.lower() not in CLAIM_VERBS:
                continue
            if v.tag_ == "VBG" and any(k.dep_ == "aux" and k.lemma_ == "be" for k in v.children):
                continue  # "said it was holding six workers hostage": an act still going on is told, not claimed
            speakers = [index.at(c.i) for c in teller.children if c.dep_ == "nsubj" and index.at(c.i) is not None]
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "The group later said it had carried out the attack"; "..., killing dozens, the group said"
            told_after = teller.i > v.i and teller.dep_ in ("ROOT", "parataxis")
            if not speakers or not subjects or (subjects[0].pos_ != "PRON" and not told_after) \
                    or speakers[0].code != ev.source.code \
                    or (ev.source.code or "")[3:6] not in ("INS", "REB", "SEP", "UAF", "CRM"):
                continue  # a state telling of its strikes reports them; an armed group claims them
            if subjects[0].pos_ != "PRON":  # the act told in full is coded, and its claim besides
                claim = replace(ev)
                claims.append(claim)
                ev = claim
            self._recode(ev, "015")
            ev.target = None
        found.extend(claims)

    def _must_demands(self, found: list[Event], by_start, index, sdoc, doc) -> list[Event]:
        """"Turkey's president said Sweden must extradite the suspects": a speaker saying that another actor must act
        demands the act (10x, aimed at that actor), which is then requested, not done."""
        out: list[Event] = []
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.modality != "asserted" or \
                    not any(c.dep_ == "aux" and c.lower_ == "must" for c in v.children):
                continue
            if ev.root in SPEECH_ROOTS:
                ev.modality = "hypothetical"  # "said Mexico must rebut the claims": a duty, no statement made
                continue
            if v.dep_ != "ccomp" or v.head.lemma_.lower() not in MUST_SAYING_VERBS:
                ev.modality = "hypothetical"  # "the Democrats must consider new policies": a duty, not a deed
                continue
            speakers = [a for a in self.args.sources(v.head, index) if a.code]
            if not speakers or any((a.code or "")[:3] == (ev.source.code or "")[:3] for a in speakers):
                ev.modality = "hypothetical"
                continue  # "said it must respond": the speaker's own duty, no demand
            ev.modality = "requested"
            code = self._complement_code("10", ev.code) or "100"
            pat = VerbPattern(v.head.lemma_.lower(), (), None, code, (), None, "verbs.tsv")
            for a in speakers:
                demand = self._event(v.head, pat, a, None, "asserted", sdoc, doc)
                demand.target = ev.source
                out.append(demand)
            if ev.target is None and ev.root in ("04", "05", "06", "07"):
                # support, cooperation, aid or suspects demanded with no one named to receive them go to the
                # demanding government's country
                asker = speakers[0]
                if (asker.code or "")[3:6] == "GOV" and ev.root != "04":
                    asker = self._as_country(asker)
                ev.target = self.actors.evidence(asker, sdoc, doc)
        return out

    def _asked_for(self, found: list[Event], by_start) -> None:
        """"A request by Greece for war reparations", "appeals from Washington for his release": a request or an
        appeal named by a noun takes the code "asked for" the same thing has (0231, 0253); turned down, it is
        the matching rejection ("rejected a request for weapons": 1222)."""
        for ev in found:
            n = by_start.get(ev.verb.start)
            if n is None or ev.code != "020" or n.pos_ != "NOUN" or n.lemma_.lower() not in ASKING_FOR_NOUNS:
                continue
            # the parser may hang the for-phrase on the asker: "a request by Greece for war reparations"
            holders = [n] + [p for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                             for p in c.children if p.dep_ == "pobj"]
            objects = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                       for p in c.children if p.dep_ == "pobj"]
            words = {o.lemma_.lower() for o in objects} | {
                m.lemma_.lower() + " " + o.lemma_.lower() for o in objects for m in o.children
                if m.dep_ in ("compound", "amod")}
            pats = sorted((p for lemma in ("ask", "call", "appeal") for p in self.lex.verbs.get(lemma, ())
                           if p.preps == ("for",) and p.noun and p.noun & words and p.code[:2] == "02"
                           and not p.comp), key=lambda p: -p.specificity)
            if not pats or pats[0].code == "020":
                continue
            self._recode(ev, pats[0].code)
            rejection = REJECTED_APPEALS.get(pats[0].code[:3], "") + pats[0].code[3:]
            for r in found:
                if r.code == "120" and n.dep_ in ("dobj", "nsubjpass") and r.verb.start == n.head.idx \
                        and len(rejection) >= 3 and rejection in self.lex.cameo:
                    self._recode(r, rejection)

    def _breakaway_land(self, found: list[Event]) -> None:
        """An annexed breakaway territory (word list annexed-land) named bare ("Crimea", not "Crimean leaders") as
        what another state's threat, seizure or force is aimed at is its host state's land: "Russia annexed Crimea"
        is RUS 192 UKR, "if Crimea came under attack" a threat for UKR. Its host's own forces acting on it act
        against its separatists, and its authorities named by role keep the territory's code; territories with de
        facto states of their own stay separatist ("Russian troops entered South Ossetia": GEOSEP)."""
        for e in found:
            t = e.target
            if t is None or not t.code or e.root not in LAND_ROOTS or not e.source.code:
                continue
            host = self.breakaway_lands.get(t.text.lower().removeprefix("the "))
            if host and t.code == host + "SEP" and e.source.code[:3] not in (host, "IGO"):
                e.target = replace(t, code=host)

    def _rejected_calls(self, found: list[Event], by_start) -> None:
        """"Rejected calls to resign", "rejected demands to halt the offensive": turning down an appeal whose
        infinitive names the act asked for is the rejection of that kind of appeal (1231 for a leader's going)."""
        for r in found:
            v = by_start.get(r.verb.start)
            if r.code != "120" or v is None:
                continue
            asked = [self.match(k) for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in DEMAND_NOUNS
                     for k in o.children if k.dep_ in ("acl", "relcl") and to_infinitive(k)]
            code = next((c for a in asked if a is not None for c in [self._complement_code("02", a.code)] if c), "")
            rejection = REJECTED_APPEALS.get(code[:3], "") + code[3:]
            if len(rejection) >= 3 and rejection in self.lex.cameo:
                self._recode(r, rejection)

    def _third_country_meetings(self, found: list[Event], by_start, index) -> None:
        """"The Indian and Chinese leaders met in Kazan", "talks with Kosovo's prime minister in the North Macedonian
        town of Ohrid": a meeting of two states' actors held in a third country is a meeting at a third location
        (044), as CAMEO codes it; a meeting in either side's land stays 040."""
        for ev in found:
            if ev.code != "040" or ev.target is None:
                continue
            sides = {(ev.source.code or "")[:3], (ev.target.code or "")[:3]}
            if len(sides) != 2 or any(not c.isalpha() or len(c) != 3 or c == "IGO" for c in sides):
                continue
            v = by_start.get(ev.verb.start)
            if v is None:
                continue
            # "held talks with X in Y", "meet X in Y": the place may hang on the talks or on the partner
            heads = [v] + [c for c in v.children if c.dep_ == "dobj"]
            if v.pos_ == "NOUN" and v.dep_ == "dobj":  # "hosted talks between X and Y in Zurich"
                heads.append(v.head)
            heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                      for p in c.children if p.dep_ == "pobj"]
            where = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
            # "the Jordanian resort of Aqaba", "a hotel in Paris": the place named in the noun's own phrase, or its
            # country's adjective
            where += [k for p in where for c in p.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                      for k in c.children if k.dep_ == "pobj"]
            # "held talks on the sidelines of a summit": the lexicon's third-location nouns ("meet on +sideline")
            # mark the meeting as held away from both sides, wherever the parser hangs the phrase
            if any(p.lemma_.lower() in self.margin_nouns for h in heads for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"):
                self._recode(ev, "044")
                continue
            countries = set()
            for p in where:
                for t in (p, *(c for c in p.children if c.dep_ in ("amod", "compound", "poss"))):
                    m = index.at(t.i) or index.modifiers.get(t.i)
                    if m is not None and m.code and m.kind in ("country", "place", "capital", "seat", "modifier"):
                        countries.add(m.code[:3])
            if countries and not countries & sides and all(c.isalpha() and c != "IGO" for c in countries):
                self._recode(ev, "044")

    def _withheld_comment(self, found: list[Event], by_start) -> None:
        """"Would not comment on the report", "did not comment": a comment withheld is a comment declined (011),
        as "declined to comment" is, not a statement that did not happen; the verbs are those the lexicon's
        declining rows take as complement ("decline ~comment|elaborate|...")."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if ev.code == "010" and ev.modality == "negated" and v is not None \
                    and v.lemma_.lower() in self.withheld_comments:
                self._recode(ev, "011")
                ev.modality = "asserted"
                ev.target = None

    @staticmethod
    def _predicate_targets(found: list[Event], by_start, sdoc) -> None:
        """"Pledged to be the greatest jobs president", "is willing to be a mediator": the noun after "to be" says
        what the subject means to be, not whom the act is aimed at (one named inside it still is: "pledged to be a
        friend of Israel")."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.target is None or not ev.target.text:
                continue
            span = sdoc.char_span(ev.target.start, ev.target.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if head.dep_ == "attr" and head.head.lemma_ == "be" and head.head.dep_ == "xcomp" and \
                    head.head.head.i == v.i:
                ev.target = None

    @staticmethod
    def _shared_partner(found: list[Event], by_start) -> None:
        """"Telephoned Ecuador's president and offered her condolences": an act conjoined to a call, meeting or
        visit, with no subject and no target of its own, is done to whom the call or meeting was with; an act done
        "during a visit to Tanzania", to the hosts."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if ev.target is not None or v is None or ev.root not in ("01", "02", "03", "05", "06", "07"):
                continue
            partners = {}
            if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                partners = {e.target.code: e.target for e in found if e.verb.start == v.head.idx and e.root == "04"
                            and e.target is not None and e.source.code == ev.source.code
                            and e.modality == ev.modality}
            # "asked for forgiveness during a visit to Tanzania": said to the hosts
            # ("Germany's president, on a visit to Tanzania, asked ...": the phrase may be set off on the subject)
            visits = {p.idx for h in (v, *(k for k in v.children if k.dep_ == "nsubj")) for c in h.children
                      if c.dep_ == "prep" and c.lower_ in ("during", "on") for p in c.children if p.dep_ == "pobj"}
            partners.update({e.target.code: e.target for e in found if e.verb.start in visits and e.code == "042"
                             and e.target is not None and e.source.code == ev.source.code and ev.root != "04"})
            # "Germany apologised to Namibia. It also pledged aid": a pronoun's further act, told with "also", is
            # done to the partner of its act in the sentence before; so is that of a noun that refers back to a
            # state ("... The kingdom also agreed to defer payment")
            if not partners and any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children) and any(
                    c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.lemma_.lower() in STATE_NOUNS and any(
                        d.dep_ == "det" and d.lower_ == "the" for d in c.children)) for c in v.children):
                partners = {e.target.code: e.target for e in found if e.sentence == ev.sentence - 1
                            and e.target is not None and e.source.code == ev.source.code
                            and e.modality == ev.modality and e.root in ("01", "02", "03", "04", "05", "06", "07")}
            if len(partners) == 1:
                ev.target = next(iter(partners.values()))

    def _told_to(self, found: list[Event], sdoc, by_start, index, doc) -> None:
        """"He told Kim Jong Un that he wanted to visit Pyongyang": a speaker's own stance (a comment, an intent, a
        demand, a rejection, a threat) told to someone is aimed at whom it was told."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.root not in SPEECH_ROOTS or ev.modality == "requested":
                continue
            node = v
            while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
                node = node.head  # "he wanted to visit", "was ready to"
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in ("tell", "assure", "inform", "reassure"):
                node = node.head
            elif node.lemma_.lower() not in ("tell", "assure", "inform", "reassure"):
                continue
            speakers = {a.code for c in node.children if c.dep_ == "nsubj" for a in self.args.actors_of(c, index)}
            # (not "told reporters"; an act with another target of its own keeps it: "told reporters that it was
            # ready to mediate between Moscow and Kyiv")
            told = [a for c in node.children if c.dep_ in ("dobj", "dative")
                    for a in self.args.actors_of(c, index) if a.code and a.code not in speakers
                    and a.code[3:6] != "MED"]
            if ev.source.code in speakers and told and (ev.target is None or (
                    ev.target.code != told[0].code and (ev.target.code or "")[:3] == told[0].code[:3])):
                ev.target = self.actors.evidence(told[0], sdoc, doc)

    @staticmethod
    def _shared_object(found: list[Event], by_start, index) -> None:
        """An act with no target of its own shares one told beside it: a conjoined act with no subject of its own
        ("demanded that Israel lift its siege of Gaza and allow aid convoys access": both for Gaza), and the act of a
        relative clause on an actor whose act has a target ("condemnation from Japan, which threatened sanctions":
        both against the one condemned)."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if ev.target is not None or v is None or v.head.i == v.i:
                continue
            partners = {}
            if v.dep_ == "conj" and ev.root not in ("01", "02", "10", "12") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and not any(
                    c.dep_ == "dobj" and (index.at(c.i) is not None or any(k.dep_ == "poss" for k in c.children))
                    for c in v.children):  # "... and banned its leaders": people of its own
                partners = {e.target.code: e.target for e in found if e.verb.start == v.head.idx
                            and e.target is not None and e.source.code == ev.source.code
                            and e.modality == ev.modality and e.root not in ("01", "02", "10", "12")
                            and e.code != ev.code}  # "met X and discussed trade": one act told twice
            elif v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children):
                heads = [v.head.idx] + [c.idx for c in v.head.conjuncts]  # "the United States and Japan, which"
                partners = {e.target.code: e.target for e in found if e is not ev and e.target is not None
                            and e.source.code == ev.source.code and e.sentence == ev.sentence
                            and any(e.source.start <= h < e.source.end for h in heads)}
            if len(partners) == 1:
                ev.target = next(iter(partners.values()))

    @staticmethod
    def _demand_threats(found: list[Event], by_start) -> None:
        """"Demanded that Canada free the executive, warning of grave consequences", "urged the president to open
        talks, threatening to resume protests": a threat told by a participle after a demand, with no target of
        its own, is aimed at whom the demand is made of."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.root != "13" or ev.target is not None or v.tag_ != "VBG" or v.i == 0 \
                    or v.doc[v.i - 1].text != ",":
                continue
            asked = {e.target.code: e.target for e in found if e.sentence == ev.sentence and e.root in ("02", "10")
                     and e.modality == "asserted" and e.source.code == ev.source.code and e.target is not None
                     and e.verb.start < ev.verb.start}
            if len(asked) == 1:
                ev.target = next(iter(asked.values()))

    def _alert_rivals(self, found: list[Event], sdoc, by_start, index, doc) -> None:
        """"Placed the army on combat readiness amid rising tensions with Kosovo": a raised military alert with no
        target of its own is aimed at the rival the tension it is raised in is with (a border it is raised along
        is only where: "on combat alert along the border with Ukraine")."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if v is None or ev.code != "152" or ev.target is not None:
                continue
            subjects = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            rivals = [a for t in v.subtree if t.i not in subjects and t.lemma_.lower() in RIVAL_STRAINS
                      for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)
                      if a.code and a.code[:3] != (ev.source.code or "")[:3]]
            if rivals:
                ev.target = self.actors.evidence(rivals[0], sdoc, doc)

    def _held_strikers(self, found: list[Event], sdoc, index) -> None:
        """A hunger strike by prisoners or detainees is aimed at the state that holds them, not at a government
        its strikers' own country implies: "Palestinian prisoners in Israeli jails" (Israel), "Kurdish prisoners
        in Iran's Urmia jail" (Iran), "an imprisoned Bahraini activist" (Bahrain)."""
        for ev in found:
            if not ev.code.startswith("142") or ev.target is None or ev.target.kind != "implied":
                continue
            span = sdoc.char_span(ev.source.start, ev.source.end, alignment_mode="expand")
            if span is None or not ev.source.text:
                continue
            phrase = list(span.root.subtree)
            if not any(t.lemma_.lower() in HELD_NOUNS or t.lower_ in HELD_WORDS for t in phrase):
                continue
            # ("prisoners launched a hunger strike in Israeli jails": the jail may hang on the verb)
            verb = sdoc.char_span(ev.verb.start, ev.verb.end, alignment_mode="expand")
            if verb is not None:
                heads = [verb.root, *(o for o in verb.root.children if o.dep_ == "dobj")]
                phrase += [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                           for t in p.subtree]
            jailers = [a for t in phrase if t.lemma_.lower() in JAIL_NOUNS for c in t.children
                       if c.dep_ in ("poss", "amod", "compound") and c.i < t.i
                       for a in (self.args.actors_of(c, index) or [index.modifiers.get(c.i)])
                       if a is not None and a.code and a.code[:3].isalpha()
                       and not a.code.startswith("IGO")]
            country = jailers[0].code[:3] if jailers else (ev.source.code or "")[:3]
            if country in self.actors.country_name:
                ev.target = replace(ev.target, code=country, name=self.actors.country_name[country])

    @staticmethod
    def _answered_acts(found: list[Event], by_start) -> None:
        """"Argentina seized Repsol's stake, and Madrid vowed to retaliate", "Estonia expelled a Russian diplomat.
        Moscow vowed a tit-for-tat response": a threat that names no one is aimed at the actor of the last act
        told before it against the threatening side; so is force used in answer ("... and South Korean forces
        returned fire", "Hamas hit back with rockets")."""
        for ev in found:
            side = (ev.source.code or "")[:3]
            if ev.target is not None or ev.modality != "asserted" or not side.isalpha():
                continue
            v = by_start.get(ev.verb.start)
            answering = ev.root in ("18", "19") and v is not None and (v.lemma_.lower() in ANSWERING_VERBS or any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in v.children))
            if ev.root != "13" and not answering:
                continue
            earlier = [e for e in found if (e.sentence, e.verb.start) < (ev.sentence, ev.verb.start)
                       and e.sentence >= ev.sentence - 1 and e.target is not None and e.source.code
                       and (e.target.code or "")[:3] == side and e.source.code[:3] != side
                       and e.modality == "asserted" and e.root not in ("01", "02", "03", "04", "05", "06", "07", "08")]
            if earlier:
                ev.target = max(earlier, key=lambda e: (e.sentence, e.verb.start)).source

    def _told_acts(self, found: list[Event], by_start, index) -> None:
        """"North Korea detonated a nuclear device. Japan condemned the test": an act named by a definite noun
        with no actor of its own refers back to an act an earlier sentence told; it is aimed at that act's actor
        (the source of the last event of the sentences before, other than the one who reacts)."""
        for ev in found:
            v = by_start.get(ev.verb.start)
            if ev.target is not None or v is None or ev.sentence == 0 or not _verbal(v):
                continue
            pat = self.match(v)
            if pat is None or "-" in pat.targets or "mutual" in pat.targets:
                continue
            slots = ("nsubj",) if "inverse" in pat.targets else ("dobj",)
            nouns = [c for c in v.children if c.dep_ in slots and c.pos_ == "NOUN"
                     and (c.lemma_.lower() in self.lex.event_nouns or c.lemma_.lower() in TOLD_ACT_NOUNS)
                     and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in c.children)
                     and not any(k.dep_ in ("poss", "prep", "acl", "relcl", "compound", "amod") and k.i > c.i
                                 or k.dep_ == "poss" for k in c.children)
                     and not self.args.actors_of(c, index)]
            if not nouns:
                continue
            earlier = [e for e in found if e.sentence < ev.sentence and e.source.code
                       and e.source.code != ev.source.code and e.modality == "asserted"]
            if earlier:
                last = max(e.sentence for e in earlier)
                ev.target = [e for e in earlier if e.sentence == last][0].source
