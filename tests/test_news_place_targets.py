"""A place named by a pattern's `in $target` (the verb files' &target_prep) is where a deed was
done, not to whom, when an actor stands closer in what the verb acts on ("banned a rally by
opposition supporters in the capital": the supporters). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected,unwanted", [
    ("Ethiopian authorities banned a rally by opposition supporters in Addis Ababa on Sunday.",
     ("ETHGOV", "1722", "ETHOPP"), ("ETHGOV", "1722", "ETH")),
    ("The Tanzanian government banned a march by opposition activists in Dodoma.",
     ("TZAGOV", "1722", "TZAOPP"), ("TZAGOV", "1722", "TZA")),
])
def test_the_nearer_actor_is_the_target(code, text, expected, unwanted):
    found = triples(code, text)
    assert expected in found
    assert unwanted not in found


@pytest.mark.parametrize("text,expected", [
    # nothing nearer is an actor: the place stays the target
    ("Ethiopian authorities imposed a curfew in Addis Ababa.", ("ETHGOV", "1723", "ETH")),
    ("Japan will invest $3 billion in Kenya.", ("JPN", "0311", "KEN")),
    # the source's own troops are no nearer target
    ("France deployed its troops in Mali.", ("FRA", "154", "MLI")),
    # the nearer phrase is a thing of an actor's, not the actor: the place stays
    ("Rwanda volunteered to lead a regional police mission in Mozambique.", ("RWA", "0334", "MOZ")),
])
def test_the_place_stays(code, text, expected):
    assert expected in triples(code, text)
