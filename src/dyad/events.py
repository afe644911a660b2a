"""The events stage: verb patterns over the dependency parse -> coded events with modality and evidence spans.

Reads the parse and the actors stage's mentions (``sdoc.user_data["dyad.actors"]``); fills ``Document.events``.
For each verb whose lemma is in the verb lexicon it finds the most specific matching pattern (particles,
prepositions, the object noun of a light verb), the source (subject; the agent of a passive; the controller of a
complement; the subject of the clause a participle hangs from), the target (the pattern's slots, in order), and
the modality (negated, hypothetical, future, requested or asserted). A complement of an appeal or intent verb
("urging the Kremlin to recognize ...") is coded as its own event with the modality the pattern gives it.
Nouns of the event-noun table ("the attack on Kharkiv by Russian forces") are coded in ``event_nouns``; the passes
over a sentence's coded events live in ``event_passes``; the word lists they share in ``event_words``.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_index import two_people as _two_people
from .actors import AREA_NOUNS, ActorIndex, ActorMention, Actors
from .arguments import ADVERB_PARTICLES, DEATH_NOUNS, LAUNCH_VERBS, MUTUAL, Arguments, object_gap, shared_object
from .dates import event_date
from .document import Document, Event, Span
from .event_nouns import EventNouns
from .event_passes import EventPasses
from .event_words import (
    ALLEGATION_NOUNS,
    ASKING_NOUNS,
    ASPECT_VERBS,
    ATTEMPT_VERBS,
    BORDER_NOUNS,
    CESSATION_VERBS,
    CLAIM_NOUNS,
    CLAIMING_VERBS,
    CRAFT_NOUNS,
    DELIBERATION_VERBS,
    DEMAND_NOUNS,
    DISPUTING_WORDS,
    DOCUMENT_NOUNS,
    DOMESTIC_ROLES,
    EXERCISE_NOUNS,
    FILLED_PARTICIPLES,
    FORCE_ROOTS,
    FUTURE_AUX,
    GENERIC_AID,
    HELPING_VERBS,
    HISTORY_SPANS,
    HOLD_NOUNS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    INQUIRY_NOUNS,
    INSURGENT_ROLES,
    LITERAL_ROOTS,
    LITERAL_VERBS,
    MEETING_NOUNS,
    MISSION_NOUNS,
    MUTUAL_ROOTS,
    NAMED_ACTS,
    NAMING_VERBS,
    PEACE_WORDS,
    PROPERTY_NOUNS,
    PROPOSAL_NOUNS,
    REASON_NOUNS,
    REJECTING_VERBS,
    REPRESSION_ROOTS,
    SEIZING_VERBS,
    SENDING_VERBS,
    SETTLED_DEALS,
    SPAN_NOUNS,
    SPARING,
    SPEECH_ROOTS,
    STATE_ARMS,
    STATEMENT_VERBS,
    TAKEN_PEOPLE,
    TIME_SPANS,
    UNDIRECTED_CODES,
    WHEN_PREPS,
    _conditioned,
    _count,
    _implied,
    _in_show_of_force,
    _negated,
    _participle_adjunct,
    _verbal,
    aux_word,
    side_of,
)
from .lexicon import Lexicon, VerbPattern, data_path, read_tsv, word_list
from .moods import Moods, mood_words, to_infinitive
from .senses import LAND_NOUNS, Senses, doubled

# verbs of refusal, whose "until" clause names what they wait for ("refused to ... until X freed ...")
REFUSING = mood_words().get("refusal", frozenset())
# verbs of driving a crowd off: "fired tear gas to disperse them" names whom the force was used on
DISPERSING = word_list("dispersing")
# protest nouns an act is done "in" whose against-, at- or over-phrase names the protest's aim
PROTEST_ACTS = word_list("protest-act")


def _verdict_clauses(v) -> list:
    """(adjective, subject) of each verbless clause the parser may read on ``v`` where the object and its predicate
    adjective stand ("found the businessman guilty": "guilty" a clausal complement, "businessman" its subject)."""
    return [(c, k) for c in v.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
            and not any(k.pos_ in ("AUX", "VERB") or k.dep_ == "mark" for k in c.children)
            for k in c.children if k.dep_ == "nsubj" and k.i < c.i and k.pos_ in ("NOUN", "PROPN")]


class Events(EventNouns, EventPasses):
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
        self._held_strikers(found, sdoc, index)
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
        # prepositions of time ("on Friday", "in March") say when, not what the verb means ("call on")
        # ("is on the ninth day of a hunger strike": a span of time of an act is that act's)
        particles = [c for c in v.children if c.dep_ in ("prt", "prep", "agent", "dative") and not (
            c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") and not any(
                k.dep_ == "prep" and k.lower_ == "of" for k in p.children) for p in c.children))]
        governed = {c.lower_ for c in particles}
        # the parser often reads a particle as an adverb: "brushed aside the calls", "backed down"
        governed |= {c.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}
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
        comps |= {c.lemma_.lower() for h in (v, *(c for c in v.children if c.dep_ in ("dobj", "npadvmod")))
                  for c in h.children if c.dep_ in ("advcl", "relcl", "acl") and to_infinitive(c)}
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
        if out and pat.code[:2] in ("02", "10") and mod == "asserted":
            out = self._appeal_requests(v, pat, out, tgts, index, sdoc, doc)
        return out

    def _verb_targets(self, v, pat, named, srcs, index, sdoc) -> list | None:
        """The targets of a verb's act under its pattern; None where the act is not coded at all."""
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
        if not tgts and named:
            tgts = [a for c in named for o in c.children if o.dep_ == "dobj" for a in self.args.actors_of(o, index)
                    if a.code]
        if not tgts and pat.code.startswith("084"):
            # "returned a drone that it had seized from the US navy": handed back to whom it was taken from ("the
            # drone it had seized to the United States": the parser may hang the verb's "to" on the clause)
            tgts = [a for o in v.children if o.dep_ == "dobj" for rc in o.children if rc.dep_ in ("relcl", "acl")
                    for c in rc.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                    for p in c.children if p.dep_ == "pobj" for a in self.args.actors_of(p, index) if a.code]
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

    def _dyad_events(self, v, pat, srcs, tgts, mutual, mod, index, sdoc, doc) -> list[Event]:
        """One event for each source and each of its targets."""
        out = []
        for s in srcs:
            if not s.code:
                continue
            # acts between conjoined sources run each way: "India and China clashed", "accused each other"
            others = [o for o in srcs if o is not s and o.code and o.code != s.code] if mutual else []
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
                j.dep_ in ("nsubj", "nsubjpass") for j in k.children)]
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
                    elif e.target is None and e.code.startswith("087") and len(e.code) == 3 and out:
                        # "demanded that US troops leave the country": a withdrawal from the asker's country
                        asker = out[0].source
                        if asker.code and asker.code[:3] != "IGO" and asker.code[:3] != e.source.code[:3]:
                            e.target = self._as_country(asker)
            if (others or pat.xcomp in ("requested", "hypothetical") or not out) and not unnamed:
                out.extend(inner)
        return out

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
        wrongs = {w for p in self.lex.verbs.get("investigate", ()) if p.code.startswith("09") and p.code != "090"
                  for w in p.noun}
        acts = [n for o in nouns for n in (o, *o.conjuncts) if n.lemma_.lower() in self.lex.event_nouns
                or n.lemma_.lower() in DEATH_NOUNS or n.lemma_.lower() in wrongs or any(w in self.lex.event_nouns
                or w in wrongs for w in [" ".join(
                    [k.lemma_.lower() for k in n.children if k.dep_ == "compound"] + [n.lemma_.lower()])])]
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

    @staticmethod
    def _purpose(tok) -> bool:
        """An infinitive adjunct with no marker of its own: the purpose of an act ("... to make voters doubt")."""
        return tok.dep_ == "advcl" and to_infinitive(tok) and not any(c.dep_ == "mark" for c in tok.children)

    def _said_on_the_call(self, tok) -> bool:
        """"telephoned his counterpart to congratulate him", "called the prime minister to offer condolences": the
        purpose of a call that was made is a statement made on it."""
        call = self.match(tok.head) if _verbal(tok.head) else None
        said = self.match(tok)
        return call is not None and call.code == "041" and said is not None and said.code[:2] in ("01", "05") \
            and self.modality(tok.head) == "asserted"

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
                if m.tag_ != "VBN" or "participle" not in self.mediation.get(m.lemma_.lower(), ()):
                    continue
                if m.dep_ == "amod":  # "the French-brokered ceasefire"
                    found += [a for k in m.children if k.dep_ in ("npadvmod", "compound", "nmod", "amod")
                              and k.i < m.i for a in (self.args.actors_of(k, index) or [index.modifiers.get(k.i)])
                              if a is not None and a.code and a.kind != "place"]
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
                if m.dep_ == "amod" and m.tag_ == "VBN" and "participle" in self.mediation.get(
                        m.lemma_.lower(), ()):
                    found += [a for k in m.children if k.dep_ in ("npadvmod", "compound", "nmod", "amod")
                              and k.i < m.i for a in (self.args.actors_of(k, index) or [index.modifiers.get(k.i)])
                              if a is not None and a.code and a.kind != "place"]  # "Russian-mediated"
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
            if who and not {side_of(m.code) for m in doers} <= {side_of(m.code) for m in said_by}:
                # another actor's act, the other side's of its own country too ("the government warned that the
                # rebels could seize the capital"): coded as that act
                continue
            acts = self._threatened_acts(c)
            if not acts and not who:
                continue
            if not auxes & (FUTURE_AUX | {"would"}) and not (acts and who and acts[0][1].code[:2] in FORCE_ROOTS):
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

    def _recode(self, ev: Event, code: str) -> None:
        c = self.lex.cameo[code]
        ev.code, ev.root, ev.name, ev.goldstein, ev.quad = c.code, c.root, c.name, c.goldstein, c.quad
        ev.plover, ev.plover_mode, ev.plover_context = c.plover, c.plover_mode, c.plover_context

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
        elif c.code[:3] in ("171", "192") and v.lemma_.lower() in SEIZING_VERBS and t is not None and \
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
        if v.dep_ == "conj" and v.head.i != v.i and _verbal(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in kids):
            return self.modality(v.head)
        # "is due to make her first trip abroad next week, visiting Thailand": a participle adjunct with no subject,
        # auxiliary or marker of its own is planned or supposed as its clause is (not denied with it: "did not
        # attend, citing ...")
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i != v.i and _verbal(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") for c in kids):
            outer = self.modality(v.head)
            if outer in ("future", "hypothetical"):
                return outer
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
