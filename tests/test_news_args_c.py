"""Arguments of event nouns modified by a participle clause: whom the act named by the noun was
done to, where the parser hangs the target phrase on the participle or on its "by" phrase.
Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    ("The sanctions imposed by the European Union on Iran took effect on Monday.",
     {("IGOEUREEC", "163", "IRN")}),
    ("Sanctions imposed by Canada on Russian banks came into force this week.", {("CAN", "163", "RUSBUS")}),
    ("The airstrikes carried out by Israeli jets against Hezbollah positions lasted two hours.",
     {("ISR", "195", "LBNREB")}),
    ("The aid flown by Japan to Turkey reached the quake zone on Sunday.", {("JPN", "070", "TUR")}),
])
def test_participle_names_whom_the_noun_acts_on(code, text, expected):
    """arguments.done_to: "the sanctions imposed by X on Y", "airstrikes carried out by X
    against Y" target Y (the noun's target preposition on the participle, or on its "by"
    phrase, where the parser hangs "on Iran" after "the European Union")."""
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The sanctions imposed by the European Union in March remain in force.",  # no one named as target
    "An attack carried out by the president of Chad's guards was reported in the capital.",  # "of": the doer's
])
def test_participle_without_a_target_phrase_names_no_target(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text", [
    "Norway demanded an apology on Tuesday.",
    "France demanded the immediate release of its citizen.",
    "Chad demanded that donors send it more food aid.",  # generic donors: no target named
])
def test_a_state_named_alone_makes_no_demand_of_itself(code, text):
    """implied.implied_target: a demand's implied target is the demanders' own government, not
    for a state named alone, which is that government (no NOR 100 NORGOV)."""
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Thousands of Kenyans protested in Nairobi on Tuesday.", {("KEN", "140", "KENGOV")}),
    ("Kenyan teachers demanded higher pay.", {("KENEDU", "100", "KENGOV")}),
    ("Opposition supporters in Dakar demanded early elections.", {("SENOPP", "1044", "SENGOV")}),
])
def test_a_people_or_group_demands_of_its_own_government(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("It was the first visit by a Chinese leader to Serbia in eight years.",
     {("CHNGOV", "042", "SRB"), ("SRB", "043", "CHNGOV")}),
    ("The visit by the Indian prime minister to Ukraine angered Moscow.",
     {("INDGOV", "042", "UKR"), ("UKR", "043", "INDGOV")}),
])
def test_target_hung_on_the_nouns_by_phrase(code, text, expected):
    """arguments.done_to: the parser hangs "to Serbia" on "a Chinese leader", the event noun's
    "by" phrase; it is still the visit's target."""
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The proposal by the president of Kenya was rejected.",  # "of": the doer's own country
    "The visit by the Nigerian leader in March was cancelled.",  # no target phrase
])
def test_by_phrase_without_a_target_phrase(code, text):
    assert not any(c.startswith("04") for _, c, _ in triples(code, text))
