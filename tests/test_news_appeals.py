"""Appeals (CAMEO 02) and demands (10) in real news, and the actors they lack, each rule on
sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


# --- the subject of a verb the parser gave two ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Global response A French Foreign Ministry spokesperson expressed sympathy for the victims and "
     "urged the Malian government to restore order.", ("FRAGOV", "020", "MLIGOV")),
    ("Foreign reaction A Japanese foreign ministry spokesperson voiced regret and urged "
     "Moscow to release the sailors.", ("JPNGOV", "0253", "RUS")),
])
def test_a_glued_sub_heading_is_no_subject(code, text, expected):
    """A sub-heading glued to the sentence ("Global response A ... spokesperson ...") is parsed
    as a second subject of the verb: the nearest one before the verb acts."""
    assert expected in triples(code, text)


def test_a_name_split_into_subjects_is_one_source(code):
    """The parser splits a long name into several subjects ("al - Khalifa"): the nearest that
    holds an actor acts."""
    coded = triples(code, "Bahrain's king, Sheikh Hamad bin Isa al-Khalifa urged Qatar on Monday to release "
                          "the Egyptian fishermen.")
    assert ("BHRGOV", "0253", "QAT") in coded


def test_a_single_subject_stays_the_source(code):
    coded = triples(code, "The reaction of Tokyo was swift: Japan urged Moscow to release the sailors.")
    assert ("JPN", "0253", "RUS") in coded


# --- the story's country from its first sentence naming a state --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Malian officials are pleading with villagers to return to their homes.", ("MLIGOV", "020", "MLICVL")),
    ("Kenyan police arrested dozens of protesters.", ("KENCOP", "173", "KENCVL")),
    ("Kenyan officials urged residents to stay indoors.", ("KENGOV", "020", "KENCVL")),
])
def test_the_first_sentence_gives_the_country_its_subject_names(code, text, expected):
    """No earlier sentence gives the story's country: the one state the sentence names, in a
    subject, is it, for the agents with none of their own."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,unknown", [
    ("French officials urged civilians in Mali to return to their villages.", "FRACVL"),  # two states
    ("Gunmen kidnapped two Chinese engineers.", "CHNUAF"),  # a state only in what is done to
    ("A Greek tanker was seized by gunmen.", "GRCUAF"),  # a passive subject
])
def test_no_country_from_two_states_or_from_the_one_acted_on(code, text, unknown):
    coded = triples(code, text)
    assert coded and all(unknown not in (source, target) for source, _, target in coded)


def test_an_earlier_sentence_still_gives_the_country(code):
    """Once a sentence named a state, the story's count decides, not the later sentence's own."""
    coded = triples(code, "Kenyan police fired tear gas in Nairobi on Monday. "
                          "A Ugandan envoy later urged officials to free the protesters.")
    assert ("UGAGOV", "0253", "KENGOV") in coded


# --- a definite description refers back to the one named with the same noun ----------------------

def test_the_spokesperson_is_the_earlier_spokesperson_not_the_latest_of_the_role(code):
    """"The spokesperson" is the Kenyan one named before, though the Ugandan government named
    after it holds the same role (GOV)."""
    coded = triples(code, "A Kenyan spokesperson urged the Ugandan government to reopen the border. "
                          "The spokesperson later called on Uganda to release the detained traders.")
    assert ("KENGOV", "0253", "UGA") in coded
    assert not any(source.startswith("UGA") for source, _, _ in coded)


def test_without_the_same_noun_the_latest_of_the_role_stays(code):
    coded = triples(code, "The Taliban attacked a police post in Kunduz. "
                          "Washington accused the insurgent group of violating the deal.")
    assert ("USA", "112", "AFGREB") in coded
