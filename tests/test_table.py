"""coder table: counts and mean Goldstein by each grouping, date periods, --top, --sort, every
output format, every input format coder code writes, undated events, and bad files."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import sys

import pytest

from coder.cli import main
from coder.eventfiles import read_event_file
from coder.errors import InputError
from coder.model import Event
from coder.writers import open_writer

BASE = Event(story_id="s1", sentence_id="0", date="2024-07-01", source="KENGOV", target="KENOPP",
             code="111", label="Criticize or denounce", root="11", quad_class=3, goldstein=-2.0,
             source_text="the Kenyan government", verb_text="condemned", target_text="the opposition",
             pattern="verbs/11.yaml:1", sentence="The Kenyan government condemned the opposition.")


def event(**changes) -> Event:
    return dataclasses.replace(BASE, **changes)


# seven events over two months and two years; one without a date
EVENTS = [
    event(),                                                                     # Mon 2024-07-01
    event(date="2024-07-03"),                                                    # same ISO week
    event(date="2024-07-09", code="0871", label="Ceasefire", root="08", quad_class=2, goldstein=9.0,
          source="KENOPP", target="KENGOV"),
    event(date="2024-08-15", code="190", label="Use conventional military force", root="19",
          quad_class=4, goldstein=-10.0, source="SOMREB", target="KENMIL"),
    event(date="2024-08-20", code="040", label="Consult", root="04", quad_class=1, goldstein=1.0,
          source="KENGOV", target="SOMGOV"),
    event(date="2025-01-02", code="040", label="Consult", root="04", quad_class=1, goldstein=1.0,
          source="KENGOV", target="SOMGOV"),
    event(date=None, code="112", label="Accuse", root="11", quad_class=3, goldstein=-2.0,
          sentence='He said "no"\tand left.'),
]


def write_events(path, fmt, events=EVENTS):
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = open_writer(fmt, stream)
        for item in events:
            writer.write(item)
        writer.close()
    return path


def write_parquet(path, events=EVENTS, by_coder=True):
    """Parquet as coder code writes it (dates as dates), or as pyarrow types the JSON fields
    (dates as strings, as another tool may write them): both are read back."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from coder import writers

    if by_coder:
        if "parquet" not in writers.FORMATS:
            pytest.skip("coder code does not write Parquet in this checkout")
        with path.open("wb") as stream:
            writer = open_writer("parquet", stream)
            for item in events:
                writer.write(item)
            writer.close()
    else:
        pq.write_table(pa.Table.from_pylist([item.to_dict() for item in events]), path)
    return path


@pytest.fixture
def tsv(tmp_path):
    return write_events(tmp_path / "events.tsv", "tsv")


