"""Protests in the events stage: whom a protest is aimed at and what it seeks.

A protest's target is the actor whose act it is against ("marched against the army's crackdown"), else the
protesters' own government, as CAMEO codes it; a place it was held in or blocked is no target. Its aim (the
CAMEO subcode of demonstrating for a change of policy or leadership) comes from an "in protest at"/"against"/
"over" phrase or a purpose clause, read against ``protest_aims.tsv``. Mixed into ``dyad.events.Events``.
"""

from __future__ import annotations

from .actors import ActorMention
from .document import Event
from .event_words import _implied
from .lexicon import word_list
from .moods import to_infinitive

# protest nouns an act is done "in" whose against-, at- or over-phrase names the protest's aim
PROTEST_ACTS = word_list("protest-act")


class EventProtests:
    """The protest rules of the events stage (mixed into ``dyad.events.Events``)."""

    def _protest_targets(self, v, out, index, sdoc, doc) -> None:
        """The targets of protest events: a scene is no target, the protested actors are."""
        # "rioters set fire to shops": a riot done to things is aimed at no one ("rioted in Nairobi": at the
        # government)
        things = any(o.pos_ == "NOUN" and not self.args.actors_of(o, index)
                     for o in [c for c in v.children if c.dep_ == "dobj"] +
                     [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                      if p.dep_ == "pobj"])
        for ev in out:
            if ev.root == "14" and ev.verb.start == v.idx and ev.target is not None and \
                    self._protest_scene(v, ev.target, sdoc, index):
                ev.target = None  # "blocked a highway linking Bolivia and Brazil": where, not against whom
            if ev.root == "14" and ev.verb.start == v.idx and ev.target is None:
                against = self._protested_actors(v, index, ev.source.code)
                if against:
                    ev.target = self.actors.evidence(against[0], sdoc, doc)
            # "staged a final campaign rally": held for a candidate or party, against no one
            campaign = any(d.dep_ in ("compound", "amod") and d.lemma_.lower() in self.senses.campaign_mods
                           for c in v.children if c.dep_ == "dobj" for d in c.children)
            if not (things and ev.code.startswith("145")) and not campaign:
                self._protest_target(ev)

    def _protest_scene(self, v, target, sdoc, index) -> bool:
        """Whether a protest's target is only where it took place: a town or a country named as a place ("a march
        through Yerevan"), or named inside a thing the protesters blocked or occupied ("a highway linking Bolivia
        and Brazil", "the border crossing between Canada and the United States")."""
        span = sdoc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None or not target.text:
            return False
        if target.kind == "place":
            return True
        node = span.root
        while node.i != v.i and node.head.i != node.i:
            node = node.head
            if node.i != v.i and node.pos_ == "NOUN" and index.at(node.i) is None and not self.args.actors_of(
                    node, index) and node.lemma_.lower() not in self.lex.event_nouns:
                return True
        return False

    def _protest_purpose(self, v) -> str | None:
        """The aim a protest's purpose gives it: "kept up a sit-in to press the generals to hand power to
        civilians" (1414): the change the act it presses for would make (083x)."""
        for c in v.children:
            if c.dep_ not in ("advcl", "xcomp") or not to_infinitive(c):
                continue
            for k in (c, *(k for k in c.children if k.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(k))):
                pat = self.match(k)
                if pat is not None and len(pat.code) == 4 and pat.code[:3] in ("083", "024", "104"):
                    return pat.code[3]  # "to demand the president's resignation" (1041): for leadership change
                if pat is None or pat.code[:2] not in ("02", "10"):
                    # "a general strike to force the government to restore the fuel subsidy": what the act pressed
                    # for is done to
                    for o in (o for o in k.children if o.dep_ == "dobj"):
                        for w in (o, *(g for g in o.children if g.dep_ == "compound")):
                            if k is not c and w.lemma_.lower() in self.protest_aims:
                                return self.protest_aims[w.lemma_.lower()]
                if pat is not None and pat.code[:2] in ("02", "10"):
                    # "a strike to demand higher wages", "to press for the repeal of the law": what is asked for
                    asked = [o for o in k.children if o.dep_ == "dobj"] + [
                        p for c in k.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                        if p.dep_ == "pobj"]
                    # ("to press the government for compensation": the parser may hang the "for" on the object)
                    asked += [g for o in asked for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                              for g in c.children if g.dep_ == "pobj"]
                    for w in asked:
                        if w.lemma_.lower() in self.protest_aims:
                            return self.protest_aims[w.lemma_.lower()]
        return None

    @staticmethod
    def _done_in_protest(v) -> bool:
        """An "in protest" adjunct on the verb ("in protest at the laws", "in protest against the arrests", "in
        protest"), not a protest named as what the act is about ("took part in protests")."""
        # (the parser may hang the adjunct on the object: "dumped manure outside government buildings in protest")
        heads = [v, *(o for o in v.children if o.dep_ == "dobj")]
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and p.lower_ == "protest" and not any(d.dep_ == "det" for d in p.children)
            for p in c.children) for h in heads for c in h.children)

    def _protest_reason(self, v) -> str | None:
        """The aim a protest's stated reason gives it: "in protest at rising fuel taxes", "against the government's
        austerity cuts", "over a rise in electricity tariffs", "to protest against vaccine mandates"."""
        verbs = [v, *v.conjuncts]  # "stormed parliament and set part of it ablaze in protest at tax increases"
        # ("walked off the job in a new strike against the pension reform": the strike's aim)
        heads = verbs + [p for u in verbs for c in u.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PROTEST_ACTS]
        heads += [c for u in verbs for c in u.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest"]
        heads += [c for u in verbs for c in u.children if c.dep_ == "dobj"]  # "began a strike over the decision"
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("at", "against", "over"):
                    continue
                # "against inequality and the government's handling of the economy": each conjunct is an aim
                for p in (q for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)):
                    words = [p] + [k for k in p.children if k.dep_ in ("compound", "amod", "nmod")]
                    # ("a government decree easing penalties" read as one noun: the modifier's own compound)
                    words += [g for k in words[1:] for g in k.children if g.dep_ == "compound"]
                    words += [k for k in p.children if k.dep_ == "acl"] + [
                        g for k in p.children if k.dep_ == "prep" and k.lower_ in ("of", "in")
                        for g in k.children if g.dep_ == "pobj"]
                    for w in words:
                        if w.lemma_.lower() in self.protest_aims:
                            return self.protest_aims[w.lemma_.lower()]
        return None

    def _protested_actors(self, v, index, source_code) -> list[ActorMention]:
        """Who did the act a protest is against: "boycotted classes in protest at the arrest of a student by
        police" (the police), "marched against the army's crackdown" (the army)."""
        verbs = [v, *v.conjuncts]
        heads = verbs + [p for u in verbs for c in u.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "protest"]
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("at", "against", "over"):
                    continue
                for n in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.event_nouns):
                    found = [a for k in n.children if k.dep_ == "poss" for a in self.args.actors_of(k, index)]
                    # (the parser may hang the by-phrase on the noun of the of-phrase: "the arrest of a lecturer by
                    # police")
                    holders = [n] + [g for k in n.children if k.dep_ == "prep" and k.lower_ == "of"
                                     for g in k.children if g.dep_ == "pobj"]
                    found += [a for h2 in holders for k in h2.children if k.dep_ in ("prep", "agent")
                              and k.lower_ == "by" for p in k.children if p.dep_ == "pobj"
                              for a in self.args.actors_of(p, index)]
                    found = [a for a in found if a.code and a.code != source_code and a.kind != "place"]
                    if found:
                        return found
        return []

    def _protest_target(self, ev: Event) -> None:
        """A protest that names no target is against the protesters' own government, as CAMEO codes it:
        "Egyptians demonstrated in Cairo" is EGYCVL 141 EGYGOV. A riot that names none ("youths rioted in the
        suburbs", "a day of rioting by monks") is violence in the street, aimed at no one side."""
        if ev.root != "14" or ev.target is not None or not ev.source.code or len(ev.source.code) < 3:
            return
        if ev.code.startswith("145"):
            return
        country = ev.source.code[:3]
        if ev.source.code[3:6] == "GOV" or country not in self.actors.country_name:
            return
        ev.target = _implied(country + "GOV", self.actors.country_name[country] + " government", ev)
