"""Phrasings where no trigger fired or no actor reached its event (issue 10, helper verbs), on
sentences written for the test: the visitor of "the visit of X to Y", a headline's subjects
listed with a comma for "and", and a headline's "X to impose ..." read as a purpose."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2024-05-01")


@pytest.mark.parametrize("text,expected", [
    ("The visit of French President Emmanuel Macron to China ended on Friday.",
     {("FRAGOV", "042", "CHN"), ("CHN", "043", "FRAGOV")}),
    ("During the visit of the Indian prime minister to Moscow, officials signed trade documents.",
     {("INDGOV", "042", "RUS"), ("RUS", "043", "INDGOV")}),
    ("The trip of the German chancellor to Brazil focused on trade.", {("DEUGOV", "042", "BRA")}),
    # the possessive was the visitor before: unchanged
    ("Macron's visit to China ended on Friday.", {("FRAGOV", "042", "CHN"), ("CHN", "043", "FRAGOV")}),
])
def test_the_of_phrase_of_a_visit_is_the_visitor(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The arrest of the opposition leader angered his supporters.",  # no source: of is the target
    "Police blocked the visit of opposition lawmakers to the prison.",  # no actor visited
])
def test_an_of_phrase_makes_no_visit_elsewhere(code, text):
    assert not {t for t in triples(code, text) if t[1] in ("042", "043")}


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia, Eritrea sign peace deal", {("ETH", "057", "ERI"), ("ERI", "057", "ETH")}),
    ("Serbia, Kosovo agree to normalize ties", {("SRB", "032", "XKX"), ("XKX", "032", "SRB")}),
    ("Sudan army, RSF agree to truce in Jeddah",
     {("SDNMIL", "0871", "SDNREB"), ("SDNREB", "0871", "SDNMIL")}),
    ("Russia, China condemn US strikes on Yemen",
     {("RUS", "111", "USA"), ("CHN", "111", "USA"), ("USA", "190", "YEM")}),
])
def test_a_headline_lists_its_subjects_with_a_comma(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # in body text, or parted by more than a comma, the comma makes no list
    ("Russia, citing security concerns, expels Polish diplomats", {("RUS", "161", "POLGOV")}),
    # the place of the clause the witnesses report is the scene: Kenyan protesters
    ("Protesters clash with police in Nairobi, witnesses say", {("KENCVL", "145", "KENCOP")}),
])
def test_a_comma_that_lists_no_subjects_adds_no_source(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("EU to impose new sanctions on Russia", {("IGOEUREEC", "1312", "RUS")}),
    ("Japan to provide $1 billion in aid to the Philippines", {("JPN", "0331", "PHL")}),
    ("Report: India's PM to visit Japan", {("INDGOV", "036", "JPN")}),
])
def test_a_headlines_to_infinitive_on_its_subject_is_an_intention(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The army marched to the capital to demand reforms.",
    "Kenya sent police to Haiti to fight the gangs.",
])
def test_an_infinitive_of_purpose_in_body_text_is_still_not_done(code, text):
    assert not {t for t in triples(code, text) if t[1][:2] in ("10", "19", "13", "03")}


@pytest.mark.parametrize("text,expected", [
    # "help X VERB": the parser makes X the subject of the bare infinitive, no object of help
    ("Russia offered to help Mali fight the insurgents.", {("RUS", "030", "MLI")}),
    ("Japan pledged to help the Philippines modernize its coast guard.", {("JPN", "030", "PHL")}),
    ("China agreed to help Pakistan build a new port.", {("CHN", "030", "PAK")}),
    ("The United States vowed to help Israel defend itself.", {("USA", "030", "ISR")}),
    ("Russia offered to help Mali.", {("RUS", "030", "MLI")}),
])
def test_an_offer_to_help_someone_act_targets_the_helped(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The European Union agreed to help fund the new bridge.",  # no one named is helped
    "Russia offered to help end the war.",
])
def test_an_offer_to_help_with_no_actor_helped_codes_nothing(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    # the "by" phrase hung on the verb right after its object: the object's doers
    ("Police dispersed a rally by opposition supporters in Harare.", {("ZWECOP", "175", "ZWEOPP")}),
    ("Kenya condemned the attack by Somali militants.", {("KEN", "111", "SOMREB")}),
])
def test_a_by_phrase_after_the_object_names_its_doers(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Police dispersed the rally by firing tear gas.",  # the means: no actor
    "Iran raised its uranium enrichment by 20 percent.",
])
def test_a_by_phrase_of_means_adds_no_target(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Georgian police prevented opposition supporters from marching to parliament.",
     {("GEOCOP", "1721", "GEOOPP")}),
    ("Belarusian authorities prevented activists from holding a rally in Minsk.",
     {("BLRGOV", "1721", "BLRHRI")}),
    ("Police in Uganda barred opposition supporters from gathering outside the court.",
     {("UGACOP", "1721", "UGAOPP")}),
])
def test_keeping_people_from_protesting_restricts_a_freedom(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The new dam will prevent floods in the region.",
    "Egypt prevented the aid convoy from reaching Gaza.",  # no protest kept from happening
])
def test_prevent_without_a_protest_codes_no_restriction(code, text):
    assert not {t for t in triples(code, text) if t[1].startswith(("1721", "14"))}


@pytest.mark.parametrize("text,expected", [
    # a headline's base-form verb after a plural subject, parsed as one compound noun
    ("Jihadists attack army posts in northern Burkina Faso", {("BFAREB", "190", "BFAMIL")}),
    ("Rebels attack villages in Central African Republic", {("CAFREB", "190", "CAF")}),
    ("Myanmar junta arrests journalists", {("MMRGOV", "173", "MMRMED")}),  # unchanged
    # a plural without -s (the settings' plural_nouns), an irregular plural
    ("Police fire tear gas at protesters in Nairobi", {("KENCOP", "175", "KENCVL")}),
    ("Kenyan police fire tear gas at protesters", {("KENCOP", "175", "KENCVL")}),
    ("Gunmen kidnap schoolchildren in Nigeria", {("NGAUAF", "181", "NGAEDU")}),
])
def test_a_headline_verb_after_a_plural_subject_is_a_verb(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Refugees aid package for Sudan",
    "Students union statement on Iran",
    "Border clashes death toll",
    "Police chief resignation in Kenya",
    "People power movement in the Philippines",
])
def test_a_noun_phrase_headline_after_a_plural_stays_a_noun_phrase(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Nigeria's oil workers launched a nationwide strike against the government on Monday.",
     {("NGALAB", "143", "NGAGOV")}),
    ("Kenyan doctors launched an indefinite strike over unpaid wages.", {("KENHLH", "143", "KENGOV")}),
])
def test_a_labour_strike_launched_is_no_attack(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israel launched a military strike against Iran.", {("ISR", "190", "IRN")}),
    ("Israel launched a strike on Hezbollah positions in Lebanon.", {("ISR", "190", "LBNREB")}),
])
def test_a_military_strike_launched_is_still_an_attack(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an announced decision is stated intent, as "decided to" is
    ("Peru announced its decision to recall its ambassador to Mexico.", {("PER", "1313", "MEX")}),
    ("Turkey decided to expel ten Western ambassadors.", {("TUR", "1313", "---GOV")}),
])
def test_an_announced_decision_is_an_intention(code, text, expected):
    assert triples(code, text) == expected


def test_a_decision_criticized_is_no_ones_intention(code):
    assert triples(code, "Colombia criticized the decision to expel its diplomats.") == set()
