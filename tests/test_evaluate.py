"""`coder evaluate`: gold formats, matching rules, figures, the command line.

Tiny gold files and stories written here; most tests code with a stand-in coder that looks the
events of each sentence up in a table, so that they test the scoring and not the dictionaries.
One test at the end codes through the real coder.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from coder import cli
from coder.commands import evaluate as evaluate_command
from coder.api import as_story
from coder.engine import StoryResult
from coder.evaluate import (EXAMPLES, GOLD, PETRARCH, GoldEvent, GoldSentence, detect, evaluate, match_musts,
                            read_examples, read_gold, render, score_sentence)
from coder.errors import InputError
from coder.model import Event


class TableCoder:
    """Codes by a table: sentence text -> [(source, code, target)]. A story's text is split after
    each full stop; the title is sentence 0, body sentences count from 1 (as coder numbers them)."""

    reading = SimpleNamespace(name="table")

    def __init__(self, table: dict, discard: tuple = ()):
        self.table, self.discard, self.coded = table, discard, []

    def analyse_stories(self, stories):
        for item in stories:
            story = as_story(item)
            self.coded.append(story.id)
            if story.id in self.discard:
                yield StoryResult(story, [], "discard phrase 'football'")
                continue
            if story.sentences is not None:
                pieces = list(story.sentences)
            else:
                pieces = [("0", story.title)] if story.title else []
                pieces += [(str(k), t) for k, t in enumerate(re.split(r"(?<=\.)\s+", story.text.strip()), 1)]
            analyses = [SimpleNamespace(sentence=SimpleNamespace(sentence_id=sid, text=text),
                                        events=[event(story, sid, text, *e) for e in self.table.get(text, [])])
                        for sid, text in pieces]
            yield StoryResult(story, analyses)


def event(story, sentence_id, text, source, code, target) -> Event:
    return Event(story_id=story.id, sentence_id=sentence_id, date=story.date, source=source, target=target,
                 code=code, label="", root=code[:2], quad_class=0, goldstein=0.0, source_text="", verb_text="",
                 target_text="", pattern="", sentence=text)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- matching ---------------------------------------------------------------------------------

def gold_event(source="", code="", target="") -> GoldEvent:
    def alts(value):
        return tuple(value) if isinstance(value, list) else (value,)
    return GoldEvent(alts(source), alts(code), alts(target))


def sentence(must=(), may=()) -> GoldSentence:
    return GoldSentence("s", 1, tuple(must), tuple(may), None, "g.yaml:1", 1)


def test_fields_match_by_prefix_lists_give_alternatives_and_empty_matches_anything():
    g = gold_event("USA", ["11", "012"], "")
    assert g.matches(("USAGOV", "111", "CHN"))
    assert g.matches(("USA", "012", ""))  # "" matches even no target
    assert not g.matches(("USA", "013", "CHN"))  # 013 is neither 11x nor 012
    assert not g.matches(("RUS", "111", "CHN"))
    assert not g.matches(("---GOV", "111", "CHN"))  # an unknown country is not USA
    assert gold_event(["TUR", "USA"], "04", ["TUR", "USA"]).matches(("TURGOV", "042", "USA"))
    assert gold_event("", "", "").matches(("X", "190", ""))
    assert str(gold_event("USA", ["11", "012"], "")) == 'USA 11|012 ""'


def test_a_must_event_is_matched_at_most_once():
    twice = sentence(must=[gold_event("USA", "19", ""), gold_event("USA", "19", "")])
    matched, correct = score_sentence(twice, [("USAMIL", "190", "IRQ")])
    assert len(matched) == 1 and correct == [True]  # one coded event: one of the two musts
    once = sentence(must=[gold_event(["IRN", "IRQ"], "04", ["IRN", "IRQ"])])
    matched, correct = score_sentence(once, [("IRN", "042", "IRQ"), ("IRQ", "042", "IRN")])
    assert len(matched) == 1 and correct == [True, True]  # both directions are right, one must found


def test_the_matching_finds_the_most_musts():
    """A coded event that matches two musts goes where no other event can."""
    musts = (gold_event("USA", "1", ""), gold_event("USA", "19", ""))
    coded = [("USA", "190", "IRQ"), ("USA", "111", "IRQ")]
    assert match_musts(musts, coded) == {0: 1, 1: 0}


def test_may_events_are_not_counted_in_recall_and_unmatched_events_are_false_positives():
    gold = sentence(must=[gold_event("IRQ", "111", "USA")], may=[gold_event("IRQ", "02", "")])
    matched, correct = score_sentence(gold, [("IRQ", "020", "USA"), ("IRQ", "173", "USA")])
    assert matched == {} and correct == [True, False]


# --- gold YAML --------------------------------------------------------------------------------

STORIES = "\n".join(json.dumps(s) for s in [
    {"id": "s1", "date": "2024-07-31", "title": "Iraq Condemns Strikes",
     "text": "Iraq condemned the strikes. Iran praised Iraq. Officials met on Monday."},
    {"id": "s2", "date": "2024-08-01", "text": "Kenya sent troops. The football match ended."},
    {"id": "s3", "date": "2024-08-02", "text": "Not in any gold file."},
]) + "\n"

TABLE = {
    "Iraq Condemns Strikes": [("IRQGOV", "111", "USA")],
    "Iraq condemned the strikes.": [("IRQGOV", "111", "USA"), ("IRQ", "111", "USA")],
    "Iran praised Iraq.": [("IRN", "051", "IRQ"), ("IRQ", "051", "IRN")],
    "Officials met on Monday.": [("---GOV", "040", "")],
    "Not in any gold file.": [("USA", "190", "IRQ")],
}

GOLD_YAML = """\
# a gold YAML of our own
records:
- story_id: s1
  sent_index: 0
  must: [{source: IRQ, code: '11', target: USA}]
  may: []
