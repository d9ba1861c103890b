"""An attack on a place a story's first sentence does not name targets the country that
sentence gives its agents (issue 10, recall: implied targets). Only the story's earlier
sentences gave an unnamed place its country (implied.unnamed_place), so a headline, which has
none, coded no attack: "Mali urges families to go home after jihadists attack villages". There
the state named by the main clause's subject counts, when the attackers are agents naming no
state of their own; the attackers' own state still says nothing of where the villages are.
Stories written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


def test_a_headline_attack_on_unnamed_villages_targets_the_headline_state(code):
    found = triples(code, "Malian officials on Tuesday urged thousands of displaced families to return home.",
                    title="Mali urges displaced families to go home after jihadists attack villages")
    assert ("MLIREB", "190", "MLI") in found


@pytest.mark.parametrize("title", [
    "Rwandan troops attack villages",  # the attackers' own state
    "Congo says Rwandan troops attack villages",  # a state named by the attackers (and two states)
])
def test_attackers_naming_their_state_give_no_place(code, title):
    found = triples(code, "Officials gave no figure for the dead.", title=title)
    assert not {t for t in found if t[1].startswith("19")}


def test_a_pronoun_attacker_gives_no_place(code):
    """'its' names a state elsewhere: the organisation's killing is not in the government's country."""
    found = triples(code, "The Kenyan government banned the militia over its role in killing in the province.")
    assert not {t for t in found if t[1].startswith("19")}
