"""A state of emergency or a curfew declared for a span of time is the measure (1724, 1723), as one
declared with no span is (issue 10, recall: crackdowns). The span in front of the measure ("a
60-day state of emergency": "60 - day" is three tokens) left it beyond the pattern's gap of 3;
the gap is now 5. Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("The Ecuadorian president declared a 60-day state of emergency in three provinces.", {("ECUGOV", "1724", "ECU")}),
    ("The junta declared a three-month state of emergency across Niger.", {("NERGOV", "1724", "NER")}),
    ("Kenyan authorities declared a 12-hour curfew in Mombasa.", {("KENGOV", "1723", "KEN")}),
    ("Sri Lanka declared a state of emergency.", {("LKA", "1724", "LKA")}),
])
def test_a_measure_declared_for_a_span_is_the_measure(code, text, expected):
    assert triples(code, text) == expected


def test_an_emergency_declared_over_is_no_measure(code):
    assert triples(code, "The president declared that the 30-day state of emergency had ended.") == set()


@pytest.mark.parametrize("text,expected", [
    # lifted with a span: the easing (0813), not the curfew noun's own 1723
    ("Niger lifted a 12-hour curfew in Niamey.", {("NER", "0813", "NER")}),
    ("Pakistan extended a three-month state of emergency in Balochistan.", {("PAK", "1724", "PAK")}),
    ("The military government announced a 48-hour curfew in Conakry.", {("GINGOV", "1723", "GIN")}),
    ("The Sri Lankan government imposed a 30-day state of emergency.", {("LKAGOV", "1724", "LKA")}),
])
def test_every_verb_of_a_measure_reaches_past_its_span(code, text, expected):
    """The same gap (5) in every entry's &curfew and &emergency patterns: lift, ease, extend,
    announce, impose, threaten. Before, 'lifted a 12-hour curfew' coded the curfew (1723)."""
    assert triples(code, text) == expected
