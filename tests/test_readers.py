"""Readers: every format, every bad record reported with file:line and skipped."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings, strategies as st

from coder.errors import InputError
from coder.model import ReadError, Story
from coder.readers import (KINDS, normalize_date, petrarch_elements, read, read_petrarch_xml, read_stream,
                           story_id_of)
from coder.validation import read_records


def test_dates_are_normalised_to_iso():
    assert normalize_date("20080804") == "2008-08-04"
    assert normalize_date("2024-07-31") == "2024-07-31"
    assert normalize_date("2024-07-31T10:00:00Z") == "2024-07-31"
    assert normalize_date("") is None
    with pytest.raises(ValueError, match="expected yyyy-mm-dd"):
        normalize_date("31/07/2024")


def read_bytes(data: bytes, name: str = "in.jsonl", fmt=None, **rules) -> list:
    return list(read_stream(io.BytesIO(data), name, fmt, **rules))


def errors_of(items) -> list:
    return [str(i) for i in items if isinstance(i, ReadError)]


def kinds_of(items) -> list:
    return [i.kind for i in items if isinstance(i, ReadError)]


def test_jsonl_reads_stories_and_reports_bad_lines():
    text = "\n".join([
        json.dumps({"id": "a", "date": "2024-07-31", "text": "Iraq condemned the strikes.", "title": "T",
                    "source": "AFP", "url": "http://x"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        "",
        json.dumps({"id": "c", "date": "July 31", "text": "x"}),
        json.dumps(["a list"]),
        json.dumps({"id": 7, "text": "Numbers as ids are kept as text."}),
    ])
    items = read_bytes(text.encode(), allow_undated=True)
    stories = [i for i in items if isinstance(i, Story)]
    errors = errors_of(items)
    assert [s.id for s in stories] == ["a", "7"]
    assert stories[0].title == "T" and stories[0].source == "AFP" and stories[0].date == "2024-07-31"
    assert stories[0].origin == "in.jsonl:1" and stories[1].date is None
    assert errors[0].startswith("in.jsonl:2: not valid JSON")
    assert errors[1] == "in.jsonl:3: empty 'text'"
    assert errors[2].startswith("in.jsonl:5: date 'July 31'")
    assert errors[3] == "in.jsonl:6: expected a JSON object {\"id\", \"date\", \"text\"}, not an array"
    assert kinds_of(items) == ["invalid-json", "no-text", "bad-date", "not-an-object"]


PETRARCH = """<!-- a comment with <Sentence id="x-1"> inside -->
<Sentences>
<Sentence date="20080804" id="AFP01_1" source="AFP" sentence="True">
<Text>
Arnor restored
ties with Gondor.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date = "20080804" id ="AFP01_2" sentence = "True">
<Text>They met.</Text>
</Sentence>
<Sentence date="2008" id="AFP02_1"><Text>Bad date.</Text></Sentence>
<Sentence date="20080805" id="AFP03_1"><Text>Fish & chips.</Text></Sentence>
<Sentence date="20080805" id="AFP04-1"><Text>Last one.</Text></Sentence>
</Sentences>
"""


def test_petrarch_xml_groups_sentences_into_stories_and_keeps_their_ids():
    items = list(read_petrarch_xml(PETRARCH, "g.xml"))
    stories = [i for i in items if isinstance(i, Story)]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert [s.id for s in stories] == ["AFP01", "AFP04"]
    assert stories[0].sentences == (("AFP01_1", "Arnor restored ties with Gondor."), ("AFP01_2", "They met."))
    assert stories[0].date == "2008-08-04" and stories[0].origin == "g.xml:3"
    assert errors[0].startswith("g.xml:13: date '2008'")
    assert errors[1].startswith("g.xml:14: not well-formed XML")


DATED = """<Sentences>
<Sentence date="20080804" id="AFP01_1"><Text>Arnor restored ties with Gondor.</Text></Sentence>
<Sentence date="20080804" id="AFP01_2"><Text>They met.</Text></Sentence>
<Sentence date="20080805" id="AFP01_3"><Text>A day later they met again.</Text></Sentence>
<Sentence date="20080805" id="AFP02_1"><Text>Another story.</Text></Sentence>
</Sentences>
"""


def test_petrarch_xml_sentences_keep_their_own_date():
    """A story's sentences are grouped only while their dates agree: a later date starts a new
    story (same id), so the date-bounded actor codes of each sentence are those of its date."""
    stories = list(read_petrarch_xml(DATED, "d.xml"))
    assert [(s.id, s.date, [sid for sid, _ in s.sentences]) for s in stories] == [
        ("AFP01", "2008-08-04", ["AFP01_1", "AFP01_2"]),
        ("AFP01", "2008-08-05", ["AFP01_3"]),
        ("AFP02", "2008-08-05", ["AFP02_1"]),
    ]
    assert [s.origin for s in stories] == ["d.xml:2", "d.xml:4", "d.xml:5"]


RECORDS = """<Validation>
<Environment><Config option="require_dyad" value="false"></Config></Environment>
<Sentences>
<!-- <Sentence date="19950101" id="GONE-01"><Text>Commented out.</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Config option="comma_max" value="9"/>
<Text>He said nothing.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-03"><Text>Not a validation record.</Text></Sentence>
<Sentence date="19950101" id="DEMO-04"><Text>Nor this one.</Text></Sentence>
<Stop></Stop>
<Sentence date="19950101" id="AFTER-01"><EventCoding noevents="True"/><Text>After the stop.</Text></Sentence>
</Sentences>
</Validation>
"""


def test_a_record_with_its_expected_coding_is_a_story_of_its_own():
    """Validation and unit-test records (<EventCoding>) are unrelated sentences: each is its own
    story, named by its id, so no pronoun referent or discard carries over between them; plain
    records of one story id are grouped as before. `coder code` reads past <Stop>."""
    stories = list(read_petrarch_xml(RECORDS, "v.xml"))
    assert [(s.id, [sid for sid, _ in s.sentences]) for s in stories] == [
        ("DEMO-01", ["DEMO-01"]), ("DEMO-02", ["DEMO-02"]), ("DEMO", ["DEMO-03", "DEMO-04"]),
        ("AFTER-01", ["AFTER-01"])]


def test_petrarch_elements_are_records_configs_and_stops_in_order():
    items = list(petrarch_elements(RECORDS, "v.xml"))
    assert [(origin, element.tag, element.get("id") or element.get("option"), lines)
            for origin, element, lines in items] == [
        ("v.xml:2", "Config", "require_dyad", ()),
        ("v.xml:5", "Sentence", "DEMO-01", ()),
        ("v.xml:9", "Sentence", "DEMO-02", (11,)),
        ("v.xml:14", "Sentence", "DEMO-03", ()),
        ("v.xml:15", "Sentence", "DEMO-04", ()),
        ("v.xml:16", "Stop", None, ()),
        ("v.xml:17", "Sentence", "AFTER-01", ()),
    ]


def test_validation_records_are_read_as_the_story_reader_reads_them(tmp_path):
    """`coder validate` finds records as `coder code` does; <Config> elements apply from the
    next record on, with their own lines; <Stop> ends the records."""
    path = tmp_path / "v.xml"
    path.write_text(RECORDS)
    records = read_records(path)
    assert [(r.id, r.where) for r in records] == [
        ("DEMO-01", "v.xml:5"), ("DEMO-02", "v.xml:9"), ("DEMO-03", "v.xml:14"), ("DEMO-04", "v.xml:15")]
    assert records[0].expected == {("ARN", "GON", "064")} and records[0].config == (("require_dyad", "false", "v.xml:2"),)
    assert records[1].noevents and records[1].config == (("comma_max", "9", "v.xml:11"),)
    assert records[1].text == "He said nothing."


def test_a_broken_validation_record_is_an_error_with_its_place(tmp_path):
    from coder.errors import InputError

    path = tmp_path / "v.xml"
    path.write_text(RECORDS.replace("He said nothing.", "He said nothing & left."))
    with pytest.raises(InputError, match=r"v\.xml:9: not well-formed XML"):
        read_records(path)
    path.write_text("Not XML at all.\n")
    with pytest.raises(InputError, match=r"v\.xml: no <Sentence> records"):
        read_records(path)


def test_pronouns_do_not_leak_across_validation_records(coder_builtin):
    """Two unrelated records: "he" in the second must not be the first record's actor."""
    xml = """<Sentences>
<Sentence date="20240731" id="T-01"><EventCoding sourcecode="IRQ" targetcode="IRN" eventcode="111"/>
<Text>Iraq condemned Iran.</Text></Sentence>
<Sentence date="20240731" id="T-02"><EventCoding noevents="True"/><Text>He praised Israel.</Text></Sentence>
</Sentences>"""
    events = [e for _, found in coder_builtin.code_stories(read_petrarch_xml(xml, "t.xml")) for e in found]
    assert [(e.story_id, e.source, e.code, e.target) for e in events] == [("T-01", "IRQ", "111", "IRN")]


