"""Backups and restore."""
