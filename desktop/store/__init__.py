"""Storage: the only package that knows about SQL. The rest of the app talks to ``Store``."""
