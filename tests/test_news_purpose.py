"""Force aimed through its purpose (issue 10: implied targets; the settings'
purpose_target_codes), on sentences written for the test: "fired tear gas to disperse the
protesters" fires it at the protesters, though the parse gives "fired" no object that names
them and the dispersal itself is only the purpose, not done."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-02"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    ("Police in Lagos fired tear gas to disperse hundreds of protesters on Monday.", {("NGACOP", "175", "NGACVL")}),
    ("Kenyan police fired tear gas to disperse opposition supporters.", {("KENCOP", "175", "KENOPP")}),
])
def test_force_with_a_forceful_purpose_falls_on_its_object(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas to protect the parliament.",  # protecting is no force on it
    "Police fired tear gas on Monday.",  # no purpose: no one named
])
def test_no_target_from_a_purpose_that_is_no_force(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text", [
    # an event noun in the phrase of a purpose infinitive is only the purpose (filters.governing_verb)
    "Kenya and Tanzania disagree on tariffs. The vote was postponed to give both governments room for "
    "further negotiations.",
    "Kenya sent troops to Somalia to support a new offensive against al-Shabab.",
])
def test_an_event_noun_in_a_purpose_is_not_done(code, text):
    coded = triples(code, text)
    assert not any(c.startswith("04") for _, c, _ in coded)
    assert not any(c.startswith("19") for _, c, _ in coded)


def test_the_same_event_noun_done_is_coded(code):
    coded = triples(code, "Kenya and Tanzania disagree on tariffs. Both governments held negotiations on Monday.")
    assert {("KEN", "046", "TZA"), ("TZA", "046", "KEN")} <= coded
