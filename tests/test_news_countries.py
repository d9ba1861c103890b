"""Whose agents: the country an agent with none of its own takes from its sentence or story.

CAMEO coders give "police", "students", "protesters" the country the story or the sentence
places them in (KENCOP, not ---COP). Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    ("Police fired tear gas at demonstrators in Nairobi.", ("KENCOP", "175", "KENCVL")),
    ("Riot police beat students in the Bangladeshi capital on Monday.", ("BGDCOP", "175", "BGDEDU")),
    ("Soldiers detained three journalists in Bamako.", ("MLIMIL", "173", "MLIMED")),
    ("Thousands of opposition supporters marched through the streets of Harare.", ("ZWEOPP", "141", "ZWE")),
    ("Gunmen kidnapped 30 villagers in Nigeria's Zamfara state.", ("NGAUAF", "181", "NGACVL")),
])
def test_the_place_that_sets_the_scene_gives_its_country(code, text, expected):
    """A place after "in", "through", ... in the main clause is where the event happens."""
    assert triples(code, text) == {expected}


def test_the_scene_alone_decides_and_no_scene_gives_no_country(code):
    # the tourist is French, the police are where it happens: the scene's state only counts
    assert triples(code, "Police arrested a French tourist in Bangkok.") == {("THACOP", "173", "FRACVL")}
    assert triples(code, "Police detained the protesters.") == {("---COP", "173", "---CVL")}


def test_the_scene_comes_before_the_story_s_country(code):
    """The story is Kenya's, but what happens in Kampala is Uganda's; without a scene the
    story's country still decides."""
    story = "Kenyan police fired tear gas in Nairobi on Monday. Officials detained protesters in Kampala."
    assert ("UGAGOV", "173", "UGACVL") in triples(code, story)
    story = "Kenyan police fired tear gas in Nairobi on Monday. Officials later detained the protesters."
    assert ("KENGOV", "173", "KENCVL") in triples(code, story)


def test_a_relative_clause_does_not_take_an_agent_out_of_the_country(code):
    """"outside" in a relative clause says where the students protested, not that they come from
    abroad ("jets from beyond Iraq's borders" do)."""
    coded = triples(code, "Indonesian police arrested students who had protested outside parliament.")
    assert ("IDNCOP", "173", "IDNEDU") in coded


# --- coordinated agent modifiers ---------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Bolivia's government and opposition leaders agreed to hold talks.",
     {("BOLGOV", "036", "BOLOPP"), ("BOLOPP", "036", "BOLGOV")}),
    ("Government and opposition leaders signed a peace deal in Juba.",
     {("SSDGOV", "057", "SSDOPP"), ("SSDOPP", "057", "SSDGOV")}),  # each the other's, not Juba's
])
def test_coordinated_agent_modifiers_are_an_actor_each(code, text, expected):
    """"government and opposition leaders" are two sides, not one GOVOPP actor."""
    assert triples(code, text) == expected


def test_an_agent_modifier_without_a_conjunct_keeps_its_roles(code):
    assert triples(code, "Bolivian opposition leaders met the president.") == {("BOLOPP", "040", "BOLGOV")}


@pytest.mark.parametrize("text,expected", [
    # the scene's place hung on a phrase of the verb's object, however deep
    ("Gunmen abducted at least 20 students from a school in Nigeria.", {("NGAUAF", "181", "NGAEDU")}),
    ("Militias carried out a massacre of hundreds of villagers in Darfur.", {("SDNREB", "202", "SDNCVL")}),
])
def test_a_scene_deep_in_the_object_gives_agents_their_country(code, text, expected):
    assert triples(code, text) == expected


def test_a_place_in_a_clause_of_its_own_sets_no_scene(code):
    """A place in a relative clause is where that clause happens, not the main event."""
    coded = triples(code, "Gunmen abducted students who had studied at a school in Nigeria.")
    assert not any(s.startswith("NGA") for s, _, _ in coded)
