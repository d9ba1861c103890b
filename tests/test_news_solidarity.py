"""Those a protest or strike is held in solidarity with are not its target (issue 10, precision:
one-actor and implied targets). "in solidarity with X" names for whom it is held, as "on behalf
of X" names for whom a deal is signed (the settings' proxy_nouns, now with "solidarity"); the
protest targets the government of its place, as CAMEO implies. The parser may hang "with X" on
the verb beside "in solidarity": the proxy is then the word before the preposition. Sentences
written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Teachers in Nairobi walked out in solidarity with striking doctors.", {("KENEDU", "143", "KENGOV")}),
    ("Students in Belgrade protested in solidarity with the farmers.", {("SRBEDU", "140", "SRBGOV")}),
    ("Hundreds rallied in Paris in solidarity with Ukraine.", {("FRACVL", "141", "FRAGOV")}),
])
def test_a_protest_in_solidarity_targets_the_government_of_its_place(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Poland expressed solidarity with Ukraine.", {("POL", "051", "UKR")}),
    ("The German chancellor voiced solidarity with Israel.", {("DEUGOV", "051", "ISR")}),
])
def test_solidarity_expressed_with_someone_is_with_them(code, text, expected):
    assert triples(code, text) == expected
