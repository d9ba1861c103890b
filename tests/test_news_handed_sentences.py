"""A prison sentence handed or given to someone is the sentencing (116, as "sentenced"), on
sentences written for the test (issue 10, recall: light verbs). Before, 'hand'/'give' had no
pattern for it and the noun 'sentence' found no target: nothing was coded."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("An Egyptian court handed the blogger a five-year prison sentence.", {("EGYJUD", "116", "EGYMED")}),
    ("An Egyptian court gave the blogger a five-year prison sentence on Monday.",
     {("EGYJUD", "116", "EGYMED")}),
    ("A Turkish court handed a life sentence to the Kurdish opposition leader.",
     {("TURJUD", "116", "TUROPP")}),
    ("A Belarusian court gave the opposition activist a 10-year jail term.", {("BLRJUD", "116", "BLROPP")}),
    ("A Tunisian court handed two opposition leaders 10-year sentences on Tuesday.",
     {("TUNJUD", "116", "TUNOPP")}),
    # the verb itself, as before
    ("A Moscow court sentenced Russian opposition politician Ilya Yashin to eight and a half years in prison.",
     {("RUSJUD", "116", "RUSOPP")}),
])
def test_a_sentence_handed_to_someone_is_sentencing(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The Egyptian president gave the blogger a pardon after the court's sentence.",
    "The judge gave the Egyptian blogger a chance to speak before the sentence.",
    "Germany handed Ukraine more air defence systems.",
])
def test_no_sentence_handed_is_no_sentencing(code, text):
    assert not {t for t in triples(code, text) if t[1] == "116"}
