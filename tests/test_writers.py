"""Writers: the same events in every format, with the exact JSON-lines field names."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from coder.model import Event
from coder.writers import open_writer

EVENT = Event(story_id="s1", sentence_id="0", date="2024-07-31", source="IRQGOV", target="USA",
              code="111", label="Criticize or denounce", root="11", quad_class=3, goldstein=-2.0,
              source_text="Iraqi PM", verb_text="condemns", target_text="US-led airstrikes",
              pattern="verbs/11-disapprove.yaml:12", sentence="Iraqi PM condemns US-led\tairstrikes")
FIELDS = ["story_id", "sentence_id", "date", "source", "target", "code", "label", "root", "quad_class",
          "penta_class", "goldstein", "source_text", "verb_text", "target_text", "pattern", "sentence"]


def write(fmt, events=(EVENT,)):
    stream = io.StringIO()
    writer = open_writer(fmt, stream)
    for event in events:
        writer.write(event)
    writer.close()
    return stream.getvalue()


def test_jsonl_has_exactly_the_documented_fields_in_order():
    record = json.loads(write("jsonl"))
    assert list(record) == FIELDS
    assert record["code"] == "111" and record["goldstein"] == -2.0 and record["quad_class"] == 3
    assert record["penta_class"] == 3


def test_penta_class_is_derived_and_zero_for_statements():
    statement = dataclasses.replace(EVENT, code="010", label="Make statement, not specified below",
                                    root="01", quad_class=1, goldstein=0.0)
    assert (statement.quad_class, statement.penta_class) == (1, 0)
    assert json.loads(write("jsonl", [statement]))["penta_class"] == 0
    assert EVENT.to_dict() == EVENT.as_dict()  # the earlier name, kept as an alias


@pytest.mark.parametrize("fmt, delimiter", [("tsv", "\t"), ("csv", ",")])
def test_delimited_formats_carry_the_same_columns(fmt, delimiter):
    rows = list(csv.reader(io.StringIO(write(fmt)), delimiter=delimiter))
    assert rows[0] == FIELDS
    assert dict(zip(FIELDS, rows[1]))["code"] == "111"
    assert len(rows) == 2


def test_tsv_never_breaks_a_row_on_tabs_or_newlines():
    line = write("tsv").splitlines()[1]
    assert line.count("\t") == len(FIELDS) - 1


def test_table_keeps_codes_as_text():
    event040 = dataclasses.replace(EVENT, code="040", label="Consult, not specified below")
    table = write("table", [EVENT, event040])
    assert table.splitlines()[0].split() == ["story", "sent", "date", "source", "code", "event", "target",
                                             "quad", "goldstein"]
    assert " 040 " in table and "-2.0" in table


def test_no_events_no_table_but_headers_for_tsv():
    assert write("table", []) == ""
    assert write("tsv", []).splitlines() == ["\t".join(FIELDS)]


def test_extra_columns_come_after_the_fields_in_every_format():
    columns = ("issues", "story_source")
    extra = {"issues": ("TERRORISM", "ELECTIONS"), "story_source": "a.jsonl:3", "url": "not asked for"}
    for fmt, delimiter in (("tsv", "\t"), ("csv", ",")):
        stream = io.StringIO()
        writer = open_writer(fmt, stream, columns)
        writer.write(EVENT, extra)
        writer.close()
        header, row = list(csv.reader(io.StringIO(stream.getvalue()), delimiter=delimiter))
        assert header == FIELDS + list(columns) and row[-2:] == ["TERRORISM;ELECTIONS", "a.jsonl:3"]
    stream = io.StringIO()
    writer = open_writer("jsonl", stream, columns)
    writer.write(EVENT, extra)
    record = json.loads(stream.getvalue())
    assert list(record) == FIELDS + list(columns) and record["issues"] == ["TERRORISM", "ELECTIONS"]


def test_a_resumed_table_gets_no_second_header():
    stream = io.StringIO()
    open_writer("tsv", stream, header=False).write(EVENT)
    assert stream.getvalue().count("\n") == 1 and not stream.getvalue().startswith("story_id")