def table(capsys, *argv) -> tuple[int, str, str]:
    status = main(["table", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def rows(capsys, *argv) -> list[dict]:
    """The table as TSV, read back as dicts."""
    status, out, err = table(capsys, *argv, "-f", "tsv")
    assert status == 0, err
    return list(csv.DictReader(io.StringIO(out), delimiter="\t"))


def counts(found: list[dict], *columns) -> dict:
    return {tuple(row[c] for c in columns) if len(columns) > 1 else row[columns[0]]: int(row["events"])
            for row in found}


def test_by_root_is_the_default_most_events_first_with_labels_share_and_mean(capsys, tsv):
    found = rows(capsys, tsv)
    assert [row["root"] for row in found] == ["11", "04", "08", "19"]
    assert found[0] == {"root": "11", "root_label": "Disapprove", "events": "3", "share": "42.9",
                        "mean_goldstein": "-2.00"}
    assert found[1]["root_label"] == "Consult" and found[1]["mean_goldstein"] == "1.00"


def test_by_quad_names_each_class(capsys, tsv):
    found = rows(capsys, tsv, "--by", "quad")
    assert counts(found, "quad") == {"3": 3, "1": 2, "2": 1, "4": 1}
    assert {row["quad"]: row["quad_name"] for row in found}["4"] == "material conflict"


def test_by_code_gives_the_label_the_events_carry(capsys, tsv):
    found = rows(capsys, tsv, "--by", "code")
    assert counts(found, "code") == {"111": 2, "040": 2, "0871": 1, "190": 1, "112": 1}
    assert {row["code"]: row["label"] for row in found}["0871"] == "Ceasefire"


def test_by_dyad_source_and_target(capsys, tsv):
    assert counts(rows(capsys, tsv, "--by", "dyad"), "dyad") == {
        "KENGOV->KENOPP": 3, "KENGOV->SOMGOV": 2, "KENOPP->KENGOV": 1, "SOMREB->KENMIL": 1}
    assert counts(rows(capsys, tsv, "--by", "source"), "source") == {"KENGOV": 5, "KENOPP": 1, "SOMREB": 1}
    assert counts(rows(capsys, tsv, "--by", "target"), "target") == {
        "KENOPP": 3, "SOMGOV": 2, "KENGOV": 1, "KENMIL": 1}


def test_two_groupings_make_two_key_columns(capsys, tsv):
    found = rows(capsys, tsv, "--by", "source,quad")
    assert list(found[0])[:3] == ["source", "quad", "quad_name"]
    assert counts(found, "source", "quad")[("KENGOV", "3")] == 3


@pytest.mark.parametrize("freq, column, expected", [
    ("day", "date", {"2024-07-01": 1, "2024-07-03": 1, "2024-07-09": 1, "2024-08-15": 1,
                     "2024-08-20": 1, "2025-01-02": 1, "": 1}),
    ("week", "week", {"2024-07-01": 2, "2024-07-08": 1, "2024-08-12": 1, "2024-08-19": 1,
                      "2024-12-30": 1, "": 1}),
    ("month", "month", {"2024-07": 3, "2024-08": 2, "2025-01": 1, "": 1}),
    ("year", "year", {"2024": 5, "2025": 1, "": 1}),
])
def test_freq_buckets_dates_by_period_in_date_order_undated_last(capsys, tsv, freq, column, expected):
    found = rows(capsys, tsv, "--by", "date", "--freq", freq)
    assert counts(found, column) == expected
    assert [row[column] for row in found] == list(expected)  # in date order, (no date) last


def test_freq_alone_groups_by_date_first(capsys, tsv):
    found = rows(capsys, tsv, "--by", "quad", "--freq", "month")
    assert list(found[0])[:3] == ["month", "quad", "quad_name"]
    assert counts(found, "month", "quad") == {("2024-07", "2"): 1, ("2024-07", "3"): 2, ("2024-08", "1"): 1,
                                              ("2024-08", "4"): 1, ("2025-01", "1"): 1, ("", "3"): 1}


def test_undated_events_are_a_named_period_and_counted_in_the_summary(capsys, tsv):
    status, out, err = table(capsys, tsv, "--by", "date", "--freq", "month")
    assert status == 0
    assert out.splitlines()[-1].split()[:3] == ["(no", "date)", "1"]
    assert "7 events" in err and "1 without a date" in err
    status, out, err = table(capsys, tsv, "--by", "root")  # no date grouping: still counted
    assert sum(int(line.split()[-3]) for line in out.splitlines()[2:]) == 7


def test_top_keeps_the_most_frequent_groups(capsys, tsv):
    assert counts(rows(capsys, tsv, "--by", "dyad", "--top", "2"), "dyad") == {
        "KENGOV->KENOPP": 3, "KENGOV->SOMGOV": 2}


def test_top_with_a_date_keeps_the_most_frequent_others_in_every_period(capsys, tsv):
    found = rows(capsys, tsv, "--by", "date,root", "--freq", "year", "--top", "1")
    assert {row["root"] for row in found} == {"11"}
    assert counts(found, "year", "root") == {("2024", "11"): 2, ("", "11"): 1}


def test_sort_by_goldstein_key_and_reverse(capsys, tsv):
    by_goldstein = [row["root"] for row in rows(capsys, tsv, "--sort", "goldstein")]
    assert by_goldstein == ["08", "04", "11", "19"]
    assert [row["root"] for row in rows(capsys, tsv, "--sort", "key")] == ["04", "08", "11", "19"]
    assert [row["root"] for row in rows(capsys, tsv, "--sort", "key", "--reverse")] == ["19", "11", "08", "04"]


def test_output_formats(capsys, tsv, tmp_path):
    status, out, _ = table(capsys, tsv, "--by", "quad", "-f", "csv")
    assert status == 0 and out.splitlines()[0] == "quad,quad_name,events,share,mean_goldstein"
    assert "3,verbal conflict,3,42.9,-2.00" in out.splitlines()
    status, out, _ = table(capsys, tsv, "--by", "quad", "-f", "markdown")
    lines = out.splitlines()
    assert lines[0].split("|")[1].strip() == "quad" and set(lines[1]) <= set("|:-") and "| verbal conflict" in lines[2]
    status, out, _ = table(capsys, tsv, "--by", "quad")
    assert out.splitlines()[0].split() == ["quad", "quad_name", "events", "share", "mean_goldstein"]
    assert set(out.splitlines()[1]) <= {"-", " "}
    target = tmp_path / "quads.md"
    status, out, _ = table(capsys, tsv, "--by", "quad", "-f", "markdown", "-o", target)
    assert status == 0 and out == "" and "| verbal conflict" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "parquet-strings"])
