"""Evidence presented against another, or evidence one says it has that another was behind an
attack, is an accusation (112), the verb's subject accusing (issue 10: accusations in real news
coded nothing, the noun "evidence" had no entry). The noun entry in verbs/11-disapprove.yaml lists
the words that may stand between the verb and "evidence", so that "has no evidence" accuses no one.
Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-17")


@pytest.mark.parametrize("text,expected", [
    ("India presented evidence against Pakistan at the United Nations.", {("IND", "112", "PAK")}),
    ("Kyiv says it has evidence that Moscow was behind the cyberattack.", {("UKR", "112", "RUS")}),
    ("Estonia says it has solid evidence showing Russia was responsible for cutting the cable.", {("EST", "112", "RUS")}),
    ("Britain has produced evidence that Russia was responsible for the poisoning.", {("GBR", "112", "RUS")}),
    ("The Ukrainian government presented new evidence against Russia.", {("UKRGOV", "112", "RUS")}),
    ("Britain has presented its evidence against Russia.", {("GBR", "112", "RUS")}),
    # passive, the by-phrase accuses
    ("Evidence against Iran was presented by Israel at the meeting.", {("ISR", "112", "IRN")}),
])
def test_evidence_against_another_is_an_accusation(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Turkey has no evidence against Greece.",
    "Turkey does not have evidence against Greece.",
    "Kenya found no evidence that Uganda was behind the attack.",
    "The evidence against the Kenyan deputy president was destroyed.",
])
def test_evidence_denied_or_handled_accuses_no_one(code, text):
    assert triples(code, text) == set()
