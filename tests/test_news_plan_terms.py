"""A clause with "would" or a hypothetical modal set under the terms of a plan, deal or law
says what the plan would have its parties do, no act and no stated intention (filters.under_terms,
the settings' ``terms_nouns``; issue 10, precision: hypotheticals coded as news). Sentences
written for the test. Before, "Under the proposal, Israel would withdraw from parts of Gaza and
Hamas would free the hostages" was coded ISR 0356 PSE, ISR 0356 PSEREB and ISR 0353 ---CVL."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-10")


@pytest.mark.parametrize("text", [
    "Under the proposal, Israel would withdraw from parts of Gaza and Hamas would free the hostages.",
    "Under the new agreement, Russia would supply Egypt with wheat.",
    "Under the draft, Ethiopia would recognize Somaliland in exchange for access to the sea.",
])
def test_the_terms_of_a_plan_are_no_act(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    # the actor's own word, and a deed done under a deal
    ("Israel said it would withdraw from parts of Gaza under the agreement.", ("ISR", "0356", "PSE")),
    ("Under the deal, Hamas released three hostages on Saturday.", ("PSEREB", "0841", "PSECVL")),
    # "will": the plan adopted, the actor's intention (as the CAMEO codebook codes it)
    ("Under the plan, Kenya will withdraw its troops from Somalia by December.", ("KEN", "0356", "SOM")),
    # "under" before no plan
    ("Under pressure from Washington, Israel agreed to allow aid into Gaza.", ("ISR", "0355", "PSE")),
])
def test_own_word_and_deeds_stay(code, text, expected):
    assert expected in triples(code, text)


def test_the_setting_can_be_emptied(dictionary_folder, nlp):
    from coder import Coder

    folder = dictionary_folder(settings={"terms_nouns": []})
    events = Coder(folder, model=nlp).code(
        "Under the proposal, Israel would withdraw from parts of Gaza and Hamas would free the hostages.",
        date="2025-06-10")
    assert ("ISR", "0356", "PSE") in {(e.source, e.code, e.target) for e in events}
