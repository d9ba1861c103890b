"""Those against an actor: "opponents of X", "critics of X" are X's state's opposition, not X
(the settings' opposing_nouns). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("Critics of the Hungarian government accused Prime Minister Viktor Orban of corruption.",
     ("HUNOPP", "1121", "HUNGOV")),
    ("A critic of Kenyan President William Ruto was arrested by police.", ("---COP", "173", "KENOPP")),
    ("Opponents of the Georgian parliament protested in Tbilisi.", ("GEOOPP", "140", "GEOGOV")),
])
def test_opponents_are_the_opposition(code, text, expected):
    """phrases._opposing: before, the phrase was the one opposed (HUNGOV accusing HUNGOV was
    dropped; the critic arrested was KENGOV)."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text", [
    # opposed to no state's actor: no one known
    "Critics of the United Nations accused the Kenyan government of corruption.",
])
def test_critics_of_a_non_state(code, text):
    assert not any(s.startswith("IGO") for s, _, _ in triples(code, text))


def test_a_named_home_stays(code):
    """"Kenyan critics of the deal": the modifier before the noun names them."""
    assert ("KEN", "1121", "KENGOV") in triples(code, "Kenyan critics of the deal accused Ruto of corruption.")


def test_other_of_phrases_unchanged(code):
    assert ("ISRCVL", "020", "ISRGOV") in triples(
        code, "Relatives of the Israeli hostages urged Prime Minister Benjamin Netanyahu to accept the deal.")
