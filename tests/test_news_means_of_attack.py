"""The attack that killed or wounded someone, named as the means of a passive with no agent
(issue 10, recall: one-actor and implied events). "Nine villagers were killed in a Sudanese army
airstrike" is the army's airstrike on the villagers: the pattern that names the means ("* ..6 (in
| ...) ..3 &airstrike => 195") gives the code, and the noun's own doer (a name modifying it, its
possessor, its "by" phrase) is the source. Before, the passive had no source and the noun, part of
the verb's pattern, was not coded on its own: nothing was coded. Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Nine villagers were killed in a Sudanese army airstrike in North Darfur.", {("SDNMIL", "195", "SDNCVL")}),
    ("Four Ukrainian civilians were wounded in a Russian drone attack.", {("RUS", "195", "UKRCVL")}),
    # the noun's "by" phrase, and a plain attack (the new "in ... &attack" patterns of kill and wound)
    ("Eleven farmers were killed in an attack by suspected jihadists in northern Burkina Faso.",
     {("BFAREB", "190", "BFAAGR")}),
    ("Three Pakistani soldiers were killed in an ambush by militants in Waziristan.", {("PAKREB", "190", "PAKMIL")}),
    # a participle naming the doer of the bombing
    ("Two Kenyan police officers were killed in a roadside bombing claimed by al-Shabab.",
     {("SOMREB", "1833", "KENCOP")}),
])
def test_the_doer_of_the_attack_named_as_the_means_is_the_source(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Nine villagers were killed in a flood in North Darfur.",  # no attack
    "Two Malian soldiers were killed in an accident during a training exercise.",
    "Nine villagers were killed in an attack in North Darfur.",  # an attack with no doer named
])
def test_no_doer_named_no_source(code, text):
    assert triples(code, text) == set()


def test_an_agent_of_the_passive_is_the_source_still(code):
    assert triples(code, "Six Afghan soldiers were killed by Pakistani troops in a border clash.") == {
        ("PAKMIL", "190", "AFGMIL")}


@pytest.mark.parametrize("text,expected", [
    ("A Russian missile strike on Odesa killed five people on Monday.", {("RUS", "195", "UKR")}),
    ("Russian shelling of Kherson killed two people.", {("RUS", "194", "UKR")}),
])
def test_an_attack_on_a_place_that_killed_people_of_no_country_targets_the_place(code, text, expected):
    """The attack is the subject the kill's pattern names ('&airstrike ..3 *'); with no actor
    among the victims, the attack's own target is the event's (arguments.matched_noun_targets).
    Before: nothing (the noun, part of the verb's pattern, was not coded on its own)."""
    assert triples(code, text) == expected


def test_victims_with_a_country_stay_the_target(code):
    assert triples(code, "A Russian missile strike on Odesa killed three Ukrainian soldiers.") == {
        ("RUS", "195", "UKRMIL")}


def test_an_attack_on_no_actor_gives_no_target(code):
    assert triples(code, "The attack on the convoy killed four soldiers.") == set()
