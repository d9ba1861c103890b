"""Engine rules for consultation, cooperation and aid in real news (CAMEO 03-08), each on
sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2021-05-01")


# --- an event noun that names the occasion of a clause (settings: occasion_prepositions) ------

@pytest.mark.parametrize("text,expected", [
    # "during a visit to X": the clause's subject visits X, and X hosts
    ("Kenyan President Uhuru Kenyatta said during a visit to Uganda that the deal was close.",
     {("KENGOV", "042", "UGA"), ("UGA", "043", "KENGOV")}),
    ("Kenyan President Uhuru Kenyatta, on a visit to Uganda, signed a trade deal.",
     {("KENGOV", "042", "UGA"), ("UGA", "043", "KENGOV")}),
    # "at a (news) conference with Y": a meeting with Y
    ("President Joe Biden told journalists on Friday, during a news conference in Paris with the "
     "French president, that he was hopeful.", {("USAGOV", "040", "FRAGOV")}),
    ("Kenyan President Uhuru Kenyatta spoke at a meeting with Ugandan officials.", {("KENGOV", "040", "UGAGOV")}),
])
def test_an_occasion_noun_is_done_by_the_subject_of_its_clause(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    "Kenyan President Uhuru Kenyatta said during a visit to the museum that it was fine.",  # no actor visited
    "Kenyan President Uhuru Kenyatta commented on the talks with Uganda.",  # "on" names a topic
    "Kenyan President Uhuru Kenyatta spoke at a conference on Uganda.",  # a conference about a country
    "Kenyan police fired tear gas during a protest against the Ugandan government.",  # no consultation
])
def test_no_occasion_without_a_visited_actor_or_a_consultation(code, text):
    assert not any(c.startswith("04") for _, c, _ in triples(code, text))


# --- "$mutual" with no source elsewhere: the actors act on each other -----------------------

def test_a_meeting_that_brings_actors_together_is_their_meeting(code):
    coded = triples(code, "The summit brought together envoys from Peru, Chile and Bolivia.")
    assert {("PERGOV", "040", "CHLGOV"), ("CHLGOV", "040", "BOLGOV"), ("BOLGOV", "040", "PERGOV")} <= coded
    # with an actor as the subject, they meet it
    assert ("IGOWSTGSV", "040", "ITAGOV") in triples(code, "This week the G7 summit brings together envoys of "
                                                             "Italy and Germany.")


@pytest.mark.parametrize("text", [
    "The report brings together data from Peru and Chile.",
    "The conference brought together scientists.",
])
def test_bringing_together_no_actors_is_no_meeting(code, text):
    assert not triples(code, text)


# --- goods that arrive are no visitors (settings: cargo_nouns) ---------------------------------

def test_goods_that_arrive_are_no_visit(code):
    coded = triples(code, "The first shipment of Russian vaccines bought by the Egyptian government "
                          "arrived in Cairo on Monday.")
    assert not any(c.startswith("042") or c.startswith("043") for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("A delegation of Chinese officials arrived in Cairo on Monday.", ("CHNGOV", "042", "EGY")),
    ("Relief supplies from Turkey arrived in Syria.", ("TUR", "073", "SYR")),  # aid, by the verb's patterns
])
def test_visitors_and_aid_still_arrive(code, text, expected):
    assert expected in triples(code, text)


# --- an object pronoun never stands for its own verb's subject -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Thai ministry said Beijing had assured it that the refugees would be safe.", ("CHN", "030", "THAGOV")),
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. "
     "On Friday Putin phoned him.", ("RUSGOV", "041", "CHNGOV")),
])
def test_an_object_pronoun_is_not_the_subject_of_its_verb(code, text, expected):
    assert expected in triples(code, text)


def test_a_reflexive_object_is_the_subject_itself(code):
    assert not triples(code, "The Thai ministry said Beijing had assured itself that the refugees would be safe.")


# --- a verb coordinated with an infinitive of purpose is for the same ------------------------

def test_a_second_infinitive_of_a_proposal_is_not_done(code):
    coded = triples(code, "The council debated a Brazilian proposal made on Tuesday for the African Union to end "
                          "its sanctions on Mali and to ease the curbs on Malian traders living abroad.")
    assert not any(c.startswith("08") for _, c, _ in coded)
    # done, they are coded
    done = triples(code, "The African Union ended its sanctions on Mali and eased the curbs on Malian traders.")
    assert any(c.startswith("08") for _, c, _ in done)
