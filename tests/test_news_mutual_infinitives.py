"""Coordinated actors who intend a reciprocal act together, named in the infinitive: "X and Y
pledged to deepen military cooperation" is each's intent toward the other. Sentences of our own
writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("Russia and China pledged to deepen military cooperation.",
     {("RUS", "0312", "CHN"), ("CHN", "0312", "RUS")}),
    ("Japan and South Korea vowed to resume security talks.",
     {("JPN", "036", "KOR"), ("KOR", "036", "JPN")}),
])
def test_each_with_the_other(code, text, expected):
    """takes_on_mutual_noun: the symmetric noun may be the object of the verb's infinitive
    (before, no target was found and nothing was coded)."""
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text,expected", [
    # a partner named after "with" is the target of both
    ("Russia and China pledged to deepen military cooperation with Iran.",
     {("RUS", "0312", "IRN"), ("CHN", "0312", "IRN")}),
    # one actor alone names no partner
    ("Russia pledged to deepen military cooperation.", set()),
])
def test_a_named_partner_or_none(code, text, expected):
    assert triples(code, text) == expected
