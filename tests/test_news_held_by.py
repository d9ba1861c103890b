"""A place or thing acted on that holds no actor, described by a participle with a "by" phrase:
the target is its holder, user or author ("bombed a village held by rebels"). Sentences of our
own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-04-10")


@pytest.mark.parametrize("text,expected", [
    ("Myanmar's military bombed a village held by rebels.", ("MMRMIL", "195", "MMRREB")),
    ("Sudan's army shelled neighborhoods controlled by the Rapid Support Forces.", ("SDNMIL", "194", "SDNREB")),
    ("Russia rejected a proposal drafted by France.", ("RUS", "120", "FRA")),
])
def test_the_holder_is_the_target(code, text, expected):
    """nested: a participle's "by" phrase (the parse's agent, not a prepositional phrase) is
    read as its "by" preposition would be (before, no target was found)."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,unwanted", [
    # the object names an actor itself: it stays the target
    ("Police dispersed students displaced by the floods.", "---COP"),
])
def test_an_actor_object_stays(code, text, unwanted):
    found = triples(code, text)
    assert ("---COP", "175", "---EDU") in found


def test_a_by_phrase_without_an_actor(code):
    assert not triples(code, "Myanmar's military bombed a village destroyed by the floods.")
