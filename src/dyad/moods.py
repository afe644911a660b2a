"""Moods: an act that the text does not assert, read from what governs its verb.

The verb lexicon codes the act an infinitive names wherever it stands; what governs the infinitive may say the act
is only wished for, tried, likely, or spoken of. ``Moods.review`` looks at each asserted event whose verb is such
an infinitive (word lists in moods.tsv):

- a wish or an effort of the subject's own ("Obama wants to meet Xi", "Russia hopes to sign a deal", "would like to
  visit", "is determined to help") is the subject's intent, coded as CAMEO codes it (03x: "wants to meet" is 036,
  asserted), where CAMEO has an intent for the act; a wish for a hostile act ("seeking to attack") has none, and
  is not coded; a wish that is denied ("does not want to meet") is not coded either;
- a wish about another's act ("wants Russia to withdraw") is not coded, nor an act a verb sends its object to do
  ("ordered 300 troops to assist", "authorized operators to help"), which was not asserted done, and not by the
  subject the complement would otherwise be given;
- an act a verb gives leave for ("allowed monitors to visit the camp", "let the convoy enter") is not coded, nor an
  act a noun names as planned or possible ("a planned meeting", "a possible attack");
- an act told in a that-clause of a noun of hearsay or belief ("allegations that he took bribes", "fears that
  the truce will collapse"), or by a participle of saying on one ("a report saying he took bribes"), is not coded;
- an act in a clause that tells what a memorial or an anniversary recalls ("a memorial to villagers killed by
  colonial troops") is history, and not coded;
- an act told in a finite clause of a verb of hope ("hopes Americans consider moving") is not coded;
- an act named by a gerund that a verb of stance takes ("supports deporting them", "proposed sanctioning
  Russia") is a policy argued for or against, and is not coded;
- an act a verb of leave governs ("let them fight") and the main act of a question ("Will you resign?") are not
  coded;
- an act told as a habit ("often blame China", "regularly pledges to") is not coded;
- an act its subject failed to do ("failed to prosecute") is negated;
- an infinitive or a predicate adjective takes the negation and the modal of the verb it hangs from ("would use the
  proceeds to give workers a credit" is hypothetical, "wasn't willing to debate" negated);
- an act that is only likely or possible ("is likely to attack", "superdelegates free to support anyone") is not
  coded;
- an act a noun speaks of ("a plan to attack", "his refusal to prosecute", "steps to oppose", "anything to
  apologize for") is not coded, unless the noun asks for it ("a call to withdraw"), which the appeal's own reading
  codes; nor is an infinitive after "be" ("he is to blame", "the plan is to attack").
"""

from __future__ import annotations

import functools
from collections import defaultdict

from .document import Event
from .lexicon import data_path, read_tsv

INTENT_ROOT = "03"
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "ca", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# modal verbs that make "like", "love", "prefer" a wish ("would like to visit"); without one they tell a habit
WISH_MODALS = {"would", "'d"}
PREFERENCE = {"like", "love", "prefer"}


RANKS = {"first", "last", "only", "second", "third"}
# participles by which a noun of hearsay tells its content ("a report saying ...")
SAYING = {"say", "claim", "allege", "suggest", "assert", "state"}


def to_infinitive(v) -> bool:
    """A verb with "to" as its auxiliary: "to meet", "to rebuild Gaza"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _mood_of(head) -> str | None:
    """The modality a governing verb's own negation or auxiliaries give what it governs, None when asserted."""
    kids = list(head.children)
    if any(c.dep_ == "neg" for c in kids):
        return "negated"
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if aux & FUTURE_AUX:
        return "future"
    return None


def _ranked_first(v):
    """For an infinitive that tells what made its actor the first, last or only one ("became the first sitting US
    president to visit Hiroshima", "was the only leader to attend"), the verb that ranks the actor."""
    head = v.head
    if v.dep_ in ("acl", "relcl") and head.dep_ == "attr":
        noun = head
    elif v.dep_ == "xcomp" and head.lemma_.lower() in ("be", "become"):
        noun = next((c for c in head.children if c.dep_ == "attr"), None)
    else:
        return None
    if noun is not None and noun.head.lemma_.lower() in ("be", "become") and any(
            c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children):
        return noun.head  # the verb that ranks the actor
    return None


