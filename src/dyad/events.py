"""The events stage: verb patterns over the dependency parse -> coded events with modality and evidence spans.

Reads the parse and the actors stage's mentions (``sdoc.user_data["dyad.actors"]``); fills ``Document.events``.
For each verb whose lemma is in the verb lexicon it finds the most specific matching pattern (particles,
prepositions, the object noun of a light verb), the source (subject; the agent of a passive; the controller of a
complement; the subject of the clause a participle hangs from), the target (the pattern's slots, in order), and
the modality (negated, hypothetical, future, requested or asserted). A complement of an appeal or intent verb
("urging the Kremlin to recognize ...") is coded as its own event with the modality the pattern gives it.
"""

from __future__ import annotations

from .actors import ActorIndex, ActorMention, Actors
from .dates import event_date
from .document import Document, Event, Span
from .lexicon import Lexicon, VerbPattern

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "ca"}
HYPOTHETICAL_MARKS = {"if", "whether", "unless"}
DELIBERATION_VERBS = {"decide", "consider", "weigh", "debate", "mull", "ponder", "wonder", "ask", "discuss"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
SUBJECT_DEPS = ("nsubj",)


class Events:
    def __init__(self, lexicon: Lexicon, actors: Actors):
        self.lex = lexicon
        self.actors = actors

    def __call__(self, doc: Document, sdoc) -> Document:
        index: ActorIndex = sdoc.user_data.get("dyad.actors") or ActorIndex()
        found: list[Event] = []
        done: set[int] = set()
        seen: set[tuple] = set()
        for tok in sdoc:
            if tok.i in done or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in self.lex.verbs:
                continue
            for ev in self._code_verb(tok, index, sdoc, doc, done):
                key = (ev.sentence, ev.source.code, ev.target.code if ev.target else None, ev.code, ev.modality)
                if key not in seen:
                    seen.add(key)
                    found.append(ev)
        doc.events = found
        return doc

    # ------------------------------------------------------------------ patterns

    def match(self, v) -> VerbPattern | None:
        """The most specific pattern of the verb's lemma that its dependents satisfy."""
        pats = self.lex.verbs.get(v.lemma_.lower())
        if not pats:
            return None
        governed = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep", "agent", "dative")}
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        nouns = set()
        for o in objects + [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]:
            nouns.add(o.lemma_.lower())
            comp = " ".join(t.lemma_.lower() for t in o.lefts if t.dep_ in ("compound", "amod")) + " " + o.lemma_.lower()
            nouns.add(comp.strip())
            for xc in o.children:  # "open fire on": fire is dobj
                if xc.dep_ == "compound":
                    nouns.add(xc.lemma_.lower() + " " + o.lemma_.lower())
        for p in pats:
            if any(x not in governed for x in p.preps):
                continue
            if p.noun and p.noun not in nouns and not any(n.endswith(" " + p.noun) for n in nouns):
                continue
            return p
        return None

    # ------------------------------------------------------------------ coding

    def _code_verb(self, v, index, sdoc, doc, done, modality=None, sources=None) -> list[Event]:
        done.add(v.i)
        pat = self.match(v)
        if pat is None:
            return []
        mod = modality or self.modality(v)
        if modality and self.modality(v) == "negated":
            mod = "negated"
        srcs = sources if sources is not None else self.sources(v, index)
        tgts = self.targets(v, pat, index)
        out = []
        for s in srcs:
            if not s.code:
                continue
            for t in (tgts or [None]):
                if t is not None and (t is s or t.code == s.code or not t.code):
                    if t is not None and t.code and t.code == s.code:
                        continue
                    t = None
                out.append(self._event(v, pat, s, t, mod, sdoc, doc))
        # a complement the pattern codes: "urged X to withdraw" -> requested withdrawal by X
        if pat.xcomp:
            for c in v.children:
                if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    ctrl = tgts if pat.xcomp == "requested" and tgts else srcs
                    out.extend(self._code_verb(c, index, sdoc, doc, done, pat.xcomp, ctrl))
        return out

    def _event(self, v, pat, s: ActorMention, t: ActorMention | None, modality, sdoc, doc) -> Event:
        c = self.lex.cameo[pat.code]
        verb = Span(v.text, v.idx, v.idx + len(v.text))
        sentence = doc.sentence_of(v.idx)
        return Event(
            source=self.actors.evidence(s, sdoc, doc),
            target=self.actors.evidence(t, sdoc, doc) if t is not None else None,
            verb=verb, code=c.code, root=c.root, name=c.name, goldstein=c.goldstein, quad=c.quad, plover=c.plover,
            modality=modality, sentence=sentence,
            date=event_date(sdoc[v.sent.start:v.sent.end], doc.date),
        )

    # ------------------------------------------------------------------ modality

    def modality(self, v) -> str:
        kids = list(v.children)
        if any(c.dep_ == "neg" or (c.lower_ in NEGATION_WORDS and c.dep_ in ("advmod", "neg")) for c in kids):
            return "negated"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        head = v
        # a clause under "whether"/"if", or the complement of "decide", "consider"
        node = v
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in node.children):
                return "hypothetical"
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head is not node:
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
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in ("plan", "intend", "aim", "prepare", "expect"):
            return "future"
        return "asserted"

    # ------------------------------------------------------------------ arguments

    def actors_of(self, tok, index: ActorIndex, depth: int = 0) -> list[ActorMention]:
        """The actors a noun phrase headed by ``tok`` names: itself, its conjuncts, or its possessor."""
        if tok is None or depth > 3:
            return []
        out: list[ActorMention] = []
        m = index.at(tok.i)
        if m is not None and m.code:
            out.append(m)
        else:
            for c in tok.children:
                if c.dep_ == "poss":
                    out.extend(self.actors_of(c, index, depth + 1))
        for c in tok.conjuncts:
            if c.i > tok.i:
                cm = index.at(c.i)
                if cm is not None and cm.code and cm not in out:
                    out.append(cm)
        return out

    def sources(self, v, index: ActorIndex, depth: int = 0) -> list[ActorMention]:
        if depth > 4:
            return []
        kids = list(v.children)
        for c in kids:
            if c.dep_ in SUBJECT_DEPS:
                return self.actors_of(c, index)
        if any(c.dep_ == "nsubjpass" for c in kids):
            for c in kids:
                if c.dep_ == "agent":
                    return [a for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index)]
            return []
        head = v.head
        if head is v:
            return []
        if v.dep_ == "conj":
            return self.sources(head, index, depth + 1)
        if v.dep_ == "xcomp":
            return self.sources(head, index, depth + 1)
        if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN"):
            return self.sources(head, index, depth + 1)
        if v.dep_ in ("relcl", "acl"):
            found = self.actors_of(head, index)
            if found:
                return found
            if head.head is not head and head.head.pos_ in ("VERB", "AUX"):
                return self.sources(head.head, index, depth + 1)
        return []

    def targets(self, v, pat: VerbPattern, index: ActorIndex) -> list[ActorMention]:
        kids = list(v.children)
        passive = any(c.dep_ == "nsubjpass" for c in kids)
        objects = [c for c in kids if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        for slot in pat.targets:
            if slot == "-":
                return []
            found: list[ActorMention] = []
            if slot == "dobj":
                for o in objects:
                    found.extend(self.actors_of(o, index))
            elif slot == "dative":
                for c in kids:
                    if c.dep_ == "dative":
                        found.extend(self.actors_of(c, index))
                        found.extend(a for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index))
            elif slot.startswith("prep:"):
                prep = slot[5:]
                holders = [v] + objects
                for h in holders:
                    for c in h.children:
                        if c.dep_ in ("prep", "dative") and c.lower_ == prep:
                            for p in c.children:
                                if p.dep_ == "pobj":
                                    found.extend(self.actors_of(p, index))
            if found:
                return found
        return []
