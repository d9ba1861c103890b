"""Who did it to whom, in constructions that recur in whole news stories: a visitor received
by a host (both codes, in either voice), and "the two neighbors", "both countries" after a
verb whose own subject is none of the two. Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2025-05-21")


@pytest.mark.parametrize("text,expected", [
    ("Ghana's President John Mahama was received by Nigerian President Bola Tinubu in Abuja on Monday.",
     {("NGAGOV", "043", "GHAGOV"), ("GHAGOV", "042", "NGAGOV")}),
    ("Nigerian President Bola Tinubu received Ghana's President John Mahama in Abuja on Monday.",
     {("NGAGOV", "043", "GHAGOV"), ("GHAGOV", "042", "NGAGOV")}),
    ("The Thai foreign minister was received by Cambodia's prime minister in Phnom Penh.",
     {("KHMGOV", "043", "THAGOV"), ("THAGOV", "042", "KHMGOV")}),
])
def test_a_received_visitor_visits_the_host(code, text, expected):
    """receive: "X received Y" and "Y was received by X" are X's hosting and Y's visit (043:042,
    as CAMEO 2.0 codes RECEIVE with a leader or minister)."""
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Egypt received a shipment of Russian wheat.",
    "The ministry received dozens of complaints from farmers.",
])
def test_goods_and_complaints_received_are_no_visit(code, text):
    assert not any(c in ("042", "043") for _, c, _ in triples(code, text))


STORY = "Eritrea and Ethiopia accused each other on Monday of arming rebel groups along their border. "


@pytest.mark.parametrize("text,expected", [
    (STORY + "Kenyan President William Ruto offered to mediate between the two neighbors.",
     {("KENGOV", "039", "ERI"), ("KENGOV", "039", "ETH")}),
    (STORY + "Kenya urged the two countries to hold talks.",
     {("KEN", "026", "ERI"), ("KEN", "026", "ETH")}),
    (STORY + "Ruto said he had spoken with Prime Minister Abiy Ahmed and offered to mediate "
             "between the two neighbors.",
     {("KENGOV", "039", "ERI"), ("KENGOV", "039", "ETH")}),
])
def test_a_pair_acted_on_is_not_the_actor(code, text, expected):
    """phrases._pair, _acting_states: "the two neighbors" a verb's subject acts on are the story's
    two, not the subject's own state however often it is named; and a pair under a preposition
    the mentions stage reads ("mediate between the two neighbors") is found (before, Kenya
    counted as one of the two, and "between the two neighbors" held no actor)."""
    assert expected <= triples(code, text)
    assert not any(t.startswith("KEN") for _, _, t in triples(code, text))


def test_a_pair_that_acts_takes_both(code):
    """The pair as the subject: both, each with the other."""
    found = triples(code, STORY + "The two neighbors agreed to resume talks.")
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= {(s, t) for s, c, t in found if c.startswith("03")}


def test_both_leaders_of_one_sentence_still_pair(code):
    """A pair inside the subject of its own clause names the clause's earlier actors: "Putin met
    Erdogan in Sochi, and the two leaders agreed ..." (both)."""
    found = triples(code, "Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday, "
                          "and the two leaders agreed to expand trade.", date="2024-09-06")
    assert ("RUSGOV", "TURGOV") in {(s, t) for s, c, t in found if c.startswith("0")}


def test_a_pair_in_a_reported_clause_may_hold_the_speaker(code):
    """"Russia said the two countries would ...": the speaker is one of the two."""
    found = triples(code, "Russia and Ukraine exchanged 150 prisoners of war on Monday, officials said. "
                          "Russia said the two countries would hold another exchange next month.",
                    date="2024-09-06")
    assert not any(t not in ("RUS", "UKR", "RUSGOV", "UKRGOV") for _, c, t in found)


