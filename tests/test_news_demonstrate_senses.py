"""To demonstrate something is to show it, no protest (issue 10, precision: wrong verb senses):
a verb of the settings' ``intransitive_protest_verbs`` ("demonstrate") protests only without a
direct object, a clause or the passive, on sentences written for the test.

- "The drills demonstrated that Tehran can close the strait" had coded IRN 141 IRNGOV.
- "Thousands demonstrated in Nairobi against the tax" stays a protest.
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "The Iranian drills demonstrated that Tehran can close the Strait of Hormuz.",
    "The Ghanaian government demonstrated its commitment to the peace process.",
    "The test demonstrated the range of the North Korean missile, state media said.",
    "Kenyan students demonstrated the new voting machines to election officials in Nairobi.",
])
def test_what_is_shown_is_no_protest(code, text):
    assert not any(c.startswith("14") for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text, event", [
    ("Thousands demonstrated in Nairobi against the tax on Tuesday.", ("KENCVL", "1412", "KENGOV")),
    ("Students demonstrated outside the parliament in Belgrade.", ("SRBEDU", "141", "SRBGOV")),
    ("Hundreds of farmers demonstrated in Paris on Sunday.", ("FRAAGR", "141", "FRAGOV")),
])
def test_those_who_demonstrate_still_protest(code, text, event):
    assert event in triples(code, text)


def test_a_show_of_military_might_stays(code):
    found = triples(code, "Iranian forces demonstrated their military might near the Israeli border.")
    assert any(c == "150" for _, c, _ in found)
