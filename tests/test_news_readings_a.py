"""Constructions met reading whole news stories (not single gold sentences): criticism by
naming ("called the move illegal"), battle losses dealt ("inflicted casualties on"), a cause
that worries others, guards as an agent, and the Central African Republic's abbreviations.
Each rule on sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


# --- "called X <disparaging word>" is criticism (111) ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ('On Tuesday, the Dutch prime minister called the new Belgian tolls "intolerable."', ("NLDGOV", "111", "BEL")),
    ("Brazil's foreign minister called the Argentine decision unfair.", ("BRAGOV", "111", "ARG")),
    ("The Kenyan president called the Ugandan move a betrayal.", ("KENGOV", "111", "UGA")),
    ("Vietnam called the Chinese patrols a flagrant violation of its sovereignty.", ("VNM", "111", "CHN")),
    ('Moscow called the Polish claims "lies."', ("RUS", "111", "POL")),
    ("Beijing called the American remarks interference in its internal affairs.", ("CHN", "111", "USA")),
])
def test_calling_an_actors_act_a_disparaging_word_is_criticism(code, text, expected):
    """The words one calls an actor's act when criticising it are a synonym set
    (&disparaging), not the few adjectives of sentences met so far."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text", [
    "Officials called the situation in the Sudanese capital dangerous.",
    "She called the weather in Kabul unbearable.",
    "The Indian minister called the Pakistani offer interesting.",
])
def test_calling_no_actor_or_a_neutral_word_is_no_criticism(code, text):
    assert not any(c == "111" for _, c, _ in triples(code, text))


def test_describing_an_act_as_a_disparaging_word_is_criticism(code):
    assert ("POLGOV", "111", "RUS") in triples(code, "The Polish president described the Russian strikes as barbaric.")
    assert ("IGOEUREEC", "111", "BLR") in triples(code, "The EU described the Belarusian election as a sham.")


def test_calling_a_leader_a_friend_is_praise_not_a_phone_call(code):
    assert ("RUSGOV", "051", "CHNGOV") in triples(code, "Putin called Xi a dear friend.")
    assert ("INDGOV", "051", "USAGOV") in triples(code, "Modi called Biden a true friend of India.")
    assert ("CHLGOV", "041", "ARGGOV") in triples(code, "The Chilean president called Argentina's president on Monday.")


# --- "inflicted casualties on X" is fighting (190) ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Rebels inflicted heavy casualties on Malian troops near the border.", ("---REB", "190", "MLIMIL")),
    ("Ukrainian forces inflicted a defeat on Russian troops near Kharkiv.", ("UKRMIL", "190", "RUSMIL")),
    ("The Nigerian army said it inflicted heavy losses on Boko Haram fighters.", ("NGAMIL", "190", "NGAREB")),
])
def test_battle_losses_dealt_to_a_side_are_fighting(code, text, expected):
    assert expected in triples(code, text)


@pytest.mark.parametrize("text", [
    "Western sanctions inflicted severe damage on the Russian economy.",
    "The U.S. wants to inflict pain on Iran with new tariffs.",
])
def test_damage_or_pain_inflicted_is_no_fighting(code, text):
    assert not any(c.startswith("19") for _, c, _ in triples(code, text))


# --- "X's plan worries Y": the cause is no one expressing pessimism ---------------------------

@pytest.mark.parametrize("text", [
    "Uganda's plan worries Kenyan traders.",
    "The Ethiopian dam worries Egypt.",
])
def test_a_cause_that_worries_others_expresses_nothing(code, text):
    assert not any(c == "012" for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    ("Kenya worries about Somali troops on its border.", ("KEN", "012", "SOMMIL")),
    ("Egypt worries over the Ethiopian dam.", ("EGY", "012", "ETH")),
    ("Japan fears a Chinese invasion.", ("JPN", "012", "CHN")),
])
def test_the_one_who_worries_about_something_expresses_pessimism(code, text, expected):
    assert expected in triples(code, text)


# --- guards are police (COP) ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Inmates clashed with guards at a Colombian prison on Monday.", ("COLCVL", "190", "COLCOP")),
    ("Security guards fired tear gas at Kenyan protesters.", ("---COP", "175", "KENCVL")),
])
def test_guards_are_an_agent(code, text, expected):
    coded = triples(code, text)
    assert any(c == expected[1] and s.endswith(expected[0][3:]) and t.endswith(expected[2][3:])
               for s, c, t in coded), coded


