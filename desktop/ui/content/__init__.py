"""The trainer's own content: import, export and editing of question banks and instruments."""