@functools.cache
def mood_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/moods.tsv``, lower-cased, by kind (read once; the arguments stage reads the plan
    verbs too)."""
    words: dict[str, set[str]] = defaultdict(set)
    for _, r in read_tsv(data_path("moods.tsv")):
        words[r["kind"]].add(r["word"].strip().lower())
    return {kind: frozenset(ws) for kind, ws in words.items()}


class Moods:
    def __init__(self):
        words = defaultdict(frozenset, mood_words())
        self.wish = words["wish"]
        self.effort = words["effort"]
        self.intent_adj = words["intent-adj"]
        self.unreal_adj = words["unreal-adj"]
        self.appeal_nouns = words["appeal-noun"]
        self.failure = words["failure"]
        self.permission = words["permission"]
        self.plan_adj = words["plan-adj"]
        self.schedule_adj = words["schedule-adj"]
        self.need = words["need"]
        self.be_idiom = words["be-idiom"]
        self.hearsay = words["hearsay-noun"]
        self.memory = words["memory-noun"]
        self.habitual = words["habitual"]
        self.hope = words["hope"]
        self.stance = words["stance"]
        self.causative = words["causative"]
        self.instrument = words["instrument"]
        self.bar_nouns = words["bar-noun"]

    def review(self, events: list[Event], by_idx, recode, complement_code) -> list[Event]:
        """The events whose act is asserted as the lexicon read it, or recoded as an intent
        (``recode(event, code)``; ``complement_code(root, code)`` gives the intent code of an act or None);
        ``by_idx`` is the parse's tokens by start offset."""
        out = []
        for ev in events:
            tok = by_idx.get(ev.verb.start)
            if tok is not None and self.scheduled_by(tok) and ev.modality == "asserted":
                ev.modality = "future"  # "a planned march by coca growers": the growers are to march
                out.append(ev)
                continue
            if tok is not None and (self.planned(tok) or self.hearsaid(tok) or self.remembered(tok)
                                    or self.habit(tok) and not self.past_abuse(tok, ev)
                                    or self.permitted(tok) or self.asked(tok) or self.hoped(tok)
                                    or self.barred(tok)):
                continue
            verdict = self.reading(tok) if ev.modality == "asserted" and tok is not None else None
            if verdict == "drop" and self.set_for(tok, ev):
                verdict = "future"
            if verdict == "drop":
                continue
            if verdict in ("negated", "hypothetical", "future"):
                ev.modality = verdict
            if verdict == "intent":
                code = complement_code(INTENT_ROOT, ev.code)
                # no intent in CAMEO for it ("seeking to attack"): a wish is no act; a vow of force is a threat, a
                # wish to use it is not
                if code is None or code[:2] != INTENT_ROOT:
                    continue
                recode(ev, code)
            out.append(ev)
        return out

    def set_for(self, v, ev: Event) -> bool:
        """"Japan is to provide Vietnam with patrol vessels", "the Chinese president is to visit Moscow next week":
        an infinitive after "be" whose subject is the act's own source tells an act arranged for later (not "the plan
        is to attack", whose subject is no actor)."""
        head = v.head
        if v.dep_ != "xcomp" or head.lemma_.lower() != "be" or head.i > v.i or ev.source.start is None \
                or v.lemma_.lower() in self.be_idiom or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or any(
                c.dep_ == "neg" or c.dep_ == "aux" for c in head.children):
            return False
        return any(c.dep_ == "nsubj" and c.left_edge.idx <= ev.source.start
                   < c.right_edge.idx + len(c.right_edge.text) for c in head.children)

    def planned(self, n) -> bool:
        """A nominal act named as planned or possible ("a planned meeting", "a possible attack") or only needed ("requires
        an investigation"): no act is told."""
        return n.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in self.plan_adj for c in n.children) or (
            n.dep_ == "dobj" and n.head.pos_ in ("VERB", "AUX") and n.head.lemma_.lower() in self.need))

    def scheduled(self, n):
        """The participle that names a nominal act as set for a later day: "a planned march", "protests planned for
        Sunday"; None if there is none."""
        if n.pos_ != "NOUN":
            return None
        return next((c for c in n.children if c.tag_ == "VBN" and c.dep_ in ("amod", "acl")
                     and (c.lower_ if c.dep_ == "amod" else c.lemma_.lower()) in self.schedule_adj), None)

    def scheduled_by(self, n) -> bool:
        """A nominal act set for a later day whose doer a by-phrase names, on the noun or on the participle: "a
        planned march by coca growers", "protests planned by separatists for Sunday" (not "a planned meeting")."""
        part = self.scheduled(n)
        if part is None:
            return False
        return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in (*n.children, *part.children))

    def hearsaid(self, v) -> bool:
        """An act told in the clause of a noun of hearsay or belief ("allegations that he took bribes", "reports
        that Tokyo paid a ransom", "speculation that Lisbon would seek a bailout"): no one here asserts it."""
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head  # "claims that soldiers killed farmers and dressed them up"
        if v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp" and v.head.dep_ == "acl" and v.head.tag_ == "VBG" \
                and v.head.lemma_.lower() in SAYING and v.head.head.pos_ == "NOUN" \
                and v.head.head.lemma_.lower() in self.hearsay:
            return True  # "a report saying Trump's campaign invited him", "claims alleging that troops fired"
        return v.pos_ in ("VERB", "AUX") and v.dep_ in ("acl", "ccomp", "appos") and v.head.pos_ == "NOUN" \
            and v.head.lemma_.lower() in self.hearsay and any(c.dep_ == "mark" and c.lower_ == "that"
                                                             for c in v.children)

    def remembered(self, v) -> bool:
        """An act in a clause that qualifies what a memorial or an anniversary recalls ("a memorial to villagers
        killed by colonial troops", "the anniversary of the day soldiers fired on marchers"): history, not news."""
        if v.dep_ not in ("acl", "relcl"):
            return False
        for anc in v.ancestors:
            if anc.pos_ in ("VERB", "AUX"):
                return False
            if anc.pos_ == "NOUN" and anc.lemma_.lower() in self.memory:
                return True
        return False

    def barred(self, v) -> bool:
        """An act named in the "on" phrase of a noun of a ban or a limit ("a ban on Muslims entering the country",
        "a moratorium on deporting them"): barred or proposed to be, not told done."""
        if v.pos_ not in ("VERB", "AUX"):
            return False
        if v.dep_ == "acl" and v.head.dep_ == "pobj":
            on = v.head.head  # "a ban on Muslims | entering"
        elif v.dep_ == "pcomp":
            on = v.head  # "a ban on | entering"
        else:
            return False
        return on.dep_ == "prep" and on.lower_ == "on" and on.head.lemma_.lower() in self.bar_nouns

    def permitted(self, v) -> bool:
        """An act a verb of leave governs, with or without "to" ("let them fight each other", "allowed monitors to
        visit"): leave given, not the act done."""
        return v.pos_ in ("VERB", "AUX") and v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX") \
            and v.head.lemma_.lower() in self.permission

    def hoped(self, v) -> bool:
        """An act told in a finite clause of a verb of hope ("hopes Americans consider moving there", "prays that
        the ceasefire will hold"): wished for, not told done (an infinitive, "hopes to meet", is the wisher's
        intent)."""
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head  # "hopes they will sign and ratify the treaty"
        return v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp" and not to_infinitive(v) \
            and v.head.pos_ in ("VERB", "AUX") and v.head.lemma_.lower() in self.hope

    @staticmethod
    def asked(v) -> bool:
        """The main verb of a question ("Will you resign?", "Did Russia attack the convoy?"): asked, not told."""
        last = next((t for t in reversed(v.sent) if not t.is_space), None)
        return last is not None and last.text == "?" and v.dep_ == "ROOT" and any(
            c.dep_ in ("aux", "auxpass") and c.i < max((k.i for k in v.children if k.dep_ in ("nsubj", "nsubjpass")),
                                                       default=-1) for c in v.children)

    def habit(self, v) -> bool:
        """A verb said of a habit ("often blame China", "regularly pledges to", "usually call upon experts"): no
        single act is told."""
        return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in self.habitual
                                                 for c in v.children)

    @staticmethod
    def past_abuse(v, ev: Event) -> bool:
        """Force or repression told in the past tense with an adverb of habit ("guards routinely tortured
        detainees", "police regularly beat protesters"): the conduct of a period, as an inquiry or a report finds
        it, is coded; a habit told in the present ("often blame China") is not."""
        # (the tagger may take the past tense for a participle: one with a subject and no auxiliary is past)
        return ev.root in ("17", "18", "20") and (v.tag_ == "VBD" or v.tag_ == "VBN" and any(
            c.dep_ == "nsubj" for c in v.children) and not any(c.dep_ in ("aux", "auxpass") for c in v.children))

    def reading(self, v) -> str | None:
        """"intent" (the subject's wish or effort), "drop" (not asserted), a modality its governor gives
        ("negated", "hypothetical", "future") or None (asserted)."""
        if v.pos_ == "ADJ" and v.dep_ == "acomp":
            return _mood_of(v.head)  # "wasn't willing to debate", "should be ready to"
        if v.dep_ == "conj" and not to_infinitive(v) and v.head.i != v.i and to_infinitive(v.head):
            return self.reading(v.head)  # "statements to explain and defend her decision"
        if v.tag_ == "VBG" and v.dep_ in ("xcomp", "dobj", "ccomp") and v.head.i != v.i \
                and v.head.pos_ in ("VERB", "AUX") and v.head.lemma_.lower() in self.stance:
            return "drop"  # "supports deporting them", "proposed sanctioning Russia": a policy argued for, not done
        if v.tag_ == "VBG" and v.dep_ in ("xcomp", "dobj", "ccomp") and v.head.i != v.i \
                and v.head.pos_ in ("VERB", "AUX") and v.head.lemma_.lower() in self.failure:
            return "negated"  # "will avoid helping him", "avoided meeting the envoy": not done
        if v.pos_ == "NOUN" or not to_infinitive(v) or v.head.i == v.i:
            return None
        ranked = _ranked_first(v)
        if ranked is not None:
            # "became the first Indian prime minister to visit Israel": the visit took place, as the ranking did
            # ("will become the first ... to visit": it will); a ranking wished for or denied tells no act
            mood = _mood_of(ranked)
            return "drop" if to_infinitive(ranked) or mood == "negated" else mood
        head = v.head
        lemma = head.lemma_.lower()
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if head.pos_ in ("VERB", "AUX") and lemma in self.wish and v.dep_ in ("xcomp", "ccomp"):
            if own_subject or any(c.dep_ == "neg" for c in head.children):
                return "drop"  # "wants Russia to withdraw", "does not want to meet"
            if lemma in PREFERENCE and not any(c.dep_ == "aux" and c.lower_ in WISH_MODALS for c in head.children):
                return "drop"  # "likes to attack the press": a habit, not an act
            return "intent"
        if head.pos_ in ("VERB", "AUX") and lemma in self.effort and v.dep_ == "xcomp" and not own_subject:
            # "is trying to broker a deal": the attempt is the act, in the attempt's own mood
            return _mood_of(head)
        if head.pos_ in ("VERB", "AUX") and lemma in self.failure and v.dep_ == "xcomp":
            return "negated"  # "Holder failed to prosecute"
        if head.pos_ in ("VERB", "AUX") and lemma in ("have", "be") and v.dep_ == "xcomp" and v.i > head.i \
                and any(c.dep_ == "advmod" and c.lower_ == "yet" and c.i < v.i for c in head.children):
            return "negated"  # "has yet to apologize", "is yet to respond": not done so far
        if head.pos_ in ("VERB", "AUX") and lemma in self.permission and v.dep_ in ("xcomp", "ccomp"):
            return "drop"  # "allowed UN monitors to visit the camp": leave given, not the visit made
        if head.pos_ in ("VERB", "AUX") and lemma in self.causative and v.dep_ == "xcomp" and not own_subject:
            return _mood_of(head)  # "prompted Israel to recall its envoys", "could prompt Hamas to resume ..."
        if head.pos_ in ("VERB", "AUX") and lemma in self.instrument and v.dep_ in ("xcomp", "advcl") \
                and not own_subject and head.dep_ != "relcl" and head.tag_ not in ("VBP", "VBZ"):
            # "used tractors to block motorways": done by the subject, with the object ("groups that use its
            # territory to launch attacks", "they use drones to ...": a habit told, no one act)
            return _mood_of(head)
        if head.pos_ in ("VERB", "AUX") and v.dep_ in ("xcomp", "ccomp") and not own_subject and any(
                c.dep_ == "dobj" for c in head.children):
            return "drop"  # "ordered 300 troops to assist": the object's act, not yet done
        if head.pos_ == "ADJ":
            if lemma in self.intent_adj and not own_subject:
                return "intent"
            if lemma in self.unreal_adj:
                return "drop"
        if head.pos_ in ("NOUN", "PROPN", "PRON") and v.dep_ in ("acl", "relcl") and lemma not in self.appeal_nouns:
            return "drop"  # "a plan to attack", "his refusal to prosecute", "anything to apologize for"
        if lemma == "be" and v.dep_ in ("xcomp", "ccomp", "attr") and not own_subject and not _mood_of(head):
            return "drop"  # "he's entirely to blame", "the plan is to attack"
        if v.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            return _mood_of(head)  # "would use the proceeds to give workers", "his focus would be to broker"
        return None
