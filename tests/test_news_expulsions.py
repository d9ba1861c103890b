""""Ordered two French journalists to leave the country": persons a state sends out of its
country are expelled (174), as by "expelled", not asked to withdraw (106, which a state's
troops ordered out still are) (issue 10: the wrong event coded), on sentences written for the
test. Before, each coded 106."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-09-10")


@pytest.mark.parametrize("text,expected", [
    ("Mali's military government on Monday ordered two French journalists to leave the country "
     "within 48 hours.", ("MLIGOV", "174", "FRAMED")),
    ("Burkina Faso ordered three French diplomats to leave its territory.", ("BFA", "174", "FRAGOV")),
    ("Russia told two British diplomats to leave the country.", ("RUS", "174", "GBRGOV")),
])
def test_persons_ordered_out_of_the_country_are_expelled(code, text, expected):
    assert triples(code, text) == {expected}


@pytest.mark.parametrize("text,expected", [
    # troops ordered out: a demand for withdrawal; peacekeepers and inspectors: their own codes
    ("Niger's junta ordered French troops to leave the country.", ("NERGOV", "106", "FRAMIL")),
    ("The Sudanese government ordered U.N. peacekeepers to leave the country.", ("SDNGOV", "1661", "IGOUNOMIL")),
    ("Iran ordered IAEA inspectors to leave the country.", ("IRN", "1662", "IGOUNOIAE")),
    # told to leave a place, not the country: no expulsion
    ("Mali ordered French troops to leave.", ("MLI", "106", "FRAMIL")),
])
def test_troops_and_missions_ordered_out_keep_their_codes(code, text, expected):
    assert triples(code, text) == {expected}