def test_story_ids_from_sentence_ids():
    assert story_id_of("AFP0808020625_4") == "AFP0808020625"
    assert story_id_of("DEMO-01") == "DEMO"
    assert story_id_of("plain") == "plain"


def test_plain_text_headline_and_date():
    story, = read_bytes(b"Iraqi PM Condemns Strikes\nThe prime minister condemned them.\nMore.", "a.txt", "txt",
                        stem="a", date="2024-07-31")
    assert story.title == "Iraqi PM Condemns Strikes" and story.id == "a" and story.date == "2024-07-31"
    assert story.text == "The prime minister condemned them.\nMore."
    story, = read_bytes(b"One sentence only, no headline.\nAnother line.", "b.txt", "txt", stem="b", allow_undated=True)
    assert story.title is None and story.date is None
    assert errors_of(read_bytes(b"  \n", "c.txt", "txt", date="2024-07-31")) == ["c.txt:1: empty story"]
    assert errors_of(read_bytes(b"", "d.txt", "txt", date="2024-07-31")) == ["d.txt:1: empty story"]


def test_folders_and_missing_inputs(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "x"}\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Body text.")
    (tmp_path / "ignored.csv").write_text("a,b")
    (tmp_path / "bad.txt").write_bytes(b"line one\n\xff\xfe bad")
    items = list(read(str(tmp_path), allow_undated=True))
    assert [i.id for i in items if isinstance(i, Story)] == ["1", "sub/b"]  # a .txt id is its path in the folder
    assert errors_of(items) == [f"{tmp_path / 'bad.txt'}:2: not UTF-8 text (byte 0xff)"]
    with pytest.raises(InputError, match="no such file"):
        list(read(str(tmp_path / "nope.jsonl")))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=40),
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=5), st.integers()), "text": st.text(max_size=20)},
                          optional={"date": st.one_of(st.text(max_size=10), st.dates().map(str)),
                                    "title": st.one_of(st.none(), st.text(max_size=5))}).map(json.dumps),
), max_size=8))
def test_jsonl_reader_never_crashes_and_accounts_for_every_line(lines):
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    items = read_bytes(text.encode("utf-8"), "h.jsonl", "jsonl", allow_undated=True)
    assert all(isinstance(i, (Story, ReadError)) for i in items)
    assert all(i.kind in KINDS for i in items if isinstance(i, ReadError))
    nonblank = [number for number, line in enumerate(text.encode("utf-8").split(b"\n"), 1) if line.strip()]
    assert [int(i.origin.rsplit(":", 1)[1]) for i in items] == nonblank


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_xml_reader_never_crashes(text):
    for item in read_petrarch_xml("<Sentence id='a-1' date='20080101'><Text>" + text, "h.xml"):
        assert isinstance(item, (Story, ReadError))


