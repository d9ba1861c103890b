"""Whose agents are they: an agent named with no country of its own ("aid groups", "police",
"rebels") next to an organisation, standing outside a building, or acting in a clause a speaker
reports (issue 10, actors: sources and targets of no country), on sentences written for the test.

- "The United Nations and aid groups condemned ...": the parser hangs the organisation on the
  agent as a modifier with a dangling "and"; it is an actor apart, not the agents' home
  (before: one IGOUNONGO). An organisation is no agent's home as a conjunct either; a state is
  ("Danish media and government").
- "police outside the court building" stand there, they do not come from abroad: the story's
  country, as any agent alone (before: ---COP); "fighters from outside the country" are still
  no country's.
- "The army said rebels attacked a base in northern Mali": the reported clause's place sets the
  scene, as the main clause's does (before: ---REB).
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-10")


# --- an organisation and an agent, coordinated -------------------------------------------------

@pytest.mark.parametrize("text,expected,unwanted", [
    ("The United Nations and aid groups condemned the attack on Kenya.",
     {("IGOUNO", "111", "KEN"), ("---NGO", "111", "KEN")}, ("IGOUNONGO", "111", "KEN")),
    ("The EU and rights groups criticized Hungary.",
     {("IGOEUREEC", "111", "HUN"), ("---HRI", "111", "HUN")}, ("IGOEUREECHRI", "111", "HUN")),
    ("Russia and aid groups condemned the attack on Kenya.",
     {("RUS", "111", "KEN"), ("---NGO", "111", "KEN")}, ("RUSNGO", "111", "KEN")),
])
def test_an_organisation_is_no_home_of_the_agents_beside_it(code, text, expected, unwanted):
    found = triples(code, text)
    assert expected <= found
    assert unwanted not in found


@pytest.mark.parametrize("text,expected", [
    # a state's adjective still gives both agents their home
    ("Danish media and government criticized Russia.", {("DNKMED", "111", "RUS"), ("DNKGOV", "111", "RUS")}),
    # two names: each its own, with the agent's role
    ("U.S. and Iraqi officials met in Baghdad on Monday.", {("USAGOV", "040", "IRQGOV"), ("IRQGOV", "040", "USAGOV")}),
    ("The UN and Kenyan police condemned the attack on Somalia.", {("IGOUNO", "111", "SOM"), ("KENCOP", "111", "SOM")}),
])
def test_coordinated_names_and_agents_keep_their_homes(code, text, expected):
    assert expected <= triples(code, text)


def test_agents_beside_an_organisation_take_the_story_country(code):
    text = ("Militants killed 12 soldiers in an attack on an army base in central Mali on Sunday. "
            "The United Nations and aid groups condemned the killings of soldiers in Mali.")
    found = triples(code, text)
    assert ("IGOUNONGO", "111", "MLIMIL") not in found
    assert not any(s.startswith("IGOUNO") and len(s) > 6 for s, _, _ in found)


# --- "outside" a building is no abroad -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A court in Bangladesh jailed an opposition leader. Supporters clashed with police outside the court.",
     ("BGDCVL", "145", "BGDCOP")),
    ("Police fired tear gas at protesters outside parliament in Nairobi on Tuesday.",
     ("KENCOP", "175", "KENCVL")),
])
def test_agents_outside_a_building_are_of_the_story(code, text, expected):
    assert expected in triples(code, text)


def test_agents_from_outside_come_from_abroad(code):
    found = triples(code, "Fighters from outside the country attacked a police station in northern Mali.")
    assert ("---REB", "190", "MLICOP") in found
    assert ("MLIREB", "190", "MLICOP") not in found


def test_agents_outside_a_named_state_are_not_its_own(code):
    found = triples(code, "A court in Bangladesh jailed an opposition leader. "
                          "Police outside Bangladesh arrested his son.")
    assert not any(s == "BGDCOP" for s, _, _ in found)


# --- the scene of a reported clause ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The army said rebels attacked a military base in northern Mali on Sunday.", ("MLIREB", "190", "MLIMIL")),
    ("Officials said gunmen abducted 30 students from a school in northern Nigeria.", ("NGAUAF", "181", "NGAEDU")),
])
def test_a_reported_clause_sets_the_scene(code, text, expected):
    assert expected in triples(code, text)


def test_a_reported_clause_in_a_subordinate_clause_sets_no_scene(code):
    # the scene sits in a clause under "because", not in what the speaker reports
    found = triples(code, "Rebels attacked a military base, because the army said troops abused civilians in Mali.")
    assert ("MLIREB", "190", "---MIL") not in found


# --- a state's name and an agent side by side on a headline's event noun ----------------------

@pytest.mark.parametrize("text,expected,unwanted", [
    # "clashes" read as a noun, "Colombian" and "army" both hung on it: the Colombian army
    ("Colombian army clashes with rebels in Cauca", ("COLMIL", "190", "COLREB"), ("COL", "190", "COLREB")),
    ("Nigerian army clashes with Boko Haram fighters in Borno", ("NGAMIL", "190", "NGAREB"),
     ("NGA", "190", "NGAREB")),
])
def test_a_name_and_an_agent_on_an_event_noun_are_one_doer(code, text, expected, unwanted):
    found = triples(code, text)
    assert expected in found
    assert unwanted not in found


def test_a_single_name_on_an_event_noun_is_its_doer(code):
    assert ("PSEREB", "190", "ISR") in triples(code, "The Hamas attack on Israel was condemned by France.")


def test_the_sahel_coalition_under_its_translated_names(code):
    # the English renderings of JNIM's name vary from one wire to another
    for name in ("The Group to Support Islam and Muslims", "The Group for Support of Islam and Muslims"):
        assert ("MLIREB", "190", "MLIMIL") in triples(code, f"{name} attacked an army base in central Mali.")


# --- a state's election body is its government -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Pakistan's election commission rejected the opposition's appeal on Monday.", ("PAKGOV", "120", "PAKOPP")),
    ("Kenya's electoral commission rejected the opposition's petition.", ("KENGOV", "120", "KENOPP")),
])
def test_an_election_commission_is_the_government(code, text, expected):
    assert expected in triples(code, text)


def test_an_election_alone_is_no_agent(code):
    found = triples(code, "Kenya's opposition rejected the results of the election.")
    assert not any(t.endswith("GOV") for _, _, t in found)


# --- "him": another agent of the source's state is a target ------------------------------------

def test_him_for_another_agent_of_the_same_state_is_a_target(code):
    found = triples(code, "Kenyan police arrested an opposition senator in Nairobi on Friday. "
                          "Officials accused him of inciting violence.")
    assert ("KENGOV", "112", "KENOPPLEG") in found


@pytest.mark.parametrize("text", [
    # the source's own: its ambassador, their envoy
    "France recalled its ambassador from Mali on Monday.",
    "Kenyan officials said they had summoned their envoy for consultations.",
])
def test_a_possessive_for_the_source_is_no_target(code, text):
    found = triples(code, text)
    assert not any(s[:3] == t[:3] and s != t and t[3:] == "GOV" for s, _, t in found)


# --- a place near which something happens -------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed ten villagers near Timbuktu on Sunday.", ("MLIUAF", "180", "MLICVL")),
    ("Gunmen killed ten villagers near the town of Kidal on Sunday.", ("MLIUAF", "180", "MLICVL")),
])
def test_a_place_near_which_agents_act_sets_the_scene(code, text, expected):
    assert expected in triples(code, text)


@pytest.mark.parametrize("text,expected", [
    ("Ugandan soldiers killed five rebels near the border with Congo on Tuesday.",
     ("UGAMIL", "190", "---REB")),
    ("Soldiers clashed with rebels along the border with Sudan.", ("---MIL", "190", "---REB")),
    ("Police fired tear gas at protesters near the U.S. embassy.", ("---COP", "175", "---CVL")),
])
def test_near_a_border_or_a_building_sets_no_scene(code, text, expected):
    assert expected in triples(code, text)
