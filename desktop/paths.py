"""Where the app's files are: bundled resources (source tree or PyInstaller bundle) and user data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "TrainingAssessment"


def resource_root() -> Path:
    """The folder holding assets/ and quizzes/ (the bundle's folder when frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return resource_root() / "assets"


def phone_page_dir() -> Path:
    """The phone page (HTML, JS, CSS) that the phone server serves itself: nothing from the internet."""
    return assets_dir() / "phone"


def instruments_dir() -> Path:
    return assets_dir() / "instruments"


def quizzes_dir() -> Path:
    return resource_root() / "quizzes"


def user_content_dir(data_dir: Path) -> Path:
    """The trainer's own banks and instruments (imported or edited), beside the database."""
    return Path(data_dir) / "content"


def user_quizzes_dir(data_dir: Path) -> Path:
    return user_content_dir(data_dir) / "quizzes"


def user_instruments_dir(data_dir: Path) -> Path:
    return user_content_dir(data_dir) / "instruments"


def user_deleted_dir(data_dir: Path) -> Path:
    """Where a deleted bank or form file is moved (never loaded from; moved back, it is listed again)."""
    return user_content_dir(data_dir) / "deleted"


def font_path() -> Path:
    return assets_dir() / "fonts" / "TrainingAssessmentSansSC-Regular.ttf"


def translations_dir() -> Path:
    return assets_dir() / "translations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))
