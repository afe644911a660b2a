"""The quotes stage: direct, indirect and mixed quotations -> speaker, cue verb and content span.

Reads the text, the parse and the actors stage's mentions; fills ``Document.quotes``.

- **Marks.** Quotation marks pair within a paragraph: straight and curly double marks, guillemets (« » and » «),
  low-high („ “), and doubled apostrophes (''...''); single marks inside double ones are part of the quote. A mark
  left open at a paragraph's end closes there, unless the next paragraph opens with a mark: that is a quotation
  running over several paragraphs, and it ends where a mark closes it. An odd mark therefore never swallows the
  rest of an article.
- **Direct quotes** take their speaker and cue from a speech verb in the quote's own sentences ("..., he said",
  "said X, ...", "X said: ..."), else from a dash after the quote ("..." - Name) or a name and colon before it
  (Name: "..."). A quote with none of these continues the speaker of the quotation just before it, in the same or
  the previous paragraph. In a transcript, a paragraph opening with a name in capitals and a colon ("PENCE: Well,
  ...") is that person's turn.
- **Indirect quotes** are the complements of reporting verbs ("X said that ...", "X warned the talks could
  collapse", "urged Congress to act", "vowed to fight on") and the clause an "according to X" hangs on. One whose
  complement holds quoted words but is not all quoted is **mixed** ("called the plan 'a disaster in the making'");
  the partial quotes are folded into it. A complement that is all quoted is the direct quote itself.
- **Speakers** are the subjects of the cue verbs, climbing from "saying"/"adding" to the verb they hang on and from
  "who" to the noun it stands for. A speaker the actors stage knows is shown with its actor code and the fullest
  name in the document (a pronoun or surname shows the person it was resolved to); any other subject is shown as
  written, with no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorIndex, ActorMention, Actors
from .document import Document, Mention, Quote
from .lexicon import data_path, read_tsv

# opening mark -> the marks that close it
OPEN_CLOSE = {"“": ("”",), "«": ("»",), "„": ("“", "”"), '"': ('"',), "‟": ("”",), "»": ("«",), "''": ("''",)}
MIN_WORDS = 3
TITLE_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "at", "by"}
DIRECT_SHARE = 0.8  # a complement this much inside quotation marks is a direct quote
SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = ("advcl", "xcomp", "conj", "ccomp", "acl", "pcomp")  # "..., saying", "and added", "went on to say"
RELATIVE = {"who", "that", "which", "whom"}
CUT_RELATIVE = {"which", "who", "whose"}
OBJECT_DEPS = ("dobj", "dative", "oprd", "attr", "ccomp", "xcomp", "acomp")
DASHES = "-–—―"
_DASH_AFTER = re.compile(r"^[\s,\u00a0]*[" + DASHES + r"]+[\s\u00a0]*")
_COLON_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,3})[\s\u00a0]*:[\s\u00a0]*$")
# a speaker's turn in a transcript: "PENCE: Well, look, ..."
_TURN = re.compile(r"[\s\u00a0]*[\"“]?([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):[\s\u00a0]+(?=\S)")
NOT_SPEAKERS = {"UPDATE", "CLARIFICATION", "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "RELATED",
                "WATCH", "READ MORE", "VIDEO", "PHOTOS", "AP", "Q", "A", "ET", "EDT", "EST", "PT", "GMT", "UTC"}
# a quote of a whole sentence or more starts a paragraph or follows sentence punctuation (or a colon)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;…][\s\u00a0]*|[" + DASHES + r"][\s\u00a0]*)$")


@dataclass(slots=True)
class _Found:
    kind: str
    start: int
    end: int
    speaker: Mention | None = None
    cue: str | None = None
    verb: int | None = None  # token index of the cue verb
    gap: tuple[int, int] | None = None  # a parenthetical attribution inside the content (", he said,")


def _cue_frames() -> dict[str, frozenset[str]]:
    return {r["lemma"]: frozenset(f.strip() for f in r.get("frames", "speech").split(",") if f.strip())
            for _, r in read_tsv(data_path("cue_verbs.tsv"))}


class Quotes:
    def __init__(self, actors: Actors):
        self.actors = actors
        self.frames = _cue_frames()
        self.speech = frozenset(k for k, v in self.frames.items() if "speech" in v)

    # ------------------------------------------------------------------ stage

    def __call__(self, doc: Document, sdoc) -> Document:
        index: ActorIndex = sdoc.user_data.get("dyad.actors") or ActorIndex()
        paragraphs = doc.paragraphs or [(0, len(doc.text))]
        marks = find_quotes(doc.text, paragraphs)
        # characters inside marks (the marks included): a verb there is the quoted person's, not a cue
        quoted = _covered(len(doc.text), [(max(0, s - 2), min(len(doc.text), e + 2)) for s, e in marks])
        fullest = _fullest_names(index)
        inside = _covered(len(doc.text), marks)  # quoted characters, the marks left out
        found = self._indirect(doc, sdoc, index, quoted, fullest)
        turns = self._transcript(doc, sdoc, index, paragraphs, fullest)
        direct = [_Found("direct", s, e) for s, e in marks if not any(_overlap(t.start, t.end, s, e) for t in turns)]
        keep = []
        for f in found:
            if any(_overlap(t.start, t.end, f.start, f.end) for t in turns):
                continue  # reported speech inside a speaker's turn is the speaker's words
            touching = [d for d in direct if _overlap(d.start, d.end, f.start, f.end) > 0]
            if not touching:
                keep.append(f)
            elif _quoted_share(doc.text, f, inside) >= DIRECT_SHARE:
                # a complement that is all quoted is the direct quote: its verb and subject attribute it
                for d in touching:
                    if d.cue is None:
                        d.speaker, d.cue, d.verb = f.speaker, f.cue, f.verb
            else:
                # partial quotes in reported speech: one mixed quote, taking in the whole of each partial quote
                f.kind = "mixed"
                for d in touching:
                    f.start, f.end = min(f.start, d.start), max(f.end, _close_end(doc.text, d.end))
                    direct.remove(d)
                keep.append(f)
        for d in direct:
            if d.cue is None:
                self._attribute(doc, sdoc, index, d, quoted, fullest)
        items = sorted(keep + direct + turns, key=lambda f: f.start)
        quotes: list[Quote] = []
        prev: _Found | None = None
        for f in items:
            if f.kind == "direct":
                words = doc.text[f.start:f.end].split()
                sentence_start = bool(_SENTENCE_BEFORE.search(_text_before(doc.text, paragraphs, f.start)))
                if len(words) < MIN_WORDS or not sentence_start and _title_case(words):
                    continue  # a word or a name in marks: "Fox and Friends", a show's title
                if f.speaker is None and prev is not None and prev.speaker is not None \
                        and _near(paragraphs, prev.end, f.start):
                    # no speaker of its own, next to the previous quotation: its speaker goes on
                    f.speaker, f.cue = prev.speaker, f.cue or prev.cue
                elif f.speaker is None and f.cue is None and not sentence_start:
                    continue  # a phrase in marks that nobody is said to have spoken
            quotes.append(Quote(f.speaker, f.cue, f.kind, doc.text[f.start:f.end], f.start, f.end,
                                doc.sentence_of(f.start)))
            prev = f
        doc.quotes = quotes
        return doc

    # ------------------------------------------------------------------ direct quotes

    def _attribute(self, doc: Document, sdoc, index: ActorIndex, d: _Found, quoted: list[bool], fullest) -> None:
        """Speaker and cue of a direct quote: a speech verb in the quote's sentences, outside any quote, nearest to
        it; else a dash and a name after it; else a name and a colon before it."""
        span = sdoc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return
        first, last = sdoc[span.start].sent, sdoc[span.end - 1].sent
        candidates = []
        for tok in sdoc[first.start:last.end]:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in self.speech or quoted[tok.idx]:
                continue
            dist = tok.idx - d.end if tok.idx >= d.end else d.start - (tok.idx + len(tok))
            candidates.append((dist, tok.i))
        for _, i in sorted(candidates):
            verb = sdoc[i]
            subj = _subject(verb, quoted) or _next_to(verb, d, quoted)
            if d.cue is None:
                d.cue, d.verb = verb.text, verb.i
            if subj is not None:
                d.cue, d.verb = verb.text, verb.i
                d.speaker = self._speaker(subj, sdoc, doc, index, fullest, verb.i)
                return
        if d.cue is not None:
            return
        after = doc.text[d.end:d.end + 120]
        after = after[1:] if after[:1] in "”\"»“'" else after
        m = _DASH_AFTER.match(after)
        if m:
            at = d.end + (len(doc.text[d.end:d.end + 120]) - len(after)) + m.end()
            d.speaker = self._mention_at(sdoc, doc, index, at, fullest, dash=True)
            if d.speaker is not None:
                d.cue = m.group().strip(" ,\u00a0")
                return
        before = doc.text[max(0, d.start - 80):d.start].rstrip("“\"«„' \u00a0")
        m = _COLON_BEFORE.search(before)
        if m:
            at = d.start - len(doc.text[max(0, d.start - 80):d.start]) + m.start(1)
            d.speaker = self._mention_at(sdoc, doc, index, max(0, at), fullest)
            if d.speaker is not None:
                d.cue = ":"

    def _transcript(self, doc: Document, sdoc, index: ActorIndex, paragraphs, fullest) -> list[_Found]:
        """Speaker turns of an interview transcript: paragraphs opening with a name in capitals and a colon
        ("PENCE: Well, look, ..."), where the name is a person named in the article or opens two turns or more."""
        hits = []
        for p_start, p_end in paragraphs:
            m = _TURN.match(doc.text, p_start, p_end)
            if m and m.group(1).strip().upper() not in NOT_SPEAKERS:
                hits.append((m, p_end))
        labels: dict[str, int] = {}
        for m, _ in hits:
            labels[m.group(1).strip()] = labels.get(m.group(1).strip(), 0) + 1
        surnames = {}
        for m in index.mentions:
            if m.kind == "person" and m.person:
                surnames.setdefault(m.person.split()[-1].upper(), m)
        out = []
        for m, p_end in hits:
            label = m.group(1).strip()
            person = surnames.get(label.split()[-1])
            if person is None and labels[label] < 2:
                continue
            s, e = m.end(), p_end
            while e > s and doc.text[e - 1].isspace():
                e -= 1
            if len(doc.text[s:e].split()) < MIN_WORDS:
                continue
            ls, le = m.start(1), m.start(1) + len(label)
            name = fullest.get(person.person, person.person) if person is not None else label
            name = name.title() if name.isupper() else name
            speaker = Mention(label, person.code if person is not None else None, name, ls, le,
                              doc.sentence_of(ls), kind="person")
            out.append(_Found("direct", s, e, speaker, ":"))
        return out

    def _mention_at(self, sdoc, doc: Document, index: ActorIndex, at: int, fullest, dash: bool = False):
        """The name starting at character ``at``: an actor the actors stage found there, else the run of
        capitalised words."""
        span = sdoc.char_span(at, min(len(doc.text), at + 1), alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span[0]
        m = index.at(tok.i)
        if m is not None:
            return self._evidence(m, sdoc, doc, fullest)
        j = tok.i
        while j < len(sdoc) and sdoc[j].text[:1].isupper() and "\n" not in sdoc[j].text:
            j += 1
        if j == tok.i:
            return None
        words = sdoc[tok.i:j]
        return Mention(words.text, None, words.text, words.start_char, words.end_char, doc.sentence_of(at),
                       kind="person" if dash else "actor")

    # ------------------------------------------------------------------ indirect and mixed quotes

    def _indirect(self, doc: Document, sdoc, index: ActorIndex, quoted: list[bool], fullest) -> list[_Found]:
        """Complements of reporting verbs and "according to" clauses, the outermost where they nest."""
        out: list[_Found] = []
        for tok in sdoc:
            if quoted[tok.idx]:
                continue
            lemma = tok.lemma_.lower()
            if lemma == "accord" and tok.lower_ == "according":
                f = self._according(tok, sdoc, doc, index, fullest)
                if f is not None:
                    out.append(f)
                continue
            frames = self.frames.get(lemma)
            if not frames or tok.pos_ not in ("VERB", "AUX"):
                continue
            span = self._complement(tok, frames)
            if span is None:
                continue
            first, last, gap = span
            s, e = _trim(doc.text, sdoc[first].idx, sdoc[last].idx + len(sdoc[last]))
            if e <= s or quoted[s]:
                continue
            f = _Found("indirect", s, e, cue=tok.text, verb=tok.i)
            if gap is not None:
                f.gap = (sdoc[gap[0]].idx, sdoc[gap[1]].idx + len(sdoc[gap[1]]))
            subj = _subject(tok, quoted)
            if subj is not None and (not (s <= subj.idx < e) or f.gap and f.gap[0] <= subj.idx < f.gap[1]):
                f.speaker = self._speaker(subj, sdoc, doc, index, fullest)
            out.append(f)
        # nested reports ("said he believed that ...") keep the outermost
        out.sort(key=lambda f: (f.start, -(f.end - f.start)))
        kept: list[_Found] = []
        for f in out:
            if not kept or f.start >= kept[-1].end:
                kept.append(f)
        return kept

    def _complement(self, verb, frames: frozenset[str]) -> tuple[int, int, tuple[int, int] | None] | None:
        """Token bounds [first, last] of what a reporting verb reports (a clause, an object and an infinitive, an
        infinitive, or an object and what follows it), and the token bounds of a parenthetical attribution inside
        it ("Acts of protest, he said, are acts of patriotism")."""
        kids = list(verb.children)
        if frames & {"speech", "thought"}:
            comp = [c for c in kids if c.dep_ == "ccomp"]
            if comp:
                c = comp[0]
                # "said Friday that ...": the complementizer is the clause's first token
                return c.left_edge.i, _clause_end(c), None
            if verb.dep_ == "parataxis" and "speech" in frames and verb.head.i != verb.i:
                head = verb.head
                first, last = head.left_edge.i, _clause_end(head)
                vs, ve = verb.left_edge.i, verb.right_edge.i
                if first < vs and ve < last:
                    return first, last, (vs, ve)
                if ve < last and vs <= first:  # "He said, the talks are over"
                    return ve + 1, last, None
                if first < vs:  # "The talks are over, he said."
                    return first, vs - 1, None
        if "directive" in frames:
            obj = [c for c in kids if c.dep_ in ("dobj", "dative")]
            inf = [c for c in kids if c.dep_ in ("xcomp", "ccomp")]
            if not inf and obj:
                inf = [c for c in obj[0].children if c.dep_ in ("acl", "xcomp", "relcl") and c.i > obj[0].i]
            if obj and inf and inf[0].i > obj[0].i:
                return obj[0].left_edge.i, _clause_end(inf[0]), None
            prt = [c for c in kids if c.dep_ == "prt" and c.lower_ == "on" and c.i == verb.i + 1]
            prep = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i == verb.i + 1]
            if verb.lemma_.lower() == "call" and (prt or prep):
                tail = [c for c in kids if c.i > (prt or prep)[0].i and c.dep_ in ("dobj", "xcomp", "pobj", "ccomp")]
                tail += [c for p in prep for c in p.children if c.dep_ == "pobj"]
                if tail:
                    return min(t.left_edge.i for t in tail), max(_clause_end(t) for t in tail), None
        if "intent" in frames:
            inf = [c for c in kids if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            if inf:
                return inf[0].left_edge.i, _clause_end(inf[0]), None
        if "object" in frames and not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            # the object and the phrases after it ("the plan as rushed", "Clinton for her vote"), up to the first
            # that only gives a time ("on Monday")
            right = []
            for c in (c for c in kids if c.i > verb.i and c.dep_ not in ("punct", "advmod", "npadvmod", "prt")):
                if c.dep_ in OBJECT_DEPS or c.dep_ == "prep" and right and not any(
                        g.ent_type_ in ("DATE", "TIME") for g in c.children):
                    right.append(c)
                else:
                    break
            if right and right[0].dep_ in ("dobj", "dative", "ccomp", "oprd", "attr"):
                return right[0].left_edge.i, max(_clause_end(c) for c in right), None
        return None

    def _according(self, tok, sdoc, doc: Document, index: ActorIndex, fullest) -> _Found | None:
        """ "according to X, ..." / "..., according to X": the rest of the sentence, said by X."""
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if src is None:
            return None
        phrase_s, phrase_e = tok.idx, src.right_edge.idx + len(src.right_edge)
        sent = tok.sent
        s, e = _trim(doc.text, sent.start_char, sent.end_char)
        if phrase_s - s < e - phrase_e:  # the phrase opens the sentence: the content follows it
            s = phrase_e
        else:
            e = phrase_s
        s, e = _trim(doc.text, s, e)
        if len(doc.text[s:e].split()) < MIN_WORDS:
            return None
        return _Found("indirect", s, e, self._speaker(src, sdoc, doc, index, fullest), "according to", tok.i)

    # ------------------------------------------------------------------ speakers

    def _speaker(self, subj, sdoc, doc: Document, index: ActorIndex, fullest, verb: int | None = None
                 ) -> Mention | None:
        m = index.at(subj.i)
        if m is not None:
            return self._evidence(m, sdoc, doc, fullest)
        # a noun phrase no dictionary codes: its left modifiers, the head, and what follows it up to a comma
        start = subj.left_edge.i
        if verb is not None and start <= verb < subj.i:
            start = verb + 1  # "Said Ellis", parsed as one name
        end = subj.i + 1
        for c in subj.rights:
            if c.dep_ in ("prep", "compound", "flat", "nummod", "pobj", "amod"):
                end = c.right_edge.i + 1
            else:
                break
        words = sdoc[start:end]
        text = words.text
        if not text.strip():
            return None
        return Mention(text, None, text, words.start_char, words.end_char, doc.sentence_of(words.start_char))

    def _evidence(self, m: ActorMention, sdoc, doc: Document, fullest) -> Mention:
        mention = self.actors.evidence(m, sdoc, doc)
        person = m.person or (m.antecedent.person if m.antecedent is not None else None)
        if person:
            mention.name = fullest.get(person, mention.name)
        return mention


# ---------------------------------------------------------------------- helpers


def _subject(verb, quoted: list[bool] | None = None):
    """The subject of a reporting verb, climbing from a participle or conjoined verb to the verb it hangs on, and
    from a relative pronoun to its noun; a subject inside quotation marks (which the parser may take for the verb's
    subject) is passed over."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in SUBJECTS and not (quoted and quoted[c.idx])), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head
            return subj
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ not in CLIMB or v.head.i == v.i:
            return None
        if v.dep_ == "acl" and v.i > 0 and v.doc[v.i - 1].text == "," and v.head.pos_ in ("NOUN", "PROPN") \
                and v.head.dep_ in ("dobj", "pobj") and v.head.head.pos_ in ("VERB", "AUX"):
            # "backed the separatists, urging ...": the parser hangs the participle on the object
            v = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # "resolutions urging the Kremlin to ...", "a statement saying ..."
        v = v.head
    return None


