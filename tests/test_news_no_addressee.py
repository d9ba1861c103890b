"""Acts with no addressee and exits from organisations and agreements: a news conference or
briefing speaks to no one in particular; leaving an organisation or a treaty reduces relations
(16), no military retreat. Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-03-01")


# --- a news conference or briefing has no target: the place or the topic is no addressee --------

@pytest.mark.parametrize("text", [
    "The Japanese government held a news conference in Tokyo on Tuesday.",
    "The Indian foreign ministry held a briefing on Pakistan's missile test.",
    "Brazil's president held a press conference in Brasilia after the vote.",
])
def test_a_news_conference_is_no_event(code, text):
    assert triples(code, text) == set()


def test_a_news_conference_held_with_another_side_is_a_meeting(code):
    text = "The Russian foreign minister held a news conference with his Chinese counterpart in Moscow."
    assert triples(code, text) == {("RUSGOV", "040", "CHN")}
