"""Who did it to whom, in constructions that recur in whole news stories: a visitor received
by a host (both codes, in either voice). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-05-21")


@pytest.mark.parametrize("text,expected", [
    ("Ghana's President John Mahama was received by Nigerian President Bola Tinubu in Abuja on Monday.",
     {("NGAGOV", "043", "GHAGOV"), ("GHAGOV", "042", "NGAGOV")}),
    ("Nigerian President Bola Tinubu received Ghana's President John Mahama in Abuja on Monday.",
     {("NGAGOV", "043", "GHAGOV"), ("GHAGOV", "042", "NGAGOV")}),
    ("The Thai foreign minister was received by Cambodia's prime minister in Phnom Penh.",
     {("KHMGOV", "043", "THAGOV"), ("THAGOV", "042", "KHMGOV")}),
])
def test_a_received_visitor_visits_the_host(code, text, expected):
    """receive: "X received Y" and "Y was received by X" are X's hosting and Y's visit (043:042,
    as CAMEO 2.0 codes RECEIVE with a leader or minister)."""
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Egypt received a shipment of Russian wheat.",
    "The ministry received dozens of complaints from farmers.",
])
def test_goods_and_complaints_received_are_no_visit(code, text):
    assert not any(c in ("042", "043") for _, c, _ in triples(code, text))
