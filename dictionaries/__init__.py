"""coder's built-in dictionaries, installed as the package ``coder.dictionaries``.

This file only makes the folder a regular package, so that ``importlib.resources`` finds it
(see coder/resources.py); the dictionaries are the ``*.yaml`` files below it.
"""
