"""Comma-delimited clauses left out before coding (TABARI's and PETRARCH's ``comma_*``
options); part of the sentence view.

"Arnor will restore ties with Gondor, a senior official said on Saturday": the terminal clause
"a senior official said on Saturday" says who reported the news, not what happened, and a
coder that reads it finds an event that is not there. TABARI and PETRARCH leave out such
clauses by their length in words: an internal clause (between two commas), the initial one
(before the first comma) and the terminal one (after the last comma), each when its length
lies within the configured bounds. A maximum of 0 turns a rule off.

Only commas that delimit clauses count: not those of a list of names ("Mordor, the Shire and
Bree") or between the adjectives of one noun ("complete, full diplomatic ties"), which
PETRARCH's noun-phrase handling absorbs too. Words are counted as PETRARCH counts them: text
words that begin with a letter ("12-year" is not a word, "Libya's" is one).
"""

from __future__ import annotations

NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def left_out(span, chunks: dict, reading) -> frozenset:
    """Indices (within the sentence) of the tokens in the comma clauses that ``reading`` leaves
    out; ``chunks`` maps a token index to the (start, end) of its noun chunk."""
    s = reading
    if not (s.comma_max or s.comma_bmax or s.comma_emax):
        return frozenset()
    commas = [k for k, token in enumerate(span) if token.text == "," and _delimits(span, k, chunks)]
    if not commas:
        return frozenset()
    end = len(span)
    while end > 0 and span[end - 1].is_punct and span[end - 1].text != ",":
        end -= 1  # the final full stop is not part of the last clause
    dropped = set()
    if s.comma_bmax and s.comma_bmin <= words(span, 0, commas[0]) <= s.comma_bmax:
        dropped.update(range(0, commas[0]))
    if s.comma_emax and s.comma_emin <= words(span, commas[-1] + 1, end) <= s.comma_emax:
        dropped.update(range(commas[-1] + 1, end))  # the comma stays: an internal clause may end at it
    if s.comma_max:
        for first, second in zip(commas, commas[1:]):
            if s.comma_min <= words(span, first + 1, second) <= s.comma_max:
                dropped.update(range(first, second))
    return frozenset(dropped)


def words(span, start: int, end: int) -> int:
    """Text words in tokens [start, end) that begin with a letter; tokens written together
    ("Libya's", "state-run") are one word."""
    count = 0
    for k in range(start, end):
        starts_word = k == start or bool(span[k - 1].whitespace_)
        if starts_word and span[k].text[:1].isalpha():
            count += 1
    return count


def _delimits(span, k: int, chunks: dict) -> bool:
    """Whether the comma at ``k`` delimits a clause, rather than items of one noun phrase."""
    inside = chunks.get(k)
    if inside and inside[0] < k < inside[1] - 1:
        return False  # "complete, full diplomatic ties"
    after = k + 1
    while after < len(span) and (span[after].dep_ == "cc" or span[after].is_punct):
        after += 1
    if after >= len(span):
        return True
    root = span[after]
    if after in chunks:  # the head of the phrase that follows the comma
        start, end = chunks[after]
        root = next((t for t in span[start:end] if t.head.i < span.start + start or t.head.i >= span.start + end
                     or t.head.i == t.i), root)
    if root.dep_ == "conj" and root.head.pos_ in NOUNS:
        return False  # "Mordor, the Shire, Fornost and Bree"
    if root.dep_ == "appos" and any(c.dep_ == "conj" for c in root.head.children):
        return False  # a list the parser read as an apposition
    return True
