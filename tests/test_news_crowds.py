"""Counted crowds are civilians (issue 10; the settings' crowd_quantities and crowd_nouns), on
sentences written for the test. A protest "held in a place" was dropped when its crowd was only
a number ("Thousands rallied in Tbilisi"): the number was no actor, so the event had no source;
the victims or detainees counted in people ("killed 12 people") were the bare country."""

from __future__ import annotations

import pytest

from coder.engine.view import view_of

from news_helpers import triples_on

DATE = "2024-05-02"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    # a count standing alone, as the subject of a protest: the civilians of the place
    ("Thousands rallied in Tbilisi against the law.", {("GEOCVL", "1412", "GEOGOV")}),
    ("Thousands protested in Nairobi on Sunday.", {("KENCVL", "140", "KENGOV")}),
    # a count of people, and a count of a count of people
    ("Hundreds of people protested in Nairobi on Sunday.", {("KENCVL", "140", "KENGOV")}),
    ("Tens of thousands of people rallied in Tbilisi against the law.", {("GEOCVL", "1412", "GEOGOV")}),
    # a crowd noun with a number, as the target
    ("Police detained more than 100 people after the protest in Nairobi.", {("KENCOP", "173", "KENCVL")}),
    ("Police arrested dozens of people in Nairobi.", {("KENCOP", "173", "KENCVL")}),
    ("The Zambian police arrested dozens on Monday.", {("ZMBCOP", "173", "ZMBCVL")}),
    ("Gunmen killed five children and two women in Kano.", {("NGAUAF", "180", "NGACVL")}),
    ("Israeli strikes killed 30 people in Gaza on Monday.", {("ISR", "190", "PSECVL")}),
])
def test_a_counted_crowd_is_the_places_civilians(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,unwanted", [
    # a count of anything but people is no crowd
    ("The charity raised thousands of dollars for Kenya.", "CVL"),
    ("The EU pledged hundreds of millions of dollars to Sudan.", "CVL"),
    # "people" without a number is too general to be an actor
    ("The people of Kenya want change, Ruto said.", "CVL"),
    # a crowd of no place is none: the attack on Moldova is the event, no other on "---CVL"
    ("The Russian attack on Moldova killed three people.", "CVL"),
])
def test_no_crowd_without_a_count_of_people(code, text, unwanted):
    assert not any(unwanted in s or unwanted in t for s, _, t in triples(code, text))


def test_the_eu_pledge_keeps_its_target(code):
    assert triples(code, "The EU pledged hundreds of millions of dollars to Sudan.") == {
        ("IGOEUREEC", "0331", "SDN")}


def test_a_counted_crowd_is_a_civilians_name_in_the_view(coder_builtin):
    """The view gives the count the CVL role (an agent); a name the dictionaries know keeps its
    own: "Hundreds of Kenyans" are Kenya's, through the demonym, not a crowd of no country."""
    nlp = coder_builtin.nlp
    span = next(nlp("Hundreds of people and dozens of Kenyans marched.").sents)
    view = view_of(span, coder_builtin.dictionaries, DATE, coder_builtin.reading)
    roles = {view.span[n.start].text: (n.role, n.code) for n in view.names}
    assert roles["Hundreds"] == ("CVL", None)
    assert "dozens" not in roles and roles["Kenyans"][1] == "KEN"
