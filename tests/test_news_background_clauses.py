""""Began targeting Israel after the war erupted in October 2023": an act with no time of its
own, after a clause dated months before the story, is background, as an act "after the 2021
coup" is (filters.dated_after_clause; issue 10: background coded as news); and a participle
is as old as the clause of its noun, "In 2019, Kenya freed fishermen detained by Somali
police" (filters.dated_background), on sentences written for the test. Before, each coded its
act as the story's news."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-05-06")


@pytest.mark.parametrize("text,date", [
    ("The Houthis began targeting Israel and commercial shipping in the Red Sea after the war in "
     "Gaza erupted in October 2023.", "2025-05-06"),
    ("Kenya recalled its ambassador from Uganda after the two countries clashed over a border "
     "dispute in 2023.", "2025-05-06"),
    ("Niger expelled French troops after the army seized power in July 2023.", "2024-09-10"),
    ("After Russia invaded Ukraine in 2022, the EU imposed sanctions on Moscow.", "2025-05-06"),
])
def test_an_act_after_a_past_clause_is_background(code, text, date):
    assert triples(code, text, date=date) == set()


@pytest.mark.parametrize("text,date,expected", [
    # the clause is of the story's year, or of the month before: the act is the story's own
    ("Ethiopia closed its border with Eritrea after fighting erupted in January 2025.", "2025-01-20",
     {("ETH", "191", "ERI")}),
    ("Ethiopia closed its border with Eritrea after fighting erupted in December 2024.", "2025-01-20",
     {("ETH", "191", "ERI")}),
    # a time of its own dates the act: news
    ("Ethiopia closed its border with Eritrea on Monday after fighting erupted in 2023.", "2025-05-06",
     {("ETH", "191", "ERI")}),
    ("After Russia invaded Ukraine in 2022, the EU imposed new sanctions on Moscow on Tuesday.", "2025-05-06",
     {("IGOEUREEC", "163", "RUS")}),
    # an "after" clause with no past date says nothing of when
    ("Israeli warplanes struck the port of Hodeidah after a missile fired by the Houthis landed near "
     "the airport.", "2025-05-06", {("ISRMIL", "195", "YEM")}),
])
def test_an_act_dated_otherwise_is_news(code, text, date, expected):
    assert expected <= triples(code, text, date=date)


@pytest.mark.parametrize("text", [
    # the parser hangs "arrested" on "forces" as a participle: dated by the clause of its noun
    "The measures were first imposed in 2020 after President Alexander Lukashenko claimed victory in a "
    "disputed election and security forces arrested thousands of protesters.",
    "In 2019, Kenya freed dozens of fishermen detained by Somali police.",
])
def test_a_participle_is_as_old_as_the_clause_of_its_noun(code, text):
    assert triples(code, text, date="2025-06-04") == set()


def test_a_participle_in_a_clause_of_the_story_days_is_news(code):
    coded = triples(code, "On Monday, Kenya freed dozens of fishermen detained by Somali police.", date="2025-06-04")
    assert ("SOMCOP", "173", "---AGR") in coded


@pytest.mark.parametrize("text", [
    # the parser hangs the date on the object, not on the verb: it still dates the act
    "Mali's junta, which expelled the French ambassador in 2022, has turned to Russia for security assistance.",
    "Chad's government, which expelled the German envoy in April 2023, said on Monday it wanted closer ties with Berlin.",
])
def test_a_date_hung_on_the_object_dates_the_act(code, text):
    coded = triples(code, text, date="2025-06-10")
    assert not {t for t in coded if t[1].startswith("16")}


@pytest.mark.parametrize("text,expected", [
    ("Mali's junta, which expelled the French ambassador on Monday, has turned to Russia for security "
     "assistance.", ("MLIGOV", "161", "FRAGOV")),
    # a date of the story's month is the story's own time
    ("Kenya expelled the Somali ambassador in June.", ("KEN", "161", "SOMGOV")),
])
def test_an_object_dated_to_the_story_days_is_news(code, text, expected):
    assert expected in triples(code, text, date="2025-06-10")


@pytest.mark.parametrize("text", [
    # a span of past months (the settings' past_span_marks) dates the act before the story
    "Pakistan and Afghanistan have clashed repeatedly along their border in recent months.",
    "Kenya has deployed police officers to Haiti over the past few months.",
])
def test_a_span_of_past_months_is_background(code, text):
    assert triples(code, text, date="2025-06-10") == set()


@pytest.mark.parametrize("text,expected", [
    ("Pakistan and Afghanistan clashed along their border on Sunday.", ("PAK", "190", "AFG")),
    # "in months" with no mark of a span is the news's measure
    ("Israel struck Hezbollah targets in Lebanon on Monday, its heaviest strikes in months.", ("ISR", "190", "LBNREB")),
])
def test_acts_of_the_story_days_stay(code, text, expected):
    assert expected in triples(code, text, date="2025-06-10")
