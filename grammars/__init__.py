"""coder's pattern grammar, installed as the package ``coder.grammars``.

This file only makes the folder a regular package, so that ``importlib.resources`` finds it
(see coder/resources.py).
"""
