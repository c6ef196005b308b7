"""Pure-Python core: content loading, scoring and comparison. Imports no Qt (a test enforces it)."""