def _clause_end(tok) -> int:
    """The last token of ``tok``'s phrase, stopping before a comma that opens a non-restrictive relative clause
    or a participle clause (", which forced her to leave", ", arguing that ..."): those are the writer's words or
    another report."""
    end = tok.right_edge.i
    for t in tok.subtree:
        if t.i <= tok.i or t.i > end:
            continue
        if t.dep_ in ("relcl", "advcl", "acl") and t.left_edge.i > 0:
            before = t.doc[t.left_edge.i - 1]
            last = t.right_edge.i
            while last < end and t.doc[last + 1].is_punct:
                last += 1
            # only a clause that ends the phrase: ", which would include the military, to crack down" goes on
            if before.text == "," and last >= end and (t.left_edge.lower_ in CUT_RELATIVE or t.tag_ == "VBG"):
                end = min(end, before.i - 1)
    return end


def _next_to(verb, d: _Found, quoted: list[bool]):
    """Where the parse gives a speech verb no subject outside the quote: the noun phrase that starts right after
    the quote's closing mark ("...," Flynn, a top surrogate, said), or the name right after the verb ("Said
    Ellis: ...")."""
    sdoc = verb.doc
    if verb.idx >= d.end:
        tokens = [t for t in sdoc[:verb.i] if t.idx >= d.end]
    else:
        tokens = [t for t in sdoc[verb.i + 1:] if t.idx < d.start]
    first = next((t for t in tokens if not t.is_punct and not t.is_space and not quoted[t.idx]), None)
    if first is None or first.ent_type_ in ("DATE", "TIME"):
        return None
    ok = ("PROPN", "PRON", "DET", "ADJ", "NOUN") if verb.idx >= d.end else ("PROPN", "DET")
    if first.pos_ not in ok:
        return None
    t = first
    # the head of the name or noun phrase it begins
    while t.head.i != t.i and t.head.i != verb.i and t.dep_ in ("compound", "amod", "det", "poss", "flat") \
            and t.head.pos_ in ("PROPN", "NOUN"):
        t = t.head
    return t


