"""Office holders of 2023-2025 that news stories name: heads of state and government, ministers,
White House staff, leaders in Congress and of international organisations and rights groups,
each coded with the role they held on the story's date. Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-11-20")


@pytest.mark.parametrize("name,actor", [
    ("Pam Bondi", "USAGOV"),
    ("Kash Patel", "USACOP"),
    ("Scott Bessent", "USAGOV"),
    ("Jamieson Greer", "USAGOV"),
    ("Karoline Leavitt", "USAGOV"),
    ("Tom Homan", "USAGOV"),
    ("Chuck Schumer", "USALEG"),
    ("Hakeem Jeffries", "USALEG"),
    ("John Thune", "USALEG"),
    ("Rodrigo Paz", "BOLGOV"),
    ("Bernardo Arevalo", "GTMGOV"),
    ("Jose Raul Mulino", "PANGOV"),
    ("Yamandu Orsi", "URYGOV"),
    ("Catherine Connolly", "IRLGOV"),
    ("Lars Lokke Rasmussen", "DNKGOV"),
    ("Petteri Orpo", "FINGOV"),
    ("Kristen Michal", "ESTGOV"),
    ("Gitanas Nauseda", "LTUGOV"),
    ("Nikos Christodoulides", "CYPGOV"),
    ("Edi Rama", "ALBGOV"),
    ("Rachel Reeves", "GBRGOV"),
    ("Kemi Badenoch", "GBROPP"),
    ("Lin Chia-lung", "TWNGOV"),
    ("Sushila Karki", "NPLGOV"),
    ("Vivian Balakrishnan", "SGPGOV"),
    ("Winston Peters", "NZLGOV"),
    ("To Lam", "VNMGOV"),
    ("Michael Randrianirina", "MDGGOV"),
    ("Catherine Russell", "IGOUNOUCF"),
    ("Agnes Callamard", "NGOHRIAMN"),
    ("Esmaeil Baghaei", "IRNGOV"),
])
def test_a_named_office_holder_takes_the_office_s_code(code, name, actor):
    assert triples(code, f"{name} criticized Argentina on Thursday.") == {(actor, "111", "ARG")}


@pytest.mark.parametrize("name,date,actor", [
    # out of office on the story's date: an elite, no longer the government
    ("KP Sharma Oli", "2025-11-20", "NPLELI"),
    ("KP Sharma Oli", "2025-03-02", "NPLGOV"),
    ("Sheikh Hasina", "2024-12-01", "BGDELI"),
    ("Sheikh Hasina", "2023-12-01", "BGDGOV"),
    ("Luis Arce", "2025-12-01", "BOLELI"),
    ("Luis Arce", "2024-12-01", "BOLGOV"),
    ("Rodrigo Paz", "2025-06-01", "BOLELI"),
    ("Kemi Badenoch", "2023-06-01", "GBRGOV"),
    ("Martin Griffiths", "2023-06-01", "IGOUNOOCH"),
    ("Martin Griffiths", "2025-06-01", "GBRELI"),
    ("Ali Akbar Ahmadian", "2025-11-20", "IRNELI"),
])
def test_the_code_follows_the_term_of_office(code, name, date, actor):
    assert triples(code, f"{name} criticized Argentina on Thursday.", date=date) == {(actor, "111", "ARG")}


def test_a_place_named_like_an_office_holder_is_no_actor(code):
    """Only full names where the surname names a place or is a common word: Bondi Beach is no
    attorney general, and "Johnson" alone no speaker of the House."""
    assert triples(code, "Police closed Bondi Beach on Sunday.") == set()
    assert ("USALEG", "111", "ARG") not in triples(code, "Johnson criticized Argentina on Thursday.")


@pytest.mark.parametrize("text,expected", [
    ("NATO Secretary-General Mark Rutte criticized Argentina on Thursday.", ("IGOWSTNATGOV", "111", "ARG")),
    ("NATO Secretary General Mark Rutte criticized Argentina on Thursday.", ("IGOWSTNATGOV", "111", "ARG")),
    ("IAEA Director-General Rafael Grossi criticized Argentina on Thursday.", ("IGOUNOIAEGOV", "111", "ARG")),
    ("The IAEA director general criticized Argentina on Thursday.", ("IGOUNOIAEGOV", "111", "ARG")),
])
def test_a_secretary_general_is_the_head_of_a_secretariat_not_a_general(code, text, expected):
    """"Secretary-General" and "Director-General" are one title (GOV): the "General" in them is
    no military rank (MIL)."""
    assert triples(code, text) == {expected}


def test_a_general_is_still_military(code):
    assert triples(code, "General Yusuf Okello criticized Argentina on Thursday.") == {("---MIL", "111", "ARG")}


# --- titles on actors that have a role already ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a named body of a state with a role of its own speaks through its officials
    ("The IDF spokesperson criticized Argentina on Thursday.", ("ISRMIL", "111", "ARG")),
    ("A Hamas official criticized Argentina on Thursday.", ("PSEREB", "111", "ARG")),
    ("The Pentagon press secretary criticized Argentina on Thursday.", ("USAMIL", "111", "ARG")),
    # a role the organisation's code holds in first place is carried too
    ("Aid group Save the Children criticized Argentina on Thursday.", ("NGODEVSTC", "111", "ARG")),
])
def test_a_government_title_adds_nothing_to_a_body_with_a_role(code, text, expected):
    assert triples(code, text) == {expected}


def test_an_organisation_s_officials_keep_their_role(code):
    assert triples(code, "UN officials criticized Argentina on Thursday.") == {("IGOUNOGOV", "111", "ARG")}


def test_a_title_of_office_replaces_an_elite_s_code(code):
    """Out of the term the dictionary lists, a person is an elite (ELI); the title the story gives
    says the office: JPNGOV, not JPNELIGOV. "Former" and "-elect" make the title an elite's."""
    text = "Japanese Prime Minister Shigeru Ishiba criticized Argentina on Thursday."
    assert triples(code, text, date="2026-01-15") == {("JPNGOV", "111", "ARG")}
    text = "Former Japanese Prime Minister Shigeru Ishiba criticized Argentina on Thursday."
    assert triples(code, text, date="2026-01-15") == {("JPNELI", "111", "ARG")}
    text = "President-elect Donald Trump criticized Argentina on Thursday."
    assert triples(code, text, date="2024-12-10") == {("USAELI", "111", "ARG")}


