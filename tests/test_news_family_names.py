"""A person named in full by a two-word dictionary name may be named later by its first word:
East Asian names put the family name first ("Foreign Minister Wang Yi ... Wang said"). Only
when unambiguous in the story. Stories of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,date,expected", [
    ("Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing on Tuesday. "
     "Wang urged Japan to stop interfering in Taiwan.", "2025-04-10", ("CHNGOV", "020", "JPN")),
    ("South Korean President Lee Jae-myung arrived in Tokyo on Monday. "
     "Lee urged Japan to face its wartime past.", "2025-08-20", ("KORGOV", "020", "JPN")),
])
def test_the_family_name_is_the_person(code, text, date, expected):
    assert expected in triples(code, text, date=date)


def test_a_family_name_two_persons_share_names_neither(code):
    found = triples(code, "Acting President Lee Ju-ho met opposition leader Lee Jae-myung in Seoul on "
                          "Tuesday. Lee criticized Japan over its trade curbs.", date="2025-05-20")
    assert not any(t == "JPN" for _, _, t in found)


def test_no_earlier_person_no_actor(code):
    assert not triples(code, "Wang urged Japan to stop interfering in Taiwan.")