def _fullest_names(index: ActorIndex) -> dict[str, str]:
    """A person's name -> the longest name in the document that ends in the same surname and holds its words; a name
    two such longest names share ("Scott" beside "Bobby Scott" and "Tim Scott") stays as it is."""
    names = sorted({m.person for m in index.mentions if m.kind == "person" and m.person})
    out = {}
    for n in names:
        words = n.split()
        fuller = [o for o in names if o.split()[-1] == words[-1] and set(words) <= set(o.split())]
        most = max(len(o.split()) for o in fuller)
        longest = [o for o in fuller if len(o.split()) == most]
        out[n] = longest[0] if len(longest) == 1 else n
    return out


def _title_case(words: list[str]) -> bool:
    """Are these the words of a title ("Fox and Friends", "The Art of the Deal")?"""
    letters = [w.strip(".,;:!?'’\"()") for w in words]
    letters = [w for w in letters if w and w[0].isalpha()]
    return bool(letters) and len(letters) <= 6 and all(w[0].isupper() or w.lower() in TITLE_SMALL for w in letters)


def _quoted_share(text: str, f: _Found, inside: list[bool]) -> float:
    """The share of a complement's letters and digits that are inside quotation marks, leaving out a parenthetical
    attribution."""
    total = quoted = 0
    for i in range(f.start, f.end):
        if f.gap and f.gap[0] <= i < f.gap[1]:
            continue
        if text[i].isalnum():
            total += 1
            quoted += inside[i]
    return quoted / total if total else 0.0


