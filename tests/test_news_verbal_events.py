"""Verbal events in news (CAMEO roots 01-05 and 10-13: statements, appeals, intents,
consultations, praise, demands, disapproval, rejections, threats) that were missed or
miscoded (issue 10), each rule on sentences written for the test, positive and negative:

- welcoming what an actor decided, offered or did ("welcomed Chile's decision to ...") is
  praise of that actor (051), not the hosting of a visit the "to" after it suggested (043);
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


# --- welcoming an actor's decision is no hosting ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Argentina welcomed Chile's decision to reopen the mountain pass.", ("ARG", "051", "CHL")),
    ("The UN welcomed the Ethiopian government's decision in March to let aid convoys through.",
     ("IGOUNO", "051", "ETHGOV")),
    ("The African Union welcomed Gabon's return to the bloc.", ("IGOAFRAFU", "051", "GAB")),
])
def test_welcoming_an_actors_decision_is_praise(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "043" for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("Kenya welcomed Uganda's president to Nairobi for talks.", ("KEN", "043", "UGAGOV")),
    ("China welcomed Pakistan's prime minister in Beijing.", ("CHN", "043", "PAKGOV")),
])
def test_welcoming_a_person_to_a_place_is_still_hosting(code, text, expected):
    assert expected in triples(code, text)

