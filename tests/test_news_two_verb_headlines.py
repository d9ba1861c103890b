"""A headline of two verbs in the third person, the first hidden in the second's subject
("Niger junta expels French ambassador, suspends broadcasts": spaCy reads "expels" as a plural
noun inside the subject of "suspends", and the expulsion was lost): headlines.repair_headline
makes the first the root and the second its conjunct (issue 10, headlines). Sentences written
for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-05-01")


# --- a headline of two verbs: the first hidden in the second's subject -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Niger junta expels French ambassador, suspends broadcasts", {("NERGOV", "161", "FRAGOV")}),
    ("Mali junta arrests opposition leader, bans protests", {("MLIGOV", "173", "MLIOPP")}),
])
def test_the_first_verb_of_a_two_verb_headline(code, text, expected):
    assert triples(code, text, title=text) >= expected


@pytest.mark.parametrize("text,expected", [
    # one verb, no comma: the headline repair of one verb is unchanged
    ("Chad junta expels French ambassador", {("TCDGOV", "161", "FRAGOV")}),
    # a subject with an appositive before the comma hides no verb
    ("Iran's president, in first foreign trip, visits Iraq",
     {("IRNGOV", "042", "IRQ"), ("IRQ", "043", "IRNGOV")}),
])
def test_no_hidden_verb_without_a_noun_phrase_before_the_comma(code, text, expected):
    assert triples(code, text, title=text) == expected
