"""The group PK session: set-up, console, stage, phones and their controller."""
