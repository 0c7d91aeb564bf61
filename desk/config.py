"""Settings of one Desk installation and where its files live.

Order of precedence: command line, then environment (``DESK_DATABASE_URL``, ``DESK_FONT``,
``DESK_LANG``), then the settings file ``desk.toml`` in the user's config folder, then defaults.
Shop-wide settings (name, address, labour rate, opening hours) live in the database instead,
so every counter PC sees the same — including the paper each document is printed on (结算单
A4/A5, 出门证 A6/80 mm).

Which printer each document goes to is per PC, in the settings file's ``[printers]`` table, keyed
by document (``settlement``, ``exit_pass``, ``day_end``, ``repair_order``, ``checkin``,
``welcome``, ``additional_work``), with ``default`` for the rest::

    [printers]
    default = "Counter-Laser"
    exit_pass = "Gate-Receipt"

A name that is not installed falls back to the system's default printer.

A SQLite database is copied once a day when Desk starts into the ``[backup]`` folder (default:
``backups`` in the data folder), keeping the newest ``keep`` copies (default 14)::

    [backup]
    folder = "D:/Desk-backups"
    keep = 30
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
    printers: Mapping[str, str] = field(default_factory=dict)
    """Printer name per document (``[printers]`` in desk.toml); ``default`` for the others."""
    backup_folder: str | None = None
    """Where the daily backup of a SQLite database goes; None: ``backups`` in the data folder."""
    backup_keep: int = 14
    """How many daily backups are kept."""

    def backups_path(self) -> Path:
        """The folder of the daily backups."""
        return Path(self.backup_folder) if self.backup_folder else data_dir() / "backups"

    def printer_for(self, document: str) -> str | None:
        """The printer ``document`` goes to on this PC; None: the system's default printer."""
        return self.printers.get(document) or self.printers.get("default") or None


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
        printers=_printers(from_file.get("printers")),
        **_backup(from_file.get("backup")),
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


def _backup(table: object) -> dict[str, object]:
    """The ``[backup]`` table: ``folder`` and ``keep`` (at least 1); anything else is ignored."""
    if not isinstance(table, dict):
        return {}
    found: dict[str, object] = {}
    if isinstance(table.get("folder"), str) and table["folder"].strip():
        found["backup_folder"] = table["folder"].strip()
    if isinstance(table.get("keep"), int) and not isinstance(table.get("keep"), bool):
        found["backup_keep"] = max(1, table["keep"])
    return found


def _printers(table: object) -> dict[str, str]:
    """The ``[printers]`` table: document → printer name; anything else in it is ignored."""
    if not isinstance(table, dict):
        return {}
    return {str(k): str(v).strip() for k, v in table.items() if isinstance(v, str) and v.strip()}


def describe_database(url: str) -> str:
    """The database URL as shown to people: no password, SQLite as its file path."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or ':memory:'}"
    return parsed.render_as_string(hide_password=True)