def test_coder_code_codes_the_validation_records_as_coder_validate_does(tmp_path):
    """Through the story path (`coder code FILE`), each of PETRARCH's dev records codes what
    `coder validate` codes for it (the file has no <Config> that changes the reading)."""
    from coder import Coder
    from coder.cli import main
    from coder.readers import read_file
    from coder.validation import code_records

    from conftest import SHARED, need_shared

    petrarch = need_shared(SHARED / "petrarch")
    assert main(["dict", "import-petrarch", "--out", str(tmp_path / "petr"),
                 "--verbs", str(petrarch / "PETR.Validate.verbs.txt"),
                 "--actors", str(petrarch / "PETR.Validate.actors.txt"),
                 "--agents", str(petrarch / "PETR.Validate.agents.txt"),
                 "--discards", str(petrarch / "PETR.Validate.discards.txt")]) == 0
    coder = Coder(tmp_path / "petr")
    path = petrarch / "validation.dev.xml"
    records = read_records(path)
    assert all(option == "stop_on_error" for r in records for option, _, _ in r.config)
    by_record, _ = code_records(records, coder)
    stories = [s for s in read_file(path) if isinstance(s, Story)]
    assert all(len(s.sentences) == 1 for s in stories)  # every dev record is a story of its own
    coded = [frozenset((e.source, e.target or "---", e.code) for e in events)
             for _, events in coder.code_stories(stories)]
    expected = [r.coded for r in by_record if r.record.date]  # the reader skips a record without a date
    assert coded == expected


