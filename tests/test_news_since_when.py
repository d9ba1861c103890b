""""Tensions have soared since October, when Pakistani air strikes hit targets in Kabul": the
"when" clause of a "since" time names the past event a state dates from, background however
the parser hangs it (filters.since_when, with the settings' origin_marks; issue 10: background
coded as news), on sentences written for the test. Before, the first coded PAK 190 AFG and the
second INDMIL/CHNMIL 190 each way."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-04-20")


@pytest.mark.parametrize("text,date", [
    ("Tensions between the neighbours have soared since October, when Pakistani air strikes hit "
     "targets in Kabul and Taliban fighters attacked Pakistani border posts.", "2025-11-05"),
    ("The border has been quiet since last month, when Indian and Chinese troops clashed in Ladakh.", "2025-04-20"),
    ("Relations have deteriorated since March, when Kenya expelled Somalia's ambassador.", "2025-04-20"),
])
def test_the_event_a_state_dates_from_is_background(code, text, date):
    assert triples(code, text, date=date) == set()


@pytest.mark.parametrize("text,expected", [
    # a "when" clause dated otherwise, or of the story's own days, is no origin
    ("Kenya expelled Somalia's ambassador in March, when relations deteriorated.", "161"),
    ("Since Monday, when the army shelled Goma, thousands have fled.", "194"),
    ("When police fired tear gas at protesters in Nairobi on Monday, the crowd dispersed.", "175"),
])
def test_a_when_clause_without_since_is_dated_as_before(code, text, expected):
    assert expected in {t[1] for t in triples(code, text)}
