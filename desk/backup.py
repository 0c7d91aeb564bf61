"""Backup and restore of a SQLite database, and the daily backup kept in a folder.

Copies are made with SQLite's online backup API, so they are consistent even while other counter
PCs are writing (the WAL file is included). Every copy is checked (``PRAGMA integrity_check``)
before it is given its final name, and it gets that name with one atomic rename: a copy that was
interrupted or is damaged never looks like a good backup.

Restoring never touches the current database until the file to restore has been verified — it is
a SQLite file, its integrity check passes, it is a Desk database (it has Desk's tables and an
Alembic revision this Desk knows) — and the current database has been set aside as
``<name>.before-restore-<time>.sqlite3``. A PostgreSQL database is backed up with the server's own
tools (``pg_dump``); README.md says how.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desk.services.errors import DeskError

DAILY_PREFIX = "desk-"
"""Daily backups are named ``desk-YYYYMMDD-HHMMSS.sqlite3``."""
DEFAULT_KEEP = 14
"""How many daily backups are kept when the settings say nothing."""
DESK_TABLES = ("repair_order", "customer", "vehicle", "shop_settings", "alembic_version")
"""Tables every Desk database has; a file without them is not one."""


class BackupError(DeskError):
    """A backup or restore could not be made; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified copy: where it is, how big, which schema revision."""

    path: Path
    size: int
    revision: str


def _sqlite_file(url: str) -> Path:
    from desk.db import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise BackupError(
            "desk backup/restore 只用于 SQLite 数据库；PostgreSQL 请用服务器的 pg_dump / pg_restore（见 README）。"
        )
    return path


def _check(path: Path) -> str:
    """The schema revision of the Desk database at ``path``; refuses anything else."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise BackupError("无法读取文件 {path}：{reason}。", path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != b"SQLite format 3\x00":
        raise BackupError("{path} 不是 SQLite 数据库文件，不能恢复。", path=str(path))
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in DESK_TABLES if t not in tables]
            revision = "" if missing else (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [""])[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError("{path} 已损坏，无法打开：{reason}。", path=str(path), reason=str(exc)) from exc
    if verdict != "ok":
        raise BackupError("{path} 未通过完整性检查（{verdict}），不能使用。", path=str(path), verdict=str(verdict))
    if missing:
        raise BackupError("{path} 不是 Desk 的数据库（缺少 {tables} 表）。", path=str(path), tables="、".join(missing))
    from desk.db import known_revision

    if not revision or not known_revision(revision):
        raise BackupError(
            "{path} 的数据库版本（{revision}）比这台电脑上的 Desk 新，请先升级 Desk 再恢复。",
            path=str(path), revision=revision or "未知",
        )
    return revision


def copy_database(source: Path, target: Path) -> BackupInfo:
    """Copy the SQLite database ``source`` to ``target`` (replaced if present), verified.

    The copy is written beside ``target`` under a temporary name, checked, and renamed; on any
    failure the temporary file is removed and ``target`` is as it was.
    """
    if not source.is_file():
        raise BackupError("找不到数据库文件 {path}。", path=str(source))
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as reading, \
                closing(sqlite3.connect(partial)) as writing:
            reading.backup(writing)
            # a copy in WAL mode would leave "-wal"/"-shm" files beside it whenever it is opened
            writing.execute("PRAGMA journal_mode=DELETE")
        revision = _check(partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupError("复制数据库失败：{reason}。原有文件没有改动。", reason=str(exc)) from exc
    except OSError as exc:
        raise BackupError(
            "无法写入 {path}：{reason}。原有文件没有改动。", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the folder could not be made: there is no partial copy to remove
    return BackupInfo(path=target, size=target.stat().st_size, revision=revision)


def backup(url: str, target: Path) -> BackupInfo:
    """``desk backup -o FILE``: a verified copy of the database at ``url``."""
    source = _sqlite_file(url)
    if target.resolve() == source.resolve():
        raise BackupError("备份文件不能是数据库本身，请换一个文件名。")
    return copy_database(source, target)


def restore(url: str, source: Path, *, now: dt.datetime | None = None) -> tuple[BackupInfo, Path | None]:
    """``desk restore FILE``: replace the database at ``url`` by the verified copy ``source``.

    Returns the restored database and where the database it replaced was set aside (None when
    there was none). The restored file is migrated to this Desk's schema on the next start.
    """
    database = _sqlite_file(url)
    if not source.is_file():
        raise BackupError("找不到要恢复的文件 {path}。", path=str(source))
    if database.exists() and source.resolve() == database.resolve():
        raise BackupError("要恢复的文件就是当前数据库本身。")
    _check(source)
    aside: Path | None = None
    if database.exists():
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        aside = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
        copy_database(database, aside)
    # The WAL and shared-memory files of the old database must not be applied to the new one.
    for leftover in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return copy_database(source, database), aside


def daily_backups(folder: Path) -> list[Path]:
    """The daily backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{DAILY_PREFIX}*.sqlite3") if p.is_file())


def daily_backup(url: str, folder: Path, *, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None) -> BackupInfo | None:
    """Make today's backup in ``folder`` unless there is one already, then keep only the newest
    ``keep``. None when nothing was needed (PostgreSQL, no database yet, or already done today)."""
    from desk.db import sqlite_path

    database = sqlite_path(url)
    if database is None or not database.exists():
        return None
    now = now or dt.datetime.now()
    existing = daily_backups(folder)
    today = f"{DAILY_PREFIX}{now:%Y%m%d}-"
    if any(p.name.startswith(today) for p in existing):
        return None
    made = copy_database(database, folder / f"{DAILY_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3")
    for old in daily_backups(folder)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made


__all__ = ["BackupError", "BackupInfo", "backup", "copy_database", "daily_backup", "daily_backups", "restore"]