def _covered(n: int, spans) -> list[bool]:
    out = [False] * (n + 1)
    for s, e in spans:
        for i in range(s, e):
            out[i] = True
    return out


def _overlap(s1: int, e1: int, s2: int, e2: int) -> int:
    return max(0, min(e1, e2) - max(s1, s2))


def _close_end(text: str, e: int) -> int:
    """The offset after the closing mark of a quote whose content ends at ``e``."""
    j = e
    while j < len(text) and text[j] in "”\"»“'’":
        j += 1
    return j


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–―-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–―-"):
        e -= 1
    return s, e


def _paragraph_index(paragraphs, offset: int) -> int | None:
    for i, (s, e) in enumerate(paragraphs):
        if s <= offset < e:
            return i
    return None


def _near(paragraphs, prev_end: int, start: int) -> bool:
    """Is ``start`` in the paragraph where the previous quote ended, or the next one?"""
    a, b = _paragraph_index(paragraphs, max(0, prev_end - 1)), _paragraph_index(paragraphs, start)
    return a is not None and b is not None and 0 <= b - a <= 1


def _text_before(text: str, paragraphs, start: int) -> str:
    """The text of the quote's paragraph before its opening mark."""
    i = _paragraph_index(paragraphs, start)
    p_start = paragraphs[i][0] if i is not None else 0
    before = text[p_start:start]
    return before.rstrip()[:-2] if before.rstrip().endswith("''") else before.rstrip().rstrip("“\"«„»‟").rstrip()


