""""The measures target 17 officials", "the tariffs hit Chinese steel": a verb of force whose
subject is a measure, law or policy (the settings' ``measure_nouns``) uses no force (issue 10,
precision: a wrong verb sense), on sentences written for the test. Before, the first coded
IGOEUREECGOV 190 IRNGOV (the ministers who approved the measures read as the attackers)."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-04")


@pytest.mark.parametrize("text", [
    "The measures, approved by European Union foreign ministers, target 17 Iranian officials.",
    "The new French law targets Algerian migrants.",
    "The new Nicaraguan law bans street protests and targets opposition leaders.",
    "The American tariffs hit Chinese steel exports.",
])
def test_a_measure_uses_no_force(code, text):
    assert not {t for t in triples(code, text) if t[1][:2] in ("18", "19", "20")}


@pytest.mark.parametrize("text,expected", [
    # the dictionary's own sanction pattern codes the measure itself
    ("The European Union sanctions target 12 Russian banks.", {("IGOEUREEC", "163", "RUSBUS")}),
    # actors and weapons as subjects still use force
    ("Israeli forces targeted Hamas commanders in Gaza.", {("ISRMIL", "190", "PSEREBMIL")}),
    ("Russian missiles hit Ukrainian power plants on Sunday.", {("RUS", "195", "UKR")}),
    ("Russian troops crossed the border and struck Ukrainian positions near Bakhmut.",
     {("RUSMIL", "190", "UKR")}),
])
def test_actors_and_sanction_patterns_are_coded(code, text, expected):
    assert expected <= triples(code, text)
