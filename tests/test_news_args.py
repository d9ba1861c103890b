"""Who did it to whom: objects that are made, visits at home, nationals abroad, force by
people who bear no arms, and sides of one country. Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


def test_a_government_two_sides_agree_to_form_is_made_not_targeted(code):
    """creation_verbs: the unity government is what the sides make; they agree with each other."""
    assert triples(code, "Hamas and Fatah agreed to form a unity government.") == {
        ("PSEREB", "030", "PSEPTY"), ("PSEPTY", "030", "PSEREB")}
    assert not any(t.endswith("GOV") for _, _, t in triples(
        code, "The two rival parties agreed to form a coalition government on Monday."))


def test_what_a_made_thing_is_with_still_is_the_target(code):
    """The made object's own phrases are kept: an alliance with Tanzania targets Tanzania."""
    assert triples(code, "Kenya and Uganda formed an alliance with Tanzania.") == {
        ("KEN", "050", "TZA"), ("UGA", "050", "TZA")}


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi visited a hospital in Mumbai.",
    "President Emmanuel Macron visited a car factory in northern France on Tuesday.",
    "The Nigerian president visited flood-hit areas of Borno state.",
])
def test_a_leader_visiting_a_place_at_home_makes_no_visit(code, text):
    """domestic_visit_codes: a visit inside the visitor's own country is no diplomatic visit."""
    assert triples(code, text) == set()


def test_a_visit_abroad_is_still_a_visit(code):
    assert triples(code, "Indian Prime Minister Narendra Modi visited Nepal on Monday.") == {
        ("INDGOV", "042", "NPL"), ("NPL", "043", "INDGOV")}


@pytest.mark.parametrize("text,expected", [
    ("German fans attacked English supporters in Marseille.", ("DEUCVL", "182", "GBRCVL")),
    ("Russian fans attacked English supporters in Marseille on Saturday.", ("RUSCVL", "182", "GBRCVL")),
])
def test_fans_abroad_keep_their_country_and_their_brawl_is_an_assault(code, text, expected):
    """Nationals abroad keep their own country (not the scene's, France); force by people who
    bear no arms (unarmed_roles) is an assault (182), not military force (190)."""
    assert triples(code, text) == {expected}


def test_force_by_armed_men_stays_force(code):
    assert triples(code, "Sri Lankan troops attacked Tamil rebels in the north.") == {("LKAMIL", "190", "LKAREB")}


@pytest.mark.parametrize("text,expected", [
    ("The Venezuelan government accused the opposition of plotting a coup.", ("VENGOV", "112", "VENOPP")),
    ("Ugandan police arrested opposition leader Bobi Wine in Kampala.", ("UGACOP", "173", "UGAOPP")),
    ("Pakistani police detained hundreds of protesters in Lahore on Friday.", ("PAKCOP", "173", "PAKCVL")),
    ("Bangladesh's government banned the main opposition party.", ("BGDGOV", "1722", "BGDOPP")),
])
def test_both_sides_of_a_domestic_dyad_keep_country_and_role(code, text, expected):
    assert triples(code, text) == {expected}


def test_domestic_sides_agreeing_to_talk_do_so_each_to_the_other(code):
    assert triples(code, "The Kenyan government and the opposition agreed to hold talks.") == {
        ("KENGOV", "036", "KENOPP"), ("KENOPP", "036", "KENGOV")}


def test_the_source_s_own_state_as_possessor_is_no_target(code):
    """A bare own state possessing what the source says or defends is the source's side:
    no statement to Turkey by Turkey's minister."""
    assert triples(code, "Turkish Defense Minister Hulusi Akar reiterated Ankara's position that the "
                         "missiles pose no threat.") == set()
    assert not any(t == "IRQ" for _, _, t in triples(
        code, "The Iraqi prime minister condemned attacks on Iraq's sovereignty."))