- story_id: s1
  sent_index: 1
  text: anything at all (ignored)
  must: [{source: IRQ, code: '111', target: USA}]
  may: []
- story_id: s1
  sent_index: 2
  must:
  - {source: IRN, code: ['05', '04'], target: IRQ}
  - {source: IRN, code: '173', target: IRQ}
  may: []
- story_id: s1
  sent_index: 3
  must: []
  may: []
- story_id: s2
  sent_index: 1
  must: [{source: KEN, code: '07', target: ''}]
  may: []
"""


def test_gold_yaml_recall_precision_and_roots(tmp_path):
    gold = write(tmp_path, "g.yaml", GOLD_YAML)
    stories = write(tmp_path, "s.jsonl", STORIES)
    coder = TableCoder(TABLE, discard=("s2",))
    report, = evaluate([gold], coder, [stories])
    f = report.figures
    assert report.format == GOLD
    assert (f["sentences"], f["must"], f["may"]) == (5, 5, 0)
    # musts: title 11 (found), 111 (found once though coded twice), 05|04 (found), 173 (missed),
    # KEN 07 (missed: its story is discarded)
    assert f["matched"] == 3 and f["recall"] == 0.6
    # coded on gold sentences: 1 + 2 + 2 + 1; right: 1 + 2 + 1 (IRN 051 IRQ; IRQ 051 IRN matches
    # nothing); the ---GOV meeting on sentence 3 is a false positive; s3 is in no gold file
    assert (f["coded"], f["correct"]) == (6, 4)
    assert f["precision"] == round(4 / 6, 4) and f["f1"] == round(2 * 0.6 * (4 / 6) / (0.6 + 4 / 6), 4)
    assert f["stories_discarded"] == 1 and f["text_mismatches"] == 1
    assert "s3" not in coder.coded  # only the stories the gold names are coded
    assert (report.roots["11"].gold, report.roots["11"].found, report.roots["11"].coded) == (2, 2, 3)
    assert (report.roots["05"].gold, report.roots["05"].found, report.roots["05"].coded, report.roots["05"].correct) \
        == (1, 1, 2, 1)
    assert (report.roots["17"].gold, report.roots["17"].found) == (1, 0)


def test_gold_yaml_show_lists_misses_and_false_positives_with_the_sentence(tmp_path):
    gold = write(tmp_path, "g.yaml", GOLD_YAML)
    stories = write(tmp_path, "s.jsonl", STORIES)
    report, = evaluate([gold], TableCoder(TABLE, discard=("s2",)), [stories])
    text = render(report, show=True)
    assert "recall" in text and " 60.0%" in text
    assert "s1 sentence 2  g.yaml:12" in text
    assert "text:     Iran praised Iraq." in text
    assert "missed:   IRN 173 IRQ" in text
    assert "false positive: IRQ 051 IRN" in text
    assert "false positive: ---GOV 040 ---" in text
    assert "(story discarded: discard phrase 'football')" in text
    assert "1 stories discarded as a whole" in text


def test_several_gold_files_are_reported_each_and_pooled(tmp_path):
    first = write(tmp_path, "a.yaml", GOLD_YAML)
    second = write(tmp_path, "b.yaml", "records:\n- {story_id: s3, sent_index: 1, must: [{source: USA, code: '19', "
                                       "target: IRQ}], may: []}\n")
    stories = write(tmp_path, "s.jsonl", STORIES)
    a, b, pooled = evaluate([first, second], TableCoder(TABLE, discard=("s2",)), [stories])
    assert b.figures["recall"] == 1.0 and b.figures["precision"] == 1.0
    assert pooled.format == "union" and pooled.path == "a.yaml + b.yaml"
    assert (pooled.figures["must"], pooled.figures["matched"]) == (6, 4)
    assert (pooled.figures["coded"], pooled.figures["correct"]) == (7, 5)


def test_gold_yaml_parsing_and_its_errors(tmp_path):
    sentences = read_gold(tmp_path / "g.yaml", detect(write(tmp_path, "g.yaml", GOLD_YAML))[1])
    assert [(s.story_id, s.sent_index, s.line) for s in sentences][:2] == [("s1", 0, 3), ("s1", 1, 7)]
    assert sentences[2].must[0].code == ("05", "04") and sentences[4].must[0].target == ("",)
    bad = {
        "records:\n- {story_id: s1, sent_index: 1, must: [{source: IRQ, code: 042}], may: []}\n":
            r"g\.yaml:2: `code` 34 is a number to YAML.*quote it",
        "records:\n- {story_id: s1, must: [], may: []}\n": r"g\.yaml:2: a record needs `sent_index`",
        "records:\n- {story_id: s1, sent_index: -1, must: [], may: []}\n": r"g\.yaml:2: sent_index -1",
        "records:\n- {story_id: s1, sent_index: 1, must: [], may: []}\n- {story_id: s1, sent_index: 1}\n":
            r"g\.yaml:3: story 's1' sentence 1 again \(first at line 2\)",
        "records:\n- {story_id: s1, sent_index: 1, must: [{source: IRQ}], may: []}\n":
            r"g\.yaml:2: a gold event needs `code`",
        "records:\n- {story_id: s1, sent_index: 1, must: IRQ, may: []}\n":
            r"g\.yaml:2: `must` must be a list",
    }
    for text, message in bad.items():
        path = write(tmp_path, "g.yaml", text)
        with pytest.raises(InputError, match=message):
            read_gold(path, detect(path)[1])


# PETRARCH XML stories: records T_1 and T_2 form story T, X_1 story X, T_3 a second story T; the
# id A_1 is used twice in one story (both records of story A).
XML_STORIES = """<Sentences>
<Sentence id="T_1" date="20080806"><Text>Arnor condemned Gondor.</Text></Sentence>
<Sentence id="T_2" date="20080806"><Text>Gondor praised Rohan.</Text></Sentence>
<Sentence id="X_1" date="20080806"><Text>Rohan met Arnor.</Text></Sentence>
<Sentence id="T_3" date="20080806"><Text>Arnor attacked Rohan.</Text></Sentence>
<Sentence id="A_1" date="20080806"><Text>Gondor threatened Arnor.</Text></Sentence>
<Sentence id="A_1" date="20080806"><Text>Rohan thanked Gondor.</Text></Sentence>
<Sentence id="E_1" date="20080806"><Text></Text></Sentence>
</Sentences>
"""
XML_TABLE = {"Arnor condemned Gondor.": [("ARN", "111", "GON")], "Gondor praised Rohan.": [("GON", "051", "ROH")],
             "Rohan met Arnor.": [("ROH", "040", "ARN")], "Arnor attacked Rohan.": [("ARN", "190", "ROH")],
             "Gondor threatened Arnor.": [("GON", "130", "ARN")], "Rohan thanked Gondor.": [("ROH", "051", "GON")]}


def test_gold_yaml_addresses_petrarch_xml_records_by_their_id(tmp_path):
    """A gold of a PETRARCH XML file names each record by its id, index 0 (coder codes a record
    as one sentence), whatever story the reader gathers it into; a record id used twice gives
    its second record index 1; a later story with an earlier story's id is still reached."""
    stories = write(tmp_path, "s.xml", XML_STORIES)
    gold = write(tmp_path, "g.yaml", "records:\n" + "".join(
        f"- {{story_id: '{sid}', sent_index: {n}, must: [{{source: {s}, code: '{c}', target: {t}}}], may: []}}\n"
        for sid, n, s, c, t in (("T_1", 0, "ARN", "11", "GON"), ("T_2", 0, "GON", "05", "ROH"),
                                ("X_1", 0, "ROH", "04", "ARN"), ("T_3", 0, "ARN", "19", "ROH"),
                                ("A_1", 0, "GON", "13", "ARN"), ("A_1", 1, "ROH", "05", "GON"))))
    coder = TableCoder(XML_TABLE)
    report, = evaluate([gold], coder, [stories])
    f = report.figures
    assert (f["sentences"], f["must"], f["matched"], f["coded"], f["correct"]) == (6, 6, 6, 6, 6)
    assert sorted(coder.coded) == ["A", "T", "T", "X"]
    far = write(tmp_path, "far.yaml", "records:\n- {story_id: T_1, sent_index: 1, must: [], may: []}\n")
    with pytest.raises(InputError, match=r"far\.yaml:2: record 'T_1' is coded as one sentence"):
        evaluate([far], TableCoder(XML_TABLE), [stories])
    empty = write(tmp_path, "e.yaml", "records:\n- {story_id: E_1, sent_index: 0, must: [], may: []}\n")
    with pytest.raises(InputError, match=r"e\.yaml:2: story 'E_1' is in none of the --stories files"):
        evaluate([empty], TableCoder(XML_TABLE), [stories])


