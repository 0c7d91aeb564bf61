"""Settings of one Desk installation and where its files live.

Order of precedence: command line, then environment (``DESK_DATABASE_URL``, ``DESK_FONT``,
``DESK_LANG``), then the settings file ``desk.toml`` in the user's config folder, then defaults.
Shop-wide settings (name, address, labour rate, opening hours) live in the database instead,
so every counter PC sees the same.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

APP_NAME = "Desk"
LANGUAGES = ("zh_CN", "en")


def data_dir() -> Path:
    """The user's data folder for Desk (created when missing)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "desk.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'desk.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    """What this PC needs to know before it can open the database."""

    database_url: str
    lang: str = "zh_CN"
    font_path: str | None = None
    """A TrueType CJK font for printed documents; found on the machine when not set."""


def load_settings(
    *, database_url: str | None = None, lang: str | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Settings from the command line values given, the environment and the settings file."""
    env = os.environ if environ is None else environ
    from_file: dict[str, object] = {}
    path = config_file()
    if path.is_file():
        with path.open("rb") as handle:
            from_file = tomllib.load(handle)
    settings = Settings(
        database_url=str(from_file.get("database_url") or default_database_url()),
        lang=str(from_file.get("lang") or "zh_CN"),
        font_path=str(from_file["font_path"]) if from_file.get("font_path") else None,
    )
    if env.get("DESK_DATABASE_URL"):
        settings = replace(settings, database_url=env["DESK_DATABASE_URL"])
    if env.get("DESK_FONT"):
        settings = replace(settings, font_path=env["DESK_FONT"])
    if env.get("DESK_LANG"):
        settings = replace(settings, lang=env["DESK_LANG"])
    if database_url:
        settings = replace(settings, database_url=database_url)
    if lang:
        settings = replace(settings, lang=lang)
    return settings


def describe_database(url: str) -> str:
    """The database URL as shown to people: no password, SQLite as its file path."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or ':memory:'}"
    return parsed.render_as_string(hide_password=True)
