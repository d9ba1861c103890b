"""Opinions, descriptions and dated background told as news (issue 10), on sentences written
for the test, positive and negative: what someone believes was done, what a relative clause in
the simple present says someone does as a rule, and what a clause hung on a past year says was
done are not the story's events; the same acts reported as news are."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-06"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    # a belief or supposition is no report of the act (the settings' belief_verbs)
    ("Rights groups believe Egypt detained the activists.", set()),
    ("Analysts think North Korea could resume testing its missiles.", set()),
    ("Diplomats suspect that Iran supplied the drones to the rebels.", set()),
    ("Many in Kyiv assume Russia will attack the port again.", set()),
    ("Officials doubt that Sudan's army will sign the truce.", set()),
    # a prediction or a worry is a forecast, no report or stated intention
    ("The senator predicted that China would invade Taiwan by 2027.", set()),
    ("Observers worry that the army will crack down on the protesters.", set()),
    ("Few analysts foresee that Ethiopia will attack Eritrea this year.", set()),
    # the same acts reported are news; a clause of its own after "but" is not believed
    ("The senator said that China had invaded Taiwan's airspace.", {("CHN", "192", "TWN")}),
    ("Rights groups said Egypt detained the activists.", {("EGY", "173", "---HRI")}),
    ("Kenya believes Somalia must act, but Uganda attacked the rebels.", {("UGA", "190", "---REB")}),
    # a belief noun's that-clause (the settings' prediction_nouns)
    ("The belief that Iran armed the rebels is widespread in Riyadh.", set()),
])
def test_beliefs(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause in the simple present describes a habit or a standing state
    ("Foreign bloggers who praise China gain followers quickly.", set()),
    ("Militias that attack aid convoys in Darfur rarely face trial.", set()),
    # the main clause is still news, the relative clause's actor kept
    ("Hamas, which controls Gaza, rejected the Israeli offer.", {("PSEREB", "120", "ISR")}),
    ("Egypt condemned the rebels who attack aid convoys in Sudan.", {("EGY", "111", "---REB")}),
    # a relative clause in the past reports an act
    ("The bloggers who praised China on Monday were invited to Beijing.", {("---MED", "051", "CHN")}),
])
def test_present_relative_clauses(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a "when" clause hung on a past year is dated by it: background
    ("The country fell into chaos in 2013 when rebels seized power and forced the president from office.",
     set()),
    ("Relations soured in 2019, when Rwanda expelled the Burundian ambassador.", set()),
    # the story's own year is news
    ("Relations soured in 2024, when Rwanda expelled the Burundian ambassador.", {("RWA", "161", "BDIGOV")}),
    ("Relations soured on Monday, when Rwanda expelled the Burundian ambassador.", {("RWA", "161", "BDIGOV")}),
])
def test_when_clauses_of_a_past_year(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "amass" a force is a build-up (154); anything else amassed is not
    ("Russia amassed troops near the border with Ukraine.", {("RUS", "154", "UKR")}),
    ("Russia has amassed tanks in Belarus.", {("RUS", "154", "BLR")}),
    ("A Nigerian singer amassed millions of followers in Ghana.", set()),
    ("The Kenyan businessman amassed a fortune in Uganda.", set()),
])
def test_amass(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a past perfect set against a simple past clause of its sentence came just before the news
    ("Kenya had warned Somalia against the deal, but Somalia signed it on Monday.", {("KEN", "130", "SOM")}),
    ("Egypt had accused Ethiopia of stalling, and Ethiopia rejected the charge on Tuesday.", {("EGY", "112", "ETH")}),
    # alone, or against a clause without a subject of its own, it is background
    ("Egypt had accused Ethiopia of stalling the talks.", set()),
    ("Egypt had accused Ethiopia of stalling and threatened to leave the talks.", set()),
    # dated before the story's year, it stays background
    ("Kenya had warned Somalia in 2019, but Somalia signed the deal on Monday.", set()),
])
def test_past_perfect_set_against_news(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an attack on a place the sentence does not name targets the country the story is about
    ("Fighting has displaced thousands of people in the Central African Republic. "
     "On Monday, rebels attacked villages near the border.", {("CAFREB", "190", "CAF")}),
    ("Clashes have spread across Mozambique this year. Insurgents shelled a town on Sunday.",
     {("MOZREB", "194", "MOZ")}),
    # not without a story country of earlier sentences: the attackers' own says nothing
    ("Rwandan troops shelled a town on Monday.", set()),
    # a place named with its own country is that country, whatever the story's (the scene also gives
    # the rebels theirs)
    ("Fighting has displaced thousands of people in the Central African Republic. "
     "On Monday, rebels attacked villages in Chad.", {("TCDREB", "190", "TCD")}),
])
def test_attack_on_an_unnamed_place(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a simple present dated to the days ahead is scheduled, not done (the settings' future_marks)
    ("Marcos meets Chinese officials next month.", set()),
    ("Marcos is expected to raise the issue when he meets Chinese officials next month.", set()),
    ("The Kenyan envoy meets Ugandan officials later this week.", set()),
    # "will" and a schedule announced are intentions (036); a present without such a phrase is news
    ("Marcos will meet Chinese officials next month.", {("PHLGOV", "036", "CHNGOV")}),
    ("Marcos is scheduled to meet Chinese officials on Friday.", {("PHLGOV", "036", "CHNGOV")}),
    ("Kenya meets Uganda in Nairobi.", {("KEN", "040", "UGA")}),
])
def test_scheduled(code, text, expected):
    assert triples(code, text, date="2025-03-04") == expected


@pytest.mark.parametrize("text,expected", [
    # a state's officials protest through formal channels (114); people demonstrate (140)
    ("Vietnam protests Chinese seizure of fishing boat", {("VNM", "114", "CHN")}),
    ("Vietnam's parliament protested the Chinese seizure of the boat.", {("VNMLEG", "114", "CHN")}),
    ("Students protested outside the Chinese embassy in Hanoi.", {("VNMEDU", "140", "CHNGOV")}),
])
def test_official_protest(code, text, expected):
    assert triples(code, text, date="2025-03-04") == expected


@pytest.mark.parametrize("text,expected", [
    # a finite verb coordinated with a denial or refusal is an act of its own
    ("The RSF denied losing the town and accused the military of bombing civilians.",
     {("SDNREB", "1123", "SDNMIL")}),
    ("Kenya refused to comment and recalled its envoy from Somalia.", {("KEN", "120", "SOM")}),
    # what the refusal governs, and its conjuncts, are refused
    ("Kenya refused to meet and talk with Somalia.", {("KEN", "125", "SOM")}),
    ("Russia did not attack and occupy Moldova.", set()),
    # an "of" phrase naming a deed is no part of the accused's name (no MILCVL)
    ("The rebels accused the military of bombing civilians.", {("---REB", "1123", "---MIL")}),
    ("Members of the ruling party met the Kenyan president.", {("---PTY", "040", "KENGOV")}),
])
def test_acts_beside_a_denial(code, text, expected):
    assert triples(code, text, date="2025-01-12") == expected


@pytest.mark.parametrize("text,expected", [
    # the scene's place gives agents with no country of their own theirs, whatever else is named
    ("Thousands of protesters rallied outside the French military base in Niamey on Saturday.",
     {("NERCVL", "141", "FRAGOV")}),
    ("Protesters gathered outside the French embassy in Bamako.", {("MLICVL", "141", "FRAGOV")}),
    ("French officials urged civilians in Mali to leave.", {("FRAGOV", "020", "MLICVL")}),
    # a place noun's adjective is the place: "the Somali capital" is in Somalia
    ("Police fired tear gas at protesters in the Somali capital.", {("SOMCOP", "175", "SOMCVL")}),
])
def test_the_scene_gives_the_country(code, text, expected):
    assert triples(code, text, date="2023-08-26") == expected
