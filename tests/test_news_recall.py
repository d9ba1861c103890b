"""Recall on news phrasings no trigger coded (issue 10): light verbs whose object names the event
("paid a courtesy call on", "ordered the expulsion of", "stepped up security cooperation",
"cut off exports to"), an offensive launched "to drive X out", a threat to retaliate "against
X", troops pulled back "from the border with X", a case filed "against X" at a court. Each
rule is a pattern of the verb's entry in dictionaries/verbs/; sentences written for the test,
positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-05-01")


@pytest.mark.parametrize("text,expected", [
    # a courtesy call is a visit: the visitor makes it (042), the one called on hosts it (043)
    ("The Turkish foreign minister paid a courtesy call on the Iraqi prime minister in Baghdad.",
     {("TURGOV", "042", "IRQGOV"), ("IRQGOV", "043", "TURGOV")}),
    ("Kenya's new ambassador paid a farewell call on President Yoweri Museveni.",
     {("KENGOV", "042", "UGAGOV"), ("UGAGOV", "043", "KENGOV")}),
    # an expelled envoy is a cut in diplomatic relations (161), not a deportation (174)
    ("Niger's military government ordered the expulsion of the French ambassador.",
     {("NERGOV", "161", "FRAGOV")}),
    ("Mali ordered the expulsion of three Algerian diplomats on Friday.", {("MLI", "161", "DZAGOV")}),
    # security ties stepped up are military cooperation (062), no show of force (153)
    ("Japan stepped up security cooperation with Australia on Tuesday.", {("JPN", "062", "AUS")}),
    ("Japan and the Philippines stepped up defense cooperation on Wednesday.",
     {("JPN", "062", "PHL"), ("PHL", "062", "JPN")}),
    # a party named further on, after another noun, is no partner
    ("Japan and the Philippines stepped up security cooperation amid tensions with China.",
     {("JPN", "062", "PHL"), ("PHL", "062", "JPN")}),
    # trade cut off is an embargo (163)
    ("China cut off exports of rare earths to the United States.", {("CHN", "163", "USA")}),
    ("Russia cut off gas exports to Moldova on Thursday.", {("RUS", "163", "MDA")}),
    # the enemy an offensive is launched to drive out is its target
    ("Sudan's army launched a major offensive on Tuesday to drive the Rapid Support Forces out of Khartoum.",
     {("SDNMIL", "190", "SDNREB")}),
    ("Ukraine launched a counteroffensive to push Russian troops out of the Kursk region.",
     {("UKR", "190", "RUSMIL")}),
    # with no one driven out, the purpose clause names no target
    ("The Nigerian army launched an offensive to restore order.", set()),
    ("Somali troops launched an operation to push al-Shabab fighters out of the Middle Shabelle region.",
     {("SOMMIL", "190", "SOMREB")}),
])
def test_a_light_verb_codes_the_event_its_object_names(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a threat to retaliate names the one retaliated against
    ("Iran warned it would retaliate against any Israeli strike.", {("IRN", "138", "ISR")}),
    ("China warned that it will strike back against Japan.", {("CHN", "138", "JPN")}),
    # a border names the neighbour the troops are pulled back from
    ("Serbia pulled back its troops from the border with Kosovo.", {("SRB", "0874", "XKX")}),
    ("India withdrew its troops from the border with China on Monday.", {("IND", "0874", "CHN")}),
    # the one sued stands after "against", the court after "at"
    ("South Africa filed a case against Israel at the International Court of Justice.",
     {("ZAF", "115", "ISR")}),
])
def test_the_target_of_a_threat_a_withdrawal_a_lawsuit(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,forbidden", [
    # a call made on someone to act is an appeal, not a visit
    ("The Turkish foreign minister renewed his call on Iraq to close the camps.", "042"),
    # a deportation ordered stays a deportation
    ("Malaysia ordered the deportation of 40 Bangladeshi workers.", "161"),
    # security stepped up at home is still a show of force, no cooperation
    ("Kenyan police stepped up security around the parliament in Nairobi.", "062"),
    # cut off supplies is a blockade, not an embargo
    ("Israel cut off fuel supplies to Gaza.", "163"),
    # a warning with no one retaliated against stays without a target
    ("Iran warned it would retaliate.", "138"),
])
def test_no_light_verb_event_where_the_object_names_another(code, text, forbidden):
    assert not any(c == forbidden for _, c, _ in triples(code, text))



# --- a nominal closure: what is closed decides, as for the verb `close` -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Poland's closure of its border with Belarus angered Minsk.", {("POL", "191", "BLR")}),
    ("Ecuador's closure of its embassy in Mexico followed the raid.", {("ECU", "161", "MEX")}),
    # no actor closes it, or what is closed is no border, embassy or strait: nothing
    ("The closure of the border with Belarus hurt traders.", set()),
    ("The closure of the factory cost 300 jobs.", set()),
])
def test_a_nominal_closure(code, text, expected):
    assert triples(code, text) == expected


# --- countermeasures taken are a cut in relations, vowed a threat of one ------------------------

@pytest.mark.parametrize("text,expected", [
    ("China vowed to take countermeasures against the United States.", {("CHN", "131", "USA")}),
    ("Russia took retaliatory measures against Poland on Friday.", {("RUS", "160", "POL")}),
    # measures of another kind are no event
    ("The Kenyan ministry took measures to protect citizens abroad.", set()),
])
def test_countermeasures(code, text, expected):
    assert triples(code, text) == expected


# --- tear gas fired at the crowd a second verb acts on -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kenyan police fired tear gas and dispersed opposition supporters in Kisumu.",
     {("KENCOP", "175", "KENOPP")}),
    ("Ugandan police fired tear gas and arrested dozens of opposition supporters.",
     {("UGACOP", "175", "UGAOPP"), ("UGACOP", "173", "UGAOPP")}),
    # a second clause with a subject of its own names no one fired at
    ("Ugandan police fired tear gas and the crowd fled.", set()),
])
def test_tear_gas_and_a_second_verb(code, text, expected):
    assert triples(code, text) == expected


# --- a complaint lodged with a body against another: the one complained of is the target -------

@pytest.mark.parametrize("text,expected", [
    ("France lodged a complaint with the World Trade Organization against China.", {("FRA", "114", "CHN")}),
    ("Ukraine filed a complaint with the United Nations against Russia.", {("UKR", "114", "RUS")}),
    ("Canada lodged a case at the World Trade Organization against India.", {("CAN", "115", "IND")}),
    # with no "against", the one the protest is lodged with is its target
    ("Japan lodged a protest with Russia over the drills.", {("JPN", "114", "RUS")}),
])
def test_a_complaint_against_another(code, text, expected):
    assert triples(code, text) == expected


# --- suspects or evidence handed over to another: the one handed to is the partner -------------

@pytest.mark.parametrize("text,expected", [
    ("Morocco handed over two suspects to Spanish authorities.", {("MAR", "063", "ESPGOV")}),
    ("Iraq handed over 12 Islamic State suspects to Syria.", {("IRQ", "063", "SYR")}),
    ("Turkey handed over evidence on the killing to the United States.", {("TUR", "064", "USA")}),
])
def test_handed_over_to_another(code, text, expected):
    assert triples(code, text) == expected


# --- goods banned from another: where they come from names the target -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Russia banned imports from Georgia.", {("RUS", "163", "GEO")}),
    ("China banned imports of seafood from Japan.", {("CHN", "163", "JPN")}),
    # a decree that bans them is its author's ban (statement_nouns)
    ("Russia issued a decree banning imports from Georgia.", {("RUS", "163", "GEO")}),
    # goods from no one named: nothing
    ("Kenya banned imports of used clothes.", set()),
])
def test_imports_banned_from_another(code, text, expected):
    assert triples(code, text) == expected
