"""Compare the engine's CPU time of two versions of coder in one process: a git revision (the
base, ``HEAD`` by default) against this checkout, on the same parsed stories, runs alternated.

    python benchmarks/engine_ab.py                          # HEAD against the working tree
    python benchmarks/engine_ab.py --base HEAD~3 --rounds 60
    python benchmarks/engine_ab.py --same                   # HEAD against itself: the noise floor
    python benchmarks/engine_ab.py --corpus voa --stories 45

Why: on a shared machine two runs of ``engine_profile.py`` one after the other differ by 10-30 %
(other processes take the cores and the caches), more than most single changes gain. Here both
versions code the same docs in the same process, one run each per round, in alternating order,
so that a busy spell slows both alike; the figure to read is the median of the per-round ratios
(new / base). ``--same`` compares the base with itself: how far from 1.00 that median lands
(a few per cent) is the smallest difference this machine can show.

Both versions are imported as packages of their own (``coder_base``, ``coder_new``), and both
compile their dictionaries (no cache: the compiled-dictionary cache pickles the classes of the
installed ``coder`` package, whose pattern elements the other package would not recognise).
Before timing, the two versions' events are compared and must be equal. Needs ../shared (the
corpora of ``throughput.py``).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import engine_profile  # noqa: E402  (the corpora, as engine_profile.py reads them)

ROOT = Path(__file__).resolve().parent.parent


def export(revision: str, folder: Path) -> Path:
    """The ``coder`` package of a git revision, written under ``folder``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "coder"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder)
    return folder / "coder"


def load(name: str, package: Path):
    """Import the package folder ``package`` under the name ``name``. Its spaCy component
    factories (the cached attribute ruler and lemmatizer) replace the other version's, which
    spaCy refuses to register twice from different files. The installed ``coder`` is imported
    first: both versions' resource lookups import it (``coder.resources``)."""
    import coder  # noqa: F401

    forget_factories()
    spec = importlib.util.spec_from_file_location(name, package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def forget_factories() -> None:
    """Unregister coder's spaCy factories, so that another copy of the package may register its own."""
    import catalogue
    from spacy.util import registry

    for key in [key for key in catalogue.REGISTRY if key[:-1] == tuple(registry.factories.namespace)
                and key[-1].startswith("coder_")]:
        catalogue._remove(key)


def clear(parsed: list) -> None:
    """Docs as the parser left them: the engine's per-doc caches (``Doc.user_data``) go."""
    for _, sentences, _ in parsed:
        for sentence in sentences:
            sentence.span.doc.user_data.clear()


def run(version, coder, parsed: list) -> float:
    """CPU seconds of coding the parsed stories once with ``version``."""
    code_story = sys.modules[f"{version.__name__}.engine.story"].code_story
    clear(parsed)
    started = time.process_time()
    for story, sentences, _ in parsed:
        code_story(story, sentences, coder.dictionaries, coder.reading)
    return time.process_time() - started


def events(version, coder, parsed: list) -> list:
    code_story = sys.modules[f"{version.__name__}.engine.story"].code_story
    clear(parsed)
    return [repr(event) for story, sentences, _ in parsed
            for event in code_story(story, sentences, coder.dictionaries, coder.reading).events]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--base", default="HEAD", help="git revision to compare against (default HEAD)")
    parser.add_argument("--same", action="store_true", help="compare the base with itself (the noise floor)")
    parser.add_argument("--corpus", choices=["sentences", "voa"], default="sentences",
                        help="the shared one-sentence stories (default) or the VOA stories")
    parser.add_argument("--stories", type=int, default=300, help="stories a run (the corpus repeated)")
    parser.add_argument("--rounds", type=int, default=40, help="rounds, one run of each version a round")
    parser.add_argument("--freeze", action="store_true",
                        help="freeze what is loaded out of the garbage collector first, as coder code does: "
                             "without it, full collections walk both versions' dictionaries and land on either")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        base = load("coder_base", export(args.base, Path(folder) / "base"))
        new = load("coder_new", export(args.base, Path(folder) / "same") if args.same else ROOT / "coder")
        coders = {base: base.Coder(cache=False), new: new.Coder(cache=False)}
        nlp_coder = coders[base]
        parse_stories, as_story = sys.modules["coder_base.nlp"].parse_stories, base.api.as_story
        stories = engine_profile.corpus(args.corpus, args.stories)
        parsed = list(parse_stories((as_story(s) for s in stories), nlp_coder.nlp,
                                    nlp_coder.dictionaries.actor_words))
        if events(base, coders[base], parsed) != events(new, coders[new], parsed):
            raise SystemExit("the two versions code different events: compare their outputs first")
        if args.freeze:
            gc.freeze()  # as coder code does after loading (coder/batch.py: loaded)
        times = {base: [], new: []}
        for k in range(args.rounds + 1):
            for version in ((base, new) if k % 2 else (new, base)):
                seconds = run(version, coders[version], parsed)
                if k:  # the first round warms up (lazily built indexes)
                    times[version].append(seconds)
    sentences = sum(len(s) for _, s, _ in parsed)

    def ms(seconds: float) -> str:
        return f"{1000 * seconds / sentences:.3f}"

    ratios = [n / b for n, b in zip(times[new], times[base])]
    print(f"{len(parsed)} stories, {sentences} sentences ({args.corpus}), {args.rounds} rounds; "
          f"ms a sentence (CPU):")
    for label, version in (("base", base), ("same" if args.same else "new", new)):
        print(f"  {label:5} min {ms(min(times[version]))}  median {ms(statistics.median(times[version]))}")
    quartiles = statistics.quantiles(ratios, n=4)
    print(f"  new / base: median {statistics.median(ratios):.3f} (quartiles {quartiles[0]:.3f}-{quartiles[2]:.3f})")


if __name__ == "__main__":
    main()
