"""Towns the tagger misses after "control of" and "the town of", peoples named "ethnic" living in another state,
and a surname after an honorific read by the honorific's gender."""

from __future__ import annotations

import pytest
from conftest import assert_coded_to_row

import dyad

ROWS = [
    # a town of some tens of thousands, untagged, after "control of"
    {"sentence": "Islamist rebels took control of Timbuktu on Sunday.", "date": "2012-04-01",
     "source": "MLI", "root": "19", "target": "MLI"},
    # a name the tagger takes for a person's, right after "the town/village of"
    {"sentence": "Soldiers raided the village of Chibok at dawn.", "date": "2014-05-01",
     "source": "NGA", "root": "19", "target": "NGA"},
    {"sentence": "Islamist militants abducted dozens of schoolgirls from a school in the town of Chibok on Monday.",
     "date": "2014-04-15", "source": "NGA", "code": "181", "target": "NGA"},
    # "ethnic Albanians", "ethnic Russians": people of the other state their sentence names
    {"sentence": "Serbian police drove thousands of ethnic Albanians out of Kosovo last month.", "date": "2010-05-01",
     "source": "SRB", "root": "20", "target": "KSV"},
    {"sentence": "Ethnic Russians in eastern Ukraine clashed with Ukrainian police on Sunday.", "date": "2014-04-13",
     "source": "UKR", "root": "19", "target": "UKRCOP"},
]


@pytest.mark.parametrize("row", ROWS, ids=[r["sentence"][:40] for r in ROWS])
def test_places_and_peoples(row):
    assert_coded_to_row(row)


def test_ethnic_people_alone_keep_their_state():
    doc = dyad.code("Ethnic Albanians protested in Tirana on Monday.", date="2010-05-01")
    assert any(m.code.startswith("ALB") for m in doc.actors if "Albanians" in m.text), doc.actors


def test_an_honorific_picks_the_full_name_of_its_gender():
    """"Mr. Clinton" after both Clintons are named is the man, never the woman of the same surname."""
    doc = dyad.code("Hillary Clinton campaigned with Bill Clinton in Ohio. Mr. Clinton criticized Russia on Monday.",
                    date="2016-09-01")
    assert not any(e.source.text == "Clinton" and e.source.code == "USAPTY" for e in doc.events), doc.events
    doc = dyad.code("Mr. Clinton criticized Russia on Monday.", date="2016-09-01")
    assert not any(e.source.code == "USAPTY" for e in doc.events), doc.events
    doc = dyad.code("Mrs. Clinton criticized Russia on Monday.", date="2016-09-01")
    assert any(e.source.code == "USAPTY" and e.target and e.target.code == "RUS" for e in doc.events), doc.events
