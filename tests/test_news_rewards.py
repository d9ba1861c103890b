""""Offered a $25 million reward for his arrest": a reward offered for someone's capture is no
aid (the settings' non_event_expressions; issue 10: a wrong verb sense coded as news), on
sentences written for the test. Before, the first coded USA 0331 VENGOV ("million" read as
economic aid)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-08-20")


@pytest.mark.parametrize("text", [
    "The United States, which does not recognize Maduro as president, has offered a $25 million reward "
    "for his arrest.",
    "Kenya offered a $1 million bounty for the capture of the al-Shabab commander.",
])
def test_a_reward_is_no_aid(code, text):
    assert not any(c.startswith("03") or c.startswith("07") for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    ("Japan offered $5 million in emergency aid to the Philippines.", ("JPN", "0333", "PHL")),
    ("The World Bank offered Ghana a $3 billion loan.", ("IGOBUSWBK", "0331", "GHA")),
])
def test_money_offered_as_aid_is_still_aid(code, text, expected):
    assert expected in triples(code, text)
