"""Stated intentions and threats (CAMEO 03x, 13x), and background told as news (issue 10), on
sentences written for the test, positive and negative: what the actor says it will do is coded
as its intent or threat, where the one intending is the one who would act; what the writer
forecasts, what is asked, supposed, rumoured, denied or recalled from years before is not."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2025-03-12"


triples = triples_on(DATE)


# --- stated intentions and threats --------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a plan the actor announces is its intention, as a pledge is: "plans to impose sanctions" is
    # a threat of sanctions (1312), like "intends to"; "is considering" stays a policy option (014)
    ("Indonesia plans to impose sanctions on Malaysian palm oil firms.", {("IDN", "1312", "MYSBUS")}),
    ("Canada intends to impose sanctions on Iran.", {("CAN", "1312", "IRN")}),
    ("Lithuania said it plans to expel the Russian ambassador.", {("LTU", "1313", "RUSGOV")}),
    ("Canada is considering imposing sanctions on Iran.", {("CAN", "014", "IRN")}),
    ("The European Union is considering sanctions on Belarus.", {("IGOEUREEC", "014", "BLR")}),
    ("The EU is planning new sanctions against Russia.", {("IGOEUREEC", "014", "RUS")}),
    # pledges, promises, vows, offers and readiness
    ("The Nigerian government pledged to expel Chadian diplomats.", {("NGAGOV", "1313", "TCDGOV")}),
    ("Venezuela promised to release the detained Colombian soldiers.", {("VEN", "0353", "COLMIL")}),
    ("Ethiopia is ready to hold talks with Eritrea, the prime minister's office said.", {("ETH", "036", "ERI")}),
    ("Thailand offered to mediate between Cambodia and Myanmar.", {("THA", "039", "KHM"), ("THA", "039", "MMR")}),
    ("Senegal is prepared to provide military aid to Gambia.", {("SEN", "0332", "GMB")}),
    ("The Philippine president said he is willing to meet the Chinese leader.", {("PHLGOV", "036", "CHNGOV")}),
    ("Japan promised Ukraine new economic aid.", {("JPN", "0331", "UKR")}),
    ("Kenya intends to deploy peacekeepers to Haiti.", {("KEN", "0334", "HTI")}),
    # "will", "would": the actor's own announced act
    ("Rwanda said it would withdraw its troops from Congo.", {("RWA", "0356", "COD")}),
    ("Pakistan would retaliate against any Indian strike, the Pakistani defense minister said.",
     {("PAKGOV", "138", "IND")}),
    # threats
    ("Serbia threatened to cut diplomatic ties with Kosovo.", {("SRB", "1313", "XKX")}),
    ("China vowed to retaliate against Japan.", {("CHN", "138", "JPN")}),
    ("Russia warned Finland it would take retaliatory measures.", {("RUS", "130", "FIN")}),
    ("Bolivian farmers threatened to block highways if the government raises fuel prices.",
     {("BOLAGR", "133", "BOLGOV")}),
    # the main clause of a conditional threat is the threat
    ("If Turkey attacks Kurdish fighters in Syria, the United States will impose sanctions.",
     {("USA", "1312", "TUR")}),
])
def test_a_stated_intention_or_threat_is_coded_in_its_family(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "The Sudanese army is expected to launch an offensive on Khartoum.",  # the writer's forecast
    "The Malian army is likely to attack the rebels near Kidal.",
    "Myanmar's junta is unlikely to release Aung San Suu Kyi.",
    "Analysts expect Turkey to attack Kurdish militants in Syria.",
    "Vietnam expects China to respect its maritime claims.",
    # a hope is a wish, no commitment (and "hopes", "hoped", "hoping" are all "hope")
    "Brazil hopes to hold talks with Argentina.",
    "Brazil hoped to sign a trade deal with Argentina this year.",
    "Chile is hoping to restore diplomatic relations with Venezuela.",
])
def test_a_forecast_a_wish_or_another_s_act_is_no_intention(code, text):
    assert triples(code, text) == set()


def test_an_appeal_to_another_to_act_is_an_appeal(code):
    assert triples(code, "Ghana urged Togo to release the detained journalists.") == {("GHA", "0253", "TGO")}


# --- background, suppositions and non-events -----------------------------------------------------

@pytest.mark.parametrize("text", [
    # questions: an auxiliary before the subject and a question mark
    "Did Russia attack the Ukrainian grain port in Odesa?",
    "Why did Mali expel the French ambassador?",
    "Will Azerbaijan attack Armenia again?",
    "Has Kenya sent peacekeepers to Somalia?",
    # a condition without "if"
    "Had Russia attacked Estonia, NATO would have responded.",
    # what a rumour, a fear or speculation says
    "Rumors that China will invade Taiwan spread online on Monday.",
    "Fears that Rwanda will attack Burundi are growing.",
    "Kenya dismissed speculation that it plans to withdraw its troops from Somalia.",
    # what is denied in the that-clause of reports or claims
    "Chadian officials denied reports that Chad had expelled the French ambassador.",
    "Sudan rejected claims that its army attacked Chadian refugees.",
    # recalled from years before the story, in the perfect, or hypothetical
    "In 2015, Russia annexed part of Georgia.",
    "Azerbaijan has controlled the region since Azerbaijani troops seized the town in 2020.",
    "The rebels have attacked Chadian army posts since 2021.",
    "Colombia and Venezuela restored relations in 2022 after years of tension.",
    "Israel could attack Iranian nuclear sites, a former official said.",
    "Kenya may send more troops to Somalia, the president said.",
    "Chinese warships could blockade Taiwan within weeks, U.S. officials said.",
    "Media reports said Ethiopia may attack Eritrea.",
    # negations and failures
    "Qatar no longer supports the Hamas leadership.",
    "The Sudanese general did not meet the Egyptian envoy.",
    "The Kremlin denied meeting Ukrainian negotiators in Istanbul.",
    "Mali failed to reach an agreement with Algeria.",
    "Armenia never signed the accord with Azerbaijan.",
    "Iraq did not condemn the Turkish airstrikes.",
])
def test_no_deed_is_reported(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked the Ukrainian grain port in Odesa on Monday.", ("RUS", "190", "UKR")),
    # an inversion in a statement, with no question mark, reports the act
    ("Only after weeks of talks did Iran agree to release the British sailors.", ("IRN", "0353", "GBRMIL")),
    # what one is told, not rumoured, is news
    ("The news that Russia attacked Ukraine shocked Poland.", ("RUS", "190", "UKR")),
])
def test_the_same_acts_reported_as_fact_are_coded(code, text, expected):
    assert expected in triples(code, text)


def test_what_one_is_accused_of_planning_is_alleged(code):
    assert triples(code, "Somalia accused Ethiopia of planning to annex Somaliland.") == {("SOM", "112", "ETH")}
    assert triples(code, "Kenya accused Uganda of trying to seize the disputed island.") == {("KEN", "112", "UGA")}


@pytest.mark.parametrize("text,expected", [
    # the news clause of a sentence with background in it is coded
    ("Turkey, which invaded northern Cyprus in 1974, condemned Greece on Monday.", {("TUR", "111", "GRC")}),
    ("Morocco and Algeria, which cut ties in 2021, held talks in Rome on Friday.",
     {("MAR", "040", "DZA"), ("DZA", "040", "MAR")}),
    ("A militia that has held the town since 2019 clashed with Malian soldiers on Tuesday.",
     {("---REB", "190", "MLIMIL")}),
    # refusals (12x) and attempts (coded as the act)
    ("Israel refused to release Palestinian prisoners.", {("ISR", "1243", "PSECVL")}),
    ("Hungary refused to extradite the Polish politician to Poland.", {("HUN", "121", "POL")}),
    ("Mexico will not extradite the cartel leader to the United States.", {("MEX", "121", "USA")}),
    ("Gunmen tried to kidnap a Nigerian lawmaker in Abuja.", {("---UAF", "181", "NGALEG")}),
])
def test_news_beside_background_refusals_and_attempts(code, text, expected):
    assert triples(code, text) == expected


# --- second round: participles listed as adjectives, a noun's target, clauses apart -------------

@pytest.mark.parametrize("text,expected", [
    # "poised", "determined" are parsed as participles of "poise", "determine": still commissive
    ("Turkey is poised to launch a ground offensive against Kurdish militants in Syria.",
     {("TUR", "138", "SYRREB")}),
    ("Iran is determined to retaliate against Israel.", {("IRN", "138", "ISR")}),
    # the noun that gives a warning its sense names the target
    ("Hamas warned of retaliation against Israel.", {("PSEREB", "138", "ISR")}),
    ("Israel warned of retaliation on Hezbollah.", {("ISR", "138", "LBNREB")}),
    # a pattern of the condition's verb does not swallow the main clause's threat
    ("Unless Iran stops enrichment, Israel will strike Iranian nuclear sites.", {("ISR", "138", "IRN")}),
])
def test_more_stated_intentions_and_threats(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Turkey launched a ground offensive against Kurdish militants in Syria.",
])
def test_the_deed_itself_is_coded_as_the_deed(code, text):
    assert ("TUR", "190", "SYRREB") in triples(code, text)


@pytest.mark.parametrize("text", [
    "UN Secretary-General Antonio Guterres warned of famine in Sudan.",  # a warning of a danger
    "Seoul warned of consequences for Pyongyang.",  # no noun of the threat patterns
])
def test_a_warning_of_a_danger_targets_no_one(code, text):
    assert not any(c.startswith("13") for _, c, _ in triples(code, text))


# --- third round: hesitation, a negated copula, schedules, time phrases, memory -------------------

@pytest.mark.parametrize("text,expected", [
    # a negated hesitation states the intention
    ("Turkey would not hesitate to use force against Greece, the defense minister said.", {("TUR", "138", "GRC")}),
    # a schedule announced is as "will"
    ("The Kenyan president is due to visit Uganda next week.", {("KENGOV", "036", "UGA")}),
    ("Kenya and Ethiopia are set to sign a security pact on Friday.", {("KEN", "037", "ETH"), ("ETH", "037", "KEN")}),
    ("Iran is ready to talk with the United States.", {("IRN", "036", "USA")}),
])
def test_intentions_stated_otherwise(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Iran is not ready to talk with the United States.",  # the copula's "not"
    "Oil prices are set to rise.",
    # a time phrase with a clause describing its noun is still a time phrase
    "The two Koreas fought a war in the 1950s that ended without a peace treaty.",
    # what one recalls in the past perfect is background
    "Croatia recalled that Serbian forces had shelled Dubrovnik.",
])
def test_no_intention_and_no_deed(code, text):
    assert triples(code, text) == set()


def test_what_came_after_a_past_date_is_news(code):
    date = "2023-05-10"
    assert triples(code, "After the 2022 elections, Kenya's president met Ugandan officials on Tuesday.",
                   date) == {("KENGOV", "040", "UGAGOV")}
    assert triples(code, "Following the 2022 coup, Burkina Faso expelled the French ambassador on Monday.",
                   date) == {("BFA", "161", "FRAGOV")}
    assert triples(code, "In 2022, Kenya's president met Ugandan officials.", date) == set()


def test_what_one_says_one_had_done_is_news(code):
    assert triples(code, "The Sudanese army said it had repelled an attack by the RSF on Monday.") == {
        ("SDNMIL", "190", "SDNREB")}


# --- fourth round: conditions without "if", counterfactuals, long-standing states ----------------

def test_a_threat_hanging_on_an_inverted_condition_targets_its_subject(code):
    assert triples(code, "Should Israel attack Iran, Tehran will retaliate.") == {("IRN", "138", "ISR")}


@pytest.mark.parametrize("text", [
    "Were Kenya to withdraw its troops, al-Shabab would advance.",
    # "would have" with a participle did not happen, and is no intention
    "Had the rebels not withdrawn, the army would have attacked Goma.",
    "Kenya would have sent troops to Haiti, but the court blocked the deployment.",
    # a state held for years is background
    "Kenya has long supported Somalia's government.",
    "Kenya has supported Somalia's government for years.",
    "Uganda backed the Congolese rebels for two decades.",
])
def test_no_deed_in_a_supposition_or_a_long_standing_state(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Kenya said it would attack al-Shabab bases in Somalia.", ("KEN", "138", "SOMREB")),
    ("Kenya has supported Somalia's government since Monday.", ("KEN", "051", "SOMGOV")),
    ("Russia has shelled Kharkiv for weeks.", ("RUS", "194", "UKR")),
])
def test_an_intention_or_a_recent_act_is_coded(code, text, expected):
    assert expected in triples(code, text)


# --- fifth round: a threat of what has no threat code; announced plans ----------------------------

@pytest.mark.parametrize("text,expected", [
    # a threat to do what the intents table has no threat for is the threat (130), not the act
    ("Ankara threatened to veto Sweden's NATO bid.", {("TUR", "130", "SWE")}),
    ("The Serbian president threatened to reject the EU proposal on Kosovo.", {("SRBGOV", "130", "IGOEUREEC")}),
    ("China threatened to attack Taiwan.", {("CHN", "1384", "TWN")}),  # one with a threat code keeps it
    # a plan or a readiness announced is the announcer's intention
    ("Latvia announced plans to expel Russian diplomats.", {("LVA", "1313", "RUSGOV")}),
    ("Latvia's government announced a plan to expel Russian diplomats.", {("LVAGOV", "1313", "RUSGOV")}),
    ("The EU announced plans to impose new sanctions on Russia.", {("IGOEUREEC", "1312", "RUS")}),
    ("Armenia announced its readiness to hold talks with Azerbaijan.", {("ARM", "036", "AZE")}),
])
def test_threats_and_announced_plans(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Analysts described plans to expel Russian diplomats.",  # nobody's announced intention
    "Estonia criticized plans to expel Russian diplomats.",
])
def test_a_plan_not_announced_by_its_actor_is_no_intention(code, text):
    assert not any(c.startswith(("13", "16")) for _, c, _ in triples(code, text))


# --- sixth round: whose intention a clause states ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the readiness of the clause's own subject, another side than the speaker's, is its own
    ("Qatar said Hamas is ready to release the Israeli hostages.", {("PSEREB", "0353", "ISRCVL")}),
    ("Iran said it was ready to release the British sailors.", {("IRN", "0353", "GBRMIL")}),
    ("Morocco promised that it would release the Algerian prisoners.", {("MAR", "0353", "DZACVL")}),
    ("Peru agreed that it would hold talks with Chile.", {("PER", "036", "CHL")}),
])
def test_the_intention_is_that_of_whoever_would_act(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Egypt promised that Hamas would release the Israeli hostages.",  # Egypt's promise, Hamas would act
    "Turkey hopes Russia will release the Ukrainian sailors.",  # a wish
    "Russia hopes it will reach a deal with Ukraine.",
    "Kenya expects that Uganda will release the prisoners.",  # a forecast
])
def test_what_one_wishes_or_promises_of_another_is_no_intention(code, text):
    assert triples(code, text) == set()