def test_a_named_guard_corps_keeps_its_own_code(code):
    assert ("IRNMIL", "1711", "GBR") in triples(code, "Iran's Revolutionary Guard seized a British tanker.")


# --- the Central African Republic's abbreviations ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A CAR official said rebels attacked Bambari.", ("CAFREB", "190", "CAF")),
    ("The C.A.R is pleading with refugees to return home.", ("CAF", "020", "CAFREF")),
    ("Chadian troops entered the C.A.R.", ("TCDMIL", "192", "CAF")),
])
def test_the_central_african_republic_abbreviated(code, text, expected):
    assert expected in triples(code, text)


def test_the_word_car_is_no_country(code):
    assert not any("CAF" in s + t for s, _, t in triples(code, "A car crashed into a police station in Nairobi."))


# --- an act the subject welcomes or condemns is not the subject's own --------------------------

@pytest.mark.parametrize("text,wrong,expected", [
    ("The EU welcomed the release of the Belarusian activist.", "0841", ("IGOEUREEC", "051", "BLRHRI")),
    ("The U.N. praised the deployment of Kenyan police to Haiti.", "153", ("IGOUNO", "051", "KENCOP")),
    ("Norway hailed the return of Colombian refugees.", "08", ("NOR", "051", "COLREF")),
])
def test_a_reaction_verbs_object_noun_is_anothers_act(code, text, wrong, expected):
    """"X welcomed the release of Y": the release is not X's (settings: reaction_verbs)."""
    coded = triples(code, text)
    assert expected in coded
    assert not any(c.startswith(wrong) for _, c, _ in coded), coded


@pytest.mark.parametrize("text,expected", [
    ("Kenya ordered the release of the Somali fishermen.", ("KEN", "0841", "SOMAGR")),
    ("The Ghanaian government announced the release of 20 Togolese prisoners.", ("GHAGOV", "0841", "TGO")),
    ("Iran carried out an attack on Israel.", ("IRN", "190", "ISR")),
])
def test_other_verbs_object_noun_is_still_the_subjects_act(code, text, expected):
    assert any(s == expected[0] and c == expected[1] and t.startswith(expected[2])
               for s, c, t in triples(code, text))


def test_emptying_reaction_verbs_gives_the_subject_the_noun_again(dictionary_folder):
    from coder import Coder

    folder = dictionary_folder(settings={"reaction_verbs": []})
    coded = {(e.source, e.code, e.target) for e in Coder(folder).code(
        "The EU welcomed the release of the Belarusian activist.", date="2024-07-31")}
    assert ("IGOEUREEC", "0841", "BLRHRI") in coded


# --- "X was killed in a clash with Y": X was a side of the fighting ----------------------------

@pytest.mark.parametrize("text,sides", [
    ("A gang leader was killed in a shootout with Haitian police.", ("CRM", "HTICOP")),
    ("A suspected militant was killed in a gun battle with Indian troops in Kashmir.", ("REB", "INDMIL")),
    ("Syrian troops were drawn into a battle with Turkish forces.", ("SYRMIL", "TURMIL")),
])
def test_the_passive_subject_of_a_clash_is_a_side(code, text, sides):
    coded = triples(code, text)
    assert any(c.startswith("19") and s.endswith(sides[0]) and t == sides[1] for s, c, t in coded), coded


@pytest.mark.parametrize("text", [
    "Two Afghan policemen were killed in an attack on a checkpoint in Kabul.",
    "Ten Nigerian soldiers were wounded in a bombing in Maiduguri.",
])
def test_the_victims_of_a_one_sided_attack_are_no_attackers(code, text):
    coded = triples(code, text)
    assert not any(s.endswith(("COP", "MIL")) and c.startswith(("18", "19")) for s, c, _ in coded), coded


# --- one role for a gang's or militia's leader ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Mexican police arrested a cartel leader in Sinaloa.", ("MEXCOP", "173", "MEXCRM")),
    ("Haitian police arrested a notorious gang boss in Port-au-Prince.", ("HTICOP", "173", "HTICRM")),
    ("The militia leader attacked Libyan soldiers.", ("---REB", "190", "LBYMIL")),
])
def test_a_gang_or_militia_leader_is_one_role(code, text, expected):
    assert expected in triples(code, text)
