"""Threats and stated intent that coded nothing or lacked a target (issue 10, recall), on
sentences written for the test:

- a warning that the warner could impose sanctions on someone threatens that one with them
  (1312), the sanctions' 'on'/'against' actor the target, only with a modal before them;
- striking or hitting where an armed group hides or trains (hideouts, strongholds, camps,
  outposts) is an attack (190; 138 when only stated, as 'will strike' is);
- readiness to help rebuild a country is intent to give it economic aid (0331).
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Britain, France and Germany have warned they could trigger UN sanctions on Iran.",
     {("GBR", "1312", "IRN"), ("FRA", "1312", "IRN"), ("DEU", "1312", "IRN")}),
    ("Canada warned it could impose new sanctions on Venezuela.",
     {("CAN", "1312", "VEN")}),
    ("The European Union warned that it would reimpose sanctions against Belarus.",
     {("IGOEUREEC", "1312", "BLR")}),
    ("Canada warned Venezuela it could face new sanctions.", {("CAN", "1312", "VEN")}),
    ("Washington warned Ankara it would face sanctions if it bought the Russian system.",
     {("USA", "1312", "TUR")}),
])
def test_a_warning_of_sanctions_on_someone_threatens_them(code, text, expected):
    assert triples(code, text) == expected


def test_a_warning_about_past_sanctions_threatens_no_one(code):
    # no modal: the sanctions are there already, the warning is about their effect
    assert triples(code, "Canada warned that sanctions on Venezuela had hurt ordinary families.") == set()


def test_a_warning_to_someone_about_past_sanctions_is_no_sanctions_threat(code):
    assert ("CAN", "1312", "VEN") not in triples(
        code, "Canada warned Venezuela that the sanctions had already hurt ordinary families.")


@pytest.mark.parametrize("text,expected", [
    ("Pakistan would not hesitate to strike militant hideouts inside Afghanistan, the army chief said.",
     {("PAK", "138", "AFG")}),
    ("Pakistan will strike militant strongholds inside Afghanistan, the army chief said.",
     {("PAK", "138", "AFG")}),
])
def test_a_stated_strike_on_hideouts_is_a_threat(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Nigerian jets struck Boko Haram camps in Borno state on Friday.",
     {("NGA", "195", "NGAREB")}),
    ("Colombian troops struck hideouts of FARC rebels on Sunday.",
     {("COLMIL", "190", "COLREB")}),
    ("Somali forces struck al-Shabab strongholds on Sunday.", {("SOMMIL", "190", "SOMREB")}),
])
def test_a_strike_on_hideouts_or_camps_is_an_attack(code, text, expected):
    assert expected <= triples(code, text)


@pytest.mark.parametrize("text", [
    "Miners in Chile struck over pay at the El Teniente camp on Monday.",
    "The storm hit refugee camps in Bangladesh on Monday.",
])
def test_a_camp_alone_makes_no_attack(code, text):
    assert not {t for t in triples(code, text) if t[1].startswith(("19", "138"))}


@pytest.mark.parametrize("text,expected", [
    ("Turkey said it was ready to help rebuild Syria.", {("TUR", "0331", "SYR")}),
    ("Japan said it was willing to help to reconstruct Ukraine after the war.",
     {("JPN", "0331", "UKR")}),
    # helping the country itself stays intent to cooperate
    ("Japan said it was ready to help Ukraine rebuild its power grid.", {("JPN", "030", "UKR")}),
])
def test_readiness_to_help_rebuild_a_country(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Turkey said it was ready to help rebuild the stadium.",
    "Turkey said Syria was ready to help rebuild the region.",
])
def test_readiness_to_rebuild_no_actor_codes_nothing(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Turkey offered to help rebuild Syria.", {("TUR", "0331", "SYR")}),
    ("Turkey pledged to help rebuild Syria.", {("TUR", "0331", "SYR")}),
    ("Turkey vowed to help rebuild Syria.", {("TUR", "0331", "SYR")}),
    ("Turkey agreed to help rebuild Syria.", {("TUR", "0331", "SYR")}),
    ("Japan offered to help Ukraine rebuild its power grid.", {("JPN", "030", "UKR")}),
])
def test_an_offer_or_pledge_to_help_rebuild_a_country(code, text, expected):
    assert triples(code, text) == expected


def test_an_offer_to_rebuild_no_actor_codes_nothing(code):
    assert triples(code, "Turkey offered to help rebuild the stadium.") == set()
