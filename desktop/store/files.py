"""The names of the store's files in a data folder (no imports: every store module may use them)."""

from __future__ import annotations

DB_FILENAME = "training-assessment.db"
BACKUP_DIRNAME = "backups"
