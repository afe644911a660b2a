"""Near-duplicates: the same story carried by many sites, with small edits, found by MinHash LSH over word shingles.

Exact copies (the same text up to whitespace) share a content hash (``hashing.py``) and need nothing here. A wire
story republished by another site differs a little: another headline or boilerplate line, a sentence dropped or a
word changed. dyad keeps the first copy it stores and records every later one as a source of it.

- **Shingles**: the set of every run of ``SHINGLE`` consecutive words of the cleaned text, lower-cased and
  NFKC-normalised, punctuation dropped (``\\w+`` tokens).
- **Similarity**: the Jaccard index of two texts' shingle sets, ``|A & B| / |A | B|``. Two texts are
  near-duplicates when it is at least ``THRESHOLD``. On the 840 PolNeAR training articles, genuinely different
  articles (often on the same campaign event) never reach 0.14, while revised versions of one article score
  0.9 and above.
- **Index**: a ``datasketch`` MinHash of ``NUM_PERM`` permutations estimates the Jaccard index; its signature is
  cut into ``BANDS`` bands of ``ROWS`` rows (the banding ``datasketch.MinHashLSH`` chooses for a threshold of
  ``LSH_THRESHOLD``). Two texts sharing any band are candidates; each band is stored as one 64-bit key in the
  ``document_bands`` table, so the index lives in the database and a copy arriving in a later run is found by an
  indexed SQL lookup. Candidates are confirmed by the exact Jaccard index of their texts, so the MinHash never
  decides alone: the banding only has to miss few true pairs (at a Jaccard index of 0.7 a pair shares a band with
  probability 0.99).
- Texts with fewer than ``MIN_SHINGLES`` shingles (a dozen words) are matched exactly only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

SHINGLE = 3  # words per shingle
THRESHOLD = 0.7  # Jaccard index of the shingle sets at and above which two texts are one story
NUM_PERM = 128  # MinHash permutations
LSH_THRESHOLD = 0.5  # the banding is tuned to find pairs from here up, well below THRESHOLD
SEED = 1  # MinHash permutations are drawn from this seed: stored band keys depend on it
MIN_SHINGLES = 10

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def banding() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for ``LSH_THRESHOLD`` and ``NUM_PERM``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def shingles(text: str) -> frozenset[str]:
    """The set of ``SHINGLE``-word runs of ``text`` (lower-cased, punctuation dropped).

    >>> sorted(shingles("Russia backed the rebels."))
    ['backed the rebels', 'russia backed the']
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    if len(words) < SHINGLE:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard index of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A text's shingles and its LSH band keys (empty when the text is too short to match approximately)."""

    shingles: frozenset[str]
    keys: tuple[int, ...]

    def similarity(self, other_text: str) -> float:
        return jaccard(self.shingles, shingles(other_text))


def band_keys(shingle_set: frozenset[str]) -> tuple[int, ...]:
    """One signed 64-bit key per LSH band of the set's MinHash; equal keys mean a shared band."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([s.encode("utf-8", "surrogatepass") for s in sorted(shingle_set)])
    values = mh.hashvalues.astype("<u8")
    bands, rows = banding()
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(), digest_size=8,
                                 person=b"dyad-band" + band.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


def fingerprint(text: str) -> Fingerprint:
    """Shingles and band keys of ``text``."""
    s = shingles(text)
    return Fingerprint(s, band_keys(s) if len(s) >= MIN_SHINGLES else ())
