"""The agents of a headline or an opening sentence take the story's country, as the agents of its
later sentences do: a reader of the whole story knows whose police a headline's "Police" are,
though the sentences that say so come after it. Sentences of our own writing."""

from __future__ import annotations

from news_helpers import triples_on


triples = triples_on("2025-07-08")

KENYA = ("Kenyan police fired tear gas at protesters in Nairobi. Kenya's interior minister defended "
         "the police. Kenyan lawmakers demanded an inquiry.")


def test_a_headline_s_agents_take_the_story_s_country(code):
    coded = triples(code, KENYA, title="Police fire tear gas at protesters")
    assert ("KENCOP", "175", "KENCVL") in coded
    assert not any(side.startswith("---") for event in coded for side in (event[0], event[2]))


def test_an_opening_sentence_s_agents_take_the_story_s_country(code):
    story = ("Soldiers shot dead two villagers on Saturday. The Malian army denied the accusation. "
             "Mali's junta leader Assimi Goita ordered an investigation.")
    assert triples(code, story) == {("MLIMIL", "193", "MLICVL")}


def test_a_scene_of_the_headline_s_own_comes_first(code):
    """What happens in Kampala is Uganda's, in a story about Kenya too."""
    coded = triples(code, KENYA, title="Police fire tear gas at protesters in Kampala")
    assert ("UGACOP", "175", "UGACVL") in coded
    assert ("KENCOP", "175", "KENCVL") in coded


def test_a_story_of_many_countries_gives_none(code):
    story = ("Soldiers shot dead two villagers on Saturday. The Malian army denied the accusation. "
             "Burkina Faso's leader Ibrahim Traore ordered an investigation. Niger's junta closed the border.")
    assert ("---MIL", "193", "---CVL") in triples(code, story)


def test_a_sentence_alone_gives_its_agents_no_country_of_its_own_naming(code):
    """The state a sentence names only in what is done to is not its agents' ("gunmen seized a
    Greek tanker": the gunmen need not be Greek), and coding it again must not make it so."""
    coded = triples(code, "Gunmen seized a Greek tanker off the coast on Sunday.")
    assert coded and all(source.startswith("---") for source, _, _ in coded)