def test_gold_yaml_needs_its_stories(tmp_path):
    gold = write(tmp_path, "g.yaml", GOLD_YAML)
    with pytest.raises(InputError, match=r"g\.yaml: a gold YAML names its stories by id: give the stories with"):
        evaluate([gold], TableCoder(TABLE), [])
    other = write(tmp_path, "o.jsonl", '{"id": "x", "text": "Nothing."}\n')
    with pytest.raises(InputError, match=r"g\.yaml:3: story 's1' is in none of the --stories files"):
        evaluate([gold], TableCoder(TABLE), [other])
    far = write(tmp_path, "far.yaml", "records:\n- {story_id: s1, sent_index: 9, must: [], may: []}\n")
    message = r"far\.yaml:2: story 's1' has sentences 0-3 as coder splits it; no sentence 9$"
    with pytest.raises(InputError, match=message):
        evaluate([far], TableCoder(TABLE), [write(tmp_path, "s.jsonl", STORIES)])


# --- CAMEO codebook examples ------------------------------------------------------------------

EXAMPLES_YAML = """\
records:
- id: EX-1
  text: Baghdad condemned the raids.
  code: '111'
  root: '11'
  source: [{text: Iraq, code: IRQ, sector: GOV}]
  target: [{text: United States, code: USA}]
  reciprocal: false
- id: EX-2
  text: Tehran praised Baghdad.
  code: '0511'
  root: '05'
  source: [{text: Iran, code: JAP}]
  target: []
  linked_codes: ['0401']
  reciprocal: false
- id: EX-3
  text: Leaders met on Monday.
  code: '043'
  root: '04'
  source: [{text: Kenyan, code: KEN}, {text: Ugandan, code: UGA}]
  target: []
  reciprocal: true
- id: EX-4
  text: Nothing coded here.
  code: '190'
  root: '19'
  source: []
  target: []
  reciprocal: false
"""

