"""The interface's languages: Chinese first, then English.

Apart from ``localtext`` (whose dataclass would bring ``dataclasses`` in before the first paint).
"""

from __future__ import annotations

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
