"""An event noun as a subject dates what it did (issue 10: background told as news;
filters.time_modifiers), on sentences written for the test: "Protests in 2024 forced the
president to withdraw the bill", in a story of 2025, recalls the withdrawal; it is no news."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2025-06-17"


triples = triples_on(DATE)


@pytest.mark.parametrize("text", [
    "Mass protests in 2019 forced the Sudanese army to arrest the president.",
    "The 2019 protests forced the Sudanese army to arrest the president.",
    "Protests in the 1990s forced the Sudanese army to arrest the president.",
])
def test_a_subject_dated_in_a_past_year_makes_its_clause_background(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    # a place, not a time
    ("Mass protests in Khartoum forced the Sudanese army to arrest the president.", ("SDNMIL", "173", "SDNGOV")),
    # this year is news
    ("The 2025 protests forced the Sudanese army to arrest the president.", ("SDNMIL", "173", "")),
])
def test_a_subject_of_this_year_or_a_place_is_news(code, text, expected):
    coded = triples(code, text)
    assert any(s == expected[0] and c == expected[1] and t.startswith(expected[2]) for s, c, t in coded)
