"""Command-line tools behind ``python -m desktop <command>``."""
