"""What the tests of news constructions (tests/test_news_*.py) ask of coder: the events of a text,
coded as one story on a date, as a set of (source, code, target) triples. Each file codes on
the date its sentences are written for: ``triples = triples_on("2025-06-17")``, then
``triples(code, text)`` with the ``code`` fixture."""

from __future__ import annotations


def triples_on(default_date: str):
    """``triples(code, text, date=default_date, title=None)``: the set of a text's events."""

    def triples(code, text: str, date: str = default_date, title: str | None = None) -> set:
        return set(code(text, date=date, title=title))

    return triples
