""""X wants to do", "X is seeking to do": what an actor wants or seeks to do is its stated aim
(CAMEO's "indicate willingness"), coded as its intentions (root 03, 13 for a hostile act) as
"aims to" is; "X wants Y to do" is X's appeal to Y (root 02), as "urged Y to" is, and "X will
want Y to do" a forecast (issue 10: intentions and appeals missed in real news). Before, "want"
and "seek" only kept the governed action from being coded as done, so these coded nothing, and
"Japan is seeking to help Ukraine" was an appeal for aid (023). Sentences written for the test."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-06-17")


@pytest.mark.parametrize("text,expected", [
    # wants to / seeks to: the actor's own intention, by the action's family (cameo.yaml intents)
    ("Turkey wants to attack Kurdish militias in Syria.", {("TUR", "138", "SYRREB")}),
    ("Egypt wants to send aid to Sudan.", {("EGY", "033", "SDN")}),
    ("Iran wants to resume talks with the United States.", {("IRN", "036", "USA")}),
    ("Venezuela wants to expel the American diplomats.", {("VEN", "1313", "USAGOV")}),
    ("Japan wants to help Ukraine.", {("JPN", "030", "UKR")}),
    ("Japan is seeking to help Ukraine.", {("JPN", "030", "UKR")}),
    ("Brazil is seeking to deepen its partnership with Argentina.", {("BRA", "032", "ARG")}),
    ("Brazil and Argentina are seeking to deepen their partnership.", {("BRA", "032", "ARG"), ("ARG", "032", "BRA")}),
    # wants Y to: an appeal to Y, by what is asked (as under "urge")
    ("The European Union wants Turkey to release the jailed journalists.", {("IGOEUREEC", "0253", "TUR")}),
    ("Moscow wants Kyiv to withdraw its troops from the region.", {("RUS", "0256", "UKR")}),
    ("Pakistan wants India to resume talks on Kashmir.", {("PAK", "026", "IND")}),
    ("Washington wants Beijing to rein in Pyongyang.", {("USA", "020", "CHN")}),
    # another would act: Egypt's appeal, no intention of Israel's (test_news_intent_background
    # had it as no event before "wants Y to" was an appeal)
    ("Egypt wants Israel to withdraw from Rafah.", {("EGY", "0256", "ISR")}),
])
def test_wanted_and_sought_actions_are_intentions_and_appeals(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    # negated: neither an intention nor an appeal
    "Russia does not want NATO to expand.",
    "Kenya does not want to send troops to Somalia.",
    # no actor acts or is asked
    "Nobody wants to attack Iran.",
    "Japan wants to help.",
    # a thing wanted, no one asked
    "Iran wants guarantees from the United States.",
])
def test_no_intention_or_appeal_without_its_actors(code, text):
    assert triples(code, text) == set()


@pytest.mark.parametrize("text,expected", [
    # seeking help from another is still an appeal for aid
    ("Kenya is seeking help from the United Nations.", {("KEN", "023", "IGOUNO")}),
    ("Kenya sought assistance from China.", {("KEN", "023", "CHN")}),
])
def test_seeking_aid_stays_an_appeal(code, text, expected):
    assert triples(code, text) == expected


def test_the_one_wanted_to_act_states_no_intention(code):
    # the parser makes China the subject of "release": China's intention it is not (stances.controls;
    # with "want" a commissive verb it was CHN 0353)
    assert triples(code, "The United States wants China to release the activists.") == {("USA", "0253", "CHN")}


@pytest.mark.parametrize("text", [
    # "will want": a wish forecast (settings desire_verbs), no appeal and no intention
    "The Americans will want the Europeans to pay more for their defence.",
    "Turkey will want to attack the militias.",
])
def test_a_forecast_wish_is_no_event(code, text):
    assert triples(code, text) == set()


def test_a_present_wish_of_another_is_an_appeal(code):
    assert triples(code, "Washington wants Germany to pay more for its defence.") == {("USA", "020", "DEU")}
