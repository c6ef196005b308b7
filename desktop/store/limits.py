"""Limits on what users type, shared by the store (which enforces them) and the forms (which show them)."""

from desktop.core.names import MAX_NAME_LENGTH

__all__ = ["MAX_NAME_LENGTH"]
