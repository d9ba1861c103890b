"""Readers at corpus scale: streaming, .gz, stdin, every kind of bad record, dates, max_chars."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest
from hypothesis import given, settings, strategies as st

from coder import readers
from coder.errors import InputError
from coder.model import ReadError, Story
from coder.readers import KINDS, read, read_petrarch_xml, read_stream, story_files


def story_line(ident, text="Egypt praised Jordan.", **fields) -> str:
    return json.dumps({"id": ident, "text": text, **fields})


def stream_of(data: bytes, name: str = "in.jsonl", fmt=None, **rules) -> list:
    return list(read_stream(io.BytesIO(data), name, fmt, **rules))


def stories_of(items) -> list:
    return [i.id for i in items if isinstance(i, Story)]


def errors_of(items) -> list:
    return [(i.origin, i.kind) for i in items if isinstance(i, ReadError)]


# --- each kind of bad record ----------------------------------------------------------------


def test_each_kind_of_bad_json_line_is_reported_with_its_line_and_skipped():
    lines = [
        story_line("ok-1", date="2024-07-31"),
        '{"id": "x", "text": ',                                  # invalid-json
        b'{"id": "x", "text": "caf\xe9"}'.decode("latin-1"),      # not-utf8 (written as bytes below)
        '["id", "text"]',                                         # not-an-object
        '{"text": "No id at all."}',                              # no-id
        '{"id": {"a": 1}, "text": "An id that is an object."}',  # no-id
        '{"id": "x"}',                                            # no-text
        '{"id": "x", "text": "   "}',                             # no-text
        '{"id": "x", "text": 42}',                                # no-text
        story_line("long", "x" * 101, date="2024-07-31"),         # too-long
        story_line("x", date="31.07.2024"),                       # bad-date
        story_line("x"),                                          # no-date
        '{"id": "x", "text": "\\ud800 half a pair", "date": "2024-07-31"}',  # not-utf8 (an escape)
        story_line(7, date="20240731"),
    ]
    data = "\n".join(lines).encode("latin-1")
    items = stream_of(data, max_chars=100)
    assert stories_of(items) == ["ok-1", "7"]
    assert errors_of(items) == [
        ("in.jsonl:2", "invalid-json"), ("in.jsonl:3", "not-utf8"), ("in.jsonl:4", "not-an-object"),
        ("in.jsonl:5", "no-id"), ("in.jsonl:6", "no-id"), ("in.jsonl:7", "no-text"), ("in.jsonl:8", "no-text"),
        ("in.jsonl:9", "no-text"), ("in.jsonl:10", "too-long"), ("in.jsonl:11", "bad-date"),
        ("in.jsonl:12", "no-date"), ("in.jsonl:13", "not-utf8")]
    too_long = next(i for i in items if isinstance(i, ReadError) and i.kind == "too-long")
    assert str(too_long) == ("in.jsonl:10: story 'long' has 101 characters of text, over --max-chars 100: "
                             "skipped whole (raise --max-chars to code it)")
    assert all(i.kind in KINDS for i in items if isinstance(i, ReadError))


def test_max_chars_zero_is_no_limit():
    assert stories_of(stream_of(story_line("a", "x" * 300_000, date="2024-07-31").encode(), max_chars=0)) == ["a"]
    assert errors_of(stream_of(story_line("a", "x" * 200_001, date="2024-07-31").encode())) == [
        ("in.jsonl:1", "too-long")]  # the default is 200,000 characters


def test_a_read_error_as_a_record_of_the_errors_file():
    error = ReadError("data/in.jsonl:12", "missing 'text'", "no-text")
    assert str(error) == "data/in.jsonl:12: missing 'text'"
    assert error.to_dict() == {"file": "data/in.jsonl", "line": 12, "kind": "no-text", "reason": "missing 'text'"}
    whole = ReadError("data/in.xml", "no <Sentence> records", "no-records")
    assert whole.to_dict() == {"file": "data/in.xml", "line": None, "kind": "no-records",
                               "reason": "no <Sentence> records"}
    assert json.loads(json.dumps(error.to_dict())) == error.to_dict()


XML = """<Sentences>
<Sentence date="20240731" id="S1-1"><Text>Egypt praised Jordan.</Text></Sentence>
<Sentence id="S2-1"><Text>A record without a date.</Text></Sentence>
<Sentence date="20240731"><Text>A record without an id.</Text></Sentence>
<Sentence date="20240731" id="S3-1"><Text>  </Text></Sentence>
<Sentence date="2024" id="S4-1"><Text>A bad date.</Text></Sentence>
<Sentence date="20240731" id="S5-1"><Text>Salt & pepper.</Text></Sentence>
<Sentence date="20240731" id="S6-1"><Text>Chad praised Niger.</Text></Sentence>
<Sentence date="20240731" id="S6-2"><Text>Niger thanked Chad in return.</Text></Sentence>
<Sentence date="20240731" id="S7-1"><Text>caf\xe9</Text></Sentence>
<Sentence date="20240731" id="S8-1"><Text>Mali praised Benin.</Text></Sentence>
</Sentences>
"""


def test_each_kind_of_bad_petrarch_record_is_reported_and_skipped():
    items = stream_of(XML.encode("latin-1"), "in.xml", max_chars=40)
    assert stories_of(items) == ["S1", "S8"]
    assert errors_of(items) == [
        ("in.xml:3", "no-date"), ("in.xml:4", "no-id"), ("in.xml:5", "no-text"), ("in.xml:6", "bad-date"),
        ("in.xml:7", "bad-xml"), ("in.xml:10", "not-utf8"), ("in.xml:8", "too-long")]
    # a story is whole (and checked) only when a record of another story comes: errors in between come first
    too_long = next(i for i in items if isinstance(i, ReadError) and i.kind == "too-long")
    assert "story 'S6' has 49 characters of text" in too_long.reason  # the two sentences, joined by a space


def test_petrarch_dates_fill_and_undated_records():
    filled = stream_of(XML.encode("latin-1"), "in.xml", date="2020-01-02")
    assert [(s.id, s.date) for s in filled if isinstance(s, Story)] == [
        ("S1", "2024-07-31"), ("S2", "2020-01-02"), ("S6", "2024-07-31"), ("S8", "2024-07-31")]
    undated = stream_of(XML.encode("latin-1"), "in.xml", allow_undated=True)
    assert [(s.id, s.date) for s in undated if isinstance(s, Story)][1] == ("S2", None)


def test_text_files_over_max_chars_and_without_a_date(tmp_path):
    (tmp_path / "long.txt").write_text("Egypt praised Jordan. " * 10, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Egypt praised Jordan.", encoding="utf-8")
    items = list(read(str(tmp_path), max_chars=100, date="2024-07-31"))
    assert stories_of(items) == ["short"]
    assert [str(i) for i in items if isinstance(i, ReadError)] == [
        f"{tmp_path / 'long.txt'}:1: story 'long' has 220 characters of text, over --max-chars 100: "
        "skipped whole (raise --max-chars to code it)"]
    assert errors_of(read(str(tmp_path / "short.txt"))) == [(f"{tmp_path / 'short.txt'}:1", "no-date")]


def test_a_default_date_that_is_not_a_date_is_refused_before_reading(tmp_path):
    (tmp_path / "s.jsonl").write_text(story_line("a") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="date '31/07/2024'"):
        read(str(tmp_path / "s.jsonl"), "31/07/2024")
    with pytest.raises(InputError, match="unknown input format 'csv'"):
        read(str(tmp_path / "s.jsonl"), fmt="csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no \.jsonl, \.json, \.xml or \.txt files"):
        read(str(tmp_path / "empty"))
    with pytest.raises(InputError, match="no such file or folder"):
        read(str(tmp_path / "nope.jsonl"))


# --- gz, folders, stdin --------------------------------------------------------------------


def write_gz(path, text: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)


def test_gz_of_every_format_in_a_folder(tmp_path):
    (tmp_path / "a").mkdir()
    write_gz(tmp_path / "a" / "article.txt.gz", "Egypt praised Jordan.\n")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "article.txt").write_text("Chad praised Niger.\n", encoding="utf-8")
    write_gz(tmp_path / "s.jsonl.gz", story_line("j1") + "\n{broken\n" + story_line("j2") + "\n")
    write_gz(tmp_path / "p.xml.gz", XML.split("\n", 3)[0] + "\n" + XML.split("\n")[1] + "\n</Sentences>\n")
    write_gz(tmp_path / "notes.csv.gz", "a,b\n")
    assert [p.relative_to(tmp_path).as_posix() for p in story_files(tmp_path)] == [
        "a/article.txt.gz", "b/article.txt", "p.xml.gz", "s.jsonl.gz"]
    items = list(read(str(tmp_path), "2024-07-31"))
    assert stories_of(items) == ["a/article", "b/article", "S1", "j1", "j2"]
    assert errors_of(items) == [(f"{tmp_path / 's.jsonl.gz'}:2", "invalid-json")]


def test_a_single_gz_file_and_its_format_from_the_suffix_under_it(tmp_path):
    path = tmp_path / "story.txt.gz"
    write_gz(path, "{ this text starts with a brace but the suffix says text }\n")
    story, = read(str(path), "2024-07-31")
    assert story.id == "story" and story.text.startswith("{ this text")


def test_a_broken_gz_is_reported_after_the_stories_before_the_break(tmp_path):
    path = tmp_path / "s.jsonl.gz"
    lines = "".join(story_line(f"s{n}", f"Story number {n} praised Jordan.", date="2024-07-31") + "\n"
                    for n in range(2000))
    whole = gzip.compress(lines.encode("utf-8"))
    path.write_bytes(whole[:len(whole) // 2])
    items = list(read(str(path)))
    assert 0 < len(stories_of(items)) < 2000
    last = items[-1]
    assert isinstance(last, ReadError) and last.kind == "unreadable" and last.origin == str(path)
    assert last.reason.startswith("cannot read past line ")
    (tmp_path / "fake.jsonl.gz").write_text(story_line("a"), encoding="utf-8")
    assert errors_of(read(str(tmp_path / "fake.jsonl.gz"))) == [(str(tmp_path / "fake.jsonl.gz"), "unreadable")]


class Stdin:
    def __init__(self, data):
        self.buffer = data if hasattr(data, "read") else io.BytesIO(data)


@pytest.mark.parametrize("data, ids", [
    (b"\n  \n" + story_line("j", date="2024-07-31").encode() + b"\n", ["j"]),
    (b'\n<Sentences><Sentence date="20240731" id="x-1"><Text>Egypt praised Jordan.</Text></Sentence></Sentences>',
     ["x"]),
    (b"Egypt praised Jordan.\n", ["stdin"]),
    (gzip.compress(story_line("z", date="2024-07-31").encode()), ["z"]),  # gzip on stdin is recognised
])
def test_stdin_is_sniffed_from_its_first_characters(monkeypatch, data, ids):
    monkeypatch.setattr(sys, "stdin", Stdin(data))
    assert stories_of(read("-", "2024-07-31")) == ids


def test_stdin_line_numbers_count_the_blank_lines_read_to_sniff(monkeypatch):
    monkeypatch.setattr(sys, "stdin", Stdin(b"\n" * 5000 + b"{oops\n"))
    assert errors_of(read("-")) == [("<stdin>:5001", "invalid-json")]


# --- lazy: nothing read before it is needed -------------------------------------------------


class Failing(io.RawIOBase):
    """A pipe that gives its lines one at a time and then breaks: a reader that waits for the
    whole input before yielding anything yields nothing."""

    def __init__(self, lines):
        self.lines = iter(lines)

    def readable(self):
        return True

    def readinto(self, buffer):
        line = next(self.lines, None)
        if line is None:
            raise RuntimeError("the rest of the input has not come yet")
        buffer[:len(line)] = line
        return len(line)


def first_items_before_failure(iterator) -> list:
    seen = []
    with pytest.raises(RuntimeError, match="has not come yet"):
        for item in iterator:
            seen.append(item)
    return seen


def test_stdin_stories_are_yielded_as_their_lines_come(monkeypatch):
    lines = [story_line(f"s{n}", date="2024-07-31").encode() + b"\n" for n in range(5)]
    monkeypatch.setattr(sys, "stdin", Stdin(io.BufferedReader(Failing(lines))))
    assert stories_of(first_items_before_failure(read("-"))) == ["s0", "s1", "s2", "s3", "s4"]


def test_petrarch_records_are_yielded_as_they_come():
    lines = [b"<Sentences>\n"] + [f'<Sentence date="20240731" id="S{n}-1"><Text>Egypt praised Jordan.</Text>'
                                  f"</Sentence>\n".encode() for n in range(4)]
    seen = first_items_before_failure(read_stream(Failing(lines), "in.xml"))
    assert stories_of(seen) == ["S0", "S1", "S2"]  # S3 may go on in the next record: held until its end


class Watched(io.BytesIO):
    """A file that notes how much was asked of it at once."""

    largest = 0

    def read(self, size=-1):
        assert size is not None and size >= 0, "the whole file was read at once"
        Watched.largest = max(Watched.largest, size)
        return super().read(size)

    read1 = read


def test_a_big_file_is_read_block_by_block():
    data = b"".join(story_line(f"s{n}", "Egypt praised Jordan. " * 20, date="2024-07-31").encode() + b"\n"
                    for n in range(20_000))  # about 9 MB
    stream = Watched(data)
    items = read_stream(stream, "big.jsonl")
    first = next(items)
    assert first.id == "s0" and stream.tell() <= 2 * readers._BLOCK
    assert sum(1 for _ in items) == 19_999
    assert Watched.largest <= readers._BLOCK


# --- the XML reader gives the same stories however its input is cut into blocks -------------------


PETRARCH = """<!-- a comment that mentions <Sentence id="C-1"> -->
<Sentences>
<Sentence date="20240731" id="A-1"><Text>Egypt praised Jordan.</Text></Sentence>
<Sentence date="20240731" id="A-2">
<Text>
They met again.
</Text>
<!-- <Sentence date="20240731" id="GONE-1"><Text>Commented out.</Text></Sentence> -->
</Sentence>
<Config option="x" value="1"/>
<Sentence date="20240731" id="B-1"><Text>Salt & pepper.</Text></Sentence>
<Sentence date="20240801" id="B-2"><Text>Chad praised Niger.</Text>
<Sentence date="20240801" id="C-1"><EventCoding noevents="True"/><Text>Mali praised Benin.</Text></Sentence>
<Stop/>
<Sentence date="20240802" id="D_1"><Text>The end.</Text></Sentence>
</Sentences>
"""


def test_petrarch_xml_read_whole_and_in_blocks():
    whole = list(read_petrarch_xml(PETRARCH, "p.xml"))
    assert [(s.id, s.origin, [sid for sid, _ in s.sentences]) for s in whole if isinstance(s, Story)] == [
        ("A", "p.xml:3", ["A-1", "A-2"]), ("C-1", "p.xml:13", ["C-1"]), ("D", "p.xml:15", ["D_1"])]
    assert errors_of(whole) == [("p.xml:11", "bad-xml"), ("p.xml:12", "bad-xml")]  # '&'; a record never closed
    assert list(read_petrarch_xml(iter(PETRARCH), "p.xml")) == whole  # one character at a time


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(PETRARCH)), max_size=12))
def test_petrarch_xml_is_the_same_whatever_the_block_boundaries(cuts):
    points = sorted(set(cuts))
    blocks = [PETRARCH[a:b] for a, b in zip([0] + points, points + [len(PETRARCH)])]
    assert list(read_petrarch_xml(blocks, "p.xml")) == list(read_petrarch_xml(PETRARCH, "p.xml"))


def test_petrarch_xml_file_read_in_small_blocks(tmp_path, monkeypatch):
    path = tmp_path / "p.xml"
    path.write_text(PETRARCH, encoding="utf-8")
    expected = list(read(str(path)))
    monkeypatch.setattr(readers, "_BLOCK", 5)
    assert list(read(str(path))) == expected


# --- never a crash on any bytes, one item for every line that is not blank ---------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=60),
    st.sampled_from([b"\xff", b"\xef\xbb\xbf{}", b"{\"id\": 1}", b"[1, 2]", b"null", b"{\"id\": \"\\ud800\", \"text\": \"x\"}",
                     b"9" * 5000, b"[" * 5000, b"\x1f\x8b", b"{\"id\": \"a\", \"text\": \"b\", \"date\": \"0000-00-00\"}"]),
    st.builds(lambda i, t, d: story_line(i, t, **({"date": d} if d else {})).encode(),
              st.one_of(st.text(max_size=5), st.integers()), st.text(max_size=20),
              st.one_of(st.none(), st.dates().map(str), st.text(max_size=8))),
), max_size=10), st.booleans())
def test_json_lines_reader_never_raises_and_reports_every_line(lines, undated):
    data = b"\n".join([story_line("first", date="2024-07-31").encode()] + lines)
    items = stream_of(data, "h.jsonl", "jsonl", allow_undated=undated, max_chars=30)
    nonblank = [number for number, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    assert [i.origin for i in items] == [f"h.jsonl:{number}" for number in nonblank]
    for item in items:
        if isinstance(item, ReadError):
            assert item.kind in KINDS and item.line == int(item.origin.rsplit(":", 1)[1])
        else:
            assert item.id.strip() and item.text.strip() and len(item.text) <= 30
            assert (item.date is not None or undated) and json.dumps(item.__dict__, ensure_ascii=False).encode("utf-8")


def test_a_json_lines_file_whose_first_line_is_an_array_is_not_read_as_an_array(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('["not", "a story"]\n' + story_line("a", date="2024-07-31") + "\n", encoding="utf-8")
    items = list(read(str(path)))
    assert stories_of(items) == ["a"] and errors_of(items) == [(f"{path}:1", "not-an-object")]
    array = tmp_path / "s.json"
    array.write_text("[" + story_line("a", date="2024-07-31") + "]", encoding="utf-8")
    assert stories_of(read(str(array))) == ["a"]


def test_a_text_stdin_without_bytes_is_read(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(story_line("t", "Égypte praised Jordan.", date="2024-07-31") + "\n"))
    story, = read("-")
    assert story.id == "t" and story.text == "Égypte praised Jordan."


def test_a_byte_order_mark_is_no_part_of_the_first_story(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + story_line("a", date="2024-07-31").encode() + b"\n")
    assert stories_of(read(str(path))) == ["a"]
    unnamed = tmp_path / "stories"  # no suffix: sniffed past the mark
    unnamed.write_bytes(b"\xef\xbb\xbf\n<Sentences><Sentence date='20240731' id='x-1'><Text>Egypt praised Jordan."
                        b"</Text></Sentence></Sentences>")
    assert stories_of(read(str(unnamed))) == ["x"]


def test_a_long_text_file_is_too_long_even_when_it_starts_blank():
    items = stream_of(b" " * 50 + b"Egypt praised Jordan.", "corpus/a.txt.gz", "txt", max_chars=20, date="2024-07-31")
    assert [(i.kind, i.reason.split(" has ")[0]) for i in items] == [("too-long", "story 'a'")]
