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