def test_every_format_coder_code_writes_gives_the_same_table(capsys, tsv, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    if fmt.startswith("parquet"):
        write_parquet(path, by_coder=fmt == "parquet")
    else:
        write_events(path, fmt)
    args = ("--by", "date,dyad", "--freq", "week")
    assert table(capsys, path, *args) == table(capsys, tsv, *args)


def test_the_format_is_told_by_content_and_stdin_is_read(capsys, tsv, tmp_path, monkeypatch):
    renamed = tmp_path / "events.txt"
    write_events(renamed, "jsonl")
    expected = table(capsys, tsv, "--by", "code")
    assert table(capsys, renamed, "--by", "code") == expected
    monkeypatch.setattr(sys, "stdin", io.StringIO(tsv.read_text(encoding="utf-8")))
    assert table(capsys, "-", "--by", "code") == expected


def test_several_files_are_added_up(capsys, tsv, tmp_path):
    other = write_events(tmp_path / "more.jsonl", "jsonl", EVENTS[:2])
    assert counts(rows(capsys, tsv, other, "--by", "quad"), "quad")["3"] == 5


def test_an_empty_event_file_gives_an_empty_table(capsys, tmp_path):
    empty = write_events(tmp_path / "none.jsonl", "jsonl", [])
    header_only = write_events(tmp_path / "none.tsv", "tsv", [])
    status, out, err = table(capsys, empty, header_only, "-f", "tsv")
    assert status == 0 and out == "root\troot_label\tevents\tshare\tmean_goldstein\n" and "0 events" in err


def test_rows_are_streamed_not_read_whole(tmp_path):
    """The first events come before a bad line further on is reached: reading is row by row."""
    path = write_events(tmp_path / "events.jsonl", "jsonl")
    with path.open("a", encoding="utf-8") as stream:
        stream.write("not json\n")
    rows_read = read_event_file(str(path))
    assert next(rows_read).source == "KENGOV"
    with pytest.raises(InputError, match=r"events.jsonl:8: not JSON"):
        list(rows_read)


def _bad(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _tsv_with(tsv, line: int, column: str, value: str):
    lines = tsv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    cells = lines[line - 1].split("\t")
    cells[header.index(column)] = value
    lines[line - 1] = "\t".join(cells)
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tsv


@pytest.mark.parametrize("make, message", [
    (lambda p, tsv: _tsv_with(tsv, 3, "goldstein", "high"), r"events.tsv:3: goldstein 'high' is not a number"),
    (lambda p, tsv: _tsv_with(tsv, 4, "date", "2024-13-40"), r"events.tsv:4: date '2024-13-40' is not a date"),
    (lambda p, tsv: _tsv_with(tsv, 2, "quad_class", "7"), r"events.tsv:2: quad_class '7' is not 0-4"),
    (lambda p, tsv: _bad(p, "short.tsv", tsv.read_text(encoding="utf-8").splitlines()[0] + "\na\tb\n"),
     r"short.tsv:2: 2 fields, expected 16"),
    (lambda p, tsv: _bad(p, "cols.csv", "story_id,date,code\ns1,2024-01-01,111\n"),
     r"cols.csv:1: a CSV header without the column\(s\) source, target, root, quad_class, goldstein"),
    (lambda p, tsv: _bad(p, "e.jsonl", json.dumps(BASE.to_dict()) + "\n[1, 2]\n"),
     r"e.jsonl:2: expected a JSON object"),
    (lambda p, tsv: _bad(p, "e.jsonl", '{"date": "2024-01-01", "code": "111"}\n'),
     r"e.jsonl:1: an event without source, target, root, quad_class, goldstein"),
    (lambda p, tsv: _bad(p, "notes.txt", "some notes\n"), r"notes.txt:1: not an event table"),
    (lambda p, tsv: p / "missing.tsv", r"missing.tsv: no such file"),
    (lambda p, tsv: p, r"is a folder"),
])
def test_bad_files_are_reported_with_their_place_and_no_traceback(capsys, tmp_path, tsv, make, message):
    status, out, err = table(capsys, make(tmp_path, tsv))
    assert status == 2
    assert err.startswith("coder: error: ") and "Traceback" not in err
    assert re.search(message, err), err


def test_a_line_that_is_not_utf8_is_reported_at_its_line(capsys, tmp_path, tsv):
    path = tmp_path / "latin.tsv"
    path.write_bytes(tsv.read_bytes() + "s9\t0\t2024-01-01\tKEN\tSOM\t111\tCaf\xe9".encode("latin-1") + b"\n")
    status, _, err = table(capsys, path)
    assert status == 2 and "latin.tsv:9: not UTF-8" in err


def test_the_aligned_table_of_coder_code_is_named_and_refused(capsys, tmp_path):
    path = write_events(tmp_path / "events.txt", "table")
    status, _, err = table(capsys, path)
    assert status == 2 and "the aligned table `coder code` prints" in err and "-f tsv" in err


def test_parquet_without_pyarrow_names_the_extra(capsys, tmp_path, monkeypatch):
    path = tmp_path / "events.parquet"
    path.write_bytes(b"PAR1" + b"\0" * 16)  # what matters is the magic: the file is not opened further
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    status, _, err = table(capsys, path)
    assert status == 2 and 'pip install "coder[parquet]"' in err


def test_a_broken_parquet_file_is_an_error_not_a_traceback(capsys, tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "events.parquet"
    path.write_bytes(b"PAR1 this is not parquet PAR1")
    status, _, err = table(capsys, path)
    assert status == 2 and "events.parquet: not a readable Parquet file" in err


def test_bad_groupings_are_user_errors(capsys, tsv):
    status, _, err = table(capsys, tsv, "--by", "root,actor")
    assert status == 2 and "expected one or more of dyad, source, target, code, root, quad, date" in err
    status, _, err = table(capsys, tsv, "--by", "root,root")
    assert status == 2 and "named twice" in err


def test_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["table", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "coder table events.tsv --by quad --freq month" in out
    assert "(no date)" in out


def test_a_gzipped_event_file_is_read(capsys, tsv, tmp_path):
    import gzip

    packed = tmp_path / "events.tsv.gz"
    packed.write_bytes(gzip.compress(tsv.read_bytes()))
    assert table(capsys, packed, "--by", "dyad") == table(capsys, tsv, "--by", "dyad")
    packed.write_bytes(gzip.compress(tsv.read_bytes())[:60])
    status, _, err = table(capsys, packed)
    assert status == 2 and "events.tsv.gz: a broken gzip file" in err


def test_stdin_may_be_gzipped_but_not_parquet(capsys, tsv, tmp_path, monkeypatch):
    import gzip

    def stdin(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))

    stdin(gzip.compress(tsv.read_bytes()))
    assert table(capsys, "-", "--by", "root") == table(capsys, tsv, "--by", "root")
    stdin(b"PAR1" + b"\0" * 20)
    status, _, err = table(capsys, "-")
    assert status == 2 and "<stdin>: Parquet is read from a file" in err


def test_output_dash_is_stdout(capsys, tsv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a file named - would be written here
    _, plain, _ = table(capsys, tsv, "--by", "quad", "-f", "csv")
    status, dashed, err = table(capsys, tsv, "--by", "quad", "-f", "csv", "-o", "-")
    assert status == 0 and dashed == plain and "events in" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.tsv"]  # no -, no .-.part
