"""coder: a rule-based CAMEO political event coder.

News text in, event data out: who did what to whom, when. The stages, one module each, in the
order data flows through them:

    readers    read stories (JSON lines, PETRARCH XML, plain text)
    nlp        spaCy: sentences, tokens, lemmas, parts of speech, dependencies
    actors     find the actors and agents in a sentence and compose their codes
    verbs      find event verbs and nouns and match their patterns
    events     assemble events: source, target, code, with provenance
    writers    write event tables (table, tsv, csv, jsonl)

The dictionaries (``dictionary``, ``patterns``, ``codebook``) are loaded and compiled once into
one picklable object; coding a sentence is a pure function of the parsed sentence, the story
context and that object.
"""

__version__ = "0.1.0"
