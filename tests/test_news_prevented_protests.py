"""Preventing a protest restricts a political freedom (1721), as keeping people from protesting
already did (issue 10, recall: crackdowns). 'prevent' has no default ("prevented a disaster");
its patterns named only the people kept from marching. The protest's doers, after "by", are the
target. Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Security forces prevented a march by students in Dhaka.", {("BGDCOP", "1721", "BGDEDU")}),
    ("Police prevented the rally planned by opposition supporters in Harare.", {("---COP", "1721", "ZWEOPP")}),
    # as before: the people kept from protesting
    ("Ugandan police prevented the opposition from holding a rally.", {("UGACOP", "1721", "UGAOPP")}),
])
def test_preventing_a_protest_restricts_political_freedom(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The government prevented a humanitarian disaster in Gaza.",
    "Kenyan officials prevented an outbreak of cholera in the camps.",
])
def test_preventing_other_things_is_no_event(code, text):
    assert triples(code, text) == set()
