"""Arguments and filters on constructions that recur in news: two verbs sharing one object, a
complement of result, a conjunct of a negating verb with an object of its own, a span of years
ahead, a month that ends an act. Sentences of our own writing."""

from __future__ import annotations

import pytest

from news_helpers import triples_on


triples = triples_on("2024-07-31")


@pytest.mark.parametrize("text,expected", [
    ("Police arrested and beat dozens of protesters in Nairobi.",
     {("---COP", "173", "---CVL"), ("---COP", "175", "---CVL")}),
    ("The Egyptian foreign ministry condemned and rejected the Israeli decision.",
     {("EGYGOV", "111", "ISR"), ("EGYGOV", "120", "ISR")}),
    ("Israeli troops raided and searched homes in the West Bank town of Jenin.", {("ISRMIL", "190", "PSE")}),
])
def test_two_verbs_share_the_object_hung_on_the_second(code, text, expected):
    """implied.object_partner: "arrested and beat X" arrests X too; the raid's place is the
    search's ("raided and searched homes in Jenin")."""
    assert triples(code, text) == expected


@pytest.mark.parametrize("text", [
    "Russia withdrew and Ukraine retook the town of Kupiansk.",  # the second verb has its own subject
    "Ethiopian troops attacked on Monday and seized the Eritrean town of Tesseney.",  # words between
])
def test_no_shared_object_across_a_subject_or_other_words(code, text):
    found = triples(code, text)
    assert not any(c == "190" for _, c, _ in found)


@pytest.mark.parametrize("text,expected", [
    ("Three protesters were shot dead by police in Lagos on Sunday.", ("NGACOP", "193")),
    ("Soldiers shot two Malian farmers dead near the border.", ("---MIL", "193")),
    ("Police beat the Turkish journalist unconscious.", ("---COP", "182")),
])
def test_a_complement_of_result_is_an_act_not_a_description(code, text, expected):
    """result_complements: "shot dead" is a shooting, unlike "called the tax unfair"."""
    assert expected in {(s, c) for s, c, _ in triples(code, text)}


def test_a_naming_complement_still_describes(code):
    assert triples(code, "The Kenyan president called the Ugandan tax unfair.") == set()


@pytest.mark.parametrize("text,expected", [
    ("The junta declared a state of emergency, suspending the constitution and arresting opposition leaders.",
     ("---GOV", "173", "---OPP")),
    ("Kenya decided to suspend aid and expel the Somali envoy.", ("KEN", "1313", "SOMGOV")),
])
def test_a_negating_verb_with_an_object_negates_no_conjunct(code, text, expected):
    """filters.coordinated_with: "suspending the constitution and arresting X" arrests X; the
    suspension's own object is what is stopped."""
    assert expected in triples(code, text)


@pytest.mark.parametrize("text", [
    "Russia stopped arming and training the separatist rebels.",
    "Nigeria refused to meet and negotiate with the rebels on Monday.",
])
def test_a_negating_verb_without_an_object_still_negates_its_conjunct(code, text):
    assert not any(c.startswith(("07", "04", "06")) for _, c, _ in triples(code, text))


def test_a_span_of_years_ahead_is_no_background(code):
    """dated_background: "for two years" on a plan looks ahead; on a perfect it lies behind."""
    assert triples(code, "Turkey plans to impose tariffs on Greek goods for two years.") == {("TUR", "1312", "GRC")}
    assert triples(code, "Turkey has imposed tariffs on Greek goods for years.") == set()
    assert triples(code, "Egypt supported the Sudanese army for decades.") == set()


def test_a_month_that_ends_an_act_does_not_date_it(code):
    """end_prepositions: "until April" in a story of March is when the delay ends."""
    assert triples(code, "Washington delayed the tariffs on Mexico until April.", date="2025-03-10") == {
        ("USA", "085", "MEX")}
    assert triples(code, "Washington suspended aid to Mexico till May.", date="2025-03-10") == {
        ("USA", "162", "MEX")}
    assert triples(code, "Washington imposed tariffs on Mexico in April.", date="2025-03-10") == set()


KENYA = "Kenya's president said on Monday that Kenyan police would stay in Haiti. Kenyan officials said the mission was going well. "


def test_a_visit_with_no_host_named_is_to_the_storys_country(code):
    """implied_targets "042": host: visitors of another country visit the story's country."""
    assert ("FRAGOV", "042", "KEN") in triples(code, KENYA + "A delegation of French ministers arrived on Tuesday for talks on trade.")


@pytest.mark.parametrize("text", [
    KENYA + "The Kenyan president arrived back in the capital on Tuesday.",  # the story's own
    "Chinese President Xi Jinping arrived on Sunday for a three-day state visit.",  # no story country
])
def test_no_host_for_a_visitor_at_home_or_without_a_storys_country(code, text):
    assert not any(c == "042" for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    ("Three protesters were arrested by police in Lagos on Sunday.", ("NGACOP", "173", "NGACVL")),
    ("A French journalist was detained by police in Bamako.", ("MLICOP", "173", "FRAMED")),
])
def test_a_passives_by_phrase_sets_the_scene(code, text, expected):
    """phrases._sets_the_scene: "by police in Lagos" sets the scene of the whole clause, as
    "Police arrested three protesters in Lagos" does (the protesters are Nigeria's too); a
    national of another state keeps his own."""
    assert triples(code, text) == {expected}