@pytest.mark.parametrize("text,source,target", [
    ("Manila is seeking to finalize a defense pact with Tokyo later this year, officials said.", "PHL", "JPN"),
    ("Kenya sought to reassure Somalia that its troops would leave.", "KEN", "SOM"),
])
def test_seeking_to_act_is_an_intention(code, text, source, target):
    """commissive_verbs: "seek" as "aim" (PETRARCH's SEEK is 030): an intention of the subject
    toward the action's target, coded in root 03 (before, filtered as wanted, nothing coded)."""
    assert any(s == source and c.startswith("03") and t == target for s, c, t in triples(code, text))


@pytest.mark.parametrize("text", [
    "Rebels are seeking to overthrow the government of President Faustin-Archange Touadera.",
])
def test_seeking_to_overthrow_is_no_cooperation(code, text):
    assert not any(c.startswith("03") for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text", [
    "Sudan's warring sides agree to truce in Jeddah",
    "Sudan's warring sides agreed to a ceasefire in Jeddah on Saturday.",
    "Libya's rival parties held talks in Geneva on Monday.",
])
def test_several_sides_of_one_actor_do_not_target_the_host(code, text):
    """arguments.several_sides: sides named as one actor ("Sudan's warring sides") act with each
    other; the city where they agree is no party (before, "Sudan's warring sides agree to truce in
    Jeddah" was SDN 0871 SAU)."""
    assert not any(t[:3] in ("SAU", "CHE") for _, _, t in triples(code, text, date="2023-05-21"))


def test_two_named_sides_keep_each_other(code):
    """Two named sides agree each with the other (unchanged)."""
    assert ("SDNMIL", "SDNREB") in {(s, t) for s, c, t in triples(
        code, "Sudan's army and the Rapid Support Forces agreed to a ceasefire in Jeddah.", date="2023-05-21")}


@pytest.mark.parametrize("text,right,wrong", [
    ("The European Union imposed new sanctions on Belarus on Monday, accusing President Alexander "
     "Lukashenko's government of pushing migrants across the border. "
     "Lithuania called on the bloc to go further.", ("LTU", "020", "IGOEUREEC"), ("LTU", "020", "BLRGOV")),
    ("The African Union suspended Niger on Monday, condemning General Abdourahamane Tiani's "
     "government for the coup. The bloc also demanded the release of President Mohamed Bazoum.",
     ("IGOAFRAFU", "10", "NER"), ("NERGOV", "10", "NER")),
])
def test_a_leaders_government_is_no_group_referred_back_to(code, text, right, wrong):
    """phrases._owned_body: "X's government" is a state's agency by its leader's name (the
    person's code, BLRGOV), no named body: "the bloc" is the EU (before, LTU 020 BLRGOV)."""
    found = triples(code, text, date="2024-05-01")
    assert any(s == right[0] and c.startswith(right[1]) and t.startswith(right[2]) for s, c, t in found)
    assert not any(s == wrong[0] and c.startswith(wrong[1]) and t.startswith(wrong[2]) for s, c, t in found)


@pytest.mark.parametrize("text,expected", [
    ("The Law Society of Kenya called on the government to withdraw the bill, saying it would hurt the poor.",
     ("KEN", "0242", "KENGOV")),
    ("Church leaders urged President William Ruto to withdraw the tax increases.", ("---RELGOV", "0242", "KENGOV")),
    ("The opposition called upon the government to withdraw the controversial media law.",
     ("---OPP", "0242", "---GOV")),
])
def test_an_appeal_to_withdraw_a_bill_asks_a_change_of_policy(code, text, expected):
    """02-appeal.yaml (urge, call on, call upon): withdrawing a bill or a law is a change of policy
    (0242), no pullback of forces (0256, as it was coded before)."""
    assert expected in triples(code, text, date="2024-06-20")


def test_an_appeal_to_withdraw_troops_is_still_de_escalation(code):
    assert ("IGOUNO", "0256", "RUS") in triples(code, "The United Nations called on Russia to withdraw its troops "
                                                      "from Ukraine.", date="2024-06-20")
