"""The events stage: verb patterns over the dependency parse -> coded events with modality and evidence spans.

Reads the parse and the actors stage's mentions (``sdoc.user_data["dyad.actors"]``); fills ``Document.events``.
For each verb whose lemma is in the verb lexicon it finds the most specific matching pattern (particles,
prepositions, the object noun of a light verb), the source (subject; the agent of a passive; the controller of a
complement; the subject of the clause a participle hangs from), the target (the pattern's slots, in order), and
the modality (negated, hypothetical, future, requested or asserted). A complement of an appeal or intent verb
("urging the Kremlin to recognize ...") is coded as its own event with the modality the pattern gives it.

This module holds the ``Events`` class: the walk over a sentence's verbs, the choice of a verb's pattern
(``match``), the coding of a verb into events (``_code_verb``, ``_event``) and their modality. The rest is mixed in:
which actors a verb's act takes as source and target in ``event_arguments``; complement, purpose and condition
clauses in ``event_complements``; protests' targets and aims in ``event_protests``; nouns of the event-noun table
("the attack on Kharkiv by Russian forces") in ``event_nouns``; the passes over a sentence's coded events in
``event_passes``; the word lists they share in ``event_words``.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_index import two_people as _two_people
from .actors import ActorIndex, ActorMention, Actors
from .arguments import ADVERB_PARTICLES, LAUNCH_VERBS, Arguments, object_gap, shared_object, time_prep
from .dates import event_date
from .document import Document, Event, Span
from .event_arguments import EventArguments, _verdict_clauses
from .event_complements import EventComplements
from .event_nouns import EventNouns
from .event_passes import EventPasses
from .event_protests import EventProtests
from .event_words import (
    ASKING_NOUNS,
    ASPECT_VERBS,
    ATTEMPT_VERBS,
    BORDER_NOUNS,
    CESSATION_VERBS,
    CRAFT_NOUNS,
    DELIBERATION_VERBS,
    DEMAND_NOUNS,
    FILLED_PARTICIPLES,
    FORCE_ROOTS,
    FUTURE_AUX,
    HISTORY_SPANS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    INQUIRY_NOUNS,
    PROPOSAL_NOUNS,
    REASON_NOUNS,
    SEIZING_VERBS,
    SPAN_NOUNS,
    SPEECH_ROOTS,
    TAKEN_PEOPLE,
    TIME_SPANS,
    UNDIRECTED_CODES,
    WHEN_PREPS,
    _count,
    _implied,
    _in_show_of_force,
    _negated,
    _verbal,
    aux_word,
)
from .lexicon import Lexicon, VerbPattern, data_path, read_tsv, word_list
from .moods import Moods, to_infinitive
from .senses import Senses


class Events(EventArguments, EventComplements, EventProtests, EventNouns, EventPasses):
    def __init__(self, lexicon: Lexicon, actors: Actors):
        self.lex = lexicon
        self.actors = actors
        self.args = Arguments(lexicon)
        # places, buildings and craft an act of force can be aimed at: such an object keeps the act
        self.sites = lexicon.sites
        # nouns whose protest seeks a change of policy or leadership: "in protest at rising fuel taxes" (1442)
        self.protest_aims = {r["noun"].lower(): r["aim"] for _, r in read_tsv(data_path("protest_aims.tsv"))}
        # nouns that name a third party as the mediator of the talks a sentence codes ("under UN auspices")
        self.mediation: dict[str, set[str]] = {}  # a word may name a mediator in more than one way ("broker")
        for _, r in read_tsv(data_path("mediation.tsv")):
            self.mediation.setdefault(r["word"].lower(), set()).add(r["kind"])
        self.senses = Senses(lexicon)
        self.moods = Moods()
        # read off the lexicon once, for the passes over coded events: the third-location nouns of its meeting rows
        # ("meet on +sideline", 044) and the comments its declining rows take ("decline ~comment|elaborate", 011)
        self.margin_nouns = {n for lemma in ("meet", "hold", "talk") for p in lexicon.verbs.get(lemma, ())
                             if p.code == "044" and p.preps == ("on",) and p.noun for n in p.noun}
        self.withheld_comments = {c for p in lexicon.verbs.get("decline", ()) if p.code == "011" and p.comp
                                  for c in p.comp}
        # the names of annexed breakaway territories (not their adjectives) with their host states: named bare as
        # the land another state's force is aimed at, such a territory is its host's ("Russia annexed Crimea": UKR)
        annexed = word_list("annexed-land")
        self.breakaway_lands = {n.lower(): r["country"] for r in lexicon.territories
                                if r.get("role") == "SEP" and r["name"].lower() in annexed
                                for n in [r["name"], *(r.get("aliases") or "").split("|")] if n}

    def __call__(self, doc: Document, sdoc) -> Document:
        index: ActorIndex = sdoc.user_data.get("dyad.actors") or ActorIndex()
        found: list[Event] = []
        done: set[int] = set()
        seen: set[tuple] = set()
        for tok in sdoc:
            if tok.i in done or tok.lemma_.lower() not in self.lex.verbs or not (
                    _verbal(tok) or (tok.pos_ == "ADJ" and tok.dep_ == "acomp")):
                continue
            if tok.pos_ == "ADJ" and all(p.targets == ("dobj",) for p in self.lex.verbs[tok.lemma_.lower()]):
                continue  # "it's fine": an adjective spelled as a verb whose act needs an object ("fined him")
            if tok.head.lemma_.lower() in CESSATION_VERBS and (
                    tok.dep_ == "xcomp" or tok.tag_ == "VBG" and tok.dep_ in ("acl", "dobj", "pcomp")):
                continue  # "stop bombing", "ceased firing": the act named is the one that ends (the parser may
                # take "stop" for a noun the gerund qualifies)
            if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in CESSATION_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in HISTORY_SPANS for c in tok.children):
                continue  # "signed a peace treaty, ending two decades of hostility": what the act achieves
            if self._under_purpose(tok):
                continue  # "sent troops to help the army fight the rebels": the act a purpose names is not done
            caller = None
            if self._purpose(tok):
                if self._shielding(tok):
                    pass  # "herded civilians into buildings to use them as human shields": placing them shields
                elif not self._said_on_the_call(tok):
                    continue  # a purpose ("... to make voters doubt"): what someone means to do, not what was done
                caller = self.args.sources(tok.head, index)  # "telephoned X to congratulate him": the caller
            if tok.dep_ in ("acl", "relcl") and self._unadopted_text(tok.head):
                continue  # "vetoed a resolution demanding a ceasefire": what a text never adopted says
            if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in PROPOSAL_NOUNS and to_infinitive(tok):
                continue  # "an invitation to meet", "an offer to mediate": proposed, not done (the parser may read
                # the infinitive as a relative clause: "rejected calls to resign")
            # ("demands that he resign": the parser may read the complementiser as a relative pronoun, tagged IN)
            if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.pos_ == "NOUN" and \
                    tok.head.lemma_.lower() in ASKING_NOUNS and any(
                        c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN") for c in tok.children):
                # "rejected opposition demands that he resign": asked for, not done; a demand or an appeal whose
                # maker is named asks it of the clause's subject
                if tok.head.lemma_.lower() in DEMAND_NOUNS and self._named_asker(tok.head, index):
                    for ev in self._code_verb(tok, index, sdoc, doc, done, modality="requested"):
                        key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code,
                               ev.modality)
                        if key not in seen and ev.root not in SPEECH_ROOTS:
                            seen.add(key)
                            found.append(ev)
                continue
            if self._condition(tok):
                continue  # "threatened sanctions if it invaded Ukraine": the condition is not an act
            if self._disputed(tok):
                continue  # "denied that the army had carried out ...", "accused of murdering": the claim is coded
            for ev in self._code_verb(tok, index, sdoc, doc, done, sources=caller) + self._conjoined_acts(
                    tok, index, sdoc, doc):
                key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code, ev.modality)
                if key not in seen:
                    seen.add(key)
                    found.append(ev)
        self._adjunct_acts(sdoc, index, doc, done, found, seen)
        for tok in sdoc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.event_nouns:
                for ev in self._code_noun(tok, index, sdoc, doc):
                    key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code[:2])
                    if key not in seen and not any(k[:3] == key[:3] and k[3][:2] == key[3] for k in seen):
                        seen.add(key)
                        found.append(ev)
        for ev in self._strikers(sdoc, index, doc):
            key = (ev.sentence, ev.source.code, None, ev.code[:2])
            if not any(k[:2] == key[:2] and k[3][:2] == "14" for k in seen):
                seen.add(key)
                found.append(ev)
        # another sense of the word ("released a statement"), or an act only wished for or spoken of
        by_start = {t.idx: t for t in sdoc}  # each event's verb token, by the start of its span
        found = self.moods.review(self.senses.review(found, by_start, index, self.match, self._recode), by_start,
                                  self._recode, self._complement_code)
        self._peace_missions(found, by_start, index)
        self._launches(found, by_start)
        found += self._weapon_pairs(found, by_start)
        self._protest_aims(found, by_start)
        found = self._actor_subtypes(found, by_start)
        self._mass_killings(found, by_start)
        self._proposed_acts(found, by_start)
        found = self._protest_demands(found, by_start)
        found = self._toll(found, by_start)
        self._claims(found, by_start, index)
        self._probed_reports(found, by_start)
        self._inquiry_purposes(found, by_start, index, sdoc, doc)
        self._access_granted(found, by_start)
        found += self._must_demands(found, by_start, index, sdoc, doc)
        self._predicate_targets(found, by_start, sdoc)
        self._shared_partner(found, by_start)
        self._told_acts(found, by_start, index)
        self._answered_acts(found, by_start)
        self._held_strikers(found, sdoc, index)
        self._alert_rivals(found, sdoc, by_start, index, doc)
        self._demand_threats(found, by_start)
        self._shared_object(found, by_start, index)
        self._told_to(found, sdoc, by_start, index, doc)
        found += self._mediators(found, sdoc, by_start, index, doc)
        self._third_country_meetings(found, by_start, index)
        self._withheld_comment(found, by_start)
        found += self._switched_from(found, sdoc, by_start, index, doc)
        found += self._fates_threatened(found, sdoc, index, doc)
        self._asked_for(found, by_start)
        self._rejected_calls(found, by_start)
        self._breakaway_land(found)
        # an intent stated in a clause under another ("saying it was ready to host talks", "said the two countries
        # could resolve their differences") or an act of material cooperation ("gave no further details") that
        # names no one it is for is not coded, nor is a noun of appeal that names neither addressee nor content
        # ("despite appeals from several leaders"; a public appeal, "called for calm", has no addressee); a promise
        # to give aid, to hand over power or to ease restrictions (033-035) and accepting mediation (038) are
        # coded without one; an agreement to an act of no such kind with no one ("Saudi Arabia agreed to defer
        # payment") names no one it is with, which no sentence around supplied
        found = [e for e in found if e.target is not None or e.code[:3] in UNDIRECTED_CODES or not (
            e.root == "03" and by_start.get(e.verb.start) is not None and (
                by_start[e.verb.start].dep_ != "ROOT" or e.code == "030"
                and by_start[e.verb.start].lemma_.lower() == "agree")
            or e.root == "06" or e.code == "020" and by_start.get(e.verb.start) is not None
            and by_start[e.verb.start].pos_ == "NOUN")]
        # an act coded twice in a sentence, once with a target and once without ("met X and discussed trade"),
        # is one act: the targetless copy goes
        with_target = {(e.sentence, e.source.code, e.code, e.modality) for e in found if e.target is not None}
        doc.events = [e for e in found if e.target is not None
                      or (e.sentence, e.source.code, e.code, e.modality) not in with_target]
        return doc

    # ------------------------------------------------------------------ patterns

    def match(self, v, only=None) -> VerbPattern | None:
        """The most specific pattern of the verb's lemma that its dependents satisfy (with ``only``, a noun joined to
        its object: the pattern that noun alone, as its object, satisfies)."""
        pats = self.lex.verbs.get(v.lemma_.lower())
        if not pats:
            return None
        particles = [c for c in v.children if c.dep_ in ("prt", "prep", "agent", "dative") and not time_prep(c)]
        governed = {c.lower_ for c in particles}
        # the parser often reads a particle as an adverb: "brushed aside the calls", "backed down", "went ahead with
        # the strike"
        governed |= {c.lower_ for c in v.children if c.dep_ == "advmod" and (
            c.lower_ in ADVERB_PARTICLES or c.lower_ == "ahead")}
        # "send its troops back | into Somalia": the preposition hung on the particle read as an adverb
        governed |= {g.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
                     for g in c.children if g.dep_ == "prep"}
        governed |= {g.lower_ for c in particles for g in c.children if g.dep_ == "prep"}  # "out | of"
        # "removed three groups from the list", "sent troops backed by tanks into northern Iraq", "fired a missile
        # over Japan": the parser may hang the verb's "from", "into" or "over" on its object, or on a participle
        # that describes the object
        moved_from = []
        for o in (o for o in v.children if o.dep_ == "dobj"):
            for h in (o, *(a for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN")):
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in ("from", "into", "over") and c.lower_ not in governed:
                        governed.add(c.lower_)
                        moved_from += [p for p in c.children if p.dep_ == "pobj"]
        # "Taiwan was warned by Beijing of grave consequences": the parser may hang the verb's "of" on the agent's
        # name
        for c in (c for c in v.children if c.dep_ == "agent"):
            for g in (g for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for g in p.children):
                if g.dep_ == "prep" and g.lower_ == "of" and g.lower_ not in governed and any(
                        k.dep_ == "pobj" and k.pos_ == "NOUN" for k in g.children):
                    governed.add("of")
                    moved_from += [k for k in g.children if k.dep_ == "pobj"]
        # "called for the president to step down": the parser takes "for" for the mark of the clause
        governed |= {k.lower_ for c in v.children if c.dep_ in ("advcl", "ccomp", "xcomp") and to_infinitive(c)
                     for k in c.children if k.dep_ == "mark" and k.lower_ == "for"}
        # "hand over 26 suspects", "roll over two billion dollars": a particle the parser hung on the number after it
        if v.i + 1 < len(v.doc) and v.doc[v.i + 1].tag_ == "RP" and v.doc[v.i + 1].head.pos_ == "NUM":
            governed.add(v.doc[v.i + 1].lower_)
        objects = [c for c in v.children if c.pos_ in ("NOUN", "PROPN") and c.dep_ not in ("nsubj", "npadvmod")
                   or c.dep_ in ("dobj", "nsubjpass", "csubjpass", "attr", "oprd")]
        # "a ceasefire declared by the government and the rebels", "sanctions imposed by the EU": a passive
        # participle's noun is its object
        if v.dep_ == "acl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children):
            objects.append(v.head)
        # the direct object and what it counts or names ("allegations | of abuses"), with its modifiers
        dobjs = [o for o in objects if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        dobjs += [p for o in dobjs for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for p in c.children if p.dep_ == "pobj"]
        # "fired rockets loaded with nerve gas": what the weapon carries names the act with it
        dobjs += [p for o in dobjs for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in FILLED_PARTICIPLES
                  for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        direct = {m.lemma_.lower() + " " + o.lemma_.lower() if m is not o else o.lemma_.lower()
                  for o in dobjs for m in (o, *(k for k in o.children if k.dep_ in ("compound", "amod")))}
        direct |= {f"{k.lemma_.lower()} {m.lemma_.lower()} {o.lemma_.lower()}" for o in dobjs for m in o.children
                   if m.dep_ in ("compound", "amod") for k in m.children if k.dep_ in ("compound", "amod") and k.i < m.i}
        # "the sanctions it imposed": the noun an object relative clause describes is its verb's object
        if v.dep_ == "relcl" and object_gap(v):
            objects.append(v.head)
        # "began surveillance shortly after the 9/11 attacks": an act named to say when is not the verb's object
        into = []  # what an inquiry object looks into (a verb-hung "into" is taken below, with the inquired acts)
        # "suspended the talks in protest at ...", "in response to": why it was done, not what; "raised taxes despite
        # concerns", "continued his tour despite the attack": what it was done in spite of, not what
        objects += [p for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ not in WHEN_PREPS
                    and c.lower_ != "despite"
                    for p in c.children if p.dep_ == "pobj"
                    and not (c.lower_ in ("in", "as") and p.lemma_.lower() in REASON_NOUNS
                             and not any(k.dep_ == "det" for k in p.children))]  # "took part in a protest": the act
        # ("according to Ukrainian soldiers" names who tells it, not what was done)
        objects += [p for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ != "according"
                    for g in c.children if g.dep_ == "prep"
                    for p in g.children if p.dep_ == "pobj"]  # "walk out | of | talks"
        # "that Liberia hand over militiamen": the parser may hang the object on the particle
        objects += [p for c in v.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
        objects += moved_from
        # "beat and detained hundreds of protesters": the object the next verb shares is this one's as well
        objects += shared_object(v)
        if only is not None:
            objects = [only]
        # a complement verb counts as the object of a light verb: "refused to comment" is "refuse +comment"
        # ("used his strength to force the Senate to act": beside a direct object, the infinitive is a purpose)
        nouns: set[str] = {c.lemma_.lower() for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                           and not (to_infinitive(c) and any(k.dep_ == "dobj" and k.pos_ == "NOUN"
                                                             for k in v.children))}
        nouns |= {c.lower_ for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}  # "stop +bombing"
        # a gerund under a preposition names the act, and its object counts: "accused Russia of launching an
        # offensive", "accused of rigging the vote", "blamed the rebels for shelling the town"
        for g in (g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
                  and g.pos_ == "VERB"):
            nouns.add(g.lemma_.lower())
            objects += [k for k in g.children if k.dep_ == "dobj"]
        # the parser's misreadings of a predicate noun: "took hundreds of people hostage" (hostage as a verb),
        # "took three aid workers captive in Mali", "took two fishermen captive" (read as a clause)
        nouns |= {c.lemma_.lower() for c in v.children if c.dep_ in ("advcl", "oprd") and c.i == v.i + 1 or
                  c.dep_ in ("advcl", "oprd", "ccomp") and c.lower_ in ("hostage", "captive")}
        # "found the businessman guilty": the parser may read the object and its predicate adjective as a clause
        nouns |= {adj.lemma_.lower() for adj, _ in _verdict_clauses(v)}
        # "set free 20 prisoners", "set the prisoners free": the parser may read the predicate adjective after the
        # verb as a modifier of its object or as an adverb, or the one after the object as an adverbial clause
        nouns |= {m.lemma_.lower() for o in v.children if o.dep_ == "dobj" for m in o.children
                  if m.dep_ == "amod" and m.pos_ == "ADJ" and m.i == v.i + 1}
        nouns |= {c.lemma_.lower() for c in v.children if c.dep_ == "advmod" and c.pos_ == "ADJ" and c.i == v.i + 1}
        nouns |= {c.lemma_.lower() for c in v.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and not any(
            c.children) and any(o.dep_ == "dobj" and o.right_edge.i + 1 == c.i for o in v.children)}
        # the subject of a complement clause stands for the object of "allow", "let", "permit": "allowed UN
        # inspectors to resume"
        objects += [k for c in v.children if c.dep_ == "ccomp" for k in c.children if k.dep_ == "nsubj"
                    and k.pos_ in ("NOUN", "PROPN")]
        inquired: set[str] = set()
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in INQUIRY_NOUNS or any(
                # "set up a commission of inquiry into alleged abuses": a body of inquiry is the inquiry
                k.dep_ == "prep" and k.lower_ == "of" and p.dep_ == "pobj" and p.lemma_.lower() in INQUIRY_NOUNS
                for k in c.children for p in k.children)) for c in v.children):
            # "ordered an inquiry on Monday into a NATO air strike", "conducted an investigation into the air
            # strike": the parser may hang what the inquiry looks into on the verb; it tells the inquiry, not the
            # verb's act
            about = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("into", "of")
                     for p in c.children if p.dep_ == "pobj"]
            objects = [o for o in objects if o not in about]
            for h in about:
                inquired.add(h.lemma_.lower())
                inquired.update(m.lemma_.lower() + " " + h.lemma_.lower() for m in h.children
                                if m.dep_ in ("compound", "amod"))
        for o in objects:
            # "expelled more than 300,000 migrants": a count in the thousands reads as "thousands of"
            if any(m.dep_ == "nummod" and _count(m) >= 1000 for m in o.children):
                nouns.add("thousand")
            of = [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "for")
                  for p in c.children if p.dep_ == "pobj"]
            # "opened an investigation into abuses": what an inquiry looks into tells the inquiry, not another act
            # ("conduct an investigation into the air strike" is no air strike)
            into += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "into"
                     for p in c.children if p.dep_ == "pobj"]
            # ("a commission of inquiry into alleged abuses": what the body's inquiry looks into)
            into += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                     if q.dep_ == "pobj" and q.lemma_.lower() in INQUIRY_NOUNS for k in q.children
                     if k.dep_ == "prep" and k.lower_ == "into" for p in k.children if p.dep_ == "pobj"]
            # "a shipload of aid", "a mobilisation of reservists", "euros in aid", "calls for reform"
            # "gave the fighters 48 hours": the parser may hang the second object on the first
            of += [k for k in o.children if k.dep_ == "dobj" and k.pos_ == "NOUN"]
            # "fired rockets loaded with nerve gas", "shells filled with sarin": what the weapon carries names the act
            of += [p for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in FILLED_PARTICIPLES
                   for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
                   for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            # "accused the other of firing first": the parser may hang the gerund that names the act on the object
            of += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children
                   if p.dep_ == "pcomp" and p.pos_ == "VERB"]
            # "found a former governor guilty": the parser may hang the predicate adjective on the object
            nouns |= {m.lemma_.lower() for m in o.children if m.dep_ == "amod" and m.i > o.i and m.pos_ == "ADJ"}
            # "kept up a sit-in outside army headquarters", "held sit-ins": the parser may split a noun with a hyphened
            # particle, reading its first part as a modifier of the particle or of the noun after it; that part names
            # the act
            nouns |= {m.lemma_.lower() for m in o.children if m.dep_ in ("amod", "compound") and m.i + 2 <= o.i
                      and m.doc[m.i + 1].lower_ == "-" and m.doc[m.i + 2].tag_ in ("RP", "IN", "NN", "NNS")
                      and m.doc[m.i + 2].lemma_.lower() in ADVERB_PARTICLES
                      and (m.i + 2 == o.i or any(k.dep_ == "prt" and k.i == m.i + 2 for k in m.children))}
            # "killed Qassem Soleimani, commander of the Quds Force", "killed Hamas commander Ahmed al-Jabari": a
            # named person's title, in apposition or before the name, is the noun the act is done to
            titles = [k for k in o.children if o.pos_ == "PROPN" and k.pos_ == "NOUN" and (
                k.dep_ == "appos" and k.i > o.i or k.dep_ == "compound" and k.i < o.i and k.tag_ == "NN")]
            for h in [o, *(o.conjuncts if only is None else ()), *of, *titles]:
                lemma = h.lemma_.lower()
                # "ordered a review of a drone strike", "conduct an investigation into the air strike": the act an
                # inquiry is about tells only what is investigated (09x), not the verb's own act
                bucket = inquired if h in of and o.lemma_.lower() in INQUIRY_NOUNS else nouns
                bucket.add(lemma)
                for m in h.children:
                    # ("a search and rescue team": the parser may read a coordinated modifier as nmod, the second
                    # part as its conjunct)
                    if m.dep_ == "nmod" and m.i < h.i and any(k.dep_ == "conj" and k.i < h.i for k in m.children):
                        bucket.add(" ".join(t.lemma_.lower() for t in m.doc[m.i:h.i + 1]))
                        bucket |= {f"{k.lemma_.lower()} {lemma}" for k in m.conjuncts if m.i < k.i < h.i}
                    if m.dep_ in ("compound", "amod"):
                        bucket.add(m.lemma_.lower() + " " + lemma)
                        if m.i >= 2 and m.doc[m.i - 1].text == "-" and m.doc[m.i - 2].head.i == m.i:
                            # "a fact-finding mission": a hyphened modifier as written
                            bucket.add(f"{m.doc[m.i - 2].lower_}-{m.lower_} {lemma}")
                        # "a chemical weapons attack": the modifier's own modifier names the act with it; "a
                        # chlorine-filled cylinder": the noun a participle of filling is hyphened to, with it
                        bucket |= {f"{k.lemma_.lower()} {m.lemma_.lower()} {lemma}" for k in m.children
                                   if k.dep_ in ("compound", "amod") and k.i < m.i}
                        bucket |= {f"{k.lemma_.lower()} {lemma}" for k in m.children if k.i == m.i - 2
                                   and m.lemma_.lower() in FILLED_PARTICIPLES and m.doc[m.i - 1].text == "-"}
                    # "crimes against humanity": a noun whose phrase names the act with a preposition
                    if m.dep_ == "prep" and m.lower_ == "against":
                        bucket |= {f"{lemma} against {k.lemma_.lower()}" for k in m.children if k.dep_ == "pobj"}
        # "said no to the proposal": a refusal the parser reads as an interjection
        nouns |= {c.lower_ for c in v.children if c.dep_ == "intj" and c.lower_ == "no" and c.i == v.i + 1}
        # "gave the diplomats ten days to leave": the parser may read the counted time as an adverb
        nouns |= {c.lemma_.lower() for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                  and any(m.dep_ == "nummod" for m in c.children)}
        # "aircraft dropped sarin on the town": the parser may read a bare object noun as an adverb
        nouns |= {c.lemma_.lower() for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                  and c.i == v.i + 1 and not c.ent_type_ and c.lemma_.lower() not in SPAN_NOUNS}
        # "gave the rebels a day to surrender", "gave fighters holed up in the forest 48 hours to lay down their
        # arms": a span of time read as an adverb of the verb, or of a participle hung on its object
        held = [k for k in v.children if k.dep_ in ("ccomp", "dobj", "dative")]
        held += [a for k in held for a in k.children if a.dep_ == "acl"]
        nouns |= {c.lemma_.lower() for h in (v, *held) for c in h.children if c.dep_ == "npadvmod"
                  and c.lemma_.lower() in TIME_SPANS
                  and any(m.dep_ == "nummod" or m.lower_ in ("a", "an", "one") for m in c.children)}
        comps = {c.lemma_.lower() for c in v.children if c.dep_ in ("xcomp", "ccomp")}  # "declined to comment"
        # a row that names the complement verb may name its object too: "stop ~send +weapon"
        comp_nouns = {o.lemma_.lower() for c in v.children if c.dep_ in ("xcomp", "ccomp")
                      for o in c.children if o.dep_ == "dobj"}
        inquiry = {h.lemma_.lower() for h in into} | {
            m.lemma_.lower() + " " + h.lemma_.lower() for h in into for m in h.children if m.dep_ in ("compound", "amod")}
        # "gave the envoy 72 hours to leave": an infinitive hung on the verb or on its object
        # ("suspended some rights to fight gangs": beside an object that is no span of time, an infinitive hung on
        # the verb is a purpose, not the act the verb stops or starts)
        # ("gave Canada's ambassador 24 hours to leave": an ultimatum's span of time, however hung, is no purpose)
        purpose = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in v.children) and not any(
            c.lemma_.lower() in TIME_SPANS for c in v.children)
        comps |= {c.lemma_.lower() for h in (v, *(c for c in v.children if c.dep_ in ("dobj", "npadvmod")))
                  for c in h.children if c.dep_ in ("advcl", "relcl", "acl") and to_infinitive(c)
                  and not (h is v and c.dep_ == "advcl" and purpose)}
        # "ordered the former minister held in custody": the parser may hang a bare participle complement on the object
        comps |= {a.lemma_.lower() for o in v.children if o.dep_ == "dobj" for a in o.children
                  if a.dep_ == "acl" and a.tag_ == "VBN" and a.i == o.i + 1}
        def fits(p, heads) -> bool:
            return not any(x not in governed for x in p.preps) and not (
                p.noun and not (p.noun & (heads | comp_nouns if p.comp else heads)
                                | (p.noun & (inquiry | inquired) if p.code.startswith("09") else set()))) and not (
                p.comp and not (p.comp & comps))

        best = next((p for p in pats if fits(p, nouns)), None)
        if best is not None and best.noun and not best.preps and not (
                best.noun & (direct | (inquiry | inquired if best.code.startswith("09") else set()))) and not any(
                o.dep_ == "dobj" and (o.lemma_.lower(),) in self.lex.roles for o in v.children):
            # (a direct object that names people, "accused Russian troops of war crimes", is whom the act is
            # aimed at, not the act)
            # "ordered an inquiry on Monday into a NATO air strike": the noun of a phrase hung on the verb does
            # not outrank its direct object ("order +inquiry", not "order +air strike")
            best = next((p for p in pats if p.noun and p.noun & direct and fits(p, nouns)), best)
        elif best is not None and best.noun and best.preps and not best.comp and not (best.noun & direct) and not (
                best.noun & {p.lemma_.lower() for c in v.children if c.dep_ in ("prep", "prt")
                             and c.lower_ in best.preps for p in c.children if p.dep_ == "pobj"}):
            # "handed over records on the suspects to their counterparts": between patterns of the same particles,
            # the direct object's noun tells the act, not the noun of a phrase hung on the verb the pattern does
            # not govern ("put its forces on alert": the alert is the pattern's own "on")
            best = next((p for p in pats if p.noun and p.noun & direct and p.preps == best.preps and not p.comp
                         and fits(p, nouns)), best)
        if best is not None and best.code == "090" and (inquiry | inquired):
            # "ordered an inquiry into a NATO air strike", "set up an inquiry into alleged abuses": the inquiry
            # takes the code investigating what it looks into would have (093, 092, ...)
            looked = inquiry | inquired
            sub = next((p for p in self.lex.verbs.get("investigate", ()) if p.noun and p.code.startswith("09")
                        and p.code != "090" and p.noun & looked), None)
            if sub is not None:
                best = replace(best, code=sub.code)
        if best is not None and best.code in ("020", "100") and best.noun and best.noun & DEMAND_NOUNS:
            # "made an urgent appeal for international help", "issued a demand for the release of": the appeal a
            # light verb makes takes the code appealing (demanding) for what its noun asks would have
            asked = {p for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in DEMAND_NOUNS
                     for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj"}
            wanted = {h.lemma_.lower() for h in asked} | {
                m.lemma_.lower() + " " + h.lemma_.lower() for h in asked for m in h.children
                if m.dep_ in ("compound", "amod")}
            verb, preps = ("appeal", ("for",)) if best.code == "020" else ("demand", ())
            sub = next((p for p in self.lex.verbs.get(verb, ()) if p.noun and p.preps == preps and p.noun & wanted),
                       None)
            if sub is not None:
                best = replace(best, code=sub.code)
        return best

    # ------------------------------------------------------------------ coding

    def _conjoined_acts(self, v, index, sdoc, doc) -> list[Event]:
        """Objects joined by "and" that name acts of different codes are one act each: "imposed an internet
        blackout and a curfew" (1721, 1723), "declared martial law and a general mobilisation"."""
        pat = self.match(v)
        if pat is None or not pat.noun:
            return []
        out: list[Event] = []
        codes = {pat.code}
        for o in (c for c in v.children if c.dep_ == "dobj"):
            if not o.conjuncts:
                continue
            for c in (o, *o.conjuncts):
                other = self.match(v, only=c)
                if other is not None and other.noun and other.code not in codes and other.code[:2] != "01":
                    codes.add(other.code)
                    out += self._code_verb(v, index, sdoc, doc, set(), pat=other)
        return out

    def _code_verb(self, v, index, sdoc, doc, done, modality=None, sources=None, pat=None) -> list[Event]:
        done.add(v.i)
        pat = pat or self.match(v)
        if pat is None:
            return []
        if pat.comp:  # the complement is part of the act ("attempted to assassinate"), not an event of its own
            done.update(c.i for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in pat.comp)
        # a complement verb that stood for the pattern's object noun ("threatened to ban the party" read as
        # "threaten +ban") is that act, threatened or refused, not an act of its own; its object is the target
        named = [c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and pat.noun and not pat.xcomp
                 and c.lemma_.lower() in pat.noun]
        done.update(c.i for c in named)
        mod = modality or self.modality(v)
        if modality and self.modality(v) == "negated":
            mod = "negated"
        srcs = sources if sources is not None else self.args.sources(v, index)
        if not srcs and pat.code[:2] == "15" and any(c.dep_ == "auxpass" for c in v.children):
            # "fighter jets were put on combat alert", "police were placed on maximum alert": with no agent named,
            # the forces readied show the force posture themselves
            srcs = [a for c in v.children if c.dep_ == "nsubjpass" for a in self.args.actors_of(c, index)]
        crowd = self._counted_crowd(v, pat, srcs, index)
        if crowd is not None:
            srcs = [crowd]  # "tens of thousands marched against the president": people of the sentence's country
        tgts = self._verb_targets(v, pat, named, srcs, index, sdoc)
        if tgts is None:
            return []
        sides = self._orient_sides(v, pat, srcs, tgts, modality, index)
        if sides is None:
            return []
        pat, srcs, tgts, mutual = sides
        out = self._dyad_events(v, pat, srcs, tgts, mutual, mod, index, sdoc, doc)
        if crowd is not None:
            for ev in out:
                if ev.source.code == crowd.code and ev.verb.start == v.idx:
                    ev.source = _implied(crowd.code, crowd.name, ev)
        # a complement the pattern codes: "urged X to withdraw" -> requested withdrawal by X; the complement also
        # tells the governing act ("pledged to lend" is an intent to give aid, "refused to withdraw" a refusal to
        # de-escalate) and, where it has none, its target
        if pat.xcomp:
            out = self._complement_events(v, pat, srcs, tgts, out, index, sdoc, doc, done)
        out = self._settle_targets(v, pat, out, modality, sources, index, sdoc, doc, done)
        self._protest_targets(v, out, index, sdoc, doc)
        for ev in out:
            if ev.verb.start == v.idx and self._repression_threat(ev):
                self._recode(ev, "137")  # "threatened to use force against protesters"
        if out and pat.code[:2] in ("02", "10") and mod == "asserted":
            out = self._appeal_requests(v, pat, out, tgts, index, sdoc, doc)
        return out

    def _dyad_events(self, v, pat, srcs, tgts, mutual, mod, index, sdoc, doc) -> list[Event]:
        """One event for each source and each of its targets."""
        out = []
        for s in srcs:
            if not s.code:
                continue
            # acts between conjoined sources run each way: "India and China clashed", "accused each other"
            others = [o for o in srcs if o is not s and o.code and (o.code != s.code or _two_people(s, o))] if mutual else []
            for t in (others or tgts or [None]):
                t = self._compatriots(s, t, sdoc, "")
                t = self._driven_out(v, s, t, sdoc, doc, index)
                if t is not None and (t is s or t.code == s.code and not _two_people(s, t) or not t.code
                                      or self._own(s, t, sdoc)
                                      or t.kind == "modifier" and t.code == (s.code or "")[:3]
                                      and pat.code[:2] in ("03", "05", "06", "07")):
                    # ("offered to send Russian rescue teams": the source's own people or things are no target)
                    t = None  # an actor acting on itself is no dyad: the act is kept, one-sided
                out.append(self._event(v, pat, self._withdrawing_force(v, pat, s, mod, index), t, mod, sdoc, doc))
                if t is not None and not others and "reverse" in pat.targets:
                    out.append(self._event(v, pat, t, s, mod, sdoc, doc))  # "exchanged fire with": both ways
        return out

    def _adjunct_acts(self, sdoc, index, doc, done: set[int], found: list[Event], seen: set[tuple]) -> None:
        """Acts an adjunct tells the kind of, whatever the verb: done "in protest" (a protest, where no pattern codes
        the verb) or "in a show of force" (a show of force). Adds to ``found`` and ``seen``."""
        for tok in sdoc:
            # "farmers drove tractors into the capital in protest at the new laws", "lawmakers tore up copies of
            # the bill in protest": an act no pattern codes, done in protest, is a protest
            if not _verbal(tok) or not self._done_in_protest(tok) or any(e.verb.start == tok.idx for e in found):
                continue
            pat = VerbPattern(tok.lemma_.lower(), (), None, "140", ("-",), None, "in protest")
            for ev in self._code_verb(tok, index, sdoc, doc, done, pat=pat):
                key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code, ev.modality)
                if key not in seen and not any(k[:2] == key[:2] and k[3][:2] == "14" for k in seen):
                    seen.add(key)
                    found.append(ev)
        for tok in sdoc:
            # "jets flew near Taiwan in a show of force": what is done to show force is a show of force
            if not _verbal(tok) or not _in_show_of_force(tok):
                continue
            coded = [e for e in found if e.verb.start == tok.idx]
            for e in coded:
                if e.code[:2] not in ("15", "18", "19", "20"):
                    self._recode(e, "150")
                    if e.target is None:
                        # "sent warships around the island in a show of force": whom the force is shown near
                        near = [a for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for c in h.children
                                if c.dep_ == "prep" and c.lower_ in ("near", "around", "off") for p in c.children
                                if p.dep_ == "pobj" for a in self.args.actors_of(p, index)
                                if a.code and a.code[:3] != (e.source.code or "")[:3]]
                        if near:
                            e.target = self.actors.evidence(near[0], sdoc, doc)
            if coded:
                continue
            pat = VerbPattern(tok.lemma_.lower(), (), None, "150", ("prep:near", "prep:around", "prep:off", "-"), None,
                              "in a show of force")
            for ev in self._code_verb(tok, index, sdoc, doc, done, pat=pat):
                key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code, ev.modality)
                if key not in seen:
                    seen.add(key)
                    found.append(ev)

    def _recode(self, ev: Event, code: str) -> None:
        c = self.lex.cameo[code]
        ev.code, ev.root, ev.name, ev.goldstein, ev.quad = c.code, c.root, c.name, c.goldstein, c.quad
        ev.plover, ev.plover_mode, ev.plover_context = c.plover, c.plover_mode, c.plover_context

    def _arms_code(self, v, scene_only: bool = False) -> str | None:
        """The code an unspecified attack takes from the weapon or craft that carried it out: its subject, the
        agent of a passive, or a with-phrase ("French aircraft struck", "was hit by drones", "attacked with
        tanks")."""
        heads = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not heads and v.dep_ == "conj" and v.head.lemma_.lower() in LAUNCH_VERBS:
            # "missiles fired from Russian ships hit ...", misread as two verbs sharing the weapon as subject
            heads = [c for c in v.head.children if c.dep_ == "nsubj"]
        if v.dep_ == "relcl":  # "an air strike that hit a hospital"
            heads.append(v.head)
        if v.dep_ == "advcl" and v.tag_ == "VBG":  # "detonated a car bomb, killing ten soldiers"
            heads += [c for c in v.head.children if c.dep_ == "dobj"]
        heads += [p for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
                  for p in c.children if p.dep_ == "pobj"]
        if scene_only:
            heads = []
        # "killed the commander in an air strike", "died in shelling": the strike says how
        heads += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" and not p.ent_type_]
        for h in heads:
            for h2 in (h, *h.conjuncts):
                lemma = h2.lemma_.lower()
                mods = [m.lemma_.lower() + " " + lemma for m in h2.children if m.dep_ in ("compound", "amod")]
                for key in (*mods, lemma):
                    if key in self.lex.arms:
                        return self.lex.arms[key]
        return None

    def _event(self, v, pat, s: ActorMention, t: ActorMention | None, modality, sdoc, doc) -> Event:
        c = self.lex.cameo[pat.code]
        if pat.code == "190":
            c = self.lex.cameo.get(self._arms_code(v) or "190", c)
            if c.code == "190" and v.lemma_.lower() == "strike" and (s.code or "")[3:6] in ("", "GOV"):
                c = self.lex.cameo["195"]  # "Israel could strike Iranian nuclear sites": a state strikes from afar
        elif pat.code == "194" and self._arms_code(v) == "195":
            c = self.lex.cameo["195"]  # "warplanes pounded the compounds": a bombardment from the air
        elif pat.code == "186":  # "killed the commander in an air strike" (195); "gunships assassinated" (186)
            c = self.lex.cameo.get(self._arms_code(v, scene_only=True) or "186", c)
        refined = self.lex.source_refinements.get((v.lemma_.lower(), c.code, (s.code or "")[3:6]))
        if refined:
            c = self.lex.cameo[refined]  # "police charged" brought a charge; "militants bombed" set off a bomb
        if c.code == "074" and v.lemma_.lower() in ("send", "dispatch", "station") and any(
                p.lemma_.lower() in BORDER_NOUNS for h in (v, *(o for o in v.children if o.dep_ == "dobj"))
                for k in h.children if k.dep_ == "prep" and k.lower_ in ("to", "toward", "towards", "along", "near")
                for p in k.children if p.dep_ == "pobj"):
            # "will send 10,000 soldiers to its border with Belarus", "stationed troops along the frontier": a
            # mobilisation
            c = self.lex.cameo["154"]
        if c.code == "171" and t is not None and t.kind == "place":
            c = self.lex.cameo["192"]  # "fighters who seized Mogadishu": a place taken is occupied, not property
        elif c.code[:3] in ("171", "192") and pat.code != "1711" and v.lemma_.lower() in SEIZING_VERBS and \
                t is not None and \
                t.kind == "role" and (t.code or "")[3:6] in TAKEN_PEOPLE \
                and sdoc[t.head].head.lower_ not in ("from", "of") \
                and not (sdoc[t.head].dep_ == "pobj" and sdoc[t.head].head.head.dep_ == "acl"):
            # "the guerrillas seized two police officers": people taken are abducted ("seized farms from
            # villagers", "seized the assets of a former minister", "seized a refinery owned by a Spanish company":
            # the owners lose property)
            c = self.lex.cameo["181"]
        if c.code == "0842" and t is not None and sdoc[t.head].dep_ == "dobj" and (
                t.kind == "person" or t.kind == "role" and (t.code or "")[3:6] in TAKEN_PEOPLE | {"MIL"}) \
                and sdoc[t.head].lemma_.lower() not in CRAFT_NOUNS:
            # "handed back three detained Americans": persons handed back are released (0841), not property
            # ("handed back three navy vessels": craft are property)
            c = self.lex.cameo["0841"]
        if c.code == "174" and pat.comp and "leave" in pat.comp and t is not None and (t.code or "")[3:6] == "MIL":
            # "gave French forces a month to leave": armed forces sent away are expelled (166), not deported
            c = self.lex.cameo["166"]
        if t is not None and c.root not in FORCE_ROOTS and len(t.code or "") == 6 and t.code[3:] == "MIL" \
                and sdoc[t.head].lemma_.lower() in CRAFT_NOUNS and t.head != s.head:
            # "let Indian warships make port calls": the country's craft (not in an act between the craft of
            # conjoined countries, "Russian and Chinese warships held drills")
            t = self._as_country(t)
        if t is not None and len(t.code or "") == 3 and t.code.isalpha() and t.code != "IGO" and sdoc[t.head].dep_ in \
                ("npadvmod", "compound", "amod", "nmod") and sdoc[t.head].head.lower_ == "owned":
            # "hijacked a Greek-owned tanker": property a country's people own is its business (not the state)
            t = replace(t, code=t.code + "BUS", role="BUS")
        if t is not None and (t.code or "")[3:6] == "PTY" and c.root == "17" and (s.code or "")[:3] == t.code[:3] \
                and (s.code or "")[3:6] in ("", "GOV", "COP", "MIL", "JUD", "SPY"):
            # "the court dissolved the party", "the government banned the Islamist party": a party the state
            # represses is in opposition to it
            t = replace(t, code=t.code[:3] + "OPP" + t.code[6:], role="OPP")
        if t is not None and c.root in ("18", "19", "20") and t.kind == "capital" and sdoc[t.head].dep_ != "poss":
            # "air strikes on Kyiv", "shelled Tripoli": a capital that force is used on is the place, its country
            t = self._as_country(t)
        if t is not None and c.root == "04" and t.kind == "role" and t.end - t.start == 1 \
                and sdoc[t.head].dep_ == "amod" and sdoc[t.head].pos_ == "ADJ" \
                and sdoc[t.head].head.lemma_.lower() in self.actors.held_sites and (t.code or "")[:3].isalpha():
            # "visited a military base in Qatar": a site held by a force, visited, is the country it is in
            t = self._as_country(t)
        verb = Span(v.text, v.idx, v.idx + len(v.text))
        sentence = doc.sentence_of(v.idx)
        return Event(
            source=self.actors.evidence(s, sdoc, doc),
            target=self.actors.evidence(t, sdoc, doc) if t is not None else None,
            verb=verb, code=c.code, root=c.root, name=c.name, goldstein=c.goldstein, quad=c.quad, plover=c.plover,
            plover_mode=c.plover_mode, plover_context=c.plover_context, modality=modality, sentence=sentence,
            date=event_date(sdoc[v.sent.start:v.sent.end], doc.date),
        )

    # ------------------------------------------------------------------ modality

    def modality(self, v) -> str:
        kids = list(v.children)
        # "carried out no air strikes", "signed no agreement": a negated object negates the act
        if any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in kids):
            return "negated"
        # "Neither Russia nor China signed the treaty": a subject joined by "nor" negates the act for each
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "cc" and d.lower_ == "nor" for d in c.children)
               for c in kids):
            return "negated"
        # "Russia will suspend its mission and close the offices": a conjoined verb with no subject or auxiliary
        # of its own shares the first verb's
        # ("did not visit the shrine but sent an offering": a finite verb after a bare one has a tense of its own)
        if v.dep_ == "conj" and v.head.i != v.i and _verbal(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in kids) and not (
                v.tag_ in ("VBD", "VBZ") and v.head.tag_ == "VB"):
            return self.modality(v.head)
        # "is due to make her first trip abroad next week, visiting Thailand": a participle adjunct with no subject,
        # auxiliary or marker of its own is planned or supposed as its clause is (not denied with it: "did not
        # attend, citing ...")
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i != v.i and _verbal(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") for c in kids):
            outer = self.modality(v.head)
            if outer in ("future", "hypothetical"):
                return outer
        # "despite repeated calls for them to withdraw": the act a demand noun asks for is requested, not done
        if v.dep_ in ("acl", "relcl", "advcl") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in DEMAND_NOUNS \
                and to_infinitive(v):
            return "requested"
        if _negated(v):
            return "negated"
        aux = {aux_word(c) for c in kids if c.dep_ in ("aux", "auxpass")}
        head = v
        # "will start exporting", "would continue to send": an aspect verb lends its tense and mood to the act
        while head.dep_ == "xcomp" and head.head.lemma_.lower() in ASPECT_VERBS | ATTEMPT_VERBS and \
                head.head.i != head.i:
            head = head.head
            if _negated(head):
                return "negated"
            aux |= {aux_word(c) for c in head.children if c.dep_ in ("aux", "auxpass")}
        # a clause under "whether"/"if", or the complement of "decide", "consider"
        node = v
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in node.children):
                return "hypothetical"
            if node.dep_ == "advcl" and (node.tag_ == "VBD" or any(
                    c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in node.children)) and any(
                    c.dep_ == "mark" for c in node.children):
                # "is weighing whether to expel diplomats after Ottawa accused them": a past act in a clause of
                # time or cause took place, whatever the clause it qualifies only weighs
                break
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head.i != node.i:
                node = node.head
                if node.lemma_.lower() in DELIBERATION_VERBS and node.dep_ != "conj":
                    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in v.children):
                        return "hypothetical"
            else:
                break
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX or any(c.lower_ == "going" for c in kids if c.dep_ == "aux"):
            return "future"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in ("plan", "intend", "aim", "prepare", "expect", "due",
                                                                 "schedule", "set", "poise", "poised", "slate"):
            # "is not expected to press him", "does not plan to attack": an act neither planned nor expected
            return "negated" if _negated(head.head) else "future"
        return "asserted"
