"""The PETRARCH/TABARI dictionary importer and the validation-record reader.

Every sample here is written inline for the test; the real PETRARCH files are only read by the
tests at the end, which are skipped when ../shared is not beside the checkout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

from coder.dictionary import load
from coder.importers import petrarch
from coder.importers.petrarch import configure_parser, import_petrarch, run
from coder.validation import Result, compare, read_records, summarize

from conftest import SHARED, need_shared


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def problems(report) -> list:
    return [str(p) for p in report.skipped]


def approximations(report) -> list:
    return [str(p) for p in report.approximated]


def loaded_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# --- reading the flat files ---------------------------------------------------------------

def test_comments_are_removed_as_petrarch_does(tmp_path):
    path = write(tmp_path, "a.txt", """
        <!-- ONE-LINE HEADER -->
        <!--
        # a comment over
        several lines -->
        KEEP ME  # but not this
        <! -- a malformed header PETRARCH skips too -->
        AND <!-- inline --> THIS

        # a whole-line comment
        """)
    assert petrarch.logical_lines(path) == [(5, "KEEP ME"), (7, "AND  THIS")]


def test_petrarch_dates_and_two_digit_years():
    assert petrarch.parse_date("320101") == dt.date(1932, 1, 1)
    assert petrarch.parse_date("300101") == dt.date(2030, 1, 1)  # 00-30 is 20YY
    assert petrarch.parse_date("20130119") == dt.date(2013, 1, 19)
    assert petrarch.parse_date("201005011") == dt.date(2010, 5, 1)  # PETRARCH reads the first 8 digits
    assert petrarch.parse_actor_code("HOB < 950601") == ("HOB", None, dt.date(1995, 6, 1), True)
    assert petrarch.parse_actor_code("HOBGOV 19950601 - 19990815") == (
        "HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15), True)
    assert petrarch.parse_actor_code("CODE >091201") == ("CODE", dt.date(2009, 12, 1), None, True)
    with pytest.raises(ValueError):
        petrarch.parse_actor_code("CODE 20121207-20120802")  # the end before the start


# --- actors ---------------------------------------------------------------------------------

ACTORS = """
    <!-- SAMPLE ACTORS -->
    IRAQ_  [IRQ]
    +IRAQI_
    +BAGHDAD  # the capital
    NOURI_AL_MALIKI_
    +PRIME_MINISTER_MALIKI_
        [IRQELI 320101-060519]
        [IRQGOV 060520-140908]
        [IRQELI]
    IVO_JOSIPOVIC_
    PRESIDENT_JOSIPOVIC_
    \t[HRVGOV >20100219]
    PRINCE OF DOL AMROTH
    \t[--- <950630]
    \t[DOL]
    INDIAN_OCEAN  [---]
    THE_SHIRE  [FRO/BIL/SAM]
    UN_ [IGOUNO]
    +UNITED_NATIONS
    +IRAQI  [IRN]
    JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]
    """


def test_actors_with_dated_codes(tmp_path):
    path = write(tmp_path, "sample.actors.txt", ACTORS)
    report = import_petrarch(tmp_path / "out", actors=[path])
    actors = loaded_yaml(tmp_path / "out" / "actors.yaml")["actors"]
    by_name = {name: entry for entry in actors for name in entry["names"]}
    assert by_name["Iraq"] == {"code": "IRQ", "names": ["Iraq", "Iraqi", "Baghdad"]}
    maliki = by_name["Nouri al Maliki"]
    assert maliki["code"] == "IRQELI" and maliki["names"] == ["Nouri al Maliki", "Prime Minister Maliki"]
    assert maliki["terms"] == [{"code": "IRQELI", "from": "1932-01-01", "to": "2006-05-19"},
                               {"code": "IRQGOV", "from": "2006-05-20", "to": "2014-09-08"}]
    # names without a code share the codes that follow them, as PETRARCH-1 reads them
    assert by_name["President Josipovic"] is by_name["Ivo Josipovic"]
    assert by_name["Ivo Josipovic"]["terms"] == [{"code": "HRVGOV", "from": "2010-02-19"}]
    # a dated --- is a period with no actor: DOL only from the day after; a space between the
    # words of a name lets other words of the noun phrase come between (PETRARCH-1): a gap
    assert by_name["Prince .. of .. Dol .. Amroth"] == {"terms": [{"code": "DOL", "from": "1995-07-01"}],
                                                        "names": ["Prince .. of .. Dol .. Amroth"]}
    assert by_name["UN"]["code"] == "IGOUNO"  # a short abbreviation stays in capitals
    assert by_name["Javier de Cuellar"] == {"code": "ELI", "terms": [
        {"code": "IGOUNO", "from": "1982-01-01", "to": "1991-12-31"}], "names": ["Javier de Cuellar"]}
    text = (tmp_path / "out" / "actors.yaml").read_text()
    assert '- "Baghdad"  # from sample.actors.txt:4' in text
    assert "[IRQGOV 060520-140908]" in text  # the original restriction, as a comment
    reported = problems(report)
    assert any(p.startswith("sample.actors.txt:16: code --- only") and "Indian Ocean" in p for p in reported)
    assert by_name["The Shire"]["code"] == "FRO/BIL/SAM"  # a name for several actors, each coded
    assert any(p.startswith("sample.actors.txt:20: code on a synonym line ignored") for p in reported)
    assert any(p.startswith("sample.actors.txt:20: name 'Iraqi' (IGOUNO) is already IRQ at sample.actors.txt:3")
               for p in reported)
    assert report.counts["actors"] == {"entries": 7, "names": 12, "dated terms": 5}


def test_actor_names_are_exact_unless_tabari_stems_are_asked_for(tmp_path):
    path = write(tmp_path, "a.txt", """
        ARGENTIN  [ARG]
        GAZA_CITY [PSEGZA]
        AFGHANISTAN_ [AFG]
        """)
    import_petrarch(tmp_path / "exact", actors=[path])
    import_petrarch(tmp_path / "stems", actors=[path], stems=True)
    exact = [n for e in loaded_yaml(tmp_path / "exact" / "actors.yaml")["actors"] for n in e["names"]]
    stems = [n for e in loaded_yaml(tmp_path / "stems" / "actors.yaml")["actors"] for n in e["names"]]
    assert exact == ["Argentin", "Gaza City", "Afghanistan"]
    assert stems == ["Argentin*", "Gaza City*", "Afghanistan"]  # a word followed by _ is whole


# --- agents, discards, issues ---------------------------------------------------------------

AGENTS = """
    !PERSON! = MAN, WOMAN
    FOREIGN_MINISTER [~GOVFRM] # a role longer than 3 letters
    POLICE {} [ ~COP]
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
    CONGRESS!PERSON! [~LEG]
    HUMAN_RIGHTS_BODY  [NGO~]
    !NOPE!_OF_THINGS [~GOV]
    MINISTER
    OFFICIAL [~GOV]
    OFFICIAL [~MIL]
    """


def test_agents(tmp_path):
    path = write(tmp_path, "a.agents.txt", AGENTS)
    report = import_petrarch(tmp_path / "out", agents=path)
    agents = loaded_yaml(tmp_path / "out" / "agents.yaml")["agents"]
    assert agents == [
        {"code": "GOVFRM", "nouns": ["foreign minister"]},
        # {...} lists every form PETRARCH knows: "polices" is not the police
        {"code": "COP", "as_written": True, "nouns": ["police"]},
        {"code": "GOV", "as_written": True, "nouns": ["attorney general", "attorneys general"]},
        {"code": "LEG", "nouns": ["congressman", "congresswoman"]},
        {"code": "NGO", "place": "before", "nouns": ["human rights body"]},
        {"code": "GOV", "nouns": ["official"]},
    ]
    reported = problems(report)
    assert any(p.startswith("a.agents.txt:7: substitution marker !NOPE! is not defined") for p in reported)
    assert any(p.startswith("a.agents.txt:8: agent without a [code]") for p in reported)
    assert any(p.startswith("a.agents.txt:10: agent noun 'official' is already [~GOV] at a.agents.txt:9")
               for p in reported)


def test_discards_and_issues(tmp_path):
    discards = write(tmp_path, "d.txt", """
        # Story-level discards are indicated with a '+'.
        MONTHS LATER
        +World Golf Championships   # pas
        BASEBALL_
        """)
    issues = write(tmp_path, "i.txt", """
        <ISSUE CATEGORY="ENERGY" TYPE="ALL">
        oil [OIL]
        tar n:sand [OIL]
        ~olive oil
        solar+v:power [RENEWABLE_ENERGY]
        </ISSUE>
        no code here
        """)
    report = import_petrarch(tmp_path / "out", discards=discards, issues=issues)
    assert loaded_yaml(tmp_path / "out" / "discards.yaml") == {"discards": {
        "story": ["world golf championships"], "sentence": ["months later", "baseball"]}}
    assert loaded_yaml(tmp_path / "out" / "issues.yaml") == {"issues": [
        {"code": "OIL", "phrases": ["oil", "tar sand"]},
        {"code": "RENEWABLE_ENERGY", "phrases": ["solar power", "solar-power"]}]}
    reported = problems(report)
    assert any(p.startswith("i.txt:4: exclusion phrase 'olive oil'") for p in reported)
    assert any(p.startswith("i.txt:7: issue phrase without a [CODE]") for p in reported)


# --- verbs: PETRARCH-1 / TABARI -------------------------------------------------------------

VERBS_P1 = """
    <!-- SAMPLE VERBS -->
    &TIETYPES
    +MILITARY
    +ECONOMIC_

    &MORESYN_
    +&TIETYPES
    +CLOSER TIES

    --- ABANDON  [111]  ---
    ABANDON    # pas
    +CALL_OFF {+CALLED_OFF +CALLS_OFF} [160]
    WIRE_+TAP
    - * NEW_&TIETYPES_RELATIONS [903]
    - SUGGESTED_+ * DEMAND_&MORESYN [112]
    - IN_* [075]
    - IN_ *  [075A]
    - + * IN $  [0233]
    - $ * ^ FROM + [0234]
    - % * [030:030]
    - * WITH % [031]
    - * CARD  [---]
    - * &UNDEFINED [111]

    --- SAID  [010]  ---
    SAID {SAYS SAYING STEOPPED}
    - * WAS_INNOCENT [013]

    --- SAYS [012] ---
    SAYS

    --- MEET  [040:040]  ---
    MEET
    - HOLD *  [043]

    --- ARRIVE [032:033] ---
    ARRIVE
    """


def test_petrarch1_verbs(tmp_path):
    path = write(tmp_path, "v.verbs.txt", VERBS_P1)
    report = import_petrarch(tmp_path / "out", verbs=path)
    verbs = loaded_yaml(tmp_path / "out" / "verbs.yaml")["verbs"]
    abandon = {
        "verb": "abandon", "code": "111",
        "patterns": [
            "* ..6 new &tietypes relations => 903",  # _ joins, a space is a gap
            "suggested $target ..6 * ..6 demand &moresyn => 112",
            "in * => 075",
            "in ..6 * => 075A",  # a code of PETRARCH's own, kept with a letter
            "$target ..6 * ..6 in ..6 $source => 0233",
            "$source ..6 * ..6 ^ ..6 from ..6 $target => 0234",  # ^: skip a noun phrase
            "$mutual ..6 * => 030:030",  # % a compound actor, both source and target
            "* ..6 with ..6 $mutual => 031",
        ]}
    assert verbs[0] == abandon
    assert verbs[1] == {"verb": "call off", "code": "160", "patterns": abandon["patterns"]}  # shared (YAML alias)
    assert verbs[2] == {"verb": "say", "code": "010", "patterns": ["* ..6 was innocent => 013"]}
    # a listed form spaCy does not lemmatise to "say": kept, for that form, under spaCy's lemma
    assert verbs[3] == {"verb": "steoppe", "forms": ["steopped"], "code": "010",
                        "patterns": ["* ..6 was innocent => 013"]}
    assert verbs[4] == {"verb": "say", "forms": ["says"], "code": "012"}  # PETRARCH's SAYS block: that form only
    assert verbs[5] == {"verb": "meet", "code": "040:040", "patterns": ["hold ..6 * => 043"]}
    assert verbs[6] == {"verb": "arrive", "code": "032:033"}  # and the reverse, target -> source
    # WIRE_+TAP: the verb tap with "wire" before it, in patterns of its own
    assert verbs[7] == {"verb": "tap", "patterns": [p.replace("* ", "wire * ", 1) if p.startswith("*") else
                                                    p.replace(" * ", " wire * ") for p in abandon["patterns"]]
                        + ["wire * => 111"]}
    assert len(verbs) == 8
    assert loaded_yaml(tmp_path / "out" / "synsets.yaml") == {"synsets": {
        # PETRARCH-1 adds plurals (not after a final _: ECONOMIC_, or in &MORESYN_'s own phrases)
        "tietypes": ["military", "militaries", "economic"],
        "moresyn": ["military", "militaries", "economic", "closer ties"]}}
    extra = {"label": "imported from PETRARCH, not a CAMEO code", "quad_class": 0, "goldstein": 0.0}
    assert loaded_yaml(tmp_path / "out" / "extra-codes.yaml") == {"codes": {  # quad class by CAMEO root
        "075A": {**extra, "root": "07", "quad_class": 2}, "903": {**extra, "root": "90"}}}
    text = (tmp_path / "out" / "verbs.yaml").read_text()
    assert '- "in * => 075"  # from v.verbs.txt:16 - IN_* [075]' in text
    reported = problems(report)
    expected = {
        "v.verbs.txt:22": "code --- (no event)",
        "v.verbs.txt:23": "synonym set &UNDEFINED is not defined",
    }
    for where, reason in expected.items():
        assert any(p.startswith(f"{where}: ") and reason in p for p in reported), (where, reported)
    assert not any("^" in p for p in approximations(report))  # ^ is coder's own element now
    assert report.notes["irregular forms dropped"] == 4  # CALLED_OFF CALLS_OFF SAYS SAYING
    assert report.notes["listed forms spaCy does not lemmatise to their verb, kept as entries for their own form "
                        "(forms: [...])"] == 1
    assert report.counts["verbs"] == {"entries": 8, "verbs and synonyms": 8, "patterns": 11}


def test_two_way_codes_keep_their_reverse_code(tmp_path):
    path = write(tmp_path, "v.txt", """
        --- MEET  [040:040]  ---
        MEET
        - * TALKS  [046:046]
        --- ARRIVE [032:033] ---
        ARRIVE
        - * [---:033]
        """)
    report = import_petrarch(tmp_path / "out", verbs=path)
    verbs = loaded_yaml(tmp_path / "out" / "verbs.yaml")["verbs"]
    assert verbs == [{"verb": "meet", "code": "040:040", "patterns": ["* ..6 talks => 046:046"]},
                     {"verb": "arrive", "code": "032:033"}]
    assert [p for p in problems(report)] == ["v.txt:6: pattern '- * [---:033]': code [---:033] codes only the "
                                             "reverse direction; no equivalent"]


# --- verbs: PETRARCH-2 ----------------------------------------------------------------------

VERBS_P2 = """
    ####### SYNONYM SETS #######
    &WEAPON
    +GUN
    +MACHINE_GUN

    ####### VERB PATTERNS #######
    ---  ASK   [---]  ---
    +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
    ASK     [020]
    GRILL [110]
    QUERY {QUERYING QUERIES QUERIED }
    WONDER
    - * (FOR {HUMANITARIAN AID})                          [0233]        # ASK
    - * {DEBT FORGIVENESS}                                [0231]        # ASK
    - PROSECUTOR * &WEAPON                                [173]         # REQUEST
    - * (TO {BANNED PARTIES}) $                           [1722]
    - * (TO)                                              [042:043]     # RUSH
    - * (AT HEARING)                                      [:173]
    - * MEETING                                           [036:036]
    - * (OF ^) [111]

    ---  MUSE   [---]  ---
    MUSE
    ~ a (a b ATTACK) SAY = a b 015
    """


def test_petrarch2_verbs(tmp_path):
    path = write(tmp_path, "CAMEO.sample.txt", VERBS_P2)
    report = import_petrarch(tmp_path / "out", verbs=path)
    assert report.notes["verb file read as petrarch2 (CAMEO.sample.txt)"] == 1
    verbs = loaded_yaml(tmp_path / "out" / "verbs.yaml")["verbs"]
    patterns = [
        "* ..6 for ..3 humanitarian ..3 aid => 0233",  # ( ) and { } dropped, words kept with gaps
        "* ..6 debt ..3 forgiveness => 0231",
        "prosecutor ..6 * ..6 &weapon => 173",
        "* ..6 to ..3 banned ..3 parties ..6 $source => 1722",
        "* ..6 meeting => 036",  # [a:a]: the same code active and passive
        "* ..6 of ..3 ^ => 111",  # ^: one noun phrase, skipped
    ]
    assert verbs == [
        {"verb": "ask for", "synonyms": ["ask"], "code": "020", "patterns": patterns},
        {"verb": "grill", "code": "110", "patterns": patterns},
        {"verb": "query", "synonyms": ["wonder"], "patterns": patterns},
    ]
    reported = problems(report)
    for where, reason in {"CAMEO.sample.txt:17": "PETRARCH-2 codes 042 in the active voice and 043 in the passive",
                          "CAMEO.sample.txt:18": "passive-only",
                          "CAMEO.sample.txt:23": "verb MUSE: no code",
                          "CAMEO.sample.txt:24": "verb transformation"}.items():
        assert any(p.startswith(f"{where}: ") and reason in p for p in reported), (where, reported)


# --- the whole import -----------------------------------------------------------------------

def test_imported_dictionaries_load(tmp_path):
    """Samples without stems, before-roles or extra codes load with the loader as it stands."""
    verbs = write(tmp_path, "v.txt", """
        &WEAPON
        +ROCKET
        --- CONDEMN [122] ---
        CONDEMN
        DENOUNCE
        - * ATTACK_ON_+ [122]
        - * &WEAPON_ATTACK [190]
        --- RELEASE [---] ---
        RELEASE
        - * HOSTAGES [0841]
        """)
    actors = write(tmp_path, "a.txt", """
        IRAQ_ [IRQ]
        +IRAQI_
        UNITED_STATES [USA]
        +US_
        """)
    agents = write(tmp_path, "g.txt", "GOVERNMENT [~GOV]\nPOLICE {} [~COP]\n")
    discards = write(tmp_path, "d.txt", "+WORLD CUP\nVIDEO GAME\n")
    out = tmp_path / "dict"
    report = import_petrarch(out, verbs=verbs, actors=[actors], agents=agents, discards=discards)
    assert not report.skipped and not report.approximated
    assert sorted(report.written) == ["actors.yaml", "agents.yaml", "discards.yaml", "settings.yaml", "synsets.yaml",
                                      "verbs.yaml"]
    from coder.dictionary import load

    compiled = load(out)
    assert compiled.counts["actor names"] == 4
    assert compiled.counts["agent nouns"] == 2
    assert compiled.counts["verbs and nouns"] == 3
    assert compiled.counts["patterns"] == 5  # condemn's two, shared by denounce (counted per verb), release's
    condemn = compiled.events["condemn"][0]
    assert condemn.code == "122"
    assert [p.text for p in condemn.patterns] == ["* ..6 attack on $target => 122", "* ..6 &weapon attack => 190"]
    lines = (out / "verbs.yaml").read_text().splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "attack on $target" in text)
    assert condemn.patterns[0].origin == f"verbs.yaml:{line}"  # a pattern's provenance: its YAML line...
    assert lines[line - 1].endswith("# from v.txt:6 - * ATTACK_ON_+ [122]")  # ...which names the PETRARCH line


def test_a_later_import_removes_its_own_stale_files(tmp_path):
    verbs = write(tmp_path, "v.txt", "--- BOMB [---] ---\nBOMB\n- * TOWN [903]\n")
    out = tmp_path / "out"
    import_petrarch(out, verbs=verbs)
    assert (out / "extra-codes.yaml").exists()
    (out / "mine.yaml").write_text("synsets: {}\n")
    write(tmp_path, "v.txt", "--- BOMB [---] ---\nBOMB\n- * TOWN [183]\n")
    import_petrarch(out, verbs=verbs)
    assert not (out / "extra-codes.yaml").exists()  # written by the first import, not by this one
    assert (out / "mine.yaml").exists()  # not ours: left alone


def test_command_line(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="coder dict import-petrarch")
    configure_parser(parser)
    actors = write(tmp_path, "a.txt", "IRAQ_ [IRQ]\nBOROMIR [---]\n")
    args = parser.parse_args(["--actors", str(actors), "--actors", str(actors), "--out", str(tmp_path / "o")])
    assert run(args) == 0
    out = capsys.readouterr().out
    assert "actors:     1 entries, 1 names" in out
    assert "not converted: 2" in out
    assert "a.txt:2: code --- only" in out
    assert run(parser.parse_args(["--out", str(tmp_path / "o")])) == 1  # no input
    empty = write(tmp_path, "e.txt", "# nothing\n")
    assert run(parser.parse_args(["--discards", str(empty), "--out", str(tmp_path / "o2")])) == 1
    with pytest.raises(SystemExit):
        parser.parse_args(["--verbs", "x"])  # --out is required


# --- the real PETRARCH files ----------------------------------------------------------------

PETRARCH = SHARED / "petrarch"


def test_the_validation_dictionaries_import_and_load(tmp_path):
    need_shared(PETRARCH / "PETR.Validate.verbs.txt")
    from coder.dictionary import load

    report = import_petrarch(
        tmp_path / "out", verbs=PETRARCH / "PETR.Validate.verbs.txt", actors=[PETRARCH / "PETR.Validate.actors.txt"],
        agents=PETRARCH / "PETR.Validate.agents.txt", discards=PETRARCH / "PETR.Validate.discards.txt")
    assert report.counts["actors"]["names"] > 140
    assert report.counts["verbs"]["patterns"] > 400
    compiled = load(tmp_path / "out")
    assert compiled.counts["actor names"] == report.counts["actors"]["names"]
    assert compiled.counts["agent nouns"] == report.counts["agents"]["nouns"]
    assert all(p.where.startswith("PETR.Validate.") for p in report.skipped + report.approximated)


def test_the_phoenix_dictionaries_import_and_load(tmp_path):
    need_shared(PETRARCH / "CAMEO.2.0.txt")
    from coder.dictionary import load

    report = import_petrarch(
        tmp_path / "out", verbs=PETRARCH / "CAMEO.2.0.txt", agents=PETRARCH / "Phoenix.agents.txt",
        discards=PETRARCH / "Phoenix.discards.txt", issues=PETRARCH / "Phoenix.IssueCoding.txt")
    assert report.counts["verbs"]["patterns"] > 4000
    compiled = load(tmp_path / "out")
    assert compiled.counts["agent nouns"] == report.counts["agents"]["nouns"]
    assert compiled.counts["issue phrases"] == report.counts["issues"]["phrases"]


# --- validation records ---------------------------------------------------------------------

VALIDATION = """
    <Validation>
    <!--
    <Sentence date="19950101" id="COMMENTED-OUT" category="DEMO" sentence="true"></Sentence>
    -->
    <Environment><Verbfile>PETR.Validate.verbs.txt</Verbfile></Environment>
    <Sentences>
    <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
    <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
    <EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
    <Text>
    Arnor is about to resume complete diplomatic relations
    with Gondor.
    </Text>
    <Parse>(ROOT (S (NP (NNP ARNOR))))</Parse>
    </Sentence>
    <Sentence date = "20080801" id ="NONE-01" category="DEMO" sentence="true">
    <EventCoding noevents = "True"></EventCoding>
    <Text>Nothing happened.</Text>
    </Sentence>
    <Sentence date="20080801" id="ERROR-01" category="ERROR" sentence="true">
    <EventCoding error="dateline"></EventCoding>
    <Text>CEBU CITY: -- a dateline.</Text>
    </Sentence>
    <Sentence date="20080801" id="TEXT-01" category="ACTOR" sentence="true">
    <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
    <Text>The injury toll in Osgiliath rose.</Text>
    </Sentence>
    <Stop></Stop>
    <Sentence date="20080801" id="AFTER-STOP" category="DEMO" sentence="true">
    <Text>Not read.</Text>
    </Sentence>
    </Sentences>
    </Validation>
    """


def test_validation_records(tmp_path):
    records = read_records(write(tmp_path, "validation.xml", VALIDATION))
    assert [r.id for r in records] == ["DEMO-00", "NONE-01", "ERROR-01", "TEXT-01"]
    demo, none, error, text = records
    assert demo.date == "1995-01-01" and demo.category == "DEMO"
    assert demo.text == "Arnor is about to resume complete diplomatic relations with Gondor."
    assert demo.expected == {("ARN", "GON", "064"), ("GON", "ARN", "064")}
    assert demo.where == "validation.xml:7" and demo.scored
    assert none.noevents and none.expected == frozenset() and none.scored and none.where == "validation.xml:16"
    assert error.error == "dateline" and not error.scored
    assert text.actor_text and not text.scored
    assert text.expected == {('"INJURY TOLL"', "OSG", "223")}


def test_compare_and_summarize(tmp_path):
    demo, none, error, text = read_records(write(tmp_path, "validation.xml", VALIDATION))
    assert compare({("ARN", "GON", "064")}, {("ARN", "GON", "064")})
    assert not compare({("ARN", "GON", "064")}, {("ARN", "GON", "064"), ("GON", "ARN", "064")})
    assert compare(set(), set())
    results = [Result(demo, frozenset({("ARN", "GON", "064")})), (none, set()),
               Result(error, frozenset()), Result(text, frozenset({("ERI", "OSG", "223")}))]
    summary = summarize(results)
    assert "DEMO            2      1   50.0" in summary
    assert "all             2      1   50.0" in summary
    assert "ERROR" not in summary.split("failing records")[0]  # error records are not scored
    assert "DEMO-00 [DEMO] validation.xml:7" in summary
    assert "expected: ARN GON 064; GON ARN 064" in summary
    assert "missing:  GON ARN 064" in summary
    assert "ERROR-01 [ERROR] validation.xml:20: expects dateline; nothing coded" in summary
    assert 'TEXT-01 [ACTOR] validation.xml:24: expected "INJURY TOLL" OSG 223; coded ERI OSG 223' in summary


def test_inflected_and_repeated_verbs(tmp_path):
    """PETRARCH keys verbs by their written form: LEFT beside LEAVE is an entry for "left" only;
    a block repeating a verb (SHOT twice) adds its patterns to the first block's entry."""
    path = write(tmp_path, "v.txt", """
        --- LEAVE [012] ---
        LEAVE
        --- LEFT [032:033] ---
        LEFT
        --- SHOT [---] ---
        SHOT
        - *_AND_WOUND  [223]
        --- SHOT [223] ---
        SHOT
        - + WAS * DEAD IN $ [224]
        """)
    report = import_petrarch(tmp_path / "out", verbs=path)
    verbs = loaded_yaml(tmp_path / "out" / "verbs.yaml")["verbs"]
    assert verbs == [
        {"verb": "leave", "code": "012"},
        {"verb": "leave", "forms": ["left"], "code": "032:033"},
        {"verb": "shoot", "code": "223",
         "patterns": ["* and wound => 223", "$target ..6 was ..6 * ..6 dead ..6 in ..6 $source => 224"]},
    ]
    assert not problems(report)
    dictionaries = load(tmp_path / "out")
    leave = dictionaries.events["leave"]
    assert [(e.code, e.reverse, sorted(e.forms)) for e in leave] == [("012", None, []), ("032", "033", ["left"])]


