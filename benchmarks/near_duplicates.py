"""Near-duplicate folding: precision and recall of the store's MinHash LSH index on real articles with small edits.

    python benchmarks/near_duplicates.py [--originals N] [--seed S] [--corpus DIR]

The set is built from PolNeAR training articles (../shared/data/polnear/data/train/text) of at least
``MIN_WORDS`` words, leaving out the corpus's own revised versions of one story (``SAME_STORY``: a reader would call
each pair one article, so neither can serve as an original nor as a "different" article). ``N`` articles are
originals; each gets one edited copy (the positives); ``N`` other articles are the genuinely different ones (the
negatives). The edits, in turn: a sentence dropped; another headline and a boilerplate line; 1% of the words
replaced; the whitespace changed and a sentence dropped; all of these at once.

Everything goes through ``Store.add`` on a fresh SQLite database (the band index is the database's): the originals
first, then the copies and the other articles in shuffled order. A copy folded into its own original is a true
positive; a different article folded into anything, a copy folded into the wrong document, or an original folded
at all is a false positive; a copy stored as a document of its own is a false negative. ``tests/test_duplicates.py``
runs this with N = 40 and requires precision and recall of at least 0.95; this script defaults to every eligible
article (half originals, half negatives) and also prints the time per ``add``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[2] / "shared" / "data" / "polnear" / "data" / "train" / "text"
MIN_WORDS = 150

# pairs of PolNeAR files that are versions of one article (a later edition, a corrected reprint, an updated live
# blog); left out of the set, as they are near-duplicates of each other in the corpus itself
SAME_STORY = (
    ("wash-post_2015-12-22_as-spotlight-shines-on-trump-and.txt", "wash-post_2015-12-23_as-spotlight-shines-on-trump-and.txt"),
    ("wash-post_2015-12-12_misinformation-enters-mainstream.txt", "wash-post_2015-12-13_misinformation-enters-mainstream.txt"),
    ("nyt_2016-03-04_republicans-have-stake-in-a-deal.txt", "nyt_2016-03-05_polls-suggest-possibility-of-dea.txt"),
    ("nyt_2015-11-25_golf-courses-forced-to-reach-int.txt", "nyt_2015-11-26_with-fewer-golfers-in-u-s-course.txt"),
    ("nyt_2016-03-15_sanders-advances-agenda-via-side.txt", "nyt_2016-03-16_via-legislative-side-doors-sande.txt"),
    ("usa-today_2016-04-06_sanders-says-he-s-riding-momentu.txt", "usa-today_2016-04-06_sanders-winning-streak-continues.txt"),
    ("breitbart_2016-03-15_the-latest-kasich-scores-all-del.txt", "breitbart_2016-03-15_the-latest-sanders-declares-revo.txt"),
)

# written for this benchmark: the lines a republishing site puts around a wire story
HEADLINES = (
    "Campaign roundup: what happened on the trail today.",
    "UPDATED: The latest from the race for the White House.",
    "Politics briefing for readers in the region.",
    "From the wires: the day in national politics.",
)
BOILERPLATE = (
    "Sign up for our morning politics newsletter to get stories like this one every weekday.",
    "This article was updated with additional reporting from our national desk.",
    "Copyright 2016 by the publisher. All rights reserved. Republication requires permission.",
    "Readers can share tips with our newsroom through the contact form on this site.",
)
FILLER = ("officials", "voters", "aides", "tuesday", "reported", "announced", "later", "several", "county",
          "senior", "local", "across", "nearly", "campaign", "statement", "rally")
EDITS = ("sentence dropped", "headline and boilerplate", "words replaced", "whitespace and a sentence dropped",
         "all at once")


def eligible(corpus: Path) -> list[Path]:
    skip = {name for pair in SAME_STORY for name in pair}
    return [f for f in sorted(corpus.glob("*.txt"))
            if f.name not in skip and len(re.findall(r"\w+", f.read_text(encoding="utf-8"))) >= MIN_WORDS]


def _drop_sentence(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines[1:], 1) if line.strip()]  # never the headline
    i = rng.choice(body)
    sentences = re.split(r"(?<=[.!?])\s+", lines[i])
    if len(sentences) > 1:
        del sentences[rng.randrange(len(sentences))]
        lines[i] = " ".join(sentences)
    else:
        del lines[i]
    return "\n".join(lines)


def _reheadline(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    lines[0] = rng.choice(HEADLINES)
    return "\n".join(lines) + "\n\n" + rng.choice(BOILERPLATE) + "\n"


def _replace_words(text: str, rng: random.Random) -> str:
    spans = [m.span() for m in re.finditer(r"[A-Za-z]+", text)]
    for start, end in sorted(rng.sample(spans, max(2, len(spans) // 100)), reverse=True):
        text = text[:start] + rng.choice([w for w in FILLER if w != text[start:end].lower()]) + text[end:]
    return text


def _whitespace(text: str, rng: random.Random) -> str:
    text = re.sub(r"\n\s*\n", "\n", text)
    return re.sub(r" ", lambda m: "  " if rng.random() < 0.05 else " ", text)


def edit(text: str, kind: int, rng: random.Random) -> str:
    """One of ``EDITS`` applied to ``text``."""
    if kind == 0:
        return _drop_sentence(text, rng)
    if kind == 1:
        return _reheadline(text, rng)
    if kind == 2:
        return _replace_words(text, rng)
    if kind == 3:
        return _whitespace(_drop_sentence(text, rng), rng)
    return _whitespace(_replace_words(_drop_sentence(_reheadline(text, rng), rng), rng), rng)


@dataclass
class Case:
    name: str
    text: str
    original: str | None  # for a copy, the name of its original; None for an original or a different article
    kind: str  # "original", "different", or one of EDITS


def build_set(corpus: Path, originals: int | None = None, seed: int = 7) -> tuple[list[Case], list[Case]]:
    """(originals, then copies and different articles shuffled), from ``corpus``."""
    rng = random.Random(seed)
    files = eligible(corpus)
    rng.shuffle(files)
    n = originals if originals is not None else len(files) // 2
    if 2 * n > len(files):
        raise SystemExit(f"{corpus} has {len(files)} eligible articles, fewer than {2 * n}")
    firsts = [Case(f.name, f.read_text(encoding="utf-8"), None, "original") for f in files[:n]]
    later = [Case(f.name, f.read_text(encoding="utf-8"), None, "different") for f in files[n:2 * n]]
    for i, case in enumerate(firsts):
        later.append(Case(f"{case.name} ({EDITS[i % len(EDITS)]})", edit(case.text, i % len(EDITS), rng), case.name,
                          EDITS[i % len(EDITS)]))
    rng.shuffle(later)
    return firsts, later


def run(firsts: list[Case], later: list[Case], store) -> dict:
    """Add every case to ``store``; count true and false positives and false negatives; time the adds."""
    from dyad.document import Document
    from dyad.hashing import content_hash

    ids: dict[str, str] = {}
    tp = fp = fn = 0
    misses: list[str] = []
    t = time.perf_counter()
    for case in (*firsts, *later):
        doc = Document(text=case.text, id=content_hash(case.text), url=f"https://news.example/{case.name}")
        kept = store.stored_as(doc)
        outcome = store.add(doc)
        if case.kind == "original":
            ids[case.name] = doc.id
            if outcome != "ingested":
                fp += 1
                misses.append(f"original folded: {case.name}")
        elif case.kind == "different":
            if outcome != "ingested":
                fp += 1
                misses.append(f"different article folded: {case.name} into {kept}")
        elif outcome == "duplicate" and kept and kept[0] == ids[case.original]:
            tp += 1
        elif outcome == "duplicate":
            fp += 1
            fn += 1
            misses.append(f"copy folded into the wrong document: {case.name}")
        else:
            fn += 1
            misses.append(f"copy kept apart: {case.name}")
    elapsed = time.perf_counter() - t
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "tp": tp, "fp": fp, "fn": fn, "adds": len(firsts) + len(later), "seconds": elapsed, "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--originals", type=int, default=None, help="originals (and as many different articles)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)

    from dyad import duplicates
    from dyad.store import Store

    firsts, later = build_set(args.corpus, args.originals, args.seed)
    with Store.open("sqlite://") as store:
        r = run(firsts, later, store)
    bands, rows = duplicates.banding()
    print(f"{len(firsts)} originals, {len(firsts)} edited copies, {len(later) - len(firsts)} different articles; "
          f"{duplicates.SHINGLE}-word shingles, Jaccard >= {duplicates.THRESHOLD}, "
          f"{duplicates.NUM_PERM} permutations in {bands} bands of {rows}")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    print(f"{1000 * r['seconds'] / r['adds']:.1f} ms per add (stored_as + add, SQLite in memory)")
    for line in r["misses"]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
