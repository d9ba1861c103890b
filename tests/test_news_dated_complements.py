"""A past year on a verb's infinitive complement dates the verb's own act (issue 10, precision:
background coded as news). "He tried to kill the dissident in 2022" is coded by a pattern of
"try" (185), but the year hangs on "kill", below the verb the dated-background rule looked at
(it looked only up the chain of governing verbs). Sentences written for the test, in a story of
March 2025."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "A Russian gunman admitted in a Boston court that he tried to kill the exiled Iranian writer in 2022.",
    "Prosecutors said the gang tried to kidnap the Nigerian businessman in 2021.",
    "Kenya agreed to send police officers to Haiti in 2023.",
])
def test_an_act_dated_on_its_complement_before_the_story_is_background(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Prosecutors said the gang tried to kidnap the Nigerian businessman on Monday.", ("---CRM", "181", "NGABUS")),
    ("The militants tried to storm the Pakistani army base on Sunday.", ("---REB", "190", "PAKMIL")),
])
def test_an_act_of_the_story_days_is_news(code, text, expected):
    assert expected in triples(code, text)
