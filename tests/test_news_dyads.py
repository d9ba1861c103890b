""""The two sides", "both parties" refer back to the story's dyad: the two actors its earlier
events joined most often (issue 10: a story dyad kept in the story context; the settings'
dyad_nouns), on sentences written for the test. Before, "side" was no pair noun (the two states
named most often need not be the two in conflict or talks) and such sentences coded nothing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-01"

triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    # a civil war: the army and the paramilitary accuse each other
    ("Sudan's army and the Rapid Support Forces agreed to a seven-day ceasefire on Saturday. "
     "Both sides accused each other of violating the truce.",
     {("SDNMIL", "1123", "SDNREB"), ("SDNREB", "1123", "SDNMIL")}),
    # the dyad, not the state the story names most (Egypt, three times, never acting on Sudan's army)
    ("Egypt called for calm on Sunday. Egyptian officials said Cairo was ready to host talks. "
     "Sudan's army attacked positions of the Rapid Support Forces in Omdurman on Monday. "
     "The United Nations urged both sides to protect civilians.",
     {("IGOUNO", "0234", "SDNMIL"), ("IGOUNO", "0234", "SDNREB")}),
    # "parties", after talks
    ("Israel and Hamas began indirect negotiations in Cairo on Sunday, Egyptian officials said. "
     "Egypt urged the two parties to reach a ceasefire quickly.",
     {("EGY", "0256", "ISR"), ("EGY", "0256", "PSEREB")}),
])
def test_the_two_sides_are_the_pair_the_story_s_events_joined(code, text, expected):
    assert expected <= triples(code, text)


def test_the_un_appeal_is_not_to_the_most_named_state(code):
    coded = triples(code, "Egypt called for calm on Sunday. Egyptian officials said Cairo was ready to host talks. "
                          "Sudan's army attacked positions of the Rapid Support Forces in Omdurman on Monday. "
                          "The United Nations urged both sides to protect civilians.")
    assert not any(s == "IGOUNO" and t.startswith("EGY") for s, _, t in coded)


@pytest.mark.parametrize("text", [
    # no earlier event joins two actors: no one
    "Kenya welcomed the peace deal on Friday. Both sides agreed to resume trade talks.",
    # described: the sides of something, no reference back
    "Kenya and Uganda signed a trade deal on Monday. The two sides of the border agreed to reopen markets.",
    # a party described by its name is no dyad
    "Kenya and Uganda signed a trade deal on Monday. Both opposition parties criticized the agreement.",
])
def test_no_dyad_without_an_earlier_event_or_with_a_description(code, text):
    coded = triples(code, text)
    later = {t for t in coded if t[1] not in ("057",)}
    assert not any(s[:3] in ("KEN", "UGA") and t[:3] in ("KEN", "UGA") for s, _, t in later)
