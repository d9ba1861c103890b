"""Fighters pushed or driven out of a place are fought (190), as those pushed out of their
strongholds already were (issue 10, recall: military operations). 'push' and 'drive' had
patterns only for strongholds, positions and hideouts, and for people driven from their homes
(201). Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Somali forces, backed by clan militias, pushed al-Shabab fighters out of several villages in the "
     "Hiran region, officials said.", {("SOMMIL", "190", "SOMREB")}),
    ("Malian soldiers pushed the jihadists from the area around Mopti.", {("MLIMIL", "190", "MLIREB")}),
    ("Ukrainian forces pushed Russian troops out of the city of Kherson.", {("UKRMIL", "190", "RUSMIL")}),
])
def test_fighters_pushed_out_of_a_place_are_fought(code, text, expected):
    assert triples(code, text) == expected


def test_villagers_driven_out_of_their_villages_are_expelled(code):
    assert triples(code, "Sudanese soldiers drove the villagers out of their villages in Darfur.") == {
        ("SDNMIL", "201", "SDNCVL")}


@pytest.mark.parametrize("text", [
    "Israeli police pushed the protesters out of the square.",
    "The Kenyan coach pushed his players out of their comfort zone.",
])
def test_others_pushed_out_are_not_fought(code, text):
    assert not {t for t in triples(code, text) if t[1].startswith("19")}
