"""Nominal events, coded by ``Events`` for each noun of the event-noun table (``event_nouns.tsv``): "the attack on
Kharkiv by Russian forces", "Russia's invasion of Ukraine", "talks between Serbia and Kosovo", "an opposition
rally", and people called "striking" ("police fired tear gas at striking miners"). A noun's source is named on the
noun (a by-phrase, a possessive, a premodifier) or by the clause it stands in ("flew to Havana for talks with ...");
its targets by the prepositions its table row gives."""

from __future__ import annotations

from collections import Counter

from .actor_index import two_people as _two_people
from .actors import ActorMention
from .arguments import QUANTITY_WORDS
from .document import Event
from .event_words import (
    ASPECT_VERBS,
    CONDUCT_VERBS,
    DEFIANCE_NOUNS,
    DISPUTE_NOUNS,
    MUTUAL_ROOTS,
    PATIENT_NOUNS,
    PROPOSAL_NOUNS,
    SCENE_PREPS,
    SPAN_NOUNS,
    UNARMED_ROLES,
    _implied,
    _past_dated,
    _prior_protest,
    _verbal,
)
from .lexicon import VerbPattern, word_list
from .moods import to_infinitive

# participles whose by-phrase names who holds a protest: "protests planned by separatists", "a strike called by
# the unions"
PROTEST_HOLDING = word_list("protest-holding")


def _past_scene(n) -> bool:
    """Whether the act a protest is named as the scene of is dated in the past by a phrase of its own: "supporters
    detained during protests in Kampala last November" (the protest is as old as the detention)."""
    verb = n.head.head
    return any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and any(t.lower_ in ("last", "previous", "ago")
                                                                       for t in c.subtree) for c in verb.children)


