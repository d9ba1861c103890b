"""False positives on whole news stories (issue 10), on sentences written for the test,
positive and negative: subjects that name no actor (documents, camps), a commitment only named,
"mobilize" with no force as its object, a plural event noun the parser read as a verb. The same
acts done and stated by actors are still coded."""

from __future__ import annotations

import pytest

from news_helpers import triples_on

DATE = "2024-05-06"


triples = triples_on(DATE)


@pytest.mark.parametrize("text,expected", [
    # a document or a place holding people as the subject: no actor acts (non_actor_nouns)
    ("Kenya's constitution guarantees every citizen the right to a fair trial.", set()),
    ("The Ugandan constitution guarantees the right to assemble peacefully.", set()),
    ("The two camps in eastern Chad shelter more than 300,000 Sudanese refugees.", set()),
    ("The 1951 treaty obliges Greece to defend Cyprus.", set()),
    ("Hungary backed a U.N. resolution that aims to impose a naval blockade on Serbia.",
     {("HUN", "051", "IGOUNO")}),
    # the same acts by actors are coded
    ("Kenya's president guaranteed the opposition the right to assemble peacefully.", {("KENGOV", "0343", "KENOPP")}),
    ("Chad sheltered more than 300,000 Sudanese refugees.", {("TCD", "073", "SDNREF")}),
    ("The U.N. Security Council imposed a naval blockade on Serbia.", {("IGOUNO", "191", "SRB")}),
])
def test_documents_and_places_are_no_sources(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a commitment named, not stated: no intent expressed
    ("That is one argument for Japan's commitment to Australia's security.", set()),
    ("Zambia's president reneged on his commitment to the opposition.", {("ZMBGOV", "128", "ZMBOPP")}),
    ("Japan's commitment to the alliance is one reason for the deal, analysts said.", set()),
    # a commitment stated or given is one
    ("Germany voiced its strong commitment to Ukraine.", {("DEU", "030", "UKR")}),
    ("France made a commitment to Mali to keep troops there.", {("FRA", "030", "MLI")}),
    ("Japan reaffirmed its commitment to the alliance with the United States.", {("JPN", "030", "USA")}),
])
def test_commitment_named_or_stated(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # what is mobilized must be a force
    ("Kenya mobilized funds for the flood victims.", set()),
    ("The Ugandan opposition leader said he would mobilize voters across the country.", set()),
    # forces mobilized are a build-up
    ("Venezuela mobilized troops on the border with Guyana.", {("VEN", "154", "GUY")}),
    ("Russia mobilized 300,000 men to fight in Ukraine.", {("RUS", "154", "UKR")}),
])
def test_mobilize_needs_a_force(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural event noun the parser tags as a verb where only a noun can stand ("strikes" and
    # "protests" tagged VBZ as subjects): coded as the noun, by its own modifiers
    ("Washington strikes on Yemen continued.", {("USA", "190", "YEM")}),
    ("Police said the Harvard protests over the war in Gaza were peaceful.", set()),
    # the verb itself is coded
    ("Kenyan students protest the tax hikes in Nairobi.", {("KENEDU", "140", "KEN")}),
])
def test_event_noun_read_as_verb(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an event noun in a participle describing a noun tells who someone is (describing_participles)
    ("Two Turkish diplomats involved in the negotiations with Greece retired on Monday.", set()),
    ("Kenya arrested a lawyer known for his criticism of Uganda's president.", {("KEN", "173", "---JUD")}),
    # the same noun reported is an event
    ("U.S. officials held negotiations with North Korea on Monday.", {("USAGOV", "046", "PRK")}),
])
def test_event_noun_describing_someone(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an event noun planned or sought is not done (planning_verbs)
    ("The Ethiopian army is preparing a major offensive against the rebels in Amhara.", set()),
    ("Moscow is weighing strikes on the bridges across the Dnipro.", set()),
    # done, it is coded; a pattern of the verb codes the proposal itself
    ("The Ethiopian army launched a major offensive against the rebels in Amhara.", {("ETHMIL", "190", "ETHREB")}),
    ("Kenya proposed a ceasefire between Sudan's army and the RSF.",
     {("KEN", "0356", "SDNMIL"), ("KEN", "0356", "SDNREB")}),
])
def test_event_noun_planned(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an event noun with a possessor after "for"/"over" on a verb is the reason (reason_prepositions)
    ("Uganda arrested the journalist for his criticism of the president.", {("UGA", "173", "UGAMED")}),
    ("Washington sanctioned the militia for its attacks on U.S. troops.", {("USA", "163", "USAREB")}),
    ("Egypt thanked Qatar for its mediation between Israel and Hamas.", {("EGY", "051", "QAT")}),
    # without a possessor, an occasion: the trip is for talks
    ("The Kenyan minister flew to Cairo for talks with Egyptian officials.", {("KENGOV", "042", "EGY")}),
])
def test_reason_is_no_event(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an event noun that a verb stops or prevents is not done (negating_verbs, preventing_verbs)
    ("A Kenyan court blocked the deployment of police officers to Haiti.", set()),
    ("Egypt postponed the talks with Ethiopia over the dam.", set()),
    # held, they are
    ("Egypt held talks with Ethiopia over the dam.", {("EGY", "040", "ETH")}),
])
def test_event_noun_prevented(code, text, expected):
    assert triples(code, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause dated to a month before the story's describes its subject
    ("Ruto, who met Biden in Washington in May, called the mission a duty.", set()),
    # the story's month in a relative clause, or last month in a main clause, is news
    ("Ruto, who met Biden in Washington in June, called the mission a duty.", {("KENGOV", "040", "USAGOV")}),
    ("Ruto met Biden in Washington in May.", {("KENGOV", "040", "USAGOV")}),
])
def test_relative_clause_dated_before_the_story(code, text, expected):
    assert set(code(text, date="2024-06-26")) == expected


@pytest.mark.parametrize("text,expected", [
    # an act "after" a past year's event, with no time of its own, is dated by it: background
    ("The African Union suspended Sudan after the 2021 coup.", set()),
    ("Washington cut aid to Niger after the 2023 coup.", set()),
    # with a time of its own, or after this year's event, it is news
    ("After the 2022 elections, Kenya's president met Uganda's president on Tuesday.", {("KENGOV", "040", "UGAGOV")}),
    ("The African Union suspended Mali after the 2024 coup.", {("IGOAFRAFU", "160", "MLI")}),
])
def test_after_a_past_year(code, text, expected):
    assert set(code(text, date="2024-06-26")) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund after "committed to" is intended, not done
    ('"We are committed to protecting civilians," the RSF spokesman said.', {("SDNREB", "0334", "SDNCVL")}),
    # done, it is the act
    ("RSF fighters protected civilians in the village, residents said.", {("SDNREB", "074", "---CVL")}),
])
def test_committed_to_a_gerund(code, text, expected):
    assert triples(code, text) == expected
