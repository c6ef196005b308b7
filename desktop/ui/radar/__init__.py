"""The radar charts screen and its controls."""
