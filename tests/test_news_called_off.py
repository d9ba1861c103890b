""""The visit was postponed", "talks were called off": an event noun that is the passive
subject of a verb that stops it (the settings' negating_verbs and preventing_verbs, a phrasal
verb with its particle) reports no meeting and no visit (issue 10: events that did not happen
coded as news), on sentences written for the test. Before, each coded 040 or 042/043 each way."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2024-05-01")


@pytest.mark.parametrize("text", [
    "The Indian prime minister's visit to Bangladesh was postponed on Monday.",
    "Talks between Serbia and Kosovo were cancelled after the attack.",
    "A planned meeting between the Chinese and Japanese foreign ministers was called off.",
    "Negotiations between Peru and Chile have been suspended.",
])
def test_a_stopped_event_noun_is_not_coded(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    # held, not stopped: the talks are news
    ("Talks between Serbia and Kosovo were held in Brussels on Monday.",
     {("SRB", "040", "XKX"), ("XKX", "040", "SRB")}),
    # the visit's own verb does not stop it; the visit happened
    ("The Indian prime minister's visit to Bangladesh ended on Monday.",
     {("INDGOV", "042", "BGD"), ("BGD", "043", "INDGOV")}),
])
def test_an_event_noun_not_stopped_is_coded(code, text, expected):
    assert expected <= triples(code, text)
