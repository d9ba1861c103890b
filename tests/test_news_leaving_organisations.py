"""A state leaving an international organisation reduces relations with it (160, the IGO the
target), whether the organisation is named by its acronym or by a name with no organisation
word: no military retreat (0874) nor a change of leadership (0831). Troops leaving a place, and
an official resigning, stay. Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Chile withdrew from UNESCO on Friday.", {("CHL", "160", "IGOUNOEDU")}),
    ("Oman quit OPEC on Tuesday.", {("OMN", "160", "IGOBUSOPC")}),
    ("Guinea pulled out of ECOWAS after the coup.", {("GIN", "160", "IGOWAFWAS")}),
    ("Malawi pulled out of the Southern African Development Community.", {("MWI", "160", "IGOSAFSAD")}),
    ("Argentina withdrew from the World Health Organization.", {("ARG", "160", "IGOUNOHLH")}),
    ("Nicaragua quit the Organization of American States.", {("NIC", "160", "IGOOAS")}),
])
def test_a_state_leaving_an_organisation_reduces_relations(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kenyan troops withdrew from Somalia.", {("KENMIL", "0874", "SOM")}),
    ("Senegalese troops pulled out of the Gambian town.", {("SENMIL", "0874", "GMB")}),
    ("The Dutch foreign minister quit on Monday.", {("NLDGOV", "0831", "NLD")}),
])
def test_troops_leaving_a_place_or_a_minister_quitting_stay(code, text, expected):
    assert triples(code, text) == expected


def test_a_party_leaving_a_coalition_government_is_no_retreat(code):
    text = "Israel's far-right party pulled out of the coalition government."
    assert not any(c == "0874" for _, c, _ in triples(code, text))
