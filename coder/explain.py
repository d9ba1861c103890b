"""``coder explain``: how a sentence is coded, step by step — the dictionary editor's main tool.

Renders the analysis ``Coder.explain`` returns (``str(explanation)``)."""

from __future__ import annotations

from tabulate import tabulate

from .engine import SentenceAnalysis, StoryResult
from .writers import TABLE_COLUMNS


def render(result: StoryResult) -> str:
    """The explanation of a coded text, sentence by sentence."""
    if result.discarded:
        return f"story discarded: {result.discarded} (discards.yaml); no events"
    return "\n\n".join(explain_sentence(a) for a in result.analyses)


def explain_sentence(analysis: SentenceAnalysis) -> str:
    view = analysis.view
    out = [f"sentence {analysis.sentence.sentence_id}: {analysis.sentence.text}", "", "tokens:"]
    offset = view.span.start
    rows = [[t.i - offset, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i - offset,
             _name(view.name_at.get(t.i - offset))] for t in view.span]
    out.append(_indent(tabulate(rows, headers=["#", "token", "lemma", "pos", "tag", "dep", "head", "dictionary"],
                                disable_numparse=True)))
    if analysis.discarded:
        out += ["", f"sentence discarded: {analysis.discarded}"]
        return "\n".join(out)
    out += ["", "actors (noun phrases holding actors or agents):"]
    out += [f"  {a.code:10} {a.text}" for a in analysis.mentions] or ["  none"]
    if analysis.issues:
        out += ["", f"issues: {', '.join(analysis.issues)}"]
    out += ["", "event words:"]
    if not analysis.candidates:
        out.append("  none: no token is a verb or event noun of the dictionaries")
    for candidate in analysis.candidates:
        word, entry = candidate.word, candidate.word.entry
        words = view.span[word.start:word.end].text
        out.append(f"  {words!r}: {entry.kind} {entry.lemma}{' ' + entry.particle if entry.particle else ''} ({entry.origin})")
        if word.match:
            out.append(f"    pattern {word.match.pattern.text!r} fired ({word.match.pattern.origin})")
        elif entry.patterns:
            out.append(f"    none of its {len(entry.patterns)} patterns matched; default code {entry.code or '(none)'}")
        else:
            out.append(f"    default code {entry.code}")
        out.append(f"    source: {_actors(candidate.sources)}   target: {_actors(candidate.targets)}")
        if candidate.stance is not None:
            out.append(f"    stance: {candidate.stance.kind} ({candidate.stance.why}), coded in the action's family")
        if candidate.skipped:
            out.append(f"    no event: {candidate.skipped}")
        for event in candidate.events:
            out.append(f"    -> {event.source} {event.code} {event.target}  ({event.label})")
    out += ["", "events:"]
    if analysis.events:
        rows = [[getattr(e, f) for _, f in TABLE_COLUMNS[3:]] for e in analysis.events]
        out.append(_indent(tabulate(rows, headers=[n for n, _ in TABLE_COLUMNS[3:]], disable_numparse=True)))
    else:
        out.append("  none")
    return "\n".join(out)


def _name(name) -> str:
    if name is None:
        return ""
    return f"actor {name.code}" if name.code else f"agent {name.role}"


def _actors(actors) -> str:
    return ", ".join(f"{a.code} ({a.text!r})" for a in actors) or "-"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
