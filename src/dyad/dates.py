"""Event dates read from the text against the publication date: "on Tuesday", "yesterday", "last week"."""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0}


def event_date(sentence, published: str | None) -> str | None:
    """The day an event in ``sentence`` (a spaCy span) happened: a weekday named in it is the last such day on or
    before publication; "yesterday" the day before; otherwise the publication date. No publication date, no date."""
    if not published:
        return None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    for tok in sentence:
        low = tok.lower_
        if low in WEEKDAYS and tok.text[:1].isupper():
            back = (pub.weekday() - WEEKDAYS[low]) % 7
            if tok.i > sentence.start and sentence.doc[tok.i - 1].lower_ == "next":
                return (pub + timedelta(days=(WEEKDAYS[low] - pub.weekday()) % 7 or 7)).isoformat()
            return (pub - timedelta(days=back)).isoformat()
        if low in RELATIVE:
            return (pub + timedelta(days=RELATIVE[low])).isoformat()
    return pub.isoformat()
