"""Quotation and attribution scoring against brat standoff annotations (PolNeAR's format).

A corpus folder holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``. In an ``.ann`` file, ``T`` lines
are spans (``T3<TAB>Content 24 60;70 90<TAB>text``: a role, then one or more ``start end`` fragments) and ``E``
lines tie them into one attribution (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``; ``Content2`` adds a
second content span, ``Attribution-no-source`` marks one with no source).

Rules of this scorer:

- **One annotator per article.** Most articles have one annotator; where several annotated the same article,
  the annotator whose id sorts first is used (union would count each attribution several times).
- **Kinds.** A gold attribution is ``direct`` when at least 80% of its content's letters and digits lie inside
  double quotation marks (straight, curly, guillemets, low-high), ``mixed`` when some do, else ``indirect``.
  Marks are paired within a paragraph; a mark left open runs to the paragraph's end.
- **Predicted attributions.** dyad's quotes, where a quotation interrupted by its attribution ("A," he said, "B.")
  counts as one, as the gold has it: consecutive quotes in one paragraph with the same speaker span and cue.
- **Match.** A predicted attribution matches a gold one when the characters they share are at least half of the
  longer of the two (fragments counted together). Each gold and each predicted attribution is used once, best
  overlaps first.
- **Scores.** ``all``: every gold attribution against every predicted quote. ``direct``: recall over the gold
  direct attributions (matched by any predicted quote), precision over the predicted direct quotes (matched to any
  gold attribution), so that a direct quote inside an attribution the gold counts as mixed is not an error.
  A predicted attribution is direct when all its quotes are.
- **Speaker.** Over matched pairs whose gold attribution has a source: right when the predicted speaker's span
  overlaps the gold source, or when it resolves to the same name: the words of the speaker's name (or its text)
  and of the gold source contain one another ("Trump" and "Donald Trump"), the gold source taken as written or as
  the name dyad's actors stage gives the mention on that span (a gold "she" that dyad resolved to the same
  person). The second reading leans on dyad's own coreference, so both are reported apart as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document, Quote
from .errors import InputError

DIRECT_SHARE = 0.8
MIN_OVERLAP = 0.5
OPENERS = {"“": "”", "„": "“", "«": "»", '"': '"', "‟": "”"}
_SPAN = re.compile(r"^(\S+) (\d+ \d+(?:;\d+ \d+)*)$")


@dataclass(slots=True)
class GoldAttribution:
    """One annotated attribution: character fragments of its content, source and cue."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "indirect"
    content_text: str = ""
    source_text: str = ""


@dataclass(slots=True)
class GoldDocument:
    id: str
    text: str
    annotator: str
    attributions: list[GoldAttribution]


def read_ann(path: str | Path, text: str) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file over ``text``; a malformed line raises InputError."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, list[str]]] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            ident = parts[0]
            if ident.startswith("T"):
                m = _SPAN.match(parts[1] if len(parts) > 1 else "")
                if m is None:
                    raise InputError(f"{path}:{n}: not a brat span line")
                frags = []
                for frag in m.group(2).split(";"):
                    s, e = (int(x) for x in frag.split())
                    if not 0 <= s <= e <= len(text):
                        raise InputError(f"{path}:{n}: span {s}-{e} outside the text ({len(text)} characters)")
                    frags.append((s, e))
                spans[ident] = (m.group(1), frags)
            elif ident.startswith("E"):
                roles: dict[str, list[str]] = {}
                for arg in (parts[1] if len(parts) > 1 else "").split():
                    role, _, ref = arg.partition(":")
                    roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
                events.append(roles)
    out = []
    for roles in events:
        def frags(role: str) -> list[tuple[int, int]]:
            got = []
            for ref in roles.get(role, []):
                got.extend(spans.get(ref, ("", []))[1])
            return sorted(got)

        content = frags("Content")
        if not content:
            continue
        a = GoldAttribution(content, frags("Source"), frags("Cue"))
        a.content_text = " ".join(text[s:e] for s, e in content)
        a.source_text = " ".join(text[s:e] for s, e in a.source)
        a.kind = classify(text, content)
        out.append(a)
    return out


def quoted_chars(text: str) -> list[bool]:
    """For each character of ``text``: is it inside double quotation marks? Marks pair within a paragraph (a line);
    an unclosed mark runs to the paragraph's end."""
    inside = [False] * len(text)
    close = None
    for i, ch in enumerate(text):
        if ch == "\n":
            close = None
            continue
        if close is not None:
            if ch == close:
                close = None
            else:
                inside[i] = True
        elif ch in OPENERS:
            close = OPENERS[ch]
    return inside


