""""Meant to pressure Washington into accepting North Korea as a nuclear power": a gerund after
"into" on a verb of pressing or persuading (the settings' intent_verbs) is what the pressure is
for, as "pressured X to accept" is, not done (filters.pressed_into; issue 10: aims coded as
news), on sentences written for the test. Before, the first coded USA 030 PRK and the second
TUR 129 SWE (a veto lifted read as one cast)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-07-15")


@pytest.mark.parametrize("text,left_out", [
    ("Experts say the launches are meant to pressure Washington into accepting North Korea as a "
     "nuclear power.", ("USA", "030", "PRK")),
    ("Washington persuaded Turkey into lifting its veto on Sweden's membership.", ("TUR", "129", "SWE")),
])
def test_what_one_is_pressed_into_is_not_done(code, text, left_out):
    assert left_out not in triples(code, text)


@pytest.mark.parametrize("text,expected", [
    # the pressure itself is still coded, by its own patterns
    ("The United States pressured Israel into accepting the ceasefire.", ("USA", "107", "ISR")),
    ("Washington persuaded Turkey into lifting its veto on Sweden's membership.", ("USA", "020", "TUR")),
    # coerced into it, done; "into" a place is no aim
    ("The rebels forced Congolese troops into retreating from Goma.", ("CODMIL", "0874", "COD")),
    ("Ukraine sent troops into Russia's Kursk region.", ("UKR", "154", "RUS")),
])
def test_the_pressure_and_coerced_acts_are_coded(code, text, expected):
    assert expected in triples(code, text)
