"""Exporting a question bank to the files other tools read: the Chinese-header xlsx (re-importable),
Kahoot's xlsx template and Moodle GIFT. Pure Python (openpyxl writes the workbooks).

``export_bank`` never writes a file: it returns the bytes, how many questions they hold and the
questions left out with the reason, so the CLI and the app say the same thing and write atomically.
What each format cannot carry (README "Exporting questions"):

- xlsx: everything the import reads back, in Chinese only (English texts are not exported);
- Kahoot: single and multiple choice with up to 4 answers, question ≤ 120 and answers ≤ 75 characters;
  true/false as a two-answer quiz (对 / 错); no explanation, tags or difficulty;
- GIFT: single, multiple (with % weights), true/false and fill; the first tag as the category; no
  difficulty; open questions (GIFT's essay has no reference answer or scoring points) are left out.
"""

from __future__ import annotations

from desktop.core.bank_model import Bank
from desktop.core.exporting.model import EXPORT_FORMATS, Export, LeftOut

__all__ = ["EXPORT_FORMATS", "Export", "LeftOut", "export_bank", "suffix_for"]


def export_bank(bank: Bank, fmt: str) -> Export:
    """The bank in ``fmt`` (one of ``EXPORT_FORMATS``): the file's bytes and what was left out."""
    if fmt == "xlsx":
        from desktop.core.exporting.table_writer import write_table

        return write_table(bank)
    if fmt == "kahoot":
        from desktop.core.exporting.kahoot_writer import write_kahoot

        return write_kahoot(bank)
    if fmt == "gift":
        from desktop.core.exporting.gift_writer import write_gift

        return write_gift(bank)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def suffix_for(fmt: str) -> str:
    return ".gift.txt" if fmt == "gift" else ".xlsx"
