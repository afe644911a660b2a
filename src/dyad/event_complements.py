"""Clauses under a verb in the events stage: complements coded as acts of their own, and clauses that tell no act.

A complement the verb's pattern codes ("urged X to withdraw", "pledged to lend Kenya") is coded with the modality
the pattern gives it and refines the governing act through the complement table; so are the acts an appeal names
by a noun ("asked Brazil for aircraft", ``requested_acts.tsv``), an intent a speaker states for itself and the act a
warning threatens. Purpose, condition and disputed clauses ("to make voters doubt", "if it invaded", "denied that
...") and what an unadopted text says are told apart here, as no act done. Mixed into ``dyad.events.Events``.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_words import STATE_ROLES
from .arguments import MUTUAL, main_clause_conjunct
from .document import Event
from .event_words import (
    CESSATION_VERBS,
    CLAIM_NOUNS,
    CLAIMING_VERBS,
    DISPUTING_WORDS,
    DOCUMENT_NOUNS,
    FORCE_ROOTS,
    FUTURE_AUX,
    GENERIC_AID,
    HYPOTHETICAL_AUX,
    PROPOSAL_NOUNS,
    REJECTING_VERBS,
    SPARING,
    SPEECH_ROOTS,
    STATEMENT_VERBS,
    _conditioned,
    _participle_adjunct,
    _verbal,
    side_of,
)
from .lexicon import VerbPattern
from .moods import mood_words, to_infinitive
from .senses import CROWD_ROLES, LAND_NOUNS

# verbs of refusal, whose "until" clause names what they wait for ("refused to ... until X freed ...")
REFUSING = mood_words().get("refusal", frozenset())
UNASKED_MOODS = {"negated", "future", "hypothetical"}  # modalities of an appeal that asks nothing of its addressee


class EventComplements:
    """The clause rules of the events stage (mixed into ``dyad.events.Events``)."""

    def _complement_events(self, v, pat, srcs, tgts, out, index, sdoc, doc, done) -> list[Event]:
        """The governing act's events refined by the complements its pattern codes, with the complements'
        own events where they stand."""
        complements = []
        for c in v.children:
            # "appealed to the king on Thursday to lift the curfew": the parser may hang the asked act as an
            # infinitival adverbial clause
            infinitival = c.dep_ == "advcl" and to_infinitive(c) and not any(
                k.dep_ == "mark" and k.lower_ != "for" for k in c.children) and not any(
                k.dep_ == "prep" and k.lower_ == "for" and k.i < c.i for k in v.children)
            # ("asked Washington for helicopters to fight the rebels": what the things asked for are to do)
            if (c.dep_ not in ("xcomp", "ccomp") and not infinitival) or not _verbal(c):
                continue
            if v.lemma_.lower() in self.senses.bidding and not to_infinitive(c):
                continue  # "North Korea might test a missile, the minister told reporters": a report, not a bid
            if _participle_adjunct(c):
                continue  # "urged Brazil to back it, accusing Caracas of ...": the subject's own act
            complements.append(c)
            # "vowed to crush the uprising and hunt down protesters": each conjoined act is vowed
            complements += [k for k in c.conjuncts if k.i > c.i and k.dep_ == "conj" and _verbal(k) and not any(
                j.dep_ in ("nsubj", "nsubjpass") for j in k.children) and not main_clause_conjunct(k)]
        for c in complements:
            own = self.args.sources(c, index) if any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) else []
            if not any(o.code for o in own) and any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ != "PRON"
                                                   for k in c.children):
                continue  # "called for the president to step down", a president of no known country
            # "asked neighbouring countries to send troops": asked of someone no actor names, the act refines the
            # appeal but is no event of its own ("made a plea to world leaders": the plea is no addressee)
            unnamed = pat.xcomp == "requested" and not own and not tgts and any(
                k.dep_ == "dobj" and k.pos_ in ("NOUN", "PROPN") and k.lemma_.lower() not in (pat.noun or ())
                for k in v.children)
            ctrl = own or (tgts if pat.xcomp == "requested" and tgts else srcs)
            # another actor's act under "warned that ...", "said it would ...": that act, with its own modality
            # (the other side's of the same country too: "the government warned that the rebels could ...")
            others = bool(own) and pat.xcomp != "requested" and \
                {side_of(o.code) for o in own} != {side_of(s.code) for s in srcs}
            inner = self._code_verb(c, index, sdoc, doc, done, None if others else pat.xcomp, ctrl)
            if not inner and not others and pat.xcomp == "requested":
                # "called for Ruto to drop out", "called on the mayor to remake the police": an act with no code
                # is still asked of its subject, who is the appeal's target
                named_subject = next((o for o in own if o.code), None)
                for e in out:
                    if e.target is None and named_subject is not None and named_subject.code != e.source.code:
                        e.target = self.actors.evidence(named_subject, sdoc, doc)
            if inner and not others:
                # "offered to mediate between Mali's government and the rebels": one offer to each party
                aims = [i for i in inner if i.target is not None and i.source.code == inner[0].source.code]
                # the governing act's own target may be the first of them, found in the complement ("ready
                # to mediate between Moscow and Kyiv"): it is then one offer to each
                aimed = {i.target.code for i in aims}
                if len(aimed) > 1 and all(e.target is None or e.target.code in aimed for e in out):
                    out = [self._refine(replace(e, target=None), i, own, pat.xcomp) for e in out for i in aims]
                else:
                    # whom people are handed over to is the complement's to tell ("promised to extradite
                    # traffickers to the United States": to the United States, not the traffickers)
                    span = (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    if inner[0].target is not None and inner[0].target.text and inner[0].code.startswith("063"):
                        for e in out:
                            if e.target is not None and e.target.text and span[0] <= e.target.start < span[1] \
                                    and e.target.code != inner[0].target.code:
                                e.target = None
                    out = [self._refine(e, inner[0], own, pat.xcomp) for e in out]
                if c.lemma_.lower() in CESSATION_VERBS:
                    # "demanded that NATO halt its air strikes": an end to the use of force (1056), not a
                    # withdrawal (106)
                    for e in out:
                        if e.code == "106":
                            self._recode(e, "1056")
            # an intent, threat or refusal is coded once, by its own code, which the complement has refined
            # ("pledged to lend" is 033, "threatened to strike" 138); a requested act stands as its own event
            if others and inner and pat.code.startswith("01"):
                # "UN officials warned that the militia could ...": a comment on another actor's act reports
                # that act; the comment itself is attribution, not an event
                out = [e for e in out if e.verb.start != v.idx]
            if pat.xcomp == "requested" and not others:
                # only an act can be asked for: "urged them to settle their dispute" asks for no coded act
                inner = [e for e in inner if e.root not in SPEECH_ROOTS]
                # support, cooperation or aid asked for with no one named to receive it goes to the asker:
                # "asked France to share intelligence", "appealed to India for helicopters"
                # the asker's country, not its government, is helped ("asked China to restructure its debt");
                # so is the country an asked halt to strikes or sanctions spares ("demanded that NATO halt its
                # air strikes", "that the Security Council lift the sanctions")
                for e in list(inner):
                    # a withdrawal from a place or a land named is aimed at no asker ("urged Russia to withdraw
                    # its troops from the border"; "demanded that US troops leave the country": the country left)
                    sparing = e.code[:3] in SPARING and len({a.code for a in ctrl if a.code}) == 1 and not any(
                        c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "dobj" and (
                            c.lemma_.lower() in LAND_NOUNS or index.at(c.i) is not None)
                        for t in sdoc if t.idx == e.verb.start for c in t.children)
                    if e.target is None and out and (e.root in ("04", "05", "06", "07") or sparing):
                        # "Britain and the United States demanded that the Taliban hand over ...": each asker
                        askers = []
                        for x in out:
                            asker = x.source
                            # a government asks support or aid for its country, as with acts asked for by
                            # name; a meeting or a mediation is with the government itself, and so is a
                            # suspect handed over ("Bolivia's government demanded that Mexico hand over ...")
                            if asker.code and asker.code[3:6] == "GOV" and e.root != "04" and \
                                    not e.code.startswith("063"):
                                asker = self._as_country(asker)
                            # (people asking their own government for aid receive it: "flood victims
                            # demanded that the government deliver food")
                            own = (e.source.code or "")[3:6] == "GOV" and len(asker.code or "") == 6 and \
                                asker.code[3:6] in ("CVL", "REF", "EDU", "LAB", "HLH", "OPP", "HRI")
                            if asker.code and (asker.code[:3] != (e.source.code or "")[:3] or own) and \
                                    asker.code not in {a.code for a in askers}:
                                askers.append(asker)
                        if askers:
                            e.target = askers[0]
                            inner += [replace(e, target=a) for a in askers[1:]]
                    elif e.target is None and out and self._askers_own(e, out[0].source, sdoc):
                        # "indigenous leaders demanded that the government recognise their land rights": a plural
                        # possessive no singular subject can take is the askers', and the act is done to them
                        e.target = out[0].source
                    elif e.target is None and e.code.startswith("087") and len(e.code) == 3 and out:
                        # "demanded that US troops leave the country": a withdrawal from the asker's country
                        asker = out[0].source
                        if asker.code and asker.code[:3] != "IGO" and asker.code[:3] != e.source.code[:3]:
                            e.target = self._as_country(asker)
            if pat.xcomp == "requested" and not others and out and all(
                    e.modality in UNASKED_MOODS for e in out if e.verb.start == v.idx):
                # "has not called for him to resign": an appeal not made (or only planned or supposed) asks for
                # nothing
                inner = []
            if (others or pat.xcomp in ("requested", "hypothetical") or not out) and not unnamed:
                out.extend(inner)
        return out

    @staticmethod
    def _askers_own(e: Event, asker, sdoc) -> bool:
        """The asked act's object is the askers' own ("their land rights"): a "their" on it that a singular subject
        of the act cannot take, with a plural asker of another side."""
        if not asker.code or not e.source.code or asker.code == e.source.code or not asker.text \
                or not e.source.text:
            return False
        heads = [sdoc.char_span(m.start, m.end, alignment_mode="expand") for m in (asker, e.source)]
        if any(h is None for h in heads) or heads[0].root.tag_ not in ("NNS", "NNPS") \
                or heads[1].root.tag_ not in ("NN", "NNP"):
            return False
        verb = next((t for t in sdoc if t.idx == e.verb.start), None)
        return verb is not None and any(
            o.dep_ == "dobj" and any(k.dep_ == "poss" and k.lower_ == "their" for k in o.children)
            for o in verb.children)

    def _refine(self, ev: Event, inner: Event, own_subjects, xcomp: str | None) -> Event:
        """The governing event of a complement: its code from the complement table, its target from the
        complement (for appeals and demands the complement's own subject, "demanded that the Philippines
        withdraw"; else the complement's target, "pledged to lend Kenya")."""
        code = None if ev.code == "014" else self._complement_code(ev.root, inner.code)  # weighing is no threat
        if code and code != ev.code:
            self._recode(ev, code)
        cand = inner.source if own_subjects and xcomp == "requested" else inner.target
        # "warned that Russian forces would strike back at Ukraine": a threat or a pledge is aimed at whom the act
        # it names is, not at the speaker's own side
        own_side = ev.target is not None and (ev.target.code or "")[:3] == (ev.source.code or "")[:3] and \
            cand is not None and (cand.code or "")[:3] != (ev.source.code or "")[:3] and xcomp != "requested"
        if ev.target is None or own_side:
            if cand is not None and cand.code != ev.source.code:
                ev.target = cand
        return ev

    def _appeal_requests(self, v, pat, out, tgts, index, sdoc, doc) -> list[Event]:
        """An appeal's events with the acts its nouns ask for ("asked Brazil for aircraft")."""
        # the askers are the appeal's own sources, not those asked to act ("appealed to India and China for
        # helicopters": each is to send them to Nepal, not to the other)
        named = self._requested_nouns(v, [e for e in out if e.verb.start == v.idx], tgts, index, sdoc, doc)
        if named and pat.code[:2] in ("02", "10") and len(pat.code) == 3:
            # the act asked for tells the appeal: "asked Brazil for aircraft" is an appeal for aid (0233); aid
            # of no kind named ("asked Turkey for help") is an appeal for aid (023), of no subtype
            code = self._complement_code(pat.code[:2], named[0].code)
            if code and named[0].verb.text.lower() in GENERIC_AID:
                code = code[:3]
            for ev in out:
                if code and ev.code in (pat.code, code[:3]) and ev.verb.start == v.idx:
                    self._recode(ev, code)
        # the act a noun names ("for helicopters": 073) is the asked act a complement tells more vaguely ("to
        # help survivors": 070); one of each root and actor
        acts = {(e.source.code, e.root) for e in named}
        out = [e for e in out if e.modality != "requested" or (e.source.code, e.root) not in acts] + named
        return out

    def _requested_nouns(self, v, appeals: list[Event], addressees, index, sdoc, doc) -> list[Event]:
        """The act an appeal or demand asks for by name: "demanded the resignation of the prime minister" (the
        prime minister is to resign), "asked the Emirates for loans" (the Emirates are to lend to the asker)."""
        nouns = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                  for p in c.children if p.dep_ == "pobj"]
        nouns += [p for o in list(nouns) for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj"]  # "called for an end to the siege"
        # "asked Brazil for firefighting aircraft to help battle the blazes": the parser reads "for ... to" as a
        # clause whose subject is the thing asked for
        nouns += [k for c in v.children if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for k in c.children if k.dep_ == "nsubj"]
        out: list[Event] = []
        requesters = [e.source for e in appeals if e.verb.start == v.idx and e.modality != "requested"]
        for n in nouns:
            found = self._requested_row(n)
            if found is None:
                continue
            code, actor_from, target_rule = found
            pat = VerbPattern(n.lemma_.lower(), (), None, code, (), None, "requested_acts.tsv")
            preps = {c.lower_: c for c in n.children if c.dep_ == "prep"}
            preps.update({c.lower_: c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"})
            for how in actor_from:
                if how == "between" and "between" in preps:
                    parties = [a for o in preps["between"].children if o.dep_ == "pobj"
                               for a in self.args.actors_of(o, index)]
                    out.extend(self._event(n, pat, a, b, "requested", sdoc, doc) for a in parties for b in parties
                               if a is not b and a.code != b.code)
                    break
                if how == "owner":  # "asked for Ankara's support": the possessor is to give it
                    actors = [a for c in n.children if c.dep_ == "poss" for a in self.args.actors_of(c, index)
                              if a.kind not in ("pronoun",)]
                else:
                    actors = addressees if how == "addressee" else [
                        a for o in (preps[how].children if how in preps else ()) if o.dep_ == "pobj"
                        for a in self.args.actors_of(o, index)]
                actors = [a for a in actors if a.code]
                if not actors:
                    continue
                # a withdrawal "from Georgia" is from there; else from the asker's own country
                left = [a for o in (n.children if target_rule == "country" else ()) if o.dep_ == "prep"
                        and o.lower_ == "from" for p in o.children if p.dep_ == "pobj"
                        for a in self.args.actors_of(p, index) if a.code]
                for a in actors:
                    if left:
                        out.extend(self._event(n, pat, a, t if t.code != a.code else None, "requested", sdoc, doc)
                                   for t in left)
                        continue
                    for r in (requesters if target_rule in ("requester", "country", "asker") else [None]):
                        t = None
                        if r is not None and r.code and target_rule == "asker":
                            t = r  # "demanded an apology from Tokyo": owed to the government that asks
                        elif r is not None and r.code and not (target_rule == "country" and r.code[:3] == "IGO"):
                            t = r if r.code[3:6] not in ("GOV", "") and target_rule != "country" else \
                                self._as_country(r)
                        if t is not None and t.code == a.code:
                            t = None
                        out.append(self._event_to_mention(n, pat, a, t, sdoc, doc))
                break
        return out

    def _requested_row(self, n):
        """The requested_acts row a noun names: with its modifiers first ("rescue teams" is "rescue team"), then
        alone ("relief supplies" is "supply"), then by its modifiers alone ("air defence systems" is "air
        defence")."""
        mods: list = []
        edge = n
        while True:  # "air defence systems": "air" modifies "defence", which modifies "systems"
            left = [m for m in edge.children if m.dep_ in ("compound", "amod") and m.i == edge.i - 1]
            if not left:
                break
            edge = left[0]
            mods.insert(0, edge.lemma_.lower())
        head = n.lemma_.lower()
        tries = [" ".join([*mods[k:], head]) for k in range(len(mods))] + [head]
        tries += [" ".join(mods[k:]) for k in range(len(mods))]
        return next((self.lex.requested_acts[w] for w in tries if w in self.lex.requested_acts), None)

    def _event_to_mention(self, n, pat, a, t, sdoc, doc) -> Event:
        """An event whose source is an ActorMention and whose target is a ready document Mention (or None)."""
        ev = self._event(n, pat, a, None, "requested", sdoc, doc)
        ev.target = t
        return ev

    def _stated_intent(self, v, index, out: list[Event], sdoc, doc) -> list[Event]:
        """"Russia said it would scale back ...": an actor stating what it will do expresses an intent (03x),
        asserted, as CAMEO codes it; someone else's future act stays a future act."""
        auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in STATEMENT_VERBS or v.head.i > v.i and not (
                "would" in auxes and _conditioned(v)):
            # "Egypt will host the talks, officials said" reports a future act, not a stated intent; "Nepal would
            # lift the emergency if the rebels returned to talks, the minister said" offers it on a condition
            return out
        if not (auxes & (FUTURE_AUX | {"would"})):
            return out
        said_by = [m for m in self.args.sources(v.head, index) if m.code]
        speakers = {m.code[:3] for m in said_by}
        # "rejected calls to step down, saying she would not abandon her post": the refusal the rejection is
        rejection = self.match(v.head.head) if v.head.dep_ == "advcl" and v.head.tag_ == "VBG" and \
            v.head.head.i != v.head.i else None
        kept = []
        for ev in out:
            refusal = self._complement_code("12", ev.code) if ev.modality == "negated" and \
                (ev.source.code or "")[:3] in speakers else None
            if refusal is not None:
                # "said he would not resign", "said it would not negotiate with the government": one's own act
                # ruled out is a refusal (12x), where the act tells which, by the one who says so ("the president
                # said his forces would not halt the offensive": the president refuses)
                if rejection is not None and rejection.code[:2] == "12":
                    continue  # the rejection the sentence codes already
                self._recode(ev, refusal)
                ev.modality = "asserted"
                if len(said_by) == 1 and said_by[0].code != ev.source.code:
                    ev.source = self.actors.evidence(said_by[0], sdoc, doc)
            kept.append(ev)
        out = kept
        for ev in out:
            if ev.modality in ("future", "hypothetical") and (ev.source.code or "")[:3] in speakers:
                code = self._complement_code("03", ev.code)
                if code is None and ev.root in FORCE_ROOTS:
                    # "said it would hold naval exercises": a show of force announced, no intent to cooperate; a
                    # plan stated, so future
                    ev.modality = "future"
                    continue
                self._recode(ev, code or "030")
                ev.modality = "asserted"
        return out

    def _warned_intent(self, v, index, out: list[Event], sdoc, doc, done) -> list[Event]:
        """"Saudi Arabia warned it would respond ...", "warned that the navy would block the ports": warning of
        one's own side's future act is a threat (13x), as CAMEO codes it; the act it names refines the threat and
        is not coded apart. A warning that only tells how things stand ("warning that the violence risked tearing
        the country apart") reports them: no event of its own."""
        said_by = self.args.sources(v, index)
        speakers = {(m.code or "")[:3] for m in said_by}
        if v.dep_ == "conj" and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in v.children) and any(
                c.dep_ == "nsubj" and c.left_edge.i > 0 and sdoc[c.left_edge.i - 1].text == "," for c in v.children):
            # "Russia could use chemical weapons, the head of Ukraine's military intelligence warned": the parser
            # may join a trailing attribution to the clause it reports as a conjunct; the warning is that clause
            return [e for e in out if not (e.root == "01" and e.verb.start == v.idx)]
        for c in v.children:
            auxes = {k.lower_ for k in c.children if k.dep_ == "aux"}
            if c.dep_ != "ccomp" or not (auxes & (FUTURE_AUX | HYPOTHETICAL_AUX)):
                continue
            subj = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
            doers = [m for k in subj for m in self.args.actors_of(k, index)]
            who = {(m.code or "")[:3] for m in doers}
            warned = self._conditional_warning(v, c, index)
            if who and not {side_of(m.code) for m in doers} <= {side_of(m.code) for m in said_by} and not (
                    warned and {m.code for m in doers} <= warned | {w + "GOV" for w in warned if len(w) == 3}):
                # (the one warned, by its own name or its government's: "warned Hungary that Budapest could ...")
                # another actor's act, the other side's of its own country too ("the government warned that the
                # rebels could seize the capital"): coded as that act
                continue
            acts = self._threatened_acts(c)
            if not acts and not who:
                continue
            if not auxes & (FUTURE_AUX | {"would"}) and not (acts and who and acts[0][1].code[:2] in FORCE_ROOTS) \
                    and not warned:
                # "warned that his country could test a hydrogen bomb": force one's own side could use is
                # threatened; "warned that the country could run out of money" tells how things stand
                continue
            code = (self._complement_code("13", acts[0][1].code) if acts else None) or "130"
            # whom it threatens: whom it warns ("warned India that ..."), else whom the act would hit, else whom
            # its condition names ("... if Ukraine struck deep inside Russia")
            own = {m.code for k in subj for m in self.args.actors_of(k, index)}
            addressed = any(c2.dep_ in ("dobj", "dative") and self.args.actors_of(c2, index) for c2 in v.children)
            aims = []
            for act, pat in acts[:1]:
                aims = [t for t in self.args.targets(act, pat, index) if t is not MUTUAL and t.code
                        and t.code[:3] not in speakers]
                if not aims:
                    aims = [a for k in act.subtree if k.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children)
                        for s in k.children if s.dep_ == "nsubj" for a in self.args.actors_of(s, index)
                        if a.code and a.code[:3] not in speakers]
            if not aims and not acts:
                # "warned it would respond with force if Finland joined NATO": no act named, the threat is aimed at
                # whom its condition names
                aims = [a for k in c.subtree if k.dep_ == "advcl" and k.head.i == c.i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children)
                    for s in k.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
                    for a in self.args.actors_of(s, index) if a.code and a.code[:3] not in speakers][:1]
            done.update(a.i for a, _ in acts)
            starts = {a.idx for a, _ in acts} | {c.idx}
            threats = []
            for ev in out:
                if ev.verb.start in starts:
                    continue
                if ev.root not in ("01", "13") or ev.verb.start != v.idx:
                    threats.append(ev)
                    continue
                self._recode(ev, code)
                if ev.target is not None and ev.target.code in own:
                    ev.target = None  # "warned that Russian forces would ...": its own forces are no target
                if aims and not addressed:
                    for t in aims:
                        copy = replace(ev)
                        copy.target = self.actors.evidence(t, sdoc, doc)
                        threats.append(copy)
                else:
                    threats.append(ev)
            return threats
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        named = {(m.code or "")[:3] for c in clauses for k in c.subtree for m in [index.at(k.i)] if m is not None}
        if clauses and v.dep_ == "ROOT" and not any(c.dep_ in ("dobj", "dative") for c in v.children) \
                and not any(self._threatened_acts(c) for c in clauses) and named <= speakers and not any(
                self.args.actors_of(k, index) for c in clauses for k in c.children if k.dep_ in ("nsubj", "nsubjpass")):
            # "Lebanon's finance minister warned that the economy was sliding towards collapse": a warning the
            # sentence is about, with no one's act in it, is a pessimistic comment (a participle, "..., warning
            # that the violence risked tearing the country apart", only explains the act before it)
            return out
        if clauses:
            return [e for e in out if not (e.root == "01" and e.verb.start == v.idx)]
        return out

    @staticmethod
    def _repression_threat(ev: Event) -> bool:
        """Force a state threatens its own people with ("warned protesters that troops would open fire", "warned
        the opposition that police would break up any rally"): a threat of repression (137), not of war (138)."""
        src, tgt = ev.source.code or "", (ev.target.code if ev.target is not None else None) or ""
        return ev.code.startswith("138") and len(src) >= 6 and len(tgt) >= 6 and src[:3] == tgt[:3] \
            and src[3:6] in STATE_ROLES and tgt[3:6] in CROWD_ROLES

    def _conditional_warning(self, v, clause, index) -> set[str]:
        """The codes of the actors a warning is addressed to, where what may befall them hangs on a condition
        ("warned Hungary that it could lose funds unless it curbed corruption", "... could face sanctions if it
        went ahead"): a threat to the one warned, whoever would carry it out; else an empty set."""
        if not any(k.dep_ == "advcl" and k.head.i == clause.i and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in k.children) for k in clause.subtree):
            return set()
        return {m.code for c in v.children if c.dep_ in ("dobj", "dative")
                for m in self.args.actors_of(c, index) if m.code}

    def _threatened_acts(self, clause) -> list:
        """The coded acts a warned-of clause names, with their patterns, outside its conditions: "would block
        the ports if ...", "would be entitled to use nuclear weapons"."""
        found = []
        stack = [clause]
        while stack:
            t = stack.pop()
            if _verbal(t) or t.pos_ == "ADJ":
                pat = self.match(t)
                if pat is not None and pat.code[:2] not in SPEECH_ROOTS:
                    found.append((t, pat))
            stack.extend(k for k in t.children if k.dep_ in ("xcomp", "acomp", "conj", "ccomp"))
        return sorted(found, key=lambda x: x[0].i)

    def _complement_code(self, root: str, code: str) -> str | None:
        for n in (4, 3, 2):
            found = self.lex.complements.get((root, code[:n]))
            if found:
                return found
        return None

    @staticmethod
    def _purpose(tok) -> bool:
        """An infinitive adjunct with no marker of its own: the purpose of an act ("... to make voters doubt")."""
        return tok.dep_ == "advcl" and to_infinitive(tok) and not any(c.dep_ == "mark" for c in tok.children)

    def _under_purpose(self, v) -> bool:
        """A complement inside a purpose clause ("sent troops to help it fight al-Shabaab", "to force them to
        withdraw"): what the purpose would bring about, not an act told as done."""
        node = v
        while node.dep_ in ("xcomp", "ccomp", "conj") and node.head.i != node.i:
            node = node.head
            if self._purpose(node):
                return not self._shielding(node) and not self._said_on_the_call(node)
        return False

    def _shielding(self, v) -> bool:
        """A purpose clause of using people as human shields (184) on an act that places them: "herded civilians
        into buildings to use them as human shields" is done, not only meant, once they are placed."""
        pat = self.match(v)
        return pat is not None and pat.code == "184" and any(
            c.dep_ == "dobj" for c in v.head.children) and v.head.pos_ == "VERB"

    def _said_on_the_call(self, tok) -> bool:
        """"telephoned his counterpart to congratulate him", "called the prime minister to offer condolences": the
        purpose of a call that was made is a statement made on it."""
        call = self.match(tok.head) if _verbal(tok.head) else None
        said = self.match(tok)
        return call is not None and call.code == "041" and said is not None and said.code[:2] in ("01", "05") \
            and self.modality(tok.head) == "asserted"

    def _unadopted_text(self, noun) -> bool:
        """A text ("a draft resolution", "a plan") that was rejected, vetoed or only might be adopted: what it says
        is not an act. An adopted one speaks for its authors ("approved resolutions urging the Kremlin ...")."""
        if noun.lemma_.lower() not in DOCUMENT_NOUNS:
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in PROPOSAL_NOUNS:
            return True  # "a French proposal for a UN resolution that would threaten Syria": only proposed
        verb = noun.head
        if verb is noun or verb.pos_ not in ("VERB", "AUX"):
            return False
        pat = self.match(verb)
        return (pat is not None and pat.code[:2] == "12") or self.modality(verb) != "asserted"

    @staticmethod
    def _condition(v) -> bool:
        """A verb in an if- or unless-clause, or under one: the condition of a threat or a hypothetical."""
        node = v
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                return True
            # "could resolve their differences once Eritrean troops withdrew": under a mood or a future, "once"
            # states a condition; in a past narrative it tells when
            if any(c.dep_ in ("mark", "advmod") and c.lower_ == "once" for c in node.children) and \
                    node.head.i != node.i and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX
                                                  for c in node.head.children):
                return True
            # "will not sign until Russia withdraws", "(said) there was nothing to discuss until Ethiopian troops
            # left": under a future clause, or a negated one that is reported or looks ahead, "until" names the
            # condition, not a deed ("did not leave until the rebels surrendered" tells what happened)
            if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in node.children) and \
                    node.head.i != node.i and any(
                        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX or
                        (node.head.dep_ == "ccomp" or node.tag_ in ("VBP", "VBZ")) and (
                            c.dep_ == "neg" or c.dep_ in ("attr", "dobj", "nsubj") and (
                                c.lower_ in ("nothing", "none") or any(k.dep_ == "det" and k.lower_ == "no"
                                                                       for k in c.children)))
                        for c in node.head.children):
                return True
            # "refused to release the soldiers until the government freed its fighters": what a refusal waits for
            if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in node.children) and \
                    node.head.i != node.i and (node.head.lemma_.lower() in REFUSING or node.head.dep_ == "xcomp"
                                               and node.head.head.lemma_.lower() in REFUSING):
                return True
            if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "auxpass", "aux") or node.head.i == node.i:
                return False
            node = node.head
        return False

    @staticmethod
    def _disputed(v) -> bool:
        """An act that a denial, an accusation or an allegation is about: the speech act is the event, the act it
        names is not asserted by the text."""
        node = v
        for _ in range(6):
            # "claimed responsibility for a suicide attack on a checkpoint that killed nine officers": the act told
            # in a relative clause of what is claimed or alleged is the claim's
            if node.dep_ not in ("ccomp", "xcomp", "pcomp", "pobj", "prep", "acl", "relcl") or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in DISPUTING_WORDS or node.lemma_.lower() == "responsibility" and \
                    node.head.lemma_.lower() in CLAIMING_VERBS:
                return True
            # "rejected claims that its soldiers had killed civilians"
            if node.lemma_.lower() in CLAIM_NOUNS and node.dep_ == "dobj" and \
                    node.head.lemma_.lower() in REJECTING_VERBS:
                return True
            # "accused Iran of an act of war, saying Tehran had supplied the rebels with a missile": what the
            # accuser says next is the accusation's content
            if node.lemma_.lower() == "say" and node.tag_ == "VBG" and node.dep_ == "advcl" and \
                    node.head.lemma_.lower() in ("accuse", "blame"):
                return True
        return False
