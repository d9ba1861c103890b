"""Common news phrasings of event verbs: passives that name the weapon after "by", light
verbs and phrasal verbs. Sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-03-01")


# --- a passive strike or hit names the weapon, and its owner, after "by" ------------------------

@pytest.mark.parametrize("text,expected", [
    ("A Ukrainian power plant was struck by Russian missiles.", {("RUS", "195", "UKR")}),
    ("A Ukrainian city was hit by Russian drones overnight.", {("RUS", "195", "UKR")}),
    ("An Israeli border town was hit by Hezbollah rockets.", {("LBNREB", "194", "ISR")}),
    ("The Syrian convoy was struck by Turkish warplanes near the border.", {("TURMIL", "195", "SYR")}),
])
def test_a_passive_strike_by_a_weapon_is_an_attack(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Pakistan's economy was hit by the floods.",
    "Kenya was hit by a wave of strikes by teachers.",
    "The Iranian envoy was struck by the warmth of the Saudi welcome.",
])
def test_a_passive_hit_by_no_weapon_is_no_attack(code, text):
    assert triples(code, text) == set()


# --- "for N years" on a punishment in the simple past is its term, not the time it has lasted ---

@pytest.mark.parametrize("text,expected", [
    ("The Egyptian court jailed the opposition leader for ten years.", {("EGYJUD", "173", "EGYOPP")}),
    ("Vietnam jailed a prominent blogger for nine years.", {("VNM", "173", "VNMMED")}),
    ("Turkey banned the mayor from politics for five years.", {("TUR", "1722", "TURGOV")}),
])
def test_the_term_of_a_punishment_is_no_past_span(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    # a perfect, or a span with no number, lies behind the story
    "Iran has jailed the French academic for two years.",
    "Egypt jailed Egyptian journalists for years.",
    # not a punishment: how long the support or the hosting lasted
    "Uganda backed the Congolese rebels for two decades.",
    "Kenya hosted Somali refugees for thirty years.",
])
def test_a_span_of_years_on_a_past_act_stays_background(code, text):
    assert triples(code, text) == set()


# --- "came under X from Y": the subject draws Y's act upon itself, as with "faced X from Y" -----

@pytest.mark.parametrize("text,expected", [
    ("Serbia's president came under criticism from the European Union.",
     {("IGOEUREEC", "111", "SRBGOV")}),
    ("The Ukrainian town came under attack from Russian forces.", {("RUSMIL", "190", "UKR")}),
    ("Ukrainian positions came under heavy shelling from Russian troops.", {("RUSMIL", "194", "UKR")}),
    ("Israel came under pressure from France to allow aid into Gaza.", {("FRA", "100", "ISR")}),
])
def test_coming_under_an_act_from_someone_is_their_act_on_the_subject(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    # no one named who does it
    "The minister came under a lot of pressure to resign.",
    "The Spanish prime minister came under criticism at home.",
    "Iran's nuclear program came under scrutiny at the meeting in Vienna.",
])
def test_coming_under_an_act_from_no_one_named_codes_nothing(code, text):
    assert triples(code, text) == set()


# --- "lodged/made stern representations with/to X": the diplomatic formula of a complaint -------

@pytest.mark.parametrize("text,expected", [
    ("The Chinese foreign ministry lodged stern representations with Japan.", {("CHNGOV", "114", "JPN")}),
    ("Beijing lodged solemn representations with Washington over the arms sale to Taiwan.",
     {("CHN", "114", "USA")}),
    ("China lodged representations with the Philippines against the patrol.", {("CHN", "114", "PHL")}),
    ("Beijing made stern representations to Canberra about the detained writer.", {("CHN", "114", "AUS")}),
    ("China made solemn representations to the United States over the visit.", {("CHN", "114", "USA")}),
])
def test_representations_lodged_or_made_are_a_formal_complaint(code, text, expected):
    assert triples(code, text) == expected


def test_representations_made_with_no_adjective_are_no_complaint(code):
    # "made representations" alone is also a submission, to a consultation or an inquiry
    assert triples(code, "Beijing made representations to Canberra about the detained writer.") == set()


# --- "played host to X" is hosting X ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Thailand's prime minister played host to Cambodia's leader.",
     {("THAGOV", "043", "KHMGOV"), ("KHMGOV", "042", "THAGOV")}),
    ("Oman played host to the Iranian foreign minister on Sunday.",
     {("OMN", "043", "IRNGOV"), ("IRNGOV", "042", "OMN")}),
    ("Qatar played host to talks between the Taliban and Washington.",
     {("QAT", "043", "AFGGOV"), ("QAT", "043", "USA")}),
])
def test_playing_host_is_hosting(code, text, expected):
    assert triples(code, text) == expected


def test_playing_a_role_is_no_hosting(code):
    assert triples(code, "Qatar played a key role in the talks with Hamas.") == set()


# --- "pushed back on X's plan / calls": a rejection, as "pushed back against" is -----------------

@pytest.mark.parametrize("text,expected", [
    ("Egypt pushed back on the U.S. plan for Gaza.", {("EGY", "120", "USA")}),
    ("Mexico's president pushed back on calls from Washington to deploy troops.", {("MEXGOV", "120", "USA")}),
    # pushing back troops is fighting them
    ("Ukrainian forces pushed back Russian troops near Kupiansk.", {("UKRMIL", "190", "RUSMIL")}),
])
def test_pushing_back_on_a_plan_is_rejecting_it(code, text, expected):
    assert triples(code, text) == expected


def test_pushing_back_on_an_idea_of_no_one_named_codes_nothing(code):
    assert triples(code, "The senator pushed back on the idea of more aid.") == set()


# --- "welcomed X's decision to ...": an act endorsed, no visit hosted ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Australia welcomed China's decision to lift tariffs on its wine.", {("AUS", "051", "CHN")}),
    ("Germany welcomed Russia's pledge to withdraw.", {("DEU", "051", "RUS")}),
    ("Germany welcomed Egypt's efforts to end the fighting.", {("DEU", "051", "EGY")}),
    ("The European Union welcomed Iran's willingness to resume talks.", {("IGOEUREEC", "051", "IRN")}),
    ("Kenya welcomed Ethiopia's offer to mediate in the dispute.", {("KEN", "051", "ETH")}),
])
def test_welcoming_an_act_before_an_infinitive_endorses_it(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Chinese president welcomed the French president to Beijing.", ("CHNGOV", "043", "FRAGOV")),
    ("Ghana's president welcomed the Nigerian delegation in Accra.", ("GHAGOV", "043", "NGAGOV")),
])
def test_welcoming_a_visitor_to_a_place_still_hosts_them(code, text, expected):
    assert expected in triples(code, text)


def test_welcoming_an_agreement_between_two_keeps_the_agreement(code):
    assert triples(code, "The Arab League welcomed the peace agreement between Sudan and South Sudan.") >= {
        ("SDN", "057", "SSD"), ("SSD", "057", "SDN")}


# --- "shot back at X over Y", "shot back at critics": a retort, as "fired back at" is -----------

@pytest.mark.parametrize("text,expected", [
    ("The Chinese ambassador shot back at Canberra over the ban.", {("CHNGOV", "111", "AUS")}),
    ("The minister shot back at reporters.", {("---GOV", "111", "---MED")}),
    # troops that shoot back at attackers fight them
    ("Nigerian troops shot back at the gunmen.", {("NGAMIL", "193", "NGAUAF")}),
])
def test_shooting_back_at_critics_is_a_retort(code, text, expected):
    assert triples(code, text) == expected


# --- a verbal attack on a record or in a debate is criticism -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The ruling party's candidate attacked the opposition's economic record during the debate.",
     {("---PTY", "111", "---OPP")}),
    ("The Argentine president attacked Brazil during a news conference in Buenos Aires.",
     {("ARGGOV", "111", "BRA")}),
    # an attack at night on positions is force
    ("Russian troops attacked Ukrainian positions during the night.", {("RUSMIL", "190", "UKR")}),
])
def test_an_attack_on_a_record_or_at_a_debate_is_criticism(code, text, expected):
    assert triples(code, text) == expected


# --- trade measures extended, prolonged or lifted are economic sanctions, not administrative -----

@pytest.mark.parametrize("text,expected", [
    ("Japan extended its export curbs on Russia for another year.", {("JPN", "163", "RUS")}),
    ("The European Union extended its trade restrictions on Belarus.", {("IGOEUREEC", "163", "BLR")}),
    ("Canada prolonged its trade restrictions on Iran.", {("CAN", "163", "IRN")}),
    ("India imposed restrictions on imports from China.", {("IND", "163", "CHN")}),
    ("China lifted trade restrictions on Australia.", {("CHN", "085", "AUS")}),
    # restrictions on gatherings stay administrative
    ("Ghana extended the ban on public gatherings in Accra.", {("GHA", "1721", "GHA")}),
    ("Kenya lifted restrictions on public gatherings in Nairobi.", {("KEN", "0811", "KEN")}),
])
def test_trade_measures_are_economic_sanctions(code, text, expected):
    assert triples(code, text) == expected


def test_extended_trade_ties_are_no_sanctions(code):
    assert triples(code, "Kenya extended its trade ties with Uganda.") == set()


# --- "X was hit / slapped with Y's sanctions": Y sanctions X --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Venezuela was hit with new U.S. sanctions on Monday.", {("USA", "163", "VEN")}),
    ("Iran was hit with fresh sanctions by Washington.", {("USA", "163", "IRN")}),
    # the parser hangs the "by" phrase on the "with" object
    ("Chinese steel was slapped with tariffs by the European Union.", {("IGOEUREEC", "163", "CHN")}),
    ("The Ukrainian town came under Russian attack overnight.", {("RUS", "190", "UKR")}),
    # the active keeps its object as the target
    ("The European Union hit Russia with new sanctions.", {("IGOEUREEC", "163", "RUS")}),
    ("Washington slapped Beijing with tariffs on Tuesday.", {("USA", "163", "CHN")}),
])
def test_a_subject_hit_with_sanctions_is_their_target(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kenya was hit with floods and a cholera outbreak.", set()),
    # charged with a crime: the crime is the charged one's, not the charging side's
    ("The journalist was charged with espionage by Iranian authorities.", {("IRNGOV", "173", "---MED")}),
    ("A man linked with the Hamas attack was arrested in Germany.", set()),
])
def test_other_passives_with_with_are_not_drawn_upon(code, text, expected):
    assert triples(code, text) == expected


# --- "a deal was struck / reached / signed between X and Y": each signs with the other -----------

@pytest.mark.parametrize("text,expected", [
    ("A deal was struck between Serbia and Kosovo.", {("SRB", "057", "XKX"), ("XKX", "057", "SRB")}),
    ("An agreement was reached between Israel and Lebanon on Sunday.",
     {("ISR", "057", "LBN"), ("LBN", "057", "ISR")}),
    ("A peace accord was signed between Armenia and Azerbaijan in Washington.",
     {("ARM", "057", "AZE"), ("AZE", "057", "ARM")}),
    ("A trade pact has been finalized between India and Britain.", {("IND", "057", "GBR"), ("GBR", "057", "IND")}),
])
def test_a_passive_deal_between_two_is_signed_by_both(code, text, expected):
    assert triples(code, text) == expected


def test_a_deal_discussed_between_two_is_no_signing(code):
    assert not any(c == "057" for _, c, _ in triples(code, "A deal was discussed between Serbia and Kosovo."))


# --- "X were deported from Y" with no "by": Y deports them, as with "expelled from" ---------------

@pytest.mark.parametrize("text,expected", [
    ("Three Chinese nationals were deported from Kenya.", {("KEN", "174", "CHN")}),
    ("Two British journalists were deported from Ethiopia on Friday.", {("ETH", "174", "GBRMED")}),
    ("The Venezuelans were deported from the United States by plane.", {("USA", "174", "VEN")}),
    # the active keeps its subject as the source, whatever place it deports from
    ("Germany deported 28 Afghans from Turkey.", {("DEU", "174", "AFG")}),
])
def test_deported_from_a_country_names_the_deporter(code, text, expected):
    assert triples(code, text) == expected


# --- control of a place seized or taken from someone: they are the target -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Somali troops seized control of the town from al-Shabab militants.", {("SOMMIL", "192", "SOMREB")}),
    ("Sudan's army seized control of the airport from the RSF on Sunday.", {("SDNMIL", "192", "SDNREB")}),
    ("Somali troops took control of the town from al-Shabab militants.", {("SOMMIL", "192", "SOMREB")}),
    ("Somali troops wrested control of the town from al-Shabab militants.", {("SOMMIL", "192", "SOMREB")}),
    ("Rebels wrested control of Goma.", {("---REB", "192", "COD")}),
    # what is wrested is no place
    ("The union wrested a pay rise from the government.", set()),
])
def test_control_taken_from_someone_targets_them(code, text, expected):
    assert triples(code, text) == expected


# --- an invitation to visit a place: its country is the host invited by ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Brazil's president turned down an invitation to visit Moscow.", {("BRAGOV", "125", "RUS")}),
    ("Japan rejected an invitation to visit Pyongyang.", {("JPN", "125", "PRK")}),
    ("The Hungarian prime minister declined an invitation to visit Kyiv.", {("HUNGOV", "125", "UKR")}),
    ("Kenya's president declined an invitation to attend the summit in Moscow.", {("KENGOV", "125", "RUS")}),
    ("The Indian prime minister accepted an invitation to visit Beijing.", {("INDGOV", "036", "CHN")}),
])
def test_an_invitation_to_visit_a_capital_is_from_its_state(code, text, expected):
    assert triples(code, text) == expected


# --- "called out X for / over Y": criticism; "called out troops" is none -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ghana's president called out Russia for the war.", {("GHAGOV", "111", "RUS")}),
    ("The EU called out China over its human rights record.", {("IGOEUREEC", "111", "CHN")}),
    ("The Philippines called out China for its aggressive actions in the South China Sea.",
     {("PHL", "111", "CHN")}),
    ("Kenya called out troops to quell the riots.", set()),
    ("The army called out reserve units for the border.", set()),
])
def test_calling_a_state_out_is_criticism(code, text, expected):
    assert triples(code, text) == expected
