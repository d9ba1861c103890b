"""Calling an actor's act something is a judgement, no phone call (issue 10, wrong verb sense).

"call" with a direct object and an object complement (a noun phrase or an adjective after the
object) codes no 041, whatever shape the parser gave the complement: ``oprd``, an adjective hung
on the object ("called Nigeria's closure illegal"), a clause whose verb is the object's misread
last word ("called the Chinese offer a positive step"), or the object hung as a modifier on the
complement ("called the decision good news"). A clearly approving complement (the synset
``approving``: constructive, a positive step, a welcome move) is praise, 051; a disapproving one
(``disparaging``) criticism, 111; any other complement codes nothing. A phone call stays one:
"Xi called Lula on Tuesday", "called Macron to discuss the fund".
"""

from __future__ import annotations

import pytest

from news_helpers import triples_on

triples = triples_on("2025-03-01")


@pytest.mark.parametrize("text,expected", [
    ("Seoul called the Chinese offer a positive step.", ("KOR", "051", "CHN")),
    ("Kenya called the Ugandan proposal a welcome move.", ("KEN", "051", "UGA")),
    ("Ankara called the Greek proposal constructive.", ("TUR", "051", "GRC")),
    ("The Kenyan president called Ethiopia's decision a welcome development.", ("KENGOV", "051", "ETH")),
])
def test_an_approving_complement_is_praise(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "041" for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("Nigeria called Ghana's border closure illegal.", ("NGA", "111", "GHA")),
    ("Beijing called the Taiwanese visit an act of aggression.", ("CHN", "111", "TWN")),
    ("Canada called the Indian allegations absurd.", ("CAN", "111", "IND")),
])
def test_a_disapproving_complement_is_criticism(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "041" for _, c, _ in coded)


@pytest.mark.parametrize("text", [
    "Tokyo called the North Korean missile test a serious matter.",
    "Brazil called the American decision good news.",
    "The Thai foreign minister called Laos's statement unacceptable.",
    "The minister called the agreement historic.",
])
def test_any_complement_makes_no_phone_call(code, text):
    """Complements the parser hid in the object or misread as a verb: no 041."""
    assert not any(c == "041" for _, c, _ in triples(code, text))


@pytest.mark.parametrize("text,expected", [
    ("Lula called Macron to discuss the Amazon fund.", ("BRAGOV", "041", "FRAGOV")),
    ("Erdogan called Putin after the attack.", ("TURGOV", "041", "RUSGOV")),
    ("The minister called the Iraqi envoy twice last week.", ("---GOV", "041", "IRQGOV")),
    ("Xi called Lula on Tuesday.", ("CHNGOV", "041", "BRAGOV")),
])
def test_a_phone_call_stays_one(code, text, expected):
    assert expected in triples(code, text)


def test_calling_on_and_calling_for_keep_their_codes(code):
    assert ("EGY", "020", "ETH") in triples(code, "Cairo called on Addis Ababa to stop filling the dam.")
    assert ("FRA", "026", "DZA") in triples(code, "Paris called for talks with Algeria.")


def test_naming_verbs_is_a_setting_a_folder_may_empty(dictionary_folder, coder_builtin):
    """Without call among the naming verbs, the adjective hung on the object is not read as a
    complement and the phone call comes back."""
    from coder import Coder

    text = "Vietnam's ministry called Laos's remarks unacceptable."
    assert not any(e.code == "041" for e in coder_builtin.code(text, date="2025-03-01"))
    mine = Coder([dictionary_folder(settings={"naming_verbs": []})], model=coder_builtin.nlp, cache=False)
    assert any(e.code == "041" for e in mine.code(text, date="2025-03-01"))


# --- a qualified threat or a danger named is criticism ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Philippines called the Chinese maneuvers dangerous.", ("PHL", "111", "CHN")),
    ("The Egyptian president called the Ethiopian dam an existential threat.", ("EGYGOV", "111", "ETH")),
    ("Tokyo called the North Korean missile launch a serious threat.", ("JPN", "111", "PRK")),
])
def test_calling_an_act_dangerous_or_a_grave_threat_is_criticism(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "041" for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("Manila called the Chinese coast guard on Friday about the dangerous incident.", ("PHL", "041", "CHNMIL")),
    ("The minister called Beijing to discuss the serious threat from floods.", ("---GOV", "041", "CHN")),
])
def test_a_danger_spoken_of_in_a_call_is_no_criticism(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "111" for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("Hanoi called Cambodia's accusations baseless.", ("VNM", "111", "KHM")),
    ("Vietnam's ministry called Laos's remarks unacceptable.", ("VNMGOV", "111", "LAO")),
    ("Brazil called the American decision good news.", ("BRA", "051", "USA")),
])
def test_a_complement_folded_into_the_object_is_judged(code, text, expected):
    """The parser hung the complement on the object (an adjective after its head, or the
    object as a modifier of the complement's noun): the $target phrase ends before it, so the
    approving and disparaging patterns see it and the object's actor is the target."""
    coded = triples(code, text)
    assert expected in coded
    assert not any(c == "041" for _, c, _ in coded)


@pytest.mark.parametrize("text,expected", [
    ("Modi called Putin's team yesterday.", ("INDGOV", "041", "RUSGOV")),
    ("The minister called Ghana's president last night.", ("---GOV", "041", "GHAGOV")),
])
def test_an_object_without_a_folded_complement_is_still_phoned(code, text, expected):
    coded = triples(code, text)
    assert expected in coded
    assert not any(c in ("051", "111") for _, c, _ in coded)


def test_a_folded_complement_neither_approving_nor_disparaging_codes_nothing(code):
    """Regrettable is in neither synset: no praise, no criticism, and no phone call."""
    assert not triples(code, "Seoul called Japan's statement regrettable.")
