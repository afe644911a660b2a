"""Precision, recall and F1 per component against gold JSONL.

Gold items: ``id``, ``text``, optional ``date``, and any of ``events`` ({source, target, code, modality}),
``quotes`` ({speaker, text}) and ``places`` ({text, lat, lon}). Events are scored at three levels: the full CAMEO
code with full actor codes; the root code with full actor codes; the root code with actors compared by country
(their first three letters). An event matches on source, target, code and modality (default asserted), each
predicted and gold event used once. A quote matches when its content overlaps the gold content by half or more of
the longer one's words; its speaker is right when the gold name's words are all in the predicted name or the other
way round. A place matches on its text; it is accurate when within 161 km (100 miles) of the gold point.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document
from .errors import InputError
from .gazetteer import distance_km

KM_ACCURATE = 161.0


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Report:
    items: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    per_root: dict[str, Score] = field(default_factory=dict)
    speaker_right: int = 0
    speaker_total: int = 0
    places_accurate: int = 0
    places_matched: int = 0
    errors: list[str] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def to_dict(self) -> dict:
        out = {"items": self.items, "scores": {k: v.to_dict() for k, v in self.scores.items()},
               "per_root": {k: v.to_dict() for k, v in sorted(self.per_root.items())}}
        if self.speaker_total:
            out["quote_speaker_accuracy"] = round(self.speaker_right / self.speaker_total, 4)
        if self.places_matched:
            out["place_accuracy_161km"] = round(self.places_accurate / self.places_matched, 4)
        if self.errors:
            out["errors"] = self.errors
        return out


def read_gold(path: str | Path) -> Iterator[dict]:
    """Gold items from a JSONL file; a malformed line raises InputError naming the file and line."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not a JSON object ({exc.msg})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise InputError(f"{path}:{n}: a gold item needs a 'text' string")
            yield item


def _match(gold: list, pred: list, key) -> tuple[Score, list[tuple]]:
    """Greedy one-to-one matching on equal keys."""
    left = Counter(key(p) for p in pred)
    pairs = []
    tp = 0
    for g in gold:
        k = key(g)
        if left[k] > 0:
            left[k] -= 1
            tp += 1
            pairs.append((g, k))
    return Score(tp, len(pred) - tp, len(gold) - tp), pairs


def _event_keys(level: str):
    def norm(code):
        return (code or "").upper() or None

    def key(e):
        src, tgt, code = norm(e["source"]), norm(e.get("target")), str(e["code"])
        mod = e.get("modality") or "asserted"
        if level == "code":
            return (src, tgt, code, mod)
        if level == "root":
            return (src, tgt, code[:2], mod)
        return (src[:3] if src else None, tgt[:3] if tgt else None, code[:2], mod)

    return key


def _pred_events(doc: Document) -> list[dict]:
    return [{"source": e.source.code, "target": e.target.code if e.target else None, "code": e.code,
             "modality": e.modality} for e in doc.events]


def _words(s: str) -> list[str]:
    return [w.strip(".,;:!?\"'“”‘’«»").lower() for w in s.split() if w.strip(".,;:!?\"'“”‘’«»")]


def _overlap(a: str, b: str) -> float:
    wa, wb = Counter(_words(a)), Counter(_words(b))
    if not wa or not wb:
        return 0.0
    common = sum((wa & wb).values())
    return common / max(sum(wa.values()), sum(wb.values()))


def _same_speaker(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return False
    g, p = set(_words(gold)), set(_words(pred))
    return bool(g) and bool(p) and (g <= p or p <= g)


def score_document(gold: dict, doc: Document, report: Report) -> None:
    report.items += 1
    if "events" in gold:
        pred = _pred_events(doc)
        for level in ("code", "root", "country"):
            s, _ = _match(gold["events"], pred, _event_keys(level))
            report.score(f"events.{level}").add(s)
        key = _event_keys("root")
        roots = {str(e["code"])[:2] for e in gold["events"]} | {e["code"][:2] for e in pred}
        for root in roots:
            s, _ = _match([e for e in gold["events"] if str(e["code"])[:2] == root],
                          [e for e in pred if e["code"][:2] == root], key)
            report.per_root.setdefault(root, Score()).add(s)
    if "quotes" in gold:
        s = Score()
        used = set()
        for g in gold["quotes"]:
            best, best_i = 0.0, None
            for i, q in enumerate(doc.quotes):
                if i in used:
                    continue
                o = _overlap(g["text"], q.text)
                if o > best:
                    best, best_i = o, i
            if best_i is not None and best >= 0.5:
                used.add(best_i)
                s.tp += 1
                report.speaker_total += 1
                sp = doc.quotes[best_i].speaker
                if _same_speaker(g.get("speaker"), sp.name if sp else None) or \
                        _same_speaker(g.get("speaker"), sp.text if sp else None):
                    report.speaker_right += 1
            else:
                s.fn += 1
        s.fp = len(doc.quotes) - len(used)
        report.score("quotes").add(s)
    if "places" in gold:
        s = Score()
        used = set()
        for g in gold["places"]:
            hit = None
            for i, p in enumerate(doc.places):
                if i not in used and p.text.lower() == g["text"].lower():
                    hit = i
                    break
            if hit is None:
                s.fn += 1
                continue
            used.add(hit)
            s.tp += 1
            p = doc.places[hit]
            if g.get("lat") is not None and p.lat is not None:
                report.places_matched += 1
                if distance_km(g["lat"], g["lon"], p.lat, p.lon) <= KM_ACCURATE:
                    report.places_accurate += 1
        s.fp = len({p.text.lower() for p in doc.places}) - len(used) if doc.places else 0
        s.fp = max(0, s.fp)
        report.score("places").add(s)


def evaluate(gold_items: Iterable[dict], pipeline, progress: Callable[[int], None] | None = None) -> Report:
    """Code each gold text with ``pipeline`` and score it; ``progress(1)`` after each item."""
    report = Report()
    items = list(gold_items)
    inputs = [{"id": g.get("id"), "text": g["text"], "date": g.get("date")} for g in items]
    for gold, doc in zip(items, pipeline.code_many(inputs)):
        if doc.skipped and doc.skipped.startswith("error"):
            report.errors.append(f"{gold.get('id')}: {doc.skipped}")
        score_document(gold, doc, report)
        if progress:
            progress(1)
    return report


def format_table(report: Report) -> str:
    lines = [f"items: {report.items}", "", f"{'component':<18}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, s in report.scores.items():
        lines.append(f"{name:<18}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    if report.speaker_total:
        lines.append(f"quote speaker accuracy: {report.speaker_right / report.speaker_total:.3f} "
                     f"({report.speaker_right}/{report.speaker_total})")
    if report.places_matched:
        lines.append(f"place accuracy within 161 km: {report.places_accurate / report.places_matched:.3f} "
                     f"({report.places_accurate}/{report.places_matched})")
    if report.per_root:
        lines += ["", "events per root (root code, full actor codes)",
                  f"{'root':<6}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
        for root, s in sorted(report.per_root.items()):
            lines.append(f"{root:<6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    for e in report.errors:
        lines.append(f"error: {e}")
    return "\n".join(lines)
