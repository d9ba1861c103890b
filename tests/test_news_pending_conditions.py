"""A clause in the simple present after "until", "before" or "once" names a condition ahead,
not a deed (filters.negated_or_hypothetical, the settings' ``pending_marks``; issue 10,
precision: hypotheticals coded as news). Sentences written for the test. Before, "Kurti said he
would not lift the ban until Belgrade recognizes Kosovo" was coded SRB 054 XKX, "the rebels will
keep fighting until the government releases all political prisoners" ---GOV 0841 ---CVL."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-10")


@pytest.mark.parametrize("text,dropped", [
    ("Kurti said he would not lift the ban until Belgrade recognizes Kosovo.", "054"),
    ("The rebels will keep fighting until the government releases all political prisoners.", "0841"),
    ("Turkey will not approve Sweden's bid before Stockholm extradites the suspects.", "0"),
])
def test_a_condition_ahead_is_not_done(code, text, dropped):
    coded = triples(code, text)
    assert not {t for t in coded if t[1].startswith(dropped) and t[1] != "1244"}


@pytest.mark.parametrize("text,expected", [
    # in the past the clause is done
    ("Police held the activist until a court ordered his release on Friday.", ("JUD", "0841", "")),
    ("Kurti refused to lift the ban until Belgrade recognized Kosovo last week.", ("SRB", "054", "XKX")),
    # "after" is not listed: a headline's present tells the past
    ("Civilians flee after rebels attack villages in Mali", ("REB", "19", "MLI")),
])
def test_a_clause_done_stays(code, text, expected):
    coded = triples(code, text)
    assert any(s.endswith(expected[0]) and c.startswith(expected[1]) and t.startswith(expected[2])
               for s, c, t in coded), coded
