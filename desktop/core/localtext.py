"""Text written in Chinese first, with English where the content has it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocalText:
    zh_CN: str  # noqa: N815 - named as the locale it holds, as in the content files
    en: str | None = None

    def get(self, lang: str) -> str:
        """The text in ``lang``; Chinese when there is no translation."""
        if lang == "en" and self.en:
            return self.en
        return self.zh_CN
