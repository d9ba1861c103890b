"""Importers: turn other coders' dictionaries into coder's YAML dictionaries.

``petrarch`` reads PETRARCH-1/TABARI and PETRARCH-2 dictionaries (``coder dict import-petrarch``).
"""
