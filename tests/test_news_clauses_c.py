"""Who does what in real news clauses, on sentences written for the test, positive and
negative: companions ("along with", "together with"), members ("including"), two headline
subjects a comma joins, "joined X in condemning Y", the agent of coordinated passives, a
"visiting" visitor, and irregular verb forms the tagger reads as base forms."""

from __future__ import annotations

import pytest


def triples(code, text, date="2025-03-12"):
    return set(code(text, date=date))


def roots(code, text, root):
    return {t for t in triples(code, text) if t[1].startswith(root)}


# --- companions and members: one more doer each -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Germany, along with France, condemned the Russian strikes.",
    "Germany along with France condemned the Russian strikes.",
    "Several countries, including Germany and France, condemned the Russian strikes.",
    "Both Germany and France condemned the Russian strikes.",
])
def test_a_companion_or_a_member_condemns_too(code, text):
    assert roots(code, text, "11") == {("DEU", "111", "RUS"), ("FRA", "111", "RUS")}


def test_together_with_joins_the_appeal(code):
    assert roots(code, "Egypt, together with Qatar, urged Israel to halt the strikes.", "02") == {
        ("EGY", "0252", "ISR"), ("QAT", "0252", "ISR")}


def test_members_count_only_for_a_phrase_without_an_actor(code):
    # the rebel leaders are actors themselves: the commander is one of them, no second meeting
    coded = roots(code, "Colombia's president met rebel leaders, including a Venezuelan commander, in Havana.", "04")
    assert not any(t == "VEN" or s == "VEN" for s, _, t in coded)


def test_a_companion_after_the_verb_is_no_second_doer(code):
    coded = triples(code, "Israel struck Hamas positions along with Hezbollah targets.")
    assert not any(s == "LBNREB" for s, _, _ in coded)


@pytest.mark.parametrize("text, expected", [
    ("Egypt, Qatar urge Israel to halt strikes", {("EGY", "0252", "ISR"), ("QAT", "0252", "ISR")}),
    ("Paris, Berlin condemn Russian strikes on Kyiv", {("FRA", "111", "RUS"), ("DEU", "111", "RUS")}),
])
def test_two_headline_subjects_a_comma_joins(code, text, expected):
    assert expected <= triples(code, text)


def test_a_dateline_is_no_second_subject(code):
    assert triples(code, "NAIROBI, Kenya — Kenyan police arrested five Ugandan traders on Tuesday.") == {
        ("KENCOP", "173", "UGABUS")}