def classify(text: str, content: list[tuple[int, int]], inside: list[bool] | None = None) -> str:
    """direct, mixed or indirect, by the share of the content's letters and digits inside quotation marks."""
    inside = inside if inside is not None else quoted_chars(text)
    total = quoted = 0
    for s, e in content:
        for i in range(s, e):
            if text[i].isalnum():
                total += 1
                quoted += inside[i]
    if not total or not quoted:
        return "indirect"
    return "direct" if quoted / total >= DIRECT_SHARE else "mixed"


def read_brat_folder(folder: str | Path) -> list[GoldDocument]:
    """Every article of a folder with ``text/`` and ``attributions/``, one annotator each (the first id)."""
    folder = Path(folder)
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{folder}: needs text/ and attributions/ folders (brat standoff)")
    anns: dict[str, list[Path]] = {}
    for p in ann_dir.glob("*.ann"):
        stem, _, annotator = p.stem.rpartition("_")
        if stem:
            anns.setdefault(stem, []).append(p)
    out = []
    for txt in sorted(text_dir.glob("*.txt")):
        files = sorted(anns.get(txt.stem, []), key=lambda p: p.stem.rpartition("_")[2])
        if not files:
            continue
        text = txt.read_text(encoding="utf-8")
        chosen = files[0]
        out.append(GoldDocument(txt.stem, text, chosen.stem.rpartition("_")[2], read_ann(chosen, text)))
    if not out:
        raise InputError(f"{folder}: no article has both a text and an annotation file")
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def _words(s: str) -> set[str]:
    return {w.strip(".,;:!?\"'“”‘’«»()").lower() for w in s.split()} - {""}


def _same_name(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a or ""), _words(b or "")
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def speaker_right(gold: GoldAttribution, quote: Quote, doc: Document | None = None) -> bool:
    """The predicted speaker's span overlaps the gold source, or names the same person: the words of one name hold
    the other's, comparing the gold source as written and, where dyad found an actor on the gold source's span
    (a pronoun or surname it resolved), that actor's name."""
    sp = quote.speaker
    if sp is None or not gold.source:
        return False
    if _overlap(gold.source, [(sp.start, sp.end)]) > 0:
        return True
    gold_names = [gold.source_text]
    if doc is not None:
        gold_names += [m.name for m in doc.actors if m.name and _overlap(gold.source, [(m.start, m.end)]) > 0]
    return any(_same_name(g, p) for g in gold_names for p in (sp.name, sp.text))


@dataclass(slots=True)
class Row:
    """Precision over predicted items (matched / predicted) and recall over gold items (matched / gold)."""

    pred_matched: int = 0
    pred: int = 0
    gold_matched: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"predicted": self.pred, "predicted_matched": self.pred_matched, "gold": self.gold,
                "gold_matched": self.gold_matched, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class AttributionReport:
    documents: int = 0
    rows: dict[str, Row] = field(default_factory=lambda: {"all": Row(), "direct": Row()})
    kinds: dict[str, int] = field(default_factory=dict)  # gold attributions per kind
    # gold kind -> [right, total, right without dyad's reading of the gold source]
    speaker: dict[str, list[int]] = field(default_factory=dict)

    def speaker_counts(self, kind: str | None = None, strict: bool = False) -> tuple[int, int]:
        cells = [v for k, v in self.speaker.items() if kind is None or k == kind]
        return sum(c[2 if strict else 0] for c in cells), sum(c[1] for c in cells)

    def speaker_accuracy(self, kind: str | None = None, strict: bool = False) -> float:
        right, total = self.speaker_counts(kind, strict)
        return right / total if total else 0.0

    def to_dict(self) -> dict:
        return {"documents": self.documents, "gold_kinds": dict(sorted(self.kinds.items())),
                "scores": {k: v.to_dict() for k, v in self.rows.items()},
                "speaker_accuracy": {"direct": round(self.speaker_accuracy("direct"), 4),
                                     "all": round(self.speaker_accuracy(), 4),
                                     "direct_as_written": round(self.speaker_accuracy("direct", True), 4),
                                     "all_as_written": round(self.speaker_accuracy(None, True), 4)},
                "speaker_counts": {"direct": list(self.speaker_counts("direct")),
                                   "all": list(self.speaker_counts())}}


