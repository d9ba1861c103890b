"""Errors a user can act on: each says where (file:line:column) and what was expected."""

from __future__ import annotations


class CoderError(Exception):
    """Base class of the errors the command line reports without a traceback."""


class DictionaryError(CoderError):
    """A dictionary file that cannot be used, with the place of the problem in it."""

    def __init__(self, path: str, line: int, column: int, message: str):
        self.path, self.line, self.column, self.message = path, line, column, message
        super().__init__(f"{path}:{line}:{column}: {message}")


class InputError(CoderError):
    """An input that cannot be read at all (as opposed to one bad story in a batch)."""
