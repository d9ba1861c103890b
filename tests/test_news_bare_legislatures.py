"""A bare legislature ("Congress", "parliament", "the Senate") takes the story's country as any
agent with no country does, in an opening sentence too, even when the sentence's subject names
another state; a legislature named with its state keeps its own, and a story of several
countries gives none. Sentences of our own writing."""

from __future__ import annotations

from news_helpers import triples_on


triples = triples_on("2025-02-01")

US_LATER = ("President Donald Trump signed the tariff bill on Monday. The White House said the "
            "measure would protect American jobs. Washington has argued for the tariffs for years.")


def test_bare_congress_later_in_a_us_story(code):
    story = US_LATER + " Congress criticized the president over the cuts."
    assert ("USALEG", "111", "USAGOV") in triples(code, story)


def test_an_opening_congress_is_the_story_s(code):
    story = "Congress is pressuring the president to lift the tariffs. " + US_LATER
    coded = triples(code, story)
    assert coded and all((e[0], e[2]) == ("USALEG", "USAGOV") for e in coded)


def test_a_foreign_subject_does_not_lend_its_state_to_an_opening_legislature(code):
    story = "Chinese officials criticized Congress over the new tariffs. " + US_LATER
    coded = triples(code, story)
    assert ("CHNGOV", "111", "USALEG") in coded
    assert not any("CHNLEG" in (e[0], e[2]) for e in coded)


def test_an_opening_senate_under_a_foreign_minister(code):
    story = "The Chinese foreign minister criticized the Senate over the new tariffs. " + US_LATER
    assert ("CHNGOV", "111", "USALEG") in triples(code, story)


def test_a_parliament_in_a_kenyan_story(code):
    story = ("Parliament accused the government of corruption. Kenyan President William Ruto met "
             "opposition leaders on Monday. Kenya has faced weeks of unrest.")
    assert ("KENLEG", "1121", "KENGOV") in triples(code, story)


def test_a_legislature_named_with_its_state_keeps_it(code):
    story = "Kenya's parliament criticized the Ugandan president. " + US_LATER
    coded = triples(code, story)
    assert ("KENLEG", "111", "UGAGOV") in coded
    assert not any("USALEG" in (e[0], e[2]) for e in coded)


def test_the_us_congress_keeps_its_own_in_a_kenyan_story(code):
    story = ("Kenyan officials criticized the U.S. Congress over the aid cuts. Kenyan President "
             "William Ruto met opposition leaders on Monday. Kenya has faced weeks of unrest.")
    assert ("KENGOV", "111", "USALEG") in triples(code, story)


def test_a_story_of_several_countries_gives_none(code):
    story = ("Congress is pressuring the president to end the shutdown. President Donald Trump "
             "said on Monday he would decide soon. The Chinese ambassador met the Japanese envoy.")
    coded = triples(code, story)
    assert ("---LEG", "100", "---GOV") in coded
