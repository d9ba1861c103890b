"""Appeals (CAMEO 02) and demands (10) in real news, and the actors they lack, each rule on
sentences written for the test, positive and negative."""

from __future__ import annotations

import pytest


def triples(code, text, date="2024-07-31", title=None):
    return set(code(text, date=date, title=title))


# --- the subject of a verb the parser gave two ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Global response A French Foreign Ministry spokesperson expressed sympathy for the victims and "
     "urged the Malian government to restore order.", ("FRAGOV", "020", "MLIGOV")),
    ("International reaction A Japanese foreign ministry spokesperson expressed regret and urged "
     "Moscow to release the sailors.", ("JPNGOV", "0253", "RUS")),
])
def test_a_glued_sub_heading_is_no_subject(code, text, expected):
    """A sub-heading glued to the sentence ("Global response A ... spokesperson ...") is parsed
    as a second subject of the verb: the nearest one before the verb acts."""
    assert expected in triples(code, text)


def test_a_name_split_into_subjects_is_one_source(code):
    """The parser splits a long name into several subjects ("al - Khalifa"): the nearest that
    holds an actor acts."""
    coded = triples(code, "Bahrain's king, Sheikh Hamad bin Isa al-Khalifa urged Qatar on Monday to release "
                          "the Egyptian fishermen.")
    assert ("BHRGOV", "0253", "QAT") in coded


def test_a_single_subject_stays_the_source(code):
    coded = triples(code, "The reaction of Tokyo was swift: Japan urged Moscow to release the sailors.")
    assert ("JPN", "0253", "RUS") in coded
