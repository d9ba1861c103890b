"""Someone held "in detention" was not arrested in the sentence (issue 10, precision): an event
noun of the settings' ``state_nouns`` after "in" names a state, a place, no new arrest, on
sentences written for the test.

- "The Russian consul was allowed to visit prisoners in Ukrainian detention" had coded
  UKR 173 ---CVL.
- The act itself stays: "detained three journalists", "the detention of the journalists by
  Egyptian police".
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text", [
    "The Russian consul was allowed to visit prisoners in Ukrainian detention.",
    "Two Nigerian activists remain in Nigerian police detention in Abuja.",
    "The Red Cross visited Armenian soldiers in Azerbaijani detention.",
])
def test_a_state_of_detention_is_no_arrest(code, text):
    assert not any(c.startswith("17") for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text, event", [
    ("Egyptian police detained three journalists in Cairo.", ("EGYCOP", "173", "EGYMED")),
    ("The detention of the journalists by Egyptian police drew condemnation.", ("EGYCOP", "173", "EGYMED")),
    ("Turkish police arrested 20 students in Istanbul.", ("TURCOP", "173", "TUREDU")),
])
def test_the_arrest_itself_stays(code, text, event):
    assert event in triples(code, text)
