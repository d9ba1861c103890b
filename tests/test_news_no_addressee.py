"""Acts with no addressee and exits from organisations and agreements: a news conference or
briefing speaks to no one in particular; leaving an organisation or a treaty reduces relations
(16), no military retreat. Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-03-01")


# --- a news conference or briefing has no target: the place or the topic is no addressee --------

@pytest.mark.parametrize("text", [
    "The Japanese government held a news conference in Tokyo on Tuesday.",
    "The Indian foreign ministry held a briefing on Pakistan's missile test.",
    "Brazil's president held a press conference in Brasilia after the vote.",
])
def test_a_news_conference_is_no_event(code, text):
    assert triples(code, text) == set()


def test_a_news_conference_held_with_another_side_is_a_meeting(code):
    text = "The Russian foreign minister held a news conference with his Chinese counterpart in Moscow."
    assert triples(code, text) == {("RUSGOV", "040", "CHNGOV")}


# --- leaving an organisation or an agreement is no military retreat; a place naming an agreement
# is no party to it ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The United States withdrew from the World Health Organization on Monday.",
    "Argentina withdrew from the Paris climate agreement.",
    "Argentina pulled out of the Lima trade accord last week.",
    "Washington withdrew from the UN Human Rights Council.",
])
def test_leaving_an_organisation_or_an_agreement_is_no_retreat(code, text):
    # 160 with the organisation, or nothing: never a retreat, never the place in the name
    assert all(c == "160" and t.startswith("IGO") for _, c, t in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    ("Ukraine pulled out of the grain deal with Russia.", {("UKR", "160", "RUS")}),
    ("Burkina Faso withdrew from the defense pact with Russia.", {("BFA", "160", "RUS")}),
])
def test_leaving_an_agreement_with_a_party_reduces_relations(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian forces pulled out of Kherson.", {("RUSMIL", "0874", "UKR")}),
    ("Israeli troops withdrew from Gaza under the deal.", {("ISRMIL", "0874", "PSE")}),
    ("Israeli troops withdrew from the town of Khan Younis.", {("ISRMIL", "0874", "PSE")}),
])
def test_troops_leaving_a_place_still_retreat(code, text, expected):
    assert triples(code, text) == expected
