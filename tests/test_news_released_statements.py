"""A statement, report or video described as released is published, not a release of anyone
(issue 10, precision: wrong verb senses). 'release' already coded "released a statement" as 010;
a participle describing the document ("in a statement released on Sunday", "a report released by
the ministry") still gave 084, a release to the author's own country (implied target). Now the
noun before the participle names the sense too. Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "Somali militants from al-Shabab stormed a hotel in Kismayo. In the statement released hours after "
    "the siege, the group gave officials 24 hours to respond.",
    "Chadian rebels seized a town near the border. In the video released hours after the assault, the "
    "rebels gave the army a week to surrender.",
])
def test_a_document_released_is_no_release(code, text):
    assert not {t for t in triples(code, text) if t[1].startswith("08")}


@pytest.mark.parametrize("text,expected", [
    ("Iran released two French citizens on Friday.", ("IRN", "0841", "FRACVL")),
    ("Belarus released 14 political prisoners, including a journalist.", ("BLR", "0841", "BLR")),
])
def test_people_released_are_released(code, text, expected):
    assert any(t[:2] == expected[:2] and t[2].startswith(expected[2]) for t in triples(code, text))
