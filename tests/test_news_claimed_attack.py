""""X claimed that Y had attacked Z": claiming that another attacked is accusing it (112, the
claimed clause's subject the target), as "alleged that" already was (a pattern of the verb
claim, 01-make-public-statement.yaml). Sentences written for the test; before, the claims coded
nothing (the claimed attack is alleged, not established, and a bare claim has no target)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    ("Ukraine claimed that Russia had attacked a power plant in Kharkiv.", {("UKR", "112", "RUS")}),
    ("Pakistan claimed that Indian troops had shelled villages in Kashmir.", {("PAK", "112", "INDMIL")}),
    ("Pakistan claimed Indian troops shelled villages in Kashmir.", {("PAK", "112", "INDMIL")}),
    ("Kenya claimed that the rebels had killed ten soldiers.", {("KEN", "112", "KENREB")}),
    # the 'behind the attack' form was coded already
    ("Armenia said Azerbaijan was behind the attack on the border post.", {("ARM", "112", "AZE")}),
])
def test_claiming_another_attacked_is_an_accusation(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    "The rebels claim that they protect villagers from army raids.",
    "Ethiopia claimed that it had repelled an attack by Eritrean forces.",
    "Russia claimed that its forces had captured a village near Bakhmut.",
    "The government claimed that the economy had grown by five percent.",
])
def test_a_claim_of_no_attack_by_another_is_no_accusation(code, text):
    assert not any(c.startswith("112") for _, c, _ in triples(code, text))


def test_claimed_responsibility_stays_a_statement(code):
    assert ("PSEREB", "015", "ISR") in triples(code, "Hamas claimed responsibility for the attack on the Israeli checkpoint.")
