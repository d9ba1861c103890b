"""Profile coder's engine alone: the stories are parsed once, then coded again and again, and
the engine's CPU time is measured in this process (``time.process_time``), so that a busy
machine disturbs the figure less than wall-clock timing of ``coder code`` would.

    python benchmarks/engine_profile.py                     # the shared sentences, 1,000 one-sentence stories
    python benchmarks/engine_profile.py --corpus voa --stories 100
    python benchmarks/engine_profile.py --profile 30        # also cProfile's top 30 functions (by own time)
    python benchmarks/engine_profile.py --phoenix           # with the imported Phoenix set (/tmp/phx, as throughput.py makes it)
    python benchmarks/engine_profile.py --parse             # also spaCy's parse alone (coder's pipeline), for the ratio

``engine`` is ``code_story`` over every parsed story (view, mentions, triggers, filters,
arguments, events), the minimum of ``--runs`` runs; each run starts from docs as the parser
left them (the per-doc caches the engine keeps in ``Doc.user_data`` are cleared). ``--parse``
times coder's own pipeline on the same texts (``nlp.pipe``, as ``coder code`` parses), so the
per-sentence figures show what share of a sentence's cost the engine is.

Needs ../shared (the corpora of ``throughput.py``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402  (the corpora and the Phoenix set, as the throughput benchmark builds them)


def corpus(name: str, count: int) -> list:
    if name == "voa":
        if not throughput.VOA.exists():
            raise SystemExit(f"{throughput.VOA} is absent")
        return list(throughput.repeated(throughput.voa_stories(), count))
    sentences = throughput.shared_sentences()
    if not sentences:
        raise SystemExit("the shared sentences are absent (../shared/corpus, ../shared/cameo)")
    return list(throughput.repeated(sentences, count))


def engine_seconds(coder, parsed: list) -> float:
    """CPU seconds of coding the parsed stories once, from fresh docs."""
    from coder.engine.story import code_story

    for _, sentences, _ in parsed:
        for sentence in sentences:
            sentence.span.doc.user_data.clear()
    started = time.process_time()
    for story, sentences, _ in parsed:
        code_story(story, sentences, coder.dictionaries, coder.reading)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--corpus", choices=["sentences", "voa"], default="sentences",
                        help="the shared one-sentence stories (default) or the VOA stories")
    parser.add_argument("--stories", type=int, default=1000, help="stories to code (the corpus repeated)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the engine; the minimum is reported")
    parser.add_argument("--phoenix", action="store_true", help="with the imported Phoenix set")
    parser.add_argument("--parse", action="store_true", help="also time coder's pipeline on the same texts")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print cProfile's N costliest functions (by own time)")
    args = parser.parse_args()

    from coder import Coder
    from coder.api import as_story
    from coder.nlp import parse_stories

    coder = Coder(str(throughput.phoenix(Path(tempfile.gettempdir()) / "phx"))) if args.phoenix else Coder()
    stories = corpus(args.corpus, args.stories)
    started = time.process_time()
    parsed = list(parse_stories((as_story(s) for s in stories), coder.nlp, coder.dictionaries.actor_words))
    parse = time.process_time() - started
    sentences = sum(len(s) for _, s, _ in parsed)
    engine_seconds(coder, parsed[:50])  # warm up: lazily built indexes, caches of the dictionaries
    engine = min(engine_seconds(coder, parsed) for _ in range(args.runs))
    print(f"{len(parsed)} stories, {sentences} sentences ({args.corpus}{', phoenix' if args.phoenix else ''})")
    print(f"engine: {engine:.2f} s CPU, {1000 * engine / sentences:.3f} ms a sentence (min of {args.runs})")
    if args.parse:
        print(f"parse:  {parse:.2f} s CPU, {1000 * parse / sentences:.3f} ms a sentence (coder's pipeline, once)")
    if args.profile:
        profile = cProfile.Profile()
        for _, sentences_, _ in parsed:
            for sentence in sentences_:
                sentence.span.doc.user_data.clear()
        from coder.engine.story import code_story
        profile.enable()
        for story, sentences_, _ in parsed:
            code_story(story, sentences_, coder.dictionaries, coder.reading)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
