"""The per-root benchmark: real-style news sentences for each CAMEO root, with the events expected.

One file per root in ``tests/roots/`` (``01-make-public-statement.yaml`` ...), each a list of::

    - text: Iraq's prime minister condemned the US airstrikes on Tuesday.
      events: [IRQGOV 111 USA]          # exactly the events coded: source code target
    - text: ...
      events: []                         # a sentence that must code nothing
      xfail: why coder gets it wrong     # a known failure, kept in view (strict: a pass is reported)

The expected events are the whole coded set, so a wrong extra event fails as surely as a missed one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOTS = Path(__file__).parent / "roots"


def _cases():
    for path in sorted(ROOTS.glob("*.yaml")):
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], 1):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            yield pytest.param(case["text"], str(case.get("date", "2024-07-31")), case["events"],
                               id=f"{path.stem[:2]}-{number}", marks=marks)


def test_every_root_has_ten_sentences():
    counts = {path.stem: len(yaml.safe_load(path.read_text(encoding="utf-8")) or []) for path in ROOTS.glob("*.yaml")}
    assert sorted(name[:2] for name in counts) == [f"{n:02d}" for n in range(1, 21)]
    assert {name: n for name, n in counts.items() if n < 10} == {}


@pytest.mark.parametrize("text,date,expected", list(_cases()))
def test_root_sentence(code, text, date, expected):
    coded = sorted(" ".join((s, c, t)) for s, c, t in code(text, date=date))
    assert coded == sorted(expected)
