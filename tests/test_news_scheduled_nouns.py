"""An event noun dated to the days ahead by its own time phrase is scheduled, not done
(filters.scheduled_noun; the settings' future_marks), on sentences written for the test
(issue 10: a schedule coded as news). Before, "talks ... next week" coded 040 each way."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2024-05-01")


@pytest.mark.parametrize("text", [
    # the parser reads "host" as a noun: the talks' own "next week" dates them
    "Turkey is set to host talks between Armenia and Azerbaijan next week.",
    "Kenya is set to host talks between Sudan and South Sudan next month.",
])
def test_an_event_noun_dated_ahead_is_not_coded(code, text):
    assert not {t for t in triples(code, text) if t[1].startswith("04")}


@pytest.mark.parametrize("text,expected", [
    ("Talks between Armenia and Azerbaijan last week ended without a deal.",
     {("ARM", "040", "AZE"), ("AZE", "040", "ARM")}),
    ("Negotiations between Peru and Chile in Lima on Monday produced a new fishing agreement.",
     {("PER", "046", "CHL"), ("CHL", "046", "PER")}),
])
def test_an_event_noun_dated_past_is_coded(code, text, expected):
    assert expected <= triples(code, text)
