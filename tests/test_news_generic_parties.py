""""China urged all parties to avoid provocations": a quantified plural of the dyad's nouns
with nothing describing it ("all parties", "any parties") speaks of the parties of whatever
conflict, not of a political party of the story (phrases.generic_plural with the settings'
generic_quantifiers; issue 10: events with a wrong or generic target coded as news), on
sentences written for the test. Before, each coded an appeal to ---PTY, or to the story's
country's parties (SDNPTY in a story of Sudan's war)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-07-15")


@pytest.mark.parametrize("text", [
    "China urged all parties to avoid provocations.",
    "The plan to expand the drills drew sharp criticism from China, which urged all parties to avoid provocations.",
    "The African Union called on any parties to lay down their arms.",
])
def test_all_parties_are_no_actor(code, text):
    assert not any(t[2].endswith("PTY") for t in triples(code, text))
    assert not any(t[1].startswith("02") for t in triples(code, text))


def test_all_parties_in_a_story_of_a_war_are_no_party_of_its_country(code):
    text = ("Sudan's army and the RSF clashed in Darfur. "
            "The African Union urged all parties to agree to a ceasefire.")
    assert not any(t[2] == "SDNPTY" for t in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    # a country's parties, and parties named by their role, are actors
    ("The U.N. envoy urged all Libyan parties to return to talks.", ("IGOUNOGOV", "026", "LBYPTY")),
    ("Opposition parties boycotted the vote in Zimbabwe.", ("ZWEOPP", "143", "ZWEGOV")),
    ("Kenya's ruling party accused opposition parties of inciting violence.", ("KENPTY", "112", "KENOPP")),
])
def test_parties_that_are_named_stay_actors(code, text, expected):
    assert expected in triples(code, text)


def test_all_opposition_parties_are_the_opposition(code):
    assert ("---GOV", "1322", "---OPP") in triples(code, "The junta threatened to dissolve all opposition parties.")
