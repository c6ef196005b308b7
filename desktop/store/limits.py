"""Limits on what users type, shared by the store (which enforces them) and the forms (which show them)."""

MAX_NAME_LENGTH = 500
