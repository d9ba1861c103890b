"""Whom a reaction judges: "X condemned the killing of civilians by Y" condemns Y, the doer of
the deed, not the civilians it was done to (CAMEO's target of a condemnation or a praise is
the actor judged). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("The European Union condemned the execution of the activists by Iran.", ("IGOEUREEC", "111", "IRN")),
    ("The United States condemned the arrest of the opposition leader by Turkish police.", ("USA", "111", "TURCOP")),
    ("Amnesty International denounced the detention of journalists by Ethiopian authorities.",
     ("NGOHRIAMN", "111", "ETHGOV")),
    ("Egypt condemned the attack on Sudanese civilians by the Rapid Support Forces.", ("EGY", "111", "SDNREB")),
    ("Germany welcomed the release of the German journalist by a Russian court.", ("DEU", "051", "RUSJUD")),
    ("Canada praised the work done by Kenyan police in Haiti.", ("CAN", "051", "KENCOP")),
])
def test_the_doer_is_judged(code, text, expected):
    """objects, judged_doers: for the settings' reaction_verbs, a "by" phrase on the deed, its
    participle or its "of"/"on" object (or hung on the verb right after the deed) comes first
    (before, the deed's phrase held only those it was done to: ---HRI, ---OPP, SDNCVL)."""
    found = triples(code, text)
    assert expected in found
    assert not any(c == expected[1] and t != expected[2] for _, c, t in found)


@pytest.mark.parametrize("text,expected", [
    # no doer named: those it was done to remain the target
    ("Kenya condemned the killing of two Kenyan nurses in Somalia.", ("KEN", "111", "KENHLH")),
    # the deed's own doer by a name before it is unchanged
    ("Qatar condemned the Israeli raid on a Palestinian village.", ("QAT", "111", "ISR")),
])
def test_without_a_by_phrase(code, text, expected):
    assert expected in triples(code, text)


def test_a_by_phrase_without_an_actor(code):
    assert not any(c == "111" for _, c, _ in triples(code, "Kenya condemned the vote by a large majority."))


def test_not_a_reaction_verb(code):
    """Only verbs of reaction: the release itself is still the court's act on the journalist."""
    assert ("RUSJUD", "0841", "DEUMED") in triples(
        code, "Germany welcomed the release of the German journalist by a Russian court.")
