"""Engine rules for accusations, threats and rejections in real news (CAMEO 11x, 12x, 13x), each
on sentences written for the test, positive and negative: whom a conditional threat targets,
whose threat a speaker states, what an allegation in a quote frame alleges, who accuses when a
pattern names the verb of saying, whom a rejection with no object answers, and when a past
perfect or a deed after "before" is news."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    # a threat is made to the one whose act its condition names
    ("Peru said sanctions would be imposed if Bolivia closed the border.", {("PER", "1312", "BOL")}),
    ("Russia threatened to cut gas supplies unless Moldova paid its debts.", {("RUS", "1311", "MDA")}),
    # a threat stated of one's own side's forces is the speaker's
    ("Colombia's president said the FARC will be crushed by Colombian troops.", {("COLGOV", "137", "COLREB")}),
    # an allegation's quote is what it alleges
    ('"Serbia has broken its promises again," the Kosovo prime minister alleged.', {("XKXGOV", "112", "SRB")}),
    # a pattern that names the verb of saying: its speaker accuses
    ("The Ghanaian minister said the Togolese official was involved in bribery.", {("GHAGOV", "1121", "TGOGOV")}),
    # a past perfect dated to the story's own days is news
    ("Al-Shabaab had warned the previous evening that its fighters would kill the Kenyan soldiers they hold "
     "if Kenya did not free its men.", {("SOMREB", "138", "KENMIL")}),
    ("Al-Shabaab had attacked a Kenyan convoy two hours earlier.", {("SOMREB", "190", "KEN")}),
    # a rejection with no object answers the clause it is conjoined to
    ("Peru proposed new talks, but Chile refused.", {("CHL", "120", "PER")}),
], ids=["condition", "condition-threatened", "own-forces", "quote-frame", "involved-in-crime",
        "past-perfect-recent", "past-perfect-hours", "refusal-answers"])
def test_exactly_these_events(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Peru said talks would be held if Bolivia agreed.",  # a condition makes no target of what is no threat
    "Colombia's president said the FARC will be crushed by Venezuelan troops.",  # another side's: a forecast
    '"Serbia will hold talks next week," the Kosovo prime minister said.',  # a quote frame of plain speech
    '"The talks were useful," the Kosovo prime minister alleged.',
    "The Ghanaian minister said the Togolese official was involved in the negotiations.",  # no crime
    "The plan involves talks with Iran.",
    "Chad had expelled the French ambassador.",  # a past perfect without a recent date: background
    "Al-Shabaab had attacked a Kenyan convoy in 2019.",
    "Al-Shabaab had attacked a Kenyan convoy.",
    "Peru wants guarantees from Bolivia before releasing the Bolivian prisoners.",  # asked for first
    "Peru refused.",  # a rejection answering nobody
    "Russia did not attack and occupy the Ukrainian town.",  # a conjunct without a subject stays negated
])
def test_no_event(code, text):
    assert triples(code, text) == set()


def test_a_deed_after_before_in_a_clause_that_asks_is_not_done_but_one_after_a_deed_is(code):
    asked = triples(code, "Peru asked for a full withdrawal before lifting any sanctions on Bolivia.")
    assert not any(c.startswith("08") for _, c, _ in asked)
    assert ("PER", "040", "BOLGOV") in triples(code, "Peru met the Bolivian envoy before leaving for Chile.")


def test_a_conjunct_with_its_own_subject_is_no_part_of_the_first_verb_s_intent(code):
    # "refused" is Chile's own clause: not a wish of Peru's, and not filtered as one
    assert ("CHL", "120", "PER") in triples(code, "Peru wants new talks, but Chile refused.")