class EventNouns:
    """The noun stage of the events stage (mixed into ``dyad.events.Events``)."""

    def _code_noun(self, n, index, sdoc, doc) -> list[Event]:
        """A nominal event: "the attack on Kharkiv by Russian forces", "Russia's invasion of Ukraine"."""
        if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in n.children):
            return []  # "vowed to crush any demonstrations by the opposition": no act in particular
        context = self._noun_context(n, index)
        if context is None:
            return []
        head, rejecters, mediated, third_party = context
        code, target_preps = self._noun_code(n, mediated, index)
        if code is None:
            return []  # "the delivery of the baby": no act of the verb the noun names
        if code[:2] == "07" and self._told_by_verb(n):
            return []  # "suspended its military aid to Egypt": the verb tells what became of the aid
        preps = self._noun_phrases(n, head, third_party, target_preps)
        found = self._noun_sources(n, code, target_preps, preps, rejecters, index)
        if found is None:
            return []
        sources, code, target_preps, premodified_force, with_mood, trip_mood = found
        # "an offer by Sudan to mediate", "a proposal to hold talks": the act offered tells the kind of intent
        offered = [c for c in n.children if c.dep_ in ("acl", "relcl") and to_infinitive(c) and _verbal(c)]
        offered_pat = self.match(offered[0]) if offered and code[:2] == "03" else None
        if offered_pat is not None:
            code = self._complement_code("03", offered_pat.code) or code
        pat = VerbPattern(n.lemma_.lower(), (), None, code, (), None, "event_nouns.tsv")
        mod = self._noun_mood(n, head, sources, with_mood, trip_mood)
        if not sources and "between" in preps and "between" in target_preps:
            # "talks between Serbia and Kosovo": one event each way between the parties
            return self._between_parties(n, head, pat, preps, mod, index, sdoc, doc)
        implied = self._unnamed_protesters(n, sources, code, target_preps, preps, index)
        if not sources and implied is None:
            return []
        targets = self._noun_targets(n, code, target_preps, preps, sources, rejecters, offered, premodified_force,
                                     index)
        if targets is None or not targets and (code[:2] == "07" or n.lemma_.lower() in self.lex.event_noun_verbs):
            # "Japanese aid arrived", "flew to Cartagena for the signing of the peace accord": aid, or an act a verb
            # names, is coded where whom it is done to is named
            return []
        return self._noun_events(n, pat, code, sources, targets, implied, mod, sdoc, doc)

    def _noun_context(self, n, index) -> tuple | None:
        """The word an event noun hangs from and what that word's act makes of it: (head, rejecters, mediated,
        third_party), the rejecters being those who turned down a request or an offer the noun names; None where
        the noun is not coded at all (a light verb's act, a proposal's content)."""
        head = n.head
        rejecters: list[ActorMention] = []
        mediated = False
        third_party = False
        # "dismissed as groundless US charges that ...": the parser may take the object for that of "as"
        as_object = n.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in head.head.children)
        if as_object:
            head = head.head
        # "suspended most of its sanctions on Myanmar": the object counted by a quantity is the verb's object
        counted = n.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTITY_WORDS \
            and head.head.dep_ in ("dobj", "nsubjpass")
        if counted:
            head = head.head.head
        if n.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            # "insisted on talks with Israel": the act a light verb's preposition names, in its pattern, is that
            # verb's act ("insist on +talk"), not an act of its own
            pat = self.match(head.head)
            if pat is not None and pat.noun is not None and n.lemma_.lower() in pat.noun and head.lower_ in pat.preps:
                return None
        if (n.dep_ in ("dobj", "nsubjpass") or as_object or counted) and head.pos_ in ("VERB", "AUX"):
            pat = self.match(head)
            # "launched an attack on": the light verb's pattern codes the act; a verb about the act ("condemned
            # the attack by X") leaves it to be coded too, for it happened; so is a request or an offer that was
            # turned down ("rejected a request by Greece": Greece asked, the rejecter was asked)
            asked = pat is not None and pat.code[:2] == "12" and \
                self.lex.event_nouns[n.lemma_.lower()][0][:2] in ("02", "03", "10")
            # so is an accusation denied or dismissed ("denied accusations by Congo that ...": Congo accused the
            # denier), though the act it alleges is not coded
            asked = asked or pat is not None and (pat.code == "016" or pat.code[:2] == "12") and \
                self.lex.event_nouns[n.lemma_.lower()][0][:2] == "11"
            third_party = pat is not None and (pat.code in ("044", "045") or pat.code == "043" and pat.noun is not None
                                               and n.lemma_.lower() in pat.noun)  # "hosted talks between X and Y"
            mediated = third_party and pat.code == "045"  # "mediated the talks between X and Y": they negotiate
            # ("intensified its air strikes": the row may name the noun with its modifier)
            names = {n.lemma_.lower()} | {f"{m.lemma_.lower()} {n.lemma_.lower()}" for m in n.children
                                          if m.dep_ in ("compound", "amod")}
            if pat is not None and not asked and not third_party and (
                    pat.noun is not None and pat.noun & names
                    or pat.code[:2] in ("02", "03", "10", "12", "13") or pat.code in ("015", "016")):
                return None
            if asked:
                rejecters = self.args.sources(head, index)
        if n.dep_ == "pobj" and head.lower_ == "against" and _verbal(head.head) and \
                self.lex.event_nouns[n.lemma_.lower()][0][:2] == "11":
            # "defended its ally Pakistan against Indian accusations that ...": the one defended was accused
            pat = self.match(head.head)
            if pat is not None and pat.code[:2] == "05":
                rejecters = [a for o in head.head.children if o.dep_ == "dobj" for a in self.args.actors_of(o, index)
                             if a.code]
        if n.dep_ == "pobj" and n.head.lower_ in ("of", "for") and n.head.head.lemma_.lower() in PROPOSAL_NOUNS:
            return None  # "an offer of talks", "a call for talks": proposed, not held
        return head, rejecters, mediated, third_party

    def _noun_code(self, n, mediated, index) -> tuple:
        """The noun's code and target prepositions from the event-noun table (a compound may tell a code of its
        own; so does the object of the verb the noun names: "the delivery of tanks" is "deliver +tank"); the code is
        None where the noun's of-phrase is no object of that verb's act ("the delivery of the baby")."""
        code, target_preps = self.lex.event_nouns[n.lemma_.lower()]
        for c in n.children:  # "a missile attack", "a rocket attack", "military aid": the kind tells the code
            if c.dep_ in ("compound", "amod") and f"{c.lemma_.lower()} {n.lemma_.lower()}" in self.lex.event_nouns:
                code, target_preps = self.lex.event_nouns[f"{c.lemma_.lower()} {n.lemma_.lower()}"]
                break
        verbs = self.lex.event_noun_verbs.get(n.lemma_.lower())
        if verbs:
            objects = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                       if o.dep_ == "pobj"]
            if objects:
                code = self._verb_object_code(verbs, objects[0], index)
        if mediated and code == "040":
            code = "046"
        return code, target_preps

    def _verb_object_code(self, verbs, obj, index) -> str | None:
        """The code of the act of one of ``verbs`` done to ``obj``: that of the most specific object row it
        satisfies ("deliver +tank"), else, where it names people, that of the verb's plain row ("evacuate": "the
        evacuation of its citizens"); None where neither is found."""
        words = {obj.lemma_.lower()} | {f"{m.lemma_.lower()} {obj.lemma_.lower()}" for m in obj.children
                                        if m.dep_ in ("compound", "amod")}
        words |= {f"{k.lemma_.lower()} {m.lemma_.lower()} {obj.lemma_.lower()}" for m in obj.children
                  if m.dep_ in ("compound", "amod") for k in m.children if k.dep_ in ("compound", "amod") and k.i < m.i}
        words |= {w for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for o in c.children
                  if o.dep_ == "pobj" for w in (o.lemma_.lower(), *(f"{m.lemma_.lower()} {o.lemma_.lower()}"
                                                                   for m in o.children if m.dep_ in ("compound", "amod")))}
        rows = [p for v in verbs for p in self.lex.verbs.get(v, []) if not p.preps and not p.comp]
        found = [p for p in rows if p.noun is not None and p.noun & words]
        if found:
            return max(found, key=lambda p: p.specificity).code
        plain = [p for p in rows if p.noun is None]
        person = index.at(obj.i)
        if plain and (person is not None and (person.code or person.role) or person is None and any(
                c.dep_ == "poss" for c in obj.children) and self.args.actors_of(obj, index)):
            return plain[0].code  # "the release of 50 prisoners", "the evacuation of its students"
        return None

    def _told_by_verb(self, n) -> bool:
        """Whether aid a noun names is the object of a verb of the lexicon, whose act it is ("sent aid to",
        "suspended its military aid to Egypt", "part of its aid"), not an act of its own."""
        while n.dep_ == "conj":
            n = n.head  # "sent tents and food aid"
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "PRON", "NUM"):
            n = n.head.head  # "part of its military aid", "$2 billion of aid"
        if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ in ("NOUN", "NUM", "SYM"):
            n = n.head.head  # "$400 million in military aid"
        head = n.head
        if n.dep_ == "pobj" and _verbal(head.head):
            head = head.head  # "cut back on aid", "talked about aid"
        elif n.dep_ not in ("dobj", "nsubjpass", "conj", "appos"):
            return False
        return head.pos_ in ("VERB", "AUX") and self.match(head) is not None

    def _noun_phrases(self, n, head, third_party, target_preps) -> dict:
        """The noun's prepositional phrases by preposition, with the parties a verb it is the subject of (or a
        mediator's object) takes."""
        preps = {c.lower_: c for c in n.children if c.dep_ in ("prep", "agent")}
        for c in [k for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj" for k in o.children if k.dep_ == "prep"]:
            if c.lower_ in target_preps and c.lower_ not in preps:
                # "Spain's extradition of the rebel leader | to Peru": the parser may hang the target on what the
                # act is of
                preps[c.lower_] = c
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in SPAN_NOUNS:
            # "a day of rioting by Tibetan monks": the parser may hang the act's by-phrase on the span of time
            for c in n.head.head.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > n.i and "by" not in preps:
                    preps["by"] = c
        if (n.dep_ == "nsubj" or third_party and n.dep_ == "dobj") and head.pos_ in ("VERB", "AUX"):
            # "fighting broke out between X and Y": the parties hang on the verb the act is the subject of; so
            # they do on a mediator's verb ("brokered a truce on Monday between X and Y")
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("between", "with", "against") and c.lower_ not in preps:
                    preps[c.lower_] = c
        return preps

    def _noun_sources(self, n, code, target_preps, preps, rejecters, index) -> tuple | None:
        """The actors who carry out the noun's act: (sources, code, target_preps, premodified_force, with_mood,
        trip_mood), the code relabelled for a labour strike, the moods those of a clause's verb whose subject is
        the source; None where the noun is not coded at all."""
        premodified_force = False
        sources: list[ActorMention] = []
        for p in ("by", "from"):
            if p in preps and p not in target_preps:  # "the withdrawal of troops from Georgia": left, not leaving
                sources = [a for o in preps[p].children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)]
                if sources:
                    break
        if not sources and code[:2] == "14":
            # "protests planned by separatists", "a strike called by the unions": the by-phrase of a participle
            # that names who holds the protest
            sources = [a for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in PROTEST_HOLDING for k in c.children if k.dep_ == "agent"
                       for o in k.children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)]
            # "protests against his rule led by an opposition lawmaker": the parser may hang the participle on
            # what the protest is against, where that names no actor
            sources = sources or [
                a for c in n.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children
                if p.dep_ == "pobj" and index.at(p.i) is None for q in p.children if q.dep_ == "acl"
                and q.tag_ == "VBN" and q.lemma_.lower() in PROTEST_HOLDING for k in q.children if k.dep_ == "agent"
                for o in k.children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)]
            # "student-led protests": the role noun hyphened to a participle of holding on the protest
            sources = sources or [
                a for c in n.children if c.dep_ == "amod" and c.i < n.i and c.lemma_.lower() in PROTEST_HOLDING
                for k in c.children if k.dep_ in ("npadvmod", "compound", "nmod") and k.i == c.i - 2
                and c.doc[c.i - 1].text == "-" for a in [index.at(k.i)] if a is not None and a.code]
        if not sources and not (n.lemma_.lower() in PATIENT_NOUNS and "of" not in preps):
            # "his detention", "the reporter's arrest": the owner of an arrest or a release with no "of" phrase
            # undergoes it ("Russia's expulsion of the diplomats" is Russia's act)
            sources = [a for c in n.children if c.dep_ == "poss" for a in self.args.actors_of(c, index)]
        if not sources and n.lemma_.lower() in PROPOSAL_NOUNS:
            # "an offer of talks from the government": the parser hangs the proposer on what is proposed
            sources = [a for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       for o in c.children if o.dep_ == "pobj" for k in o.children
                       if k.dep_ in ("prep", "agent") and k.lower_ in ("by", "from")
                       for p in k.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index)]
        if not sources and "by" not in preps:
            # "the killing of a protester by security forces": the parser may hang the by-phrase on the "of" noun;
            # a by-phrase straight under what the act is done to names who does it
            sources = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj" for k in o.children
                       if k.dep_ in ("prep", "agent") and k.lower_ == "by"
                       for p in k.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index)]
        if not sources and (code[:3] == "087" and "from" in preps or code == "154") and n.dep_ in ("nsubj",
                                                                                                "nsubjpass"):
            # "the withdrawal of US forces from Afghanistan ended": those withdrawn withdraw; "the build-up of
            # Azerbaijani troops along the border raised fears": those massed mass (as the subject of what
            # followed; "in exchange for the withdrawal of Israeli troops" names no act done)
            sources = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                       if o.dep_ == "pobj" for a in self.args.actors_of(o, index) if a.code]
        if not sources and (code[:2] in ("02", "03", "07", "10", "19") or code[:2] == "11" and rejecters):
            # "US offers of relief supplies", "a South Korean proposal for talks", "a US air strike": an actor named
            # before an appeal, an offer, aid, a demand or an act of force makes it (before a ban, sanctions or rallies
            # it may be whom they concern); an act of force so named is coded where its target is named ("a US air
            # strike on a hospital"), not where it only dates another act ("after the Iranian missile strike")
            sources = [a for c in n.children if c.dep_ in ("compound", "amod") and c.i < n.i
                       for a in ([index.at(c.i)] if index.at(c.i) is not None else [index.modifiers.get(c.i)])
                       if a is not None and a.code and a.kind not in ("place", "territory")]
            premodified_force = code[:2] in ("07", "19") and bool(sources)
        sources, with_mood = self._with_phrase_sources(n, code, sources, index)
        if n.lemma_.lower() == "strike" and code == "195" and sources and all(
                (a.code or "")[3:6] in UNARMED_ROLES for a in sources):
            # "a strike by Nigerian doctors", "a week-long strike by labour unions": a labour strike, not a raid
            code, target_preps = self.lex.event_nouns["general strike"]
        if not sources and code[:2] == "14" and n.dep_ not in ("dobj", "nsubjpass") and not _past_dated(n):
            # "an opposition rally", "student protests", "a union walkout": the group a role noun names protests
            # (as an object, a rally banned or called off may never have been held)
            sources = [a for c in n.children if c.dep_ == "compound" and c.i < n.i and index.at(c.i) is not None
                       for a in [index.at(c.i)] if a.code and a.kind == "role" and a.head == c.i]
        if n.lemma_.lower() in DEFIANCE_NOUNS:
            # "supplied missiles in violation of a UN arms embargo": the one who acted defied it; a violation
            # named otherwise ("ceasefire violations") is left to the verbs that tell it
            if sources or n.dep_ != "pobj" or n.head.lower_ != "in" or not _verbal(n.head.head):
                return None
            sources = [a for a in self.args.sources(n.head.head, index) if a.code]
        sources, trip_mood = self._occasion_sources(n, code, preps, sources, index)
        return sources, code, target_preps, premodified_force, with_mood, trip_mood

    def _with_phrase_sources(self, n, code, sources, index) -> tuple:
        """(sources, with_mood): the subject of the verb a protest is done "with", and that verb's mood."""
        with_mood = None
        # "shut down the ports with a general strike", "marked the anniversary with a rally": what the subject did it
        # did by the protest, which it held (the parser may hang the phrase on the verb's object)
        doer = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "with" else None
        if doer is not None and doer.dep_ == "dobj" and _verbal(doer.head):
            doer = doer.head
        if not sources and (code[:2] == "14" or n.lemma_.lower() == "strike") and doer is not None and \
                _verbal(doer) and (doer.dep_ == "ROOT" or doer.dep_ == "conj" and doer.head.dep_ == "ROOT") and \
                not any(c.dep_ in ("auxpass", "nsubjpass") for c in doer.children):
            sources = [a for a in self.args.sources(doer, index) if a.code]
            if code[:2] != "14" and not all((a.code or "")[3:6] in UNARMED_ROLES for a in sources):
                sources = []  # "pounded the city with air strikes": the verb tells that act
            with_mood = self.modality(doer)
        return sources, with_mood

    def _occasion_sources(self, n, code, preps, sources, index) -> tuple:
        """(sources, trip_mood): the subject of the verb whose occasion the noun names ("for talks", "after weeks
        of fighting", "during a visit"), and the mood the act takes from that verb."""
        trip_mood = None
        # "for two days of talks", "during a round of talks": the span of time stands where the act would
        anchor = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "pobj" and (
                n.head.head.lemma_.lower() in SPAN_NOUNS):
            anchor = n.head.head
        if not sources and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and _verbal(anchor.head.head):
            # "flew to Havana for talks with Cuban officials": the traveller holds the talks
            trip = self.match(anchor.head.head)
            if trip is not None and trip.code[:2] == "04":
                sources = [a for a in self.args.sources(anchor.head.head, index) if a.code]
                trip_mood = self.modality(anchor.head.head)
        if not sources and code[:2] in ("19", "04") and "with" in preps and anchor.dep_ == "pobj" and \
                anchor.head.lower_ in ("after", "following") and _verbal(anchor.head.head):
            # "captured the town after weeks of fighting with government troops": the subject fought; "did not sign
            # the plan after 12 hours of talks with Kosovo's prime minister": the subject held them
            sources = [a for a in self.args.sources(anchor.head.head, index) if a.code]
        if not sources and code[:2] == "04" and anchor.dep_ == "pobj" and anchor.head.lower_ == "from" and \
                anchor.head.head.lemma_.lower() in ("return", "come", "arrive", "fly") and _verbal(anchor.head.head):
            # "returned from a trip to the United States": the one who returned made it
            sources = [a for a in self.args.sources(anchor.head.head, index) if a.code]
        if not sources and code[:2] == "04" and anchor.dep_ == "pobj" and anchor.head.lower_ in (
                "during", "on", "after", "following"):
            # "praised Ghana during a visit to Accra", "promised ... on a trip to Washington": the one who acts
            # there is the visitor (the parser may hang the phrase on a noun of the clause: "as a model ...")
            host = anchor.head.head
            if anchor.head.lower_ in ("during", "on") and host.dep_ in ("nsubj", "nsubjpass") and not _verbal(host):
                # "Kuwait's emir, on a visit to Jeddah, urged ...", "Germany's president, on a visit to Tanzania,
                # asked for forgiveness": a phrase set off after the subject tells where the subject is
                sources = [a for a in self.args.actors_of(host, index) if a.code]
                if sources:
                    return sources, self.modality(host.head) if _verbal(host.head) else None
            elif anchor.head.lower_ in ("during", "on") and _verbal(host) and any(
                    c.dep_ == "auxpass" for c in host.children):
                # "X, on a visit to Astana, was received by Y": the one the passive is about is the visitor
                sources = [a for c in host.children if c.dep_ == "nsubjpass" for a in self.args.actors_of(c, index)
                           if a.code]
                if sources:
                    return sources, self.modality(host)
            for _ in range(3):
                if _verbal(host) or host.dep_ not in ("pobj", "prep", "dobj", "attr") or host.head == host:
                    break
                host = host.head
            if _verbal(host):
                sources = [a for a in self.args.sources(host, index) if a.code]
                # "did not sign the plan after 12 hours of talks with X": talks before the act were held whatever
                # became of it
                trip_mood = self.modality(host) if anchor.head.lower_ in ("during", "on") else "asserted"
        return sources, trip_mood

    def _noun_mood(self, n, head, sources, with_mood, trip_mood) -> str:
        """The modality of the noun's act."""
        # "no talks between them took place", "there was no attack": a noun its determiner denies is negated
        mod = "negated" if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in n.children) \
            else "asserted"
        if sources and trip_mood:
            mod = trip_mood  # talks on a trip yet to be made are yet to be held
        elif sources and with_mood:
            mod = with_mood
        elif mod == "asserted" and n.dep_ == "dobj" and _verbal(head) and \
                head.lemma_.lower() in ASPECT_VERBS | CONDUCT_VERBS:
            # "would resume its offensive if ...", "will launch an attack": the act is done as the verb is
            mod = self.modality(head)
        return mod

    def _between_parties(self, n, head, pat, preps, mod, index, sdoc, doc) -> list[Event]:
        """One event each way between the parties of a "between" phrase (none where the talks are only
        offered)."""
        parties = [a for o in preps["between"].children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)]
        held = n
        if n.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" and \
                head.head.lemma_.lower() in SPAN_NOUNS and _verbal(head.head.head):
            held, head = head.head, head.head.head  # "to host a new round of talks between ...": the round is hosted
        if mod == "asserted" and held.dep_ == "dobj" and _verbal(head):
            # "will host talks between the government and the rebels": the talks are held as they are hosted;
            # "offered to host talks between ...": a commitment's act is not coded (only the offer)
            offer = self.match(head.head) if (head.dep_ == "xcomp" or head.dep_ == "advcl" and to_infinitive(head)) \
                and (_verbal(head.head) or head.head.pos_ == "ADJ") else None  # "stood ready to host talks"
            if offer is not None and offer.code[:2] == "03":
                return []
            mod = self.modality(head)
        return [self._event(n, pat, a, b, mod, sdoc, doc) for a in parties for b in parties
                if a is not b and a.code != b.code]

    def _unnamed_protesters(self, n, sources, code, target_preps, preps, index) -> tuple[str, str] | None:
        """The country and role of the people who held a protest no source is named for, where the sentence tells
        that it took place; None otherwise."""
        implied = None
        if not sources and code[:2] == "14" and _prior_protest(n):
            # "resigned after weeks of protests", "lifted the curfew after violent protests": protests by no one
            # named, told as what led to the act, are its cause, not an event of their own
            return None
        if not sources and code[:2] == "14" and n.dep_ == "pobj" and n.head.lower_ in SCENE_PREPS and \
                not _past_dated(n) and not _past_scene(n):
            # "during the 2018 protests": a past protest; "during a September opposition rally": the sentence's own
            # "detained during protests", "rounded up at an anti-corruption rally": a protest that took place, by
            # people of the country its sentence is about (an "opposition rally": the opposition)
            implied = self._implied_protesters(n, index)
        elif not sources and code[:2] == "14" and "against" in preps and "against" in target_preps and \
                n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in SPAN_NOUNS and \
                not _past_dated(n):
            # "filmed a sixth night of protests against the government": protests against a named side that went on
            # for a span of time were held, by people of the country the sentence is about
            implied = self._implied_protesters(n, index)
        return implied

    def _noun_targets(self, n, code, target_preps, preps, sources, rejecters, offered, premodified_force,
                      index) -> list[ActorMention] | None:
        """The targets of the noun's act: the objects of its table row's prepositions, else whom a request was
        made to; None where an act of force named by a premodifier has no target (it is not coded)."""
        targets: list[ActorMention] = []
        for p in target_preps:
            if p in preps:
                targets = [a for o in preps[p].children if o.dep_ == "pobj" for a in self.args.actors_of(o, index)]
                if targets:
                    break
        targets = [t for t in targets if t.code not in {a.code for a in sources}  # "an offer of talks from X"
                   or all(_two_people(a, t) for a in sources if a.code == t.code)]  # "Clinton's attack on Trump"
        if premodified_force and not targets:
            return None
        if not targets:
            # people of no country named: "the Syrian government's crackdown on protesters" (see _compatriots)
            targets = [m for p in target_preps if p in preps for o in preps[p].children if o.dep_ == "pobj"
                       for m in [index.at(o.i)] if m is not None and not m.code and m.role][:1]
        if not targets and code[:3] == "112" and not any(a.code for a in rejecters):
            # "Trump's accusation that Obama founded the group": the accused is the subject of what is alleged (one
            # who denies the accusation is the accused: "Rwanda denied accusations that Rwandan troops ...")
            targets = [a for c in n.children if c.dep_ in ("acl", "ccomp") and any(
                k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
                for k in c.children if k.dep_ in ("nsubj", "nsubjpass")
                for a in self.args.actors_of(k, index) if a.code and (
                    a.code not in {x.code for x in sources} or all(_two_people(x, a) for x in sources))]
        if not targets:
            targets = [a for a in rejecters if a.code]  # the request was made to whoever turned it down
            if targets and code == "039" and offered:
                # "rejected an offer by Sudan to mediate in its border war with Eritrea": mediation is offered to
                # both sides of the dispute
                targets += [a for k in offered[0].subtree if k.dep_ == "prep" and k.lower_ in ("with", "between")
                            and k.head.lemma_.lower() in DISPUTE_NOUNS for o in k.children if o.dep_ in ("pobj", "conj")
                            for c in (o, *o.conjuncts) for a in self.args.actors_of(c, index)
                            if a.code and a.code not in {t.code for t in targets}]
        if not targets and n.dep_ == "pobj" and n.head.lower_ == "despite" and _verbal(n.head.head):
            # "refused to release him despite calls from the EU": the calls were made to whoever did not heed them
            targets = [a for a in self.args.sources(n.head.head, index) if a.code]
        return targets

    def _noun_events(self, n, pat, code, sources, targets, implied, mod, sdoc, doc) -> list[Event]:
        """The events of the noun's act: each source toward each target, parties named together toward each
        other, and the implied protesters."""
        if not targets and code[:2] in MUTUAL_ROOTS | {"04"} and len({s.code for s in sources if s.code}) >= 2:
            # "the two ministers said after a meeting in Arusha": the parties named together met each other
            return [self._event(n, pat, a, b, mod, sdoc, doc) for a in sources for b in sources
                    if a.code and b.code and a.code != b.code]
        out = []
        for s in sources:
            for t in (targets or [None]):
                t = self._compatriots(s, t, sdoc, code[:2])
                if t is not None and (t.code == s.code and not _two_people(s, t) or not t.code):
                    t = None
                out.append(self._event(n, pat, s, t, mod, sdoc, doc))
                self._protest_target(out[-1])  # "weeks of protests by the yellow vests": against their government
        if implied is not None:
            country, role = implied
            protesters = ActorMention(n.i, n.i + 1, n.i, country + role, "", "implied")
            ev = self._event(n, pat, protesters, None, mod, sdoc, doc)
            ev.source = _implied(country + role, self.actors.country_name.get(country, country) + " " +
                                 ("opposition" if role == "OPP" else "civilians"), ev)
            self._protest_target(ev)
            out.append(ev)
        return out

    def _strikers(self, sdoc, index, doc) -> list[Event]:
        """People called "striking" are on strike: "gave striking taxi drivers 24 hours to return to work", "police
        fired tear gas at striking miners" (a labour strike, 143, aimed at no one the phrase names)."""
        out: list[Event] = []
        if "general strike" not in self.lex.event_nouns:
            return out  # a dictionary of its own with no labour strike
        code = self.lex.event_nouns["general strike"][0]
        pat = VerbPattern("strike", (), None, code, (), None, "event_nouns.tsv")
        for tok in sdoc:
            if tok.lower_ != "striking" or tok.dep_ != "amod" or tok.head.i <= tok.i:
                continue
            a = index.at(tok.head.i)
            if a is not None and a.code and a.kind == "role" and (a.code or "")[3:6] in UNARMED_ROLES:
                out.append(self._event(tok, pat, a, None, "asserted", sdoc, doc))
        return out

    def _implied_protesters(self, n, index) -> tuple[str, str] | None:
        """The country and role of the unnamed people a protest noun implies: the country most of the
        sentence's actors belong to; the role OPP for an "opposition rally", else CVL."""
        sent = n.sent
        countries = Counter((m.code or "")[:3] for m in index.mentions
                            if m.code and sent.start <= m.head < sent.end and (m.code or "")[:3].isalpha()
                            and not m.code.startswith("IGO"))
        if not countries:
            return None
        top = countries.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        role = "OPP" if any(c.lower_ in ("opposition", "anti-government") for c in n.children) else "CVL"
        return top[0][0], role