EXAMPLES_TABLE = {
    "Baghdad condemned the raids.": [("IRQGOV", "111", "USAMIL"), ("IRQ", "190", "USA")],
    "Tehran praised Baghdad.": [("JPN", "051", "IRQ"), ("IRQ", "040", "JPN")],
    "Leaders met on Monday.": [("UGAGOV", "043", "KENGOV"), ("KEN", "020", "UGA")],
}


def test_examples_root_exact_wrong_root_and_loose_actors(tmp_path):
    path = write(tmp_path, "ex.yaml", EXAMPLES_YAML)
    coder = TableCoder(EXAMPLES_TABLE)
    report, = evaluate([path], coder, [])
    f = report.figures
    assert report.format == EXAMPLES and coder.coded == ["EX-1", "EX-2", "EX-3", "EX-4"]
    assert (f["records"], f["root_hits"], f["exact_hits"]) == (4, 3, 2)  # EX-2 codes 051, not 0511
    # wrong roots: IRQ 190 on EX-1, KEN 020 on EX-3; IRQ 040 on EX-2 is its linked code's root
    assert (f["coded"], f["wrong_root"], f["wrong_root_per_sentence"]) == (6, 2, 0.5)
    # actors: IRQGOV/USAMIL match IRQ/USA; JPN matches the older JAP; a reciprocal record's
    # parties may stand on either side
    assert (f["actor_root_hits"], f["actor_exact_hits"], f["records_with_actors"]) == (3, 2, 3)
    assert f["recall"] == 0.75 and f["precision"] == round(4 / 6, 4)
    assert (report.roots["19"].gold, report.roots["19"].found, report.roots["19"].coded) == (1, 0, 1)
    assert report.roots["04"].correct == 2  # the linked code's event and EX-3's meeting
    text = render(report, show=True)
    assert "expected root coded" in text and " 75.0%  (3 of 4 records)" in text
    assert "EX-4  ex.yaml:24  expects 190" in text and "missed:     root 19" in text
    assert "EX-2  ex.yaml:9  expects 0511  source JPN" in text and "missed:     code 0511 (root coded)" in text
    assert "wrong root: IRQ 190 USA" in text


