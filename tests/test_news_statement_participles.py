"""A participle describing a statement, a letter, a communique (the settings' statement_nouns)
says what the document's author says: "Kenya issued a statement criticizing Tanzania" is Kenya
criticizing Tanzania, as "Kenya criticized Tanzania in a statement" is (issue 10: the participle
took the noun "statement" as its source, which names no actor, and nothing was coded). The
author is the subject of the verb whose object the noun is, or of the clause an "in" phrase
opens. Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-05-01")


@pytest.mark.parametrize("text,expected", [
    ("Kenya issued a statement criticizing Tanzania.", {("KEN", "111", "TZA")}),
    ("France and Germany issued a joint statement condemning the coup in Gabon.",
     {("FRA", "111", "GAB"), ("DEU", "111", "GAB")}),
    ("Egypt's foreign ministry released a statement urging Israel to halt its offensive.",
     {("EGYGOV", "0256", "ISR")}),
    ("Lebanon filed a complaint accusing Israel of violating the ceasefire.", {("LBN", "1123", "ISR")}),
    # the document after "in", before the clause that names its author
    ("In a letter urging Israel to halt the offensive, Egypt said civilians must be protected.",
     {("EGY", "0256", "ISR")}),
])
def test_the_author_says_what_the_statement_says(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text,expected", [
    # the noun names its author itself: unchanged
    ("The ministry's statement condemning Israel came hours after the strike.", {("---GOV", "111", "ISR")}),
    # no statement: "strikes targeting X" still target X themselves, no one's words
    ("Kenya praised a campaign criticizing Tanzania.", set()),
])
def test_no_author_from_the_clause_otherwise(code, text, expected):
    assert triples(code, text) == expected
