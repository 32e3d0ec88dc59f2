"""Scrutineer: a retrieval assistant over council committee papers."""

__version__ = "0.1.0"
