"""Wire copy puts a verb's object behind "as" and its adjective, bare: "Chile condemned as
unacceptable allegations by Peru" (the parser reads "as unacceptable allegations" as one phrase).
A bare plural with a "by" phrase of its own is then the object, and its author the target, as
with a determiner ("condemned as barbaric the Russian strike", tests/test_news_clauses_c.py)
(issue 10: such a condemnation in real news coded nothing). Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-17")


@pytest.mark.parametrize("text,expected", [
    ("Chile on Tuesday condemned as unacceptable allegations by Peru that it had spied on Lima.",
     {("CHL", "111", "PER")}),
    ("Chile condemned as unacceptable allegations by Peru.", {("CHL", "111", "PER")}),
    ("Turkey rejected as baseless claims by Greece about the islands.", {("TUR", "016", "GRC")}),
    # the adjective quoted, also as older wire copy quotes it
    ('Chile condemned as "unacceptable" allegations by Peru.', {("CHL", "111", "PER")}),
    ("Chile condemned as`` unacceptable'' allegations by Peru.", {("CHL", "111", "PER")}),
])
def test_a_bare_object_behind_as_and_its_adjective(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    # no "by" phrase: no author to target
    "Kenya described as unacceptable delays in the talks.",
    # "as" a conjunction, no object
    "The minister was elected as new members joined the government.",
])
def test_no_object_behind_as_without_its_author(code, text):
    assert triples(code, text) == set()


def test_a_quoted_adjective_before_a_determined_object(code):
    # the strike itself is coded too (RUS 190 UKR)
    assert ("POL", "111", "RUS") in triples(code, 'Poland condemned as "barbaric" the Russian strike on Kyiv.')


def test_an_object_before_as_stays_the_object(code):
    assert triples(code, "Poland condemned the strike as a crime against Ukrainians.") == set()
