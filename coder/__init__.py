"""coder: a rule-based CAMEO political event coder.

News text in, event data out: who did what to whom, when::

    import coder
    c = coder.Coder()                                    # built-in dictionaries, coder's reading
    events = c.code("Iraq condemned the US strikes.", date="2024-07-31")
    for story, events in c.code_stories(stories): ...    # Story objects or {"id", "text", "date"}
    print(c.explain("Iraq condemned the US strikes."))   # how it was coded, step by step

The stages, in the order data flows through them: ``readers`` (stories) → ``nlp`` (spaCy) →
``engine`` (view → mentions → triggers → filters → arguments → assembly) → ``writers``. The
dictionaries (``dictionary``, ``patterns``, ``codebook``) are compiled once into one picklable
object; a ``Reading`` (``reading``) says how sentences are read. See docs/api.md.
"""

__version__ = "0.2.0"

from .api import Coder, Explanation  # noqa: E402
from .errors import CoderError, DictionaryError, InputError  # noqa: E402
from .model import Event, Story  # noqa: E402
from .reading import Reading  # noqa: E402

__all__ = ["Coder", "CoderError", "DictionaryError", "Event", "Explanation", "InputError", "Reading", "Story",
           "__version__"]
