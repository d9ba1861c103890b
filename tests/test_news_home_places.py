"""An act CAMEO codes on the actor's own country (the codebook's implied_targets `home`: a
curfew, a state of emergency, a ban on protests) at a place of its own that the sentence names:
"Kenya imposes curfew in Mombasa" names Kenya twice and was dropped as a self-event, while
"Kenya imposed a curfew" was coded KEN 1723 KEN (issue 10). Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-05-01")


# --- an act on the actor's own country, at a place of its own the sentence names ---------------

@pytest.mark.parametrize("text,expected", [
    ("Kenya imposes curfew in Mombasa after deadly clashes", {("KEN", "1723", "KEN")}),
    ("Ethiopia declared a state of emergency in Addis Ababa on Friday.", {("ETH", "1724", "ETH")}),
    ("Pakistan banned protests in Islamabad.", {("PAK", "1721", "PAK")}),
])
def test_a_home_act_at_a_named_place_of_ones_own(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    # a criticism is no act at home: a state does not criticise its own city
    "Kenya condemned the attack in Mombasa.",
    "Kenya warned Kenya.",
])
def test_no_self_event_for_other_codes(code, text):
    assert not any(s == t for s, _, t in triples(code, text))
