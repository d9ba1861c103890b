"""Light verbs and nominal events in real news: a verb whose object names the event ("opened
talks", "conducted joint drills") and an event noun with its doer after "by" ("the arrest of X
by Y"). Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


# --- a light verb whose object is a reciprocal noun: coordinated subjects act on each other ----

@pytest.mark.parametrize("text,expected", [
    ("Armenia and Azerbaijan opened talks on a border treaty.",
     {("ARM", "046", "AZE"), ("AZE", "046", "ARM")}),
    ("Russia and Ukraine entered into peace talks in Istanbul.",
     {("RUS", "046", "UKR"), ("UKR", "046", "RUS")}),
    ("Egypt and Ethiopia began negotiations over the dam.",
     {("EGY", "046", "ETH"), ("ETH", "046", "EGY")}),
    ("Russia and China conducted joint naval drills in the Pacific on Tuesday.",
     {("RUS", "062", "CHN"), ("CHN", "062", "RUS")}),
    ("India and Vietnam kicked off joint military exercises near Hanoi.",
     {("IND", "062", "VNM"), ("VNM", "062", "IND")}),
    ("France and Greece launched joint war games in the Aegean.",
     {("FRA", "062", "GRC"), ("GRC", "062", "FRA")}),
    # the partner after "with" stays the target: one event, no reverse
    ("Japan launched joint war games with Australia.", {("JPN", "062", "AUS")}),
    ("Iran entered into negotiations with the United States.", {("IRN", "046", "USA")}),
])
def test_a_light_verb_with_a_reciprocal_noun_is_reciprocal(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the noun is no reciprocal act: an attack by two is on a third party, or on nobody named
    ("Russia and Belarus launched an attack on the village.", set()),
    # a preposition other than "with" still names the partner of a non-reciprocal verb
    ("Nepal sought closer cooperation from China on trade.", {("NPL", "021", "CHN")}),
    # two armies that enter talks in a city do not talk with the host
    ("Sudan's army and the RSF entered negotiations in Jeddah.",
     {("SDNMIL", "046", "SDNREB"), ("SDNREB", "046", "SDNMIL")}),
    # troops that enter a town occupy it
    ("Russian troops entered the town of Kupiansk.", {("RUSMIL", "192", "UKR")}),
])
def test_no_reciprocity_without_a_reciprocal_noun(code, text, expected):
    assert triples(code, text) == expected


# --- an event noun's doer after "by", hung by the parser on its "of" object ---------------------

@pytest.mark.parametrize("text,expected", [
    ("The arrest of the opposition leader by Senegalese police sparked protests.",
     ("SENCOP", "173", "SENOPP")),
    ("The expulsion of Russian diplomats by Germany drew an angry response.",
     ("DEU", "161", "RUSGOV")),
    ("The detention of two Canadian citizens by Chinese authorities strained ties.",
     ("CHNGOV", "173", "CANCVL")),
    ("The sanctioning of Russia's central bank by the European Union angered Moscow.",
     ("IGOEUREEC", "163", "RUSBUS")),
])
def test_the_doer_of_a_nominal_event_after_by(code, text, expected):
    assert expected in triples(code, text)


@pytest.mark.parametrize("text", [
    # "by" on a participle of the object names who did that, not the noun's act
    "The arrest of a man wanted by Kenyan police was announced in Kampala.",
    # a noun with no "of" object has no doer there
    "The arrest was ordered by a court in Nairobi.",
])
def test_no_doer_from_another_words_by_phrase(code, text):
    assert not any(c == "173" and s.startswith("KEN") for s, c, _ in triples(code, text))


# --- a reciprocal noun that is the subject of its clause: "between" on the verb ---------------

@pytest.mark.parametrize("text,expected", [
    ("Clashes erupted between Kenyan police and protesters in Nairobi.",
     {("KENCOP", "190", "KENCVL"), ("KENCVL", "190", "KENCOP")}),
    ("Heavy fighting raged between Russian and Ukrainian forces near Pokrovsk.",
     {("RUSMIL", "190", "UKRMIL"), ("UKRMIL", "190", "RUSMIL")}),
    ("Talks took place between Israel and Hamas in Cairo.",
     {("ISR", "040", "PSEREB"), ("PSEREB", "040", "ISR")}),
])
def test_between_on_the_verb_of_a_reciprocal_noun(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Tensions rose between China and Japan.",  # no event noun
    "Trade between China and Australia recovered.",  # trade is no event
])
def test_no_reciprocal_event_without_an_event_noun(code, text):
    assert triples(code, text) == set()


# --- phrasings of news English: particles and idioms ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Poland threw its weight behind Ukraine.", ("POL", "051", "UKR")),
    ("The United States stood by Israel.", ("USA", "051", "ISR")),
    ("Germany handed Ukraine more tanks.", ("DEU", "072", "UKR")),
    ("Malian rebels set free two Italian aid workers.", ("MLIREB", "0841", "ITANGO")),
    ("Russia pulled its troops back from Kyiv.", ("RUS", "0874", "UKR")),
    ("Russia pulled back its troops from Kherson.", ("RUS", "0874", "UKR")),
    ("Israel pulled out of Gaza.", ("ISR", "0874", "PSE")),
    ("Greece sent rescuers to Turkey after the earthquake.", ("GRC", "073", "TUR")),
    ("Macron dialed Zelensky on Monday.", ("FRAGOV", "041", "UKRGOV")),
    ("The United States took aim at China over its trade practices.", ("USA", "111", "CHN")),
    ("The Brazilian president took a swipe at Argentina.", ("BRAGOV", "111", "ARG")),
    ("Iran pushed back against the demands of the United States.", ("IRN", "120", "USA")),
])
def test_particles_and_idioms(code, text, expected):
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,unwanted", [
    ("China stood by its decision to ban imports.", "051"),  # standing by a decision is no support
    ("The junta handed the activists long prison sentences.", "07"),  # a sentence is no aid
    ("The army took aim at rebel positions.", "111"),  # armed men who aim fire, no criticism
    ("Ukrainian forces pushed back Russian troops near Kharkiv.", "12"),  # a battle, no rejection
])
def test_idioms_in_their_literal_sense(code, text, unwanted):
    assert not any(c.startswith(unwanted) for _, c, _ in triples(code, text))


# --- light verbs of diplomacy: what is issued, set or exchanged decides -------------------------

@pytest.mark.parametrize("text,expected", [
    ("China issued a protest to the Philippines over the collision.", {("CHN", "114", "PHL")}),
    ("Hamas set a deadline for Israel.", {("PSEREB", "139", "ISR")}),
    ("Russia and Ukraine swapped prisoners on Friday.", {("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}),
    ("Armenia and Azerbaijan exchanged prisoners of war on Thursday.",
     {("ARM", "0841", "AZE"), ("AZE", "0841", "ARM")}),
    ("Kenya voiced frustration with Somalia over the border.", {("KEN", "110", "SOM")}),
    ("China labeled the Taiwanese president a separatist.", {("CHN", "111", "TWNGOV")}),
])
def test_light_verbs_of_diplomacy(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The government set a deadline for the end of the year.",  # no one bound by it
    "The coach voiced frustration over the result.",  # no actor
    "Students issued a protest statement.",  # no actor: neither a complaint to anyone nor a demonstration
])
def test_light_verbs_of_diplomacy_without_a_party(code, text):
    assert triples(code, text) == set()


# --- a phrasal verb's particle read as a preposition: its object, and the nouns it holds -------

@pytest.mark.parametrize("text,expected", [
    # the parser hangs the object on the particle
    ("Israel sealed off the West Bank.", {("ISR", "191", "PSE")}),
    ("The army sealed off the town of Jenin.", {("---MIL", "191", "PSE")}),
    # the talks' partner after the particle's phrase is the target
    ("Iran walked out of the talks with the United States.", {("IRN", "164", "USA")}),
    ("Hamas walked away from the negotiations with Israel.", {("PSEREB", "164", "ISR")}),
    ("Russia pulled out of the treaty with the United States.", {("RUS", "160", "USA")}),
    # troops that push or move into a place advance by force
    ("Israeli troops pushed into Khan Younis.", {("ISRMIL", "190", "PSE")}),
    ("Russian forces pushed toward Pokrovsk.", {("RUSMIL", "190", "UKR")}),
])
def test_the_object_of_a_particle(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The driver walked away from the crash unhurt.",  # no talks, no deal
    "Kenya pushed for talks.",  # no one pushed, no place entered
    "Police sealed off the area around the embassy.",  # no actor
])
def test_no_particle_object_without_an_actor(code, text):
    assert triples(code, text) == set()
