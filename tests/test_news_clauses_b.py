"""Clause rules for real news, each on sentences written for the test, positive and negative:
a participle before its noun, "have yet to", an event noun judged by the verb it is the subject
of, what an allegation alleges through its clause, and a list of gerunds after "aimed at"."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-03-12")


def roots(code, text, root):
    return {t for t in triples(code, text) if t[1].startswith(root)}


# --- a participle before its noun describes the noun -------------------------------------------

@pytest.mark.parametrize("text", [
    "A recently freed Nigerian journalist criticized the police.",
    "The banned Kenyan group condemned the Ugandan army.",
    "The jailed Egyptian activist accused the government of torture.",
])
def test_a_participle_before_its_noun_reports_no_event(code, text):
    coded = triples(code, text)
    assert coded and not any(c[:2] in ("08", "17") for _, c, _ in coded)  # the sentence's own verb only


def test_the_same_verb_as_the_clause_is_coded(code):
    assert ("---COP", "0841", "---EDU") in triples(code, "Police freed the kidnapped students on Monday.")
    assert ("NGA", "0841", "NGAMED") in triples(code, "Nigeria freed a jailed journalist on Monday.")


# --- "have yet to", "is yet to": not done ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Canadian officials have yet to comment on the claims by Peru.",
    "The Kenyan ministry is yet to respond to the request from Uganda.",
    "Chile has yet to condemn the Peruvian raid.",
])
def test_yet_to_is_not_done(code, text):
    assert not any(c[:2] in ("01", "11", "02", "05") for _, c, _ in triples(code, text))


def test_yet_beside_a_deed_filters_nothing(code):
    assert roots(code, "Chile condemned the Peruvian raid, yet Bolivia kept silent.", "11") == {("CHL", "111", "PER")}


# --- an event noun is judged by the verb it is the subject of ----------------------------------

def test_a_noun_whose_verb_is_hypothetical_is_no_event(code):
    text = "The Chilean president said he hopes a ceasefire between Peru and Bolivia could take place within days."
    assert not roots(code, text, "08")
    assert not roots(code, "Talks between Peru and Bolivia will not take place this week.", "04")


def test_a_noun_whose_verb_reports_a_deed_is_coded(code):
    assert roots(code, "Talks between Peru and Bolivia took place in Lima on Monday.", "04") == {
        ("PER", "040", "BOL"), ("BOL", "040", "PER")}


# --- what an allegation alleges, through its clause ---------------------------------------------

@pytest.mark.parametrize("text,alleged", [
    ("A lawsuit alleges that the Kenyan government broke the law by denying Somali refugees access to lawyers.", "016"),
    ("Kenya accused Uganda of arming and training the rebels.", "07"),
])
def test_an_act_inside_an_allegation_is_not_coded(code, text, alleged):
    assert not any(c.startswith(alleged) for _, c, _ in triples(code, text))


def test_an_act_beside_an_allegation_is_coded(code):
    coded = triples(code, "Kenya accused Uganda of aggression and recalled its ambassador from Kampala.")
    assert ("KEN", "161", "UGA") in coded and ("KEN", "1123", "UGA") in coded


# --- a list of gerunds after "aimed at" ---------------------------------------------------------

def test_every_gerund_of_an_aimed_at_list_says_what_it_is_for(code):
    text = ("The Peruvian president said the new tariffs are aimed at raising revenue, protecting "
            "farmers and pressuring Chile to open its markets.")
    assert not any(t == "CHL" for _, _, t in triples(code, text))


def test_a_gerund_list_that_is_no_purpose_is_coded(code):
    assert ("PER", "100", "BOL") in triples(code, "Peru imposed tariffs on Chile, protecting farmers and pressuring Bolivia.")


# --- a statement takes no target from the action it governs -----------------------------------

@pytest.mark.parametrize("text", [
    "The rebel group claimed to be holding 50 Kenyan soldiers.",
    "Somali rights groups hope to persuade the Kenyan government to release the refugees.",
    "The Kenyan minister denied providing weapons to the Somali rebels.",
])
def test_a_statement_about_an_action_is_not_aimed_at_the_actions_target(code, text):
    assert not roots(code, text, "01")


def test_a_considered_option_keeps_its_target(code):
    assert ("CAN", "014", "PER") in triples(code, "Canada is considering imposing sanctions on Peru.")


# --- a participle: passive, its by-phrase names the doer ----------------------------------------

def test_a_participle_without_by_has_no_source(code):
    assert triples(code, "Passengers of a Kenyan bus held hostage near the border spoke to reporters.") == set()


@pytest.mark.parametrize("text,expected", [
    ("An offensive launched by Kenyan forces last week pushed al-Shabab out of its strongholds.", ("KENMIL", "190", "SOMREB")),
    ("Airstrikes carried out by Israeli jets killed 12 Hamas fighters in Gaza.", ("ISR", "190", "PSEREB")),
    ("A report published by the Kenyan ministry accused Uganda of arming the rebels.", ("KENGOV", "112", "UGA")),
])
def test_what_a_noun_names_is_done_by_its_participles_agent(code, text, expected):
    assert expected in triples(code, text)


def test_a_participle_acting_on_a_thing_targets_nobody(code):
    coded = triples(code, "A statement released by the Kenyan foreign ministry condemned the Ugandan raid.")
    assert ("KENGOV", "111", "UGA") in coded and not roots(code, "A statement released by the Kenyan foreign ministry condemned the Ugandan raid.", "08")