# --- armed groups and party caucuses ------------------------------------------------------------

@pytest.mark.parametrize("name,actor", [
    ("The United Wa State Army", "MMRREB"),
    ("The Lord's Resistance Army", "UGAREB"),
    ("Lakurawa fighters", "NGAREB"),
    ("The Jenin Brigade", "PSEREB"),
    ("The Southern Transitional Council", "YEMREB"),
    ("The MEK", "IRNOPP"),
    ("House Democrats", "USALEG"),
    ("Senate Republicans", "USALEG"),
])
def test_a_named_group_takes_its_code(code, name, actor):
    assert triples(code, f"{name} criticized Argentina on Thursday.") == {(actor, "111", "ARG")}


def test_a_party_s_name_alone_stays_no_country_s(code):
    """"Democrats" alone are many countries' (see parties.yaml); only the US chambers' caucuses are
    listed."""
    assert ("USALEG", "111", "ARG") not in triples(code, "Democrats criticized Argentina on Thursday.")


def test_only_a_title_before_the_name_replaces_an_elite_s_code(code):
    """An office named after the person (in a possessive's head or a clause about the past) says
    what the person was, not is: the elite stays."""
    coded = triples(code, "Hasina's government criticized Argentina on Thursday.", date="2025-03-01")
    assert coded == {("BGDELIGOV", "111", "ARG")}


# --- a state's named body in a phrase headed by a common noun -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Israel's Shin Bet security agency criticized Argentina on Thursday.", ("ISRSPY", "111", "ARG")),
    ("The leader of Afghanistan's Taliban insurgency praised Pakistan.", ("AFGREB", "051", "PAK")),
])
def test_a_state_s_named_body_is_the_phrase_s_actor(code, text, expected):
    """"Israel's Shin Bet security agency" is the Shin Bet (ISRSPY), not Israel (ISR)."""
    assert triples(code, text, date="2020-06-01") == {expected}


def test_a_state_and_another_state_s_body_keep_the_first(code):
    """A later name of another state is no body of the first: "Kenya's ambassador to Somalia"."""
    assert triples(code, "Kenya's ambassador to Somalia criticized Argentina on Thursday.") == {
        ("KENGOV", "111", "ARG")}


@pytest.mark.parametrize("name,actor", [
    ("COGAT", "ISRMIL"),
    ("The Ethiopian National Defense Force", "ETHMIL"),
    ("The Bolivarian National Guard", "VENMIL"),
])
def test_named_forces_of_a_state(code, name, actor):
    assert triples(code, f"{name} criticized Argentina on Thursday.") == {(actor, "111", "ARG")}


@pytest.mark.parametrize("name,actor", [
    ("The Lok Sabha", "INDLEG"),
    ("The Verkhovna Rada", "UKRLEG"),
    ("The Sejm", "POLLEG"),
    ("The Riksdag", "SWELEG"),
    ("The National People's Congress", "CHNLEG"),
    ("Russia's Federation Council", "RUSLEG"),
    ("The Bundeswehr", "DEUMIL"),
])
def test_a_parliament_or_army_known_by_its_own_name(code, name, actor):
    assert triples(code, f"{name} criticized Argentina on Thursday.") == {(actor, "111", "ARG")}


def test_the_libyan_city_inside_an_indian_house_s_name_stays_a_city(code):
    assert triples(code, "Gunmen attacked a checkpoint near Sabha on Sunday.") == {("LBYUAF", "190", "LBY")}


@pytest.mark.parametrize("who,actor", [
    ("Peruvian military officials", "PERMIL"),
    ("A senior Peruvian army official", "PERMIL"),
    ("Peruvian police officials", "PERCOP"),
    ("Peruvian law enforcement officials", "PERCOP"),
    ("Peruvian court officials", "PERJUD"),
    ("Peruvian officials", "PERGOV"),            # an official of no named service stays GOV
    ("Peruvian health officials", "PERHLH"),
])
def test_an_official_of_a_service_has_the_service_s_role(code, who, actor):
    """"military officials" are officials of the armed forces (Phoenix MILITARY_OFFICIAL [~MIL]),
    not officials of the government: one role, not GOV with the service's stacked after it."""
    assert triples(code, f"{who} criticized Argentina on Thursday.") == {(actor, "111", "ARG")}
