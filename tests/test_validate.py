"""`coder validate` end to end: inline records, and PETRARCH's dev records when ../shared is there."""

from __future__ import annotations

import re

import pytest

from coder.cli import main

from conftest import SHARED, need_shared

RECORDS = """\
<Validation>
<Sentences>
<Sentence date="19950101" id="T-01" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor condemned Gondor on Monday.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor)))))</Parse>
</Sentence>
<Sentence date="19950101" id="T-02" category="VERB">
<EventCoding noevents="True"></EventCoding>
<Text>Arnor did not condemn Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="AGENT">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor officials praised Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-04" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>ARNOR, Jan 1 (AFP) -</Text>
</Sentence>
</Sentences>
</Validation>
"""

VERBS = """\
--- CONDEMN [111] ---
CONDEMN
DENOUNCE

--- PRAISE [051] ---
PRAISE
"""


def test_validate_reports_per_category_and_each_failing_record(tmp_path, capsys):
    (tmp_path / "records.xml").write_text(RECORDS)
    (tmp_path / "verbs.txt").write_text(VERBS)
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n")
    (tmp_path / "agents.txt").write_text("OFFICIAL [~GOV]\n")
    assert main(["dict", "import-petrarch", "--out", str(tmp_path / "dict"), "--verbs", str(tmp_path / "verbs.txt"),
                 "--actors", str(tmp_path / "actors.txt"), "--agents", str(tmp_path / "agents.txt")]) == 0
    capsys.readouterr()
    status = main(["validate", str(tmp_path / "records.xml"), "--dict", str(tmp_path / "dict"), "--no-cache"])
    out = capsys.readouterr().out
    assert status == 1  # T-03 codes 051, not the 111 its record expects
    assert re.search(r"^VERB\s+2\s+2\s+100\.0$", out, re.M)
    assert re.search(r"^AGENT\s+1\s+0\s+0\.0$", out, re.M)
    assert "T-03 [AGENT]" in out and "expected: ARNGOV GON 111" in out and "coded:    ARNGOV GON 051" in out
    assert "records expecting a PETRARCH error (not scored): 1" in out and "T-04 [ERROR]" in out


@pytest.fixture(scope="module")
def validation_dictionaries(tmp_path_factory):
    """PETRARCH's validation dictionaries, imported once for the tests below."""
    petrarch = need_shared(SHARED / "petrarch")
    out_dir = tmp_path_factory.mktemp("petr")
    assert main(["dict", "import-petrarch", "--out", str(out_dir),
                 "--verbs", str(petrarch / "PETR.Validate.verbs.txt"),
                 "--actors", str(petrarch / "PETR.Validate.actors.txt"),
                 "--agents", str(petrarch / "PETR.Validate.agents.txt"),
                 "--discards", str(petrarch / "PETR.Validate.discards.txt")]) == 0
    return out_dir


def validate(records, dictionaries, capsys) -> tuple:
    """(records, exact, the failing record ids, the output) of `coder validate`."""
    capsys.readouterr()
    main(["validate", str(records), "--dict", str(dictionaries)])
    out = capsys.readouterr().out
    total, exact = map(int, re.search(r"^all\s+(\d+)\s+(\d+)", out, re.M).groups())
    failing = out.split("failing records:", 1)[1].split("records expecting a PETRARCH error", 1)[0]
    return total, exact, set(re.findall(r"^  (\S+) \[", failing, re.M)), out


def test_dev_records_with_the_imported_validation_dictionaries(validation_dictionaries, capsys):
    records, exact, _, out = validate(SHARED / "petrarch" / "validation.dev.xml", validation_dictionaries, capsys)
    assert records == 190
    # The engine's floor on PETRARCH's records: it may only rise (the issue asks for 95%).
    assert exact / records >= 0.90, out[:2000]


SWAPS = (("Arnor", "Fornost", "ARN", "FOR"), ("Gondor", "Osgiliath", "GON", "OSG"))


def swapped(text: str) -> str:
    """The records with two pairs of actors swapped, in the text and the expected codes (records
    naming another name of the same actors are left as they are)."""
    def words(body: str) -> str:
        for a, b, _, _ in SWAPS:
            body = re.sub(rf"\b{a}\b", "\0", body)
            body = re.sub(rf"\b{b}\b", a, body).replace("\0", b)
        return body

    def code(value: str) -> str:
        parts = [value[k:k + 3] for k in range(0, len(value), 3)]
        table = {x: y for _, _, x, y in SWAPS} | {y: x for _, _, x, y in SWAPS}
        return "".join(table.get(part, part) for part in parts)

    def record(match) -> str:
        body = match.group(0)
        if re.search(r"Minas|Anorien|Gonzo", body):
            return body
        body = re.sub(r"<Text>(.*?)</Text>", lambda t: f"<Text>{words(t.group(1))}</Text>", body, flags=re.S)
        return re.sub(r'(sourcecode|targetcode)="([^"]*)"', lambda c: f'{c.group(1)}="{code(c.group(2))}"', body)

    return re.sub(r"<Sentence .*?</Sentence>", record, text, flags=re.S)


def test_the_dev_records_score_the_same_with_their_actors_swapped(validation_dictionaries, tmp_path, capsys):
    """Nothing is special-cased to the records' words: with Arnor and Fornost, Gondor and
    Osgiliath swapped, the same records pass."""
    dev = SHARED / "petrarch" / "validation.dev.xml"
    (tmp_path / "swapped.xml").write_text(swapped(dev.read_text(encoding="utf-8")), encoding="utf-8")
    _, _, failing, _ = validate(dev, validation_dictionaries, capsys)
    _, _, swapped_failing, out = validate(tmp_path / "swapped.xml", validation_dictionaries, capsys)
    assert swapped_failing == failing, out[:3000]


CONFIGURED = """\
<Validation>
<Environment><Config option="stop_on_error" value="True"></Config></Environment>
<Sentences>
<Sentence date="19950101" id="C-01" category="DYAD">
<EventCoding noevents="True"></EventCoding>
<Text>An official condemned the plan.</Text>
</Sentence>
<Sentence date="19950101" id="C-02" category="DYAD">
<Config option="require_dyad" value="false"></Config>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="111"></EventCoding>
<Text>An official condemned the plan.</Text>
</Sentence>
<Sentence date="19950101" id="C-03" category="DYAD">
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="111"></EventCoding>
<Text>An official condemned the plan.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_config_options_in_the_records_apply_from_there_on(tmp_path, capsys):
    """PETRARCH's <Config option="require_dyad" value="false">: events without a target are coded
    with the null target ---, from that record on."""
    (tmp_path / "records.xml").write_text(CONFIGURED)
    (tmp_path / "verbs.txt").write_text(VERBS)
    (tmp_path / "agents.txt").write_text("OFFICIAL [~GOV]\n")
    assert main(["dict", "import-petrarch", "--out", str(tmp_path / "dict"), "--verbs", str(tmp_path / "verbs.txt"),
                 "--agents", str(tmp_path / "agents.txt")]) == 0
    capsys.readouterr()
    status = main(["validate", str(tmp_path / "records.xml"), "--dict", str(tmp_path / "dict"), "--no-cache"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert re.search(r"^DYAD\s+3\s+3\s+100\.0$", out, re.M)
    assert "records.xml:2: stop_on_error: does not change what coder codes" in out