def _opener(text: str, i: int, end: int) -> str | None:
    """The opening mark at ``i``, or None."""
    if text.startswith("''", i) and i + 2 < end and not text[i + 2].isspace():
        return "''"
    ch = text[i]
    if ch not in OPEN_CLOSE or ch == "'":
        return None
    return ch


def _find_close(text: str, mark: str, i: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the mark closing ``mark`` between ``i`` and ``end``."""
    best = None
    for close in OPEN_CLOSE[mark]:
        j = text.find(close, i, end)
        if j != -1 and (best is None or j < best[0]):
            best = (j, j + len(close))
    return best


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content spans (without marks) of the quotations in ``text``. Marks pair within a paragraph; a mark left
    open at a paragraph's end closes there, unless the next paragraph opens with the same mark, in which case the
    quote runs on until a mark closes it. Never raises, whatever the marks."""
    out: list[tuple[int, int]] = []
    # the pieces, one per paragraph, of a quote left open at its paragraph's end, and its opening mark
    carry: list[tuple[int, int]] = []
    carry_mark = ""
    for p_start, p_end in paragraphs:
        i = p_start
        if carry:
            lead = p_start
            while lead < p_end and text[lead].isspace():
                lead += 1
            mark = _opener(text, lead, p_end) if lead < p_end else None
            if mark != carry_mark:  # a quote runs on only where the next paragraph opens with the same mark
                for s, e in carry:  # never closed: each paragraph's piece is a quote of its own
                    _add(out, text, s, e)
                carry = []
            else:
                close = _find_close(text, mark, lead + len(mark), p_end)
                if close is None:
                    carry.append((lead + len(mark), p_end))
                    continue
                if text[lead + len(mark):close[0]].strip():
                    _add(out, text, carry[0][0], close[0])  # a quotation over several paragraphs
                else:  # an empty pair of marks opens no continuation: the open quote ended with its paragraph
                    for s, e in carry:
                        _add(out, text, s, e)
                carry = []
                i = close[1]
        while i < p_end:
            mark = _opener(text, i, p_end)
            if mark is None or (mark == "»" and "«" not in text[i:p_end]):
                i += 1
                continue
            close = _find_close(text, mark, i + len(mark), p_end)
            if close is None:
                carry, carry_mark = [(i + len(mark), p_end)], mark
                break
            _add(out, text, i + len(mark), close[0])
            i = close[1]
    for s, e in carry:
        _add(out, text, s, e)
    return out


def _add(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