def test_another_state_as_possessor_stays_the_target(code):
    assert triples(code, "Greek Foreign Minister Nikos Dendias criticized Ankara's position on the islands.") == {
        ("GRCGOV", "111", "TUR")}
    assert triples(code, "Iraq's prime minister condemned the US airstrikes on Tuesday.") == {("IRQGOV", "111", "USA")}


@pytest.mark.parametrize("text,expected", [
    ("Ethnic Albanians in south Serbia demanded autonomy from Belgrade.", ("SRBCVL", "1043", "SRB")),
    ("Hundreds of ethnic Albanians demonstrated in Serbia on Tuesday.", ("SRBCVL", "141", "SRBGOV")),
    ("Ethnic Russian separatists attacked Ukrainian troops in Donetsk.", ("UKRREB", "190", "UKRMIL")),
])
def test_an_ethnic_demonym_names_a_people_not_its_state(code, text, expected):
    """ethnic_modifiers: ethnic Albanians living in Serbia are no Albanian actor."""
    assert triples(code, text) == {expected}


def test_a_demonym_without_ethnic_is_the_state(code):
    assert triples(code, "Albanian police arrested two Serbian nationals.") == {("ALBCOP", "173", "SRB")}


def test_own_forces_shown_are_no_target(code):
    """own_forces_codes: the reservists Norway mobilizes are its own, no ---MIL target (the
    show of force with no one named falls on its own country, the codebook's implied 15: home)."""
    assert triples(code, "Norway mobilized army reservists ahead of winter exercises in the north.") == {
        ("NOR", "154", "NOR")}
    assert triples(code, "India deployed troops to the border with China.") == {("IND", "154", "CHN")}
    assert triples(code, "Turkey massed tanks near the Syrian border.") == {("TUR", "154", "SYR")}


def test_a_demand_in_a_that_clause_is_made_of_its_subject(code):
    """A demand's pattern target inside the that-clause gives way to the clause's subject."""
    assert triples(code, "Human Rights Watch demanded that the Egyptian government lift restrictions "
                         "on the press.") == {("NGOHRIHRW", "1051", "EGYGOV")}


@pytest.mark.parametrize("text,expected", [
    ("The United Nations will provide food aid to refugees fleeing the fighting in Sudan.",
     ("IGOUNO", "0333", "SDNREF")),
])
def test_refugees_are_of_the_country_they_flee(code, text, expected):
    assert triples(code, text) == {expected}


def test_refugees_fleeing_to_a_country_are_not_its_own(code):
    assert not any(t.startswith("ITA") for _, _, t in triples(
        code, "The European Union will provide food aid to migrants fleeing to Italy."))


@pytest.mark.parametrize("text,expected", [
    ("Hamas declared a unilateral ceasefire in Gaza on Sunday.", set()),
    ("The Sudanese army declared a three-day truce in Khartoum.", set()),
    ("Israel announced a ceasefire in Gaza.", {("ISR", "0871", "PSE")}),
    ("Russia announced a truce in eastern Ukraine.", {("RUS", "0871", "UKR")}),
    ("The Sudanese army declared a truce with the RSF in Khartoum.", {("SDNMIL", "0871", "SDNREB")}),
])
def test_a_truce_at_home_is_not_made_to_its_own_ground(code, text, expected):
    """implied_targets "0871": none: one side's truce where it stands at home targets nobody
    the sentence names; abroad the place stands for the other side; a named side is the target."""
    assert triples(code, text) == expected


def test_other_concessions_keep_their_implied_target(code):
    assert triples(code, "Colombian rebels handed in their weapons.") == {("COLREB", "0873", "COL")}
    assert triples(code, "Israel scaled back its military operations in Gaza.") == {("ISR", "087", "PSE")}


def test_a_state_s_adjective_before_language_names_no_actor(code):
    """language_words: "English-language" is a language, no British source."""
    assert triples(code, "The English-language Daily Star criticized the Bangladeshi government on Monday.") == set()
    assert triples(code, "English fans attacked Russian supporters in Marseille.") == {("GBRCVL", "182", "RUSCVL")}