def group_quotes(text: str, quotes: list[Quote]) -> list[list[int]]:
    """Predicted attributions: a quotation interrupted by its attribution ("A," he said, "B.") is one, as the
    gold has it (one content in several fragments). Quotes are grouped when they follow one another in the same
    paragraph with the same speaker span and cue."""
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    groups: list[list[int]] = []
    for i in order:
        q = quotes[i]
        if groups:
            p = quotes[groups[-1][-1]]
            same = (p.cue == q.cue and p.cue is not None
                    and (p.speaker.start, p.speaker.end) == (q.speaker.start, q.speaker.end)
                    if p.speaker is not None and q.speaker is not None else False)
            if same and p.end <= q.start and "\n" not in text[p.end:q.start]:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def match(gold: list[GoldAttribution], predicted: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose shared characters are at least half of the longer of
    the two; each predicted attribution is a list of fragments."""
    cands = []
    for gi, g in enumerate(gold):
        glen = _length(g.content)
        for pi, frags in enumerate(predicted):
            shared = _overlap(g.content, frags)
            longer = max(glen, _length(frags))
            if shared and shared >= MIN_OVERLAP * longer:
                cands.append((-shared / longer, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_document(gold: GoldDocument, doc: Document, report: AttributionReport
                   ) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Add one article's counts to ``report``; returns the predicted attributions (groups of quote indices) and
    the matched (gold index, group index) pairs."""
    report.documents += 1
    groups = group_quotes(doc.text, doc.quotes)
    pairs = match(gold.attributions, [[(doc.quotes[i].start, doc.quotes[i].end) for i in g] for g in groups])
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for g in gold.attributions:
        report.kinds[g.kind] = report.kinds.get(g.kind, 0) + 1
    direct_groups = [i for i, grp in enumerate(groups) if all(doc.quotes[q].kind == "direct" for q in grp)]
    for name, gold_ids, pred_ids in (
            ("all", range(len(gold.attributions)), range(len(groups))),
            ("direct", [i for i, g in enumerate(gold.attributions) if g.kind == "direct"], direct_groups)):
        row = report.rows[name]
        row.gold += len(gold_ids)
        row.gold_matched += sum(1 for i in gold_ids if i in matched_g)
        row.pred += len(pred_ids)
        row.pred_matched += sum(1 for i in pred_ids if i in matched_p)
    for gi, pi in pairs:
        g = gold.attributions[gi]
        if not g.source:
            continue
        q = doc.quotes[groups[pi][0]]
        cell = report.speaker.setdefault(g.kind, [0, 0, 0])
        cell[1] += 1
        cell[0] += speaker_right(g, q, doc)
        cell[2] += speaker_right(g, q)
    return groups, pairs


def evaluate_folder(gold_docs: Iterable[GoldDocument], pipeline, batch_size: int = 16
                    ) -> Iterator[tuple[GoldDocument, Document, AttributionReport]]:
    """Code each article's text as it is (no extraction, so that offsets stay the annotation's) and score it.
    Yields (gold, coded document, running report) per article."""
    report = AttributionReport()
    gold_docs = list(gold_docs)
    docs = [Document(text=g.text, id=g.id, source_id=g.id) for g in gold_docs]
    for g, doc in zip(gold_docs, pipeline.code_documents(docs, batch_size=batch_size)):
        score_document(g, doc, report)
        yield g, doc, report


def format_table(report: AttributionReport) -> str:
    lines = [f"articles: {report.documents}; gold attributions: "
             + ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())), "",
             f"{'attributions':<14}{'P':>8}{'R':>8}{'F1':>8}{'pred':>7}{'gold':>7}"]
    for name, row in report.rows.items():
        lines.append(f"{name:<14}{row.precision:>8.3f}{row.recall:>8.3f}{row.f1:>8.3f}{row.pred:>7}{row.gold:>7}")
    lines.append("")
    for label, kind in (("direct", "direct"), ("all", None)):
        right, total = report.speaker_counts(kind)
        strict, _ = report.speaker_counts(kind, strict=True)
        lines.append(f"speaker accuracy ({label}): {report.speaker_accuracy(kind):.3f} ({right}/{total}); "
                     f"gold source as written only: {report.speaker_accuracy(kind, True):.3f} ({strict}/{total})")
    return "\n".join(lines)
