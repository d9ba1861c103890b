"""An alert against a storm, flood or epidemic is no show of force (issue 10, precision): an
alert code (151, 152) whose clause names one of the settings' ``hazard_nouns`` codes nothing,
on sentences written for the test.

- "Hospitals in Lagos went on high alert after the cholera outbreak" had coded NGAHLH 152 NGA.
- Forces put on alert against an adversary keep 152.
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "Hospitals in Lagos went on high alert after the cholera outbreak.",
    "Philippine authorities put coastal towns on high alert as the typhoon approached.",
    "Pakistan placed its rescue teams on high alert ahead of the monsoon floods.",
    "Health officials in Uganda raised the alert level after new Ebola cases.",
])
def test_an_alert_against_a_hazard_is_no_force(code, text):
    assert not any(c.startswith("15") for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text, event", [
    ("Taiwan put its armed forces on high alert after Chinese warships approached.", ("TWN", "152", "TWN")),
    ("The Indian army went on high alert along the border with Pakistan.", ("INDMIL", "152", "PAK")),
    ("Japan placed its air defenses on high alert after North Korea fired a missile.", ("JPN", "152", "JPN")),
])
def test_forces_on_alert_against_an_adversary_stay(code, text, event):
    assert event in triples(code, text)
