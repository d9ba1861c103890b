"""False positives on whole stories (issue 10, precision), on sentences written for the test,
positive and negative: what a story tells as context behind its news is not coded as news."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-01"


triples = triples_on(DATE)


# --- an "after" clause measured by a span of months or years: background -------------------------

@pytest.mark.parametrize("text,expected", [
    # the span before "after" puts the clause's act that long behind the main clause
    ("The summit comes a year after Argentina refused to join the BRICS group.", set()),
    ("The talks come two years after Russian troops attacked the town.", set()),
    ("Three months after the army seized the capital, the junta expelled the French ambassador.",
     {("---GOV", "161", "FRAGOV")}),
    ("The visit comes a decade after Colombia expelled Venezuelan diplomats.", set()),
    # days and weeks are the story's own time; a bare "after" clause is news too
    ("Two weeks after Russia attacked Ukraine, Poland expelled Russian diplomats.",
     {("RUS", "190", "UKR"), ("POL", "161", "RUSGOV")}),
    ("Kenya expelled the Ugandan envoy after Uganda arrested two Kenyan journalists.",
     {("KEN", "161", "UGAGOV"), ("UGA", "173", "KENMED")}),
])
def test_an_after_clause_years_before_is_background(code, text, expected):
    assert triples(code, text) == expected


# --- generic bodies: a bare plural "governments" naming no one is no actor -----------------------

@pytest.mark.parametrize("text,expected", [
    # any government, not the story's: no appeal, no demand of anybody
    ("Iran supplied drones to Russia. Governments must stop funding militias, the Dutch foreign minister said.",
     {("IRN", "072", "RUS")}),
    ("Iran supplied drones to Russia. The UN chief urged governments to cut emissions faster.",
     {("IRN", "072", "RUS")}),
    # governments the phrase names are actors
    ("The governments of Kenya and Uganda signed a trade deal on Monday.",
     {("KENGOV", "057", "UGAGOV"), ("UGAGOV", "057", "KENGOV")}),
    ("Kenya and Uganda held talks in Nairobi. Both governments condemned the attack on the border post.",
     {("KEN", "040", "UGA"), ("UGA", "040", "KEN")}),
])
def test_bare_plural_governments_are_no_actor(code, text, expected):
    assert triples(code, text) == expected


# --- what an accusation says was done is alleged ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the parser hangs "of" on the accused noun: the gerund is still the accusation's content
    ("Uganda accused the opposition of backing the rebels.", {("UGA", "112", "UGAOPP")}),
    ("The Kenyan government accused the army of killing protesters.", {("KENGOV", "112", "KENMIL")}),
    ("Uganda accused foreign governments of backing the rebels.", set()),
    ("Uganda accused Rwanda of backing the rebels.", {("UGA", "112", "RWA")}),
    # a deed told as a deed still is one
    ("The Ugandan opposition backed the rebels, and Uganda condemned the move.",
     {("UGAOPP", "051", "UGAREB")}),
])
def test_an_accused_deed_is_alleged(code, text, expected):
    assert triples(code, text) == expected


# --- a demand of several sides, the speaker's among them: a common resolve -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Argentina and Brazil held talks in Brasilia. Milei said the two countries must work together.",
     {("ARG", "040", "BRA"), ("BRA", "040", "ARG")}),
    # one other side asked is asked; so is the speaker's own government, by its opposition
    ("Argentina and Brazil held talks in Brasilia. Milei said Brazil must release the detained Argentine truckers.",
     {("ARG", "040", "BRA"), ("BRA", "040", "ARG"), ("ARGGOV", "1053", "BRA")}),
    ("The Kenyan opposition leader said the government must withdraw the finance bill.",
     {("KENOPP", "1042", "KENGOV")}),
])
def test_a_joint_obligation_with_the_speaker_is_no_demand(code, text, expected):
    assert triples(code, text) == expected


# --- the charge of a punishment is no act reported ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the gerund after "for" on a verb of punishing is what the punished is charged with
    ("A Thai court jailed an activist on Monday for insulting the king.", {("THAJUD", "173", "THAHRI")}),
    ("Iran executed a man for attacking police officers.", set()),
    ("Washington sanctioned two Iranian firms for supplying drones to Russia.", {("USA", "163", "IRNBUS")}),
    # a reason on another verb is left alone: the help, the attack are told as done
    ("Kenya thanked Qatar for helping free the hostages.", {("KEN", "051", "QAT"), ("QAT", "0841", "---CVL")}),
    ("The UN condemned Russia for attacking Ukrainian ports.", {("IGOUNO", "111", "RUS"), ("RUS", "190", "UKR")}),
])
def test_the_charge_of_a_punishment_is_no_event(code, text, expected):
    assert triples(code, text) == expected
