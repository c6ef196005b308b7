"""Editing banks and instruments in the app: drafts that may be wrong while typed, pure changes
(undo keeps the draft before), and the checks ``check-content`` runs. Pure Python."""
