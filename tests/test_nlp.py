"""The NLP stage: a pipeline that cannot parse is refused; a long story is parsed and coded in
pieces, with the same events as when parsed whole."""

import pytest

import coder.nlp
from coder import Coder
from coder.errors import CoderError
from coder.model import Story
from coder.nlp import cut_paragraph, parse_stories

# A story of our own: pronouns and plural references that reach back over earlier sentences,
# titles and abbreviations whose full stop ends no sentence, quotes, and events in most sentences.
MEDIUM = " ".join([
    "President William Ruto of Kenya arrived in Addis Ababa on Monday for talks on the border.",
    "He praised Ethiopia for reopening the crossing near Moyale.",
    "Gen. Tadesse Alemu, the Ethiopian army chief, met the Kenyan delegation at 9 a.m. Tuesday.",
    "The U.S. embassy welcomed the meeting.",
    "Somali officials accused Ethiopia of sending troops across the frontier.",
    "They said the soldiers had entered two villages.",
    "Ethiopia denied the claim.",
    "\"We have no troops there,\" a spokesman said.",
    "Egypt urged Ethiopia to share data on the dam.",
    "Sudan offered to mediate between Egypt and Ethiopia.",
    "Rebels attacked a police station in the north, officials said.",
    "The police arrested twelve suspects after the attack.",
    "Kenya and Ethiopia signed an agreement on trade.",
    "Ruto thanked the Ethiopian prime minister.",
    "He invited him to visit Nairobi.",
    "Uganda condemned the attack on the police station.",
    "Eritrea rejected the statement from Djibouti.",
    "China pledged aid to Ethiopia.",
    "The talks ended on Wednesday.",
])


def test_a_pipeline_given_to_coder_without_a_parser_is_refused(nlp, dictionaries):
    with nlp.select_pipes(disable=["parser"]):
        with pytest.raises(CoderError, match="has no parser; coder needs an English pipeline"):
            Coder(dictionaries, model=nlp).code("Egypt praised Jordan.", date="2024-01-01")


def test_a_short_paragraph_is_not_cut():
    assert cut_paragraph(MEDIUM) == [("", MEDIUM, "")]


def test_a_long_paragraph_is_cut_at_sentence_ends_only():
    parts = cut_paragraph(MEDIUM, frozenset({"gen"}), size=40)
    pieces = [piece for _, piece, _ in parts]
    assert "".join(pieces) == MEDIUM
    assert len(pieces) > 10
    for before, piece, after in parts:  # parsed between whole sentences around it
        assert before + piece + after in MEDIUM
        assert len(before) >= 200 or MEDIUM.startswith(before + piece)
        assert len(after) >= 200 or MEDIUM.endswith(piece + after)
    ends = [piece.rstrip()[-8:] for piece in pieces[:-1]]
    assert all(end.endswith((".", ".\"", "!", "?")) for end in ends), ends
    assert not any(piece.startswith(("Tadesse", "embassy", "Tuesday")) for piece in pieces)  # Gen. U.S. a.m.


def test_a_long_story_is_handed_on_in_pieces(monkeypatch, nlp):
    monkeypatch.setattr(coder.nlp, "PIECE_CHARS", 300)
    story = Story("long", MEDIUM + "\n" + MEDIUM, "2024-05-06")
    pieces = list(parse_stories([story, Story("short", "Chad praised Niger.", "2024-05-06")], nlp))
    assert len(pieces) > 4
    assert [last for _, _, last in pieces] == [False] * (len(pieces) - 2) + [True, True]
    ids = [s.sentence_id for _, sentences, _ in pieces[:-1] for s in sentences]
    assert ids == [str(n) for n in range(1, len(ids) + 1)]  # counted on across the pieces


def test_a_story_coded_in_pieces_has_the_events_of_the_story_coded_whole(monkeypatch, coder_builtin):
    story = Story("medium", MEDIUM + "\n" + MEDIUM, "2024-05-06")
    whole = next(coder_builtin.analyse_stories([story]))
    monkeypatch.setattr(coder.nlp, "PIECE_CHARS", 120)  # a piece of a sentence or two
    pieces = next(coder_builtin.analyse_stories([story]))
    assert [a.sentence.text for a in pieces.analyses] == [a.sentence.text for a in whole.analyses]
    assert pieces.events == whole.events
    assert len(whole.events) > 10
    praised = [e for e in whole.events if e.verb_text.startswith("praised")]
    assert praised and praised[0].source.startswith("KEN")  # "He" is Ruto, named a piece before


def test_a_long_story_coded_for_its_events_lets_each_piece_s_parse_go(monkeypatch, coder_builtin):
    story = Story("medium", MEDIUM, "2024-05-06")
    whole = next(coder_builtin.analyse_stories([story]))
    monkeypatch.setattr(coder.nlp, "PIECE_CHARS", 400)
    light = next(coder_builtin.analyse_stories([story], parses=False))
    assert light.events == whole.events
    assert [a.issues for a in light.analyses] == [a.issues for a in whole.analyses]
    assert all(a.view is None and a.sentence.span is None for a in light.analyses)
    assert next(coder_builtin.code_stories([story]))[1] == whole.events


def test_a_discard_phrase_in_a_later_piece_discards_the_long_story(monkeypatch, coder_builtin):
    monkeypatch.setattr(coder.nlp, "PIECE_CHARS", 120)
    story = Story("sport", MEDIUM + " Kenya later won the gold medal in the relay.", "2024-05-06")
    result = next(coder_builtin.analyse_stories([story]))
    assert result.discarded == "discard phrase 'gold medal'" and result.events == []


def test_a_sentence_s_text_is_spacy_s_text_of_its_span(monkeypatch, nlp):
    """The sentence texts, cut from the text each doc was made of, are spaCy's own texts of
    their spans: in a paragraph of several sentences with runs of spaces and a typographic
    quote, a headline, a PETRARCH-style record given as one sentence, and the pieces of a
    long paragraph parsed with the sentences around them."""
    text = ("Chad praised Niger.   Then the envoy of Mali said \u201cwe will talk\u201d to Benin.\n"
            "  Togo  recalled its ambassador!  ")
    stories = [Story("plain", text, "2024-05-06", title="Ghana Condemns Attack On Border Post"),
               Story("record", "", "2024-05-06", sentences=(("1", "Kenya accused Somalia.  Of arming rebels"),))]
    monkeypatch.setattr(coder.nlp, "PIECE_CHARS", 300)
    stories.append(Story("long", MEDIUM, "2024-05-06"))
    sentences = [s for _, found, _ in parse_stories(stories, nlp) for s in found]
    assert len(sentences) > 8
    assert all(s.text == s.span.text for s in sentences)