def test_examples_parsing_and_errors(tmp_path):
    path = write(tmp_path, "ex.yaml", EXAMPLES_YAML)
    records = read_examples(path, detect(path)[1])
    assert [(r.id, r.code, r.root, r.sources, r.targets, r.reciprocal) for r in records][:3] == [
        ("EX-1", "111", "11", ("IRQ",), ("USA",), False), ("EX-2", "0511", "05", ("JPN",), (), False),
        ("EX-3", "043", "04", ("KEN", "UGA"), (), True)]
    assert records[1].linked_roots == {"04"} and records[0].where == "ex.yaml:2"
    path = write(tmp_path, "ex.yaml", "records:\n- {id: A, text: Some text., code: 111}\n")
    with pytest.raises(InputError, match=r"ex\.yaml:2: `code` 111 is a number to YAML"):
        read_examples(path, detect(path)[1])
    path = write(tmp_path, "ex.yaml", "records:\n- {id: A, text: Some text., code: 'x1'}\n")
    with pytest.raises(InputError, match=r"ex\.yaml:2: code 'x1': expected a CAMEO code"):
        read_examples(path, detect(path)[1])


# --- PETRARCH validation XML ------------------------------------------------------------------

VALIDATION = """<Validation>
<Sentences>
<Sentence date="19950101" id="T-01" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor condemned Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="VERB">
<EventCoding noevents="True"></EventCoding>
<Text>He praised them.</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="AGENT">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="051"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARNGOV" eventcode="051"></EventCoding>
<Text>Arnor officials praised Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-04" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>ARNOR, Jan 1 (AFP) -</Text>
</Sentence>
</Sentences>
</Validation>
"""

VALIDATION_TABLE = {
    "Arnor condemned Gondor.": [("ARN", "111", "GON")],
    "He praised them.": [("ARN", "051", "")],
    "Arnor officials praised Gondor.": [("ARNGOV", "051", "GON")],
    "ARNOR, Jan 1 (AFP) -": [("ARN", "010", "")],
}


def test_validation_xml_exact_records_and_event_scores(tmp_path):
    path = write(tmp_path, "v.xml", VALIDATION)
    assert detect(path)[0] == PETRARCH
    coder = TableCoder(VALIDATION_TABLE)
    report, = evaluate([path], coder, [])
    f = report.figures
    # each record with its own coding is a story of its own, as `coder code` reads the file
    assert coder.coded == ["T-01", "T-02", "T-02", "T-04"]
    assert (f["records"], f["scored"], f["exact"]) == (4, 3, 1)  # the dateline record is not scored
    # events: 3 expected, 3 coded (the one with no target is ARN 051 ---), 2 right; the two T-02
    # records (one id twice) are told apart by their order
    assert (f["expected_events"], f["coded_events"], f["correct_events"]) == (3, 3, 2)
    assert f["recall"] == round(2 / 3, 4) and f["precision"] == round(2 / 3, 4)
    assert report.categories == {"VERB": [2, 1], "AGENT": [1, 0]}
    assert (report.roots["05"].gold, report.roots["05"].found, report.roots["05"].coded) == (2, 1, 2)
    text = render(report, show=True)
    assert "exact records" in text and " 33.3%  (1 of 3)" in text
    assert "T-02 [VERB] v.xml:7" in text and "coded:    ARN --- 051" in text
    assert "T-02 [AGENT] v.xml:11" in text and "missing:  GON ARNGOV 051" in text