def test_listed_forms_survive_a_spacy_lemma_error(tmp_path):
    """spaCy lemmatises "staged" and "staging" as "stag", so a verb entry "stage" never sees
    them: PETRARCH's listed forms are kept under that lemma, for those forms only, with the
    verb's code and patterns, and text with them is coded (issue 10)."""
    path = write(tmp_path, "v.txt", """
        --- STAGE [141] ---
        STAGE {STAGED STAGING STAGES}
        - * SIT_IN [1411]
        --- STAG [010] ---
        STAG
        """)
    actors = write(tmp_path, "a.txt", "KENYA_ [KEN]\nUGANDA_ [UGA]\n")
    report = import_petrarch(tmp_path / "out", verbs=path, actors=[actors])
    verbs = loaded_yaml(tmp_path / "out" / "verbs.yaml")["verbs"]
    assert verbs == [
        {"verb": "stage", "code": "141", "patterns": ["* ..6 sit in => 1411"]},
        {"verb": "stag", "forms": ["staged", "staging", "stages"], "code": "141", "patterns": ["* ..6 sit in => 1411"]},
        {"verb": "stag", "code": "010"},  # PETRARCH's own STAG keeps every other form
    ]
    assert not problems(report)
    dictionaries = load(tmp_path / "out")
    stag = dictionaries.events["stag"]
    assert [(e.code, sorted(e.forms)) for e in stag] == [("141", ["staged", "stages", "staging"]), ("010", [])]
    from coder.api import Coder

    coder = Coder(dictionaries)
    assert coder.nlp("Kenya staged a protest against Uganda.")[1].lemma_ == "stag"  # the error the entry is for
    coded = [(e.source, e.code, e.target) for e in coder.code("Kenya staged a protest against Uganda.", date="2024-01-01")]
    assert coded == [("KEN", "141", "UGA")]


def test_petrarch_config_options_become_settings(tmp_path):
    config = write(tmp_path, "PETR_config.ini", """
        [Options]
        require_dyad = False   # events with a null target too
        comma_max = 10
        comma_emax = nine
        new_actor_length = 0
        """)
    verbs = write(tmp_path, "v.txt", "--- CONDEMN [111] ---\nCONDEMN\n")
    report = import_petrarch(tmp_path / "out", verbs=verbs, config=config)
    settings = loaded_yaml(tmp_path / "out" / "settings.yaml")["settings"]
    assert settings["reading"] == "petrarch1"  # a TABARI-style verb file
    assert settings["require_target"] is False and settings["comma_max"] == 10
    assert "comma_emax" not in settings  # the file's value could not be read
    assert any(p.startswith("PETR_config.ini:4: comma_emax = 'nine'") for p in problems(report))
    reading = load(tmp_path / "out").reading
    assert (reading.require_target, reading.comma_max) == (False, 10)
    assert reading.comma_emax == 8  # PETRARCH-1's default, from the petrarch1 reading
