"""A deed blamed on someone: "the attack was blamed on the rebels by the army" is the army's
accusation of the rebels (the passive's "on" object is the one accused, not its subject, the
deed), and the deed, if coded, is the rebels'. Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("The attack was blamed on al-Shabab militants by Kenyan officials.", ("KENGOV", "1123", "SOMREB")),
    ("The killing of the journalist was blamed on Mexican police by rights groups.", ("---HRI", "112", "MEXCOP")),
    ("The ambush on the convoy was attributed to Houthi rebels by Saudi officials.", ("SAUGOV", "112", "YEMREB")),
])
def test_the_one_blamed_is_the_target(code, text, expected):
    """blame: 'be * on $target' (and its sub-codes by the deed before it); before, the deed
    (no actor) was the passive's target and nothing, or the deed's own target, was coded."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,doer", [
    ("The killing of the journalist was blamed on Mexican police by rights groups.", "MEXCOP"),
])
def test_the_blamed_deed_is_done_by_the_one_blamed(code, text, doer):
    """attribution_verbs: the deed's doer is the one blamed, never the one who blames."""
    found = triples(code, text)
    assert all(s == doer for s, c, _ in found if c.startswith("18"))
    assert not any(s.endswith("HRI") and c.startswith("18") for s, c, _ in found)


@pytest.mark.parametrize("text", [
    "The delay was blamed on bad weather by Kenyan officials.",
    "The Israeli airstrike was blamed on faulty intelligence.",
])
def test_blamed_on_no_actor(code, text):
    assert not any(c.startswith("11") for _, c, _ in triples(code, text))


def test_the_active_blame_is_unchanged(code):
    assert ("KEN", "1123", "SOMREB") in triples(code, "Kenya blamed the attack on al-Shabab militants.")


def test_blamed_for_keeps_the_subject_as_target(code):
    assert ("NER", "112", "NGA") in triples(code, "Nigeria has been blamed for the crisis by Niger.")


def test_the_victims_of_a_blamed_deed_are_not_accused(code):
    """passive_targets: a deed blamed on someone with no actor named is no accusation of its
    victims (before, the city the strikes hit was the target: ---GOV 112 SDN)."""
    found = triples(code, "Drone strikes on the city of Port Sudan were blamed on the paramilitary group "
                          "by the government.")
    assert not any(c.startswith("11") and t.startswith("SDN") for _, c, t in found)
    assert ("USA", "1123", "IRN") in triples(code, "Attacks on Israeli ships were blamed on Iran by the United States.")