def test_a_bad_line_of_json_lines_is_skipped_the_others_read(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id": "1", "text": "Egypt praised Jordan."}\n{"id": "2", "text": "caf\xe9"}\n'
                     b'{"id": "3", "text": "Chad praised Niger."}\n')
    items = list(read(str(path), "2024-07-31"))
    assert [i.id for i in items if isinstance(i, Story)] == ["1", "3"]
    assert errors_of(items) == [f"{path}:2: not UTF-8 text (invalid continuation byte at byte 25 of the line)"]
    assert kinds_of(items) == ["not-utf8"]


def test_a_json_array_of_stories_is_read(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('[\n  {"id": "a", "text": "Egypt praised Jordan."},\n  {"id": "b"},\n  7,\n'
                    '  {"id": "c", "date": "2024-02-30", "text": "Chad praised Niger."}\n]\n', encoding="utf-8")
    items = list(read(str(path), allow_undated=True))
    assert [i.id for i in items if isinstance(i, Story)] == ["a"]
    assert errors_of(items) == [f"{path}:3: story 2 of the array: missing 'text'",
                                f"{path}:4: story 3 of the array: expected a JSON object "
                                '{"id", "date", "text"}, not a number',
                                f"{path}:5: story 4 of the array: date '2024-02-30': expected yyyy-mm-dd or yyyymmdd"]
    assert kinds_of(items) == ["no-text", "not-an-object", "bad-date"]


def test_a_broken_json_array_is_read_up_to_the_break(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('[{"id": "a", "text": "Egypt praised Jordan."},\n {"id": "b", "text": oops},\n'
                    ' {"id": "c", "text": "Chad praised Niger."}]', encoding="utf-8")
    items = list(read(str(path), "2024-07-31"))
    assert [i.id for i in items if isinstance(i, Story)] == ["a"]
    assert errors_of(items) == [f"{path}:2: not valid JSON (Expecting value at column 22); "
                                "the rest of the array is not read"]
    path.write_text('[{"id": "a", "text": "Egypt praised Jordan."} {"id": "b"}]', encoding="utf-8")
    assert kinds_of(read(str(path), "2024-07-31")) == ["invalid-json"]
    path.write_text(' [ ] ', encoding="utf-8")
    assert list(read(str(path))) == []


def test_the_date_option_fills_stories_without_a_date(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "1", "text": "x"}\n{"id": "2", "text": "y", "date": "2020-01-02"}\n', encoding="utf-8")
    assert [i.date for i in read(str(path), "2024-05-06")] == ["2024-05-06", "2020-01-02"]


def test_a_file_read_as_the_wrong_format_is_reported(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "1", "text": "x"}\n', encoding="utf-8")
    items = list(read(str(path), fmt="xml"))
    assert [str(i) for i in items] == [f"{path}: no <Sentence> records: not PETRARCH XML (see --input-format)"]
