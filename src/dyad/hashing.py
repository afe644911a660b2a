"""Content hashes: the same article, re-scraped with other whitespace, gets the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    """First 16 hex digits of sha256 over the NFC-normalised text with whitespace collapsed to single spaces.

    >>> content_hash("Both  Russian\\n\\nhouses") == content_hash("Both Russian houses")
    True
    """
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:16]
