"""Which actor stands on each side of an event: the source and target chosen for a coded act."""

from __future__ import annotations

import dyad


def events(text, date="2020-06-15"):
    doc = dyad.code(text, date=date)
    return [(e.source.code, e.code, e.target.code if e.target else None, e.modality) for e in doc.events]


def test_a_capital_that_sanctions_are_on_is_its_government():
    got = events("Britain imposed fresh sanctions on Tehran on Friday.")
    assert ("GBR", "163", "IRNGOV", "asserted") in got


def test_a_capital_that_force_is_used_on_is_its_country():
    got = events("Russian warplanes carried out air strikes on Kyiv overnight.", date="2022-03-01")
    assert ("RUSMIL", "195", "UKR", "asserted") in got
    assert not any(t == "UKRGOV" for _, _, t, _ in got)