def test_a_petrarch_file_without_expected_codings_is_not_gold(tmp_path):
    path = write(tmp_path, "g.xml", '<Sentences><Sentence id="A_1" date="20080101"><Text>Arnor left.</Text>'
                                    '</Sentence></Sentences>')
    with pytest.raises(InputError, match=r"g\.xml: no record has an <EventCoding>"):
        evaluate([path], TableCoder({}), [])


# --- the command line -------------------------------------------------------------------------

def run(capsys, monkeypatch, *argv, coder=None):
    if coder is not None:
        monkeypatch.setattr(evaluate_command, "coder_for", lambda args: coder)
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_json_and_exit_status(tmp_path, capsys, monkeypatch):
    gold = write(tmp_path, "g.yaml", GOLD_YAML)
    stories = write(tmp_path, "s.jsonl", STORIES)
    examples = write(tmp_path, "ex.yaml", EXAMPLES_YAML)
    coder = TableCoder({**TABLE, **EXAMPLES_TABLE, "Kenya sent troops.": [("KENMIL", "074", "")]})
    status, out, err = run(capsys, monkeypatch, "evaluate", str(gold), str(examples), "--stories", str(stories),
                           "--json", coder=coder)
    assert status == 0, err
    figures = json.loads(out)
    assert figures["reading"] == "table" and [f["format"] for f in figures["files"]] == [GOLD, EXAMPLES]
    first = figures["files"][0]
    assert first["file"] == str(gold) and first["recall"] == 0.8 and first["must"] == 5
    assert first["roots"]["11"] == {"gold": 2, "found": 2, "recall": 1.0, "coded": 3, "correct": 3,
                                    "precision": 1.0, "exact": 0}
    assert "shown" not in first
    status, out, _ = run(capsys, monkeypatch, "evaluate", str(gold), "--stories", str(stories), "--json", "--show",
                         coder=coder)
    shown = json.loads(out)["files"][0]["shown"]
    assert {"story_id": "s1", "sent_index": 2, "where": "g.yaml:12", "text": "Iran praised Iraq.", "discarded": None,
            "coded": ["IRN 051 IRQ", "IRQ 051 IRN"], "missed": ["IRN 173 IRQ"],
            "false_positives": ["IRQ 051 IRN"]} in shown


def test_cli_user_errors_exit_2_with_the_place(tmp_path, capsys, monkeypatch):
    coder = TableCoder(TABLE)
    cases = {
        "missing.yaml": ("", r"^coder: error: \S*missing\.yaml: no such file$"),
        "bad.yaml": ("records: [\n", r"^coder: error: \S*bad\.yaml:2: not valid YAML"),
        "other.yaml": ("header: {}\n", r"^coder: error: \S*other\.yaml:1: unknown gold format"),
        "record.yaml": ("records:\n- {name: x}\n", r"^coder: error: \S*record\.yaml:2: unknown gold format"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        if text:
            path.write_text(text)
        status, out, err = run(capsys, monkeypatch, "evaluate", str(path), coder=coder)
        assert status == 2 and out == "" and "Traceback" not in err
        assert re.search(message, err.strip()), err


def test_cli_help_teaches_formats_matching_and_examples(capsys):
    with pytest.raises(SystemExit):
        cli.main(["evaluate", "--help"])
    out = capsys.readouterr().out
    for words in ("CAMEO codebook examples", "PETRARCH validation XML", "gold YAML", "by prefix",
                  "each must is matched by a coded event", "coder evaluate ../shared/corpus/voa.dev.gold.yaml",
                  "--stories", "--show", "--json"):
        assert words in out


def test_the_real_coder_codes_an_examples_file(tmp_path, capsys, monkeypatch, coder_builtin):
    path = write(tmp_path, "ex.yaml", "records:\n- id: A\n  text: Iraq condemned Iran.\n  code: '111'\n"
                                      "  source: [{code: IRQ}]\n  target: [{code: IRN}]\n")
    status, out, err = run(capsys, monkeypatch, "evaluate", str(path), "--json", coder=coder_builtin)
    assert status == 0, err
    figures = json.loads(out)["files"][0]
    assert (figures["root_hits"], figures["exact_hits"], figures["actor_exact_hits"]) == (1, 1, 1)
