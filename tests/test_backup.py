"""Backups of a SQLite database: `desk backup`, `desk restore`, and the daily copy with retention.

Every refusal must leave the current database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from conftest import seed_shop
from desk import backup as backups
from desk import db
from desk.cli import main
from desk.services import customers


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def customer_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("select name from customer order by id")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop_file(sqlite_url: str) -> tuple[str, Path]:
    """A SQLite Desk database with the test shop in it (one customer, 张伟)."""
    database = db.Database(sqlite_url)
    seed_shop(database)
    database.dispose()
    path = db.sqlite_path(sqlite_url)
    assert path is not None
    return sqlite_url, path


def add_customer(url: str, name: str, phone: str) -> None:
    database = db.Database(url)
    with database.unit_of_work() as s:
        customers.create_customer(s, name=name, phone=phone, staff_id=None)
    database.dispose()


def test_backup_and_restore_through_the_command_line(shop_file, tmp_path: Path, capsys) -> None:
    url, path = shop_file
    copy = tmp_path / "copies" / "monday.sqlite3"
    status, out, err = run(capsys, "--db", url, "backup", "-o", str(copy))
    assert status == 0, err
    assert str(copy) in out and db.head_revision() in out
    assert customer_names(copy) == ["张伟"]

    add_customer(url, "王芳", "13900001111")  # typed after the backup
    assert customer_names(path) == ["张伟", "王芳"]
    status, out, err = run(capsys, "--db", url, "restore", str(copy))
    assert status == 0, err
    assert customer_names(path) == ["张伟"]
    aside = next(path.parent.glob("desk.before-restore-*.sqlite3"))
    assert f"原数据库已另存为 {aside}" in out
    assert customer_names(aside) == ["张伟", "王芳"]  # nothing typed is lost: it is set aside
    database = db.Database(url)  # the restored database opens and works
    with database.unit_of_work(write=False) as s:
        assert [hit.customer for hit in customers.search(s, "张伟")] == ["张伟"]
    database.dispose()


def test_a_backup_is_a_consistent_copy_while_the_database_is_open(shop_file, tmp_path: Path) -> None:
    url, path = shop_file
    database = db.Database(url)
    with database.unit_of_work() as s:  # a write sitting in the WAL file, not yet checkpointed
        customers.create_customer(s, name="刘洋", phone="13700002222", staff_id=None)
    made = backups.backup(url, tmp_path / "live.sqlite3")
    database.dispose()
    assert customer_names(made.path) == ["张伟", "刘洋"]
    with sqlite3.connect(made.path) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert made.size == made.path.stat().st_size and made.revision == db.head_revision()


@pytest.mark.parametrize(
    ("make_file", "message"),
    [
        (lambda p: p.write_text("plate,vin\n粤B12345,LSVAU218XN2183294\n", encoding="utf-8"), "不是 SQLite 数据库文件"),
        (lambda p: p.write_bytes(b""), "不是 SQLite 数据库文件"),
        (lambda p: sqlite3.connect(p).execute("create table photos (id integer)").connection.commit(), "不是 Desk 的数据库"),
    ],
    ids=["csv", "empty", "other-sqlite"],
)
def test_restore_refuses_a_file_that_is_not_a_desk_database(shop_file, tmp_path: Path, capsys, make_file, message) -> None:
    url, path = shop_file
    before = digest(path)
    wrong = tmp_path / "wrong.sqlite3"
    make_file(wrong)
    status, _, err = run(capsys, "--db", url, "restore", str(wrong))
    assert status == 1 and message in err
    assert digest(path) == before
    assert not list(path.parent.glob("*.before-restore-*"))


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(shop_file, tmp_path: Path, capsys) -> None:
    url, path = shop_file
    copy = backups.backup(url, tmp_path / "good.sqlite3").path
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page)):  # scribble over pages inside the file
        data[offset] = 0x5A
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    before = digest(path)
    status, _, err = run(capsys, "--db", url, "restore", str(damaged))
    assert status == 1 and ("完整性检查" in err or "已损坏" in err), err
    assert digest(path) == before


def test_restore_refuses_a_backup_from_a_newer_desk(shop_file, tmp_path: Path, capsys) -> None:
    url, path = shop_file
    copy = backups.backup(url, tmp_path / "future.sqlite3").path
    with sqlite3.connect(copy) as connection:
        connection.execute("update alembic_version set version_num = '9999'")
    before = digest(path)
    status, _, err = run(capsys, "--db", url, "restore", str(copy))
    assert status == 1 and "比这台电脑上的 Desk 新" in err
    assert digest(path) == before


def test_backup_refusals(shop_file, tmp_path: Path, capsys) -> None:
    url, path = shop_file
    status, _, err = run(capsys, "--db", url, "backup", "-o", str(path))
    assert status == 1 and "不能是数据库本身" in err
    status, _, err = run(capsys, "--db", "postgresql+psycopg://desk@127.0.0.1:1/desk", "backup", "-o", str(tmp_path / "x"))
    assert status == 1 and "pg_dump" in err
    status, _, err = run(capsys, "--db", url, "restore", str(tmp_path / "missing.sqlite3"))
    assert status == 1 and "找不到要恢复的文件" in err
    status, _, err = run(capsys, "--db", url, "backup")
    assert status == 2  # -o is required
    (tmp_path / "blocked").write_text("a file where the folder should be", encoding="utf-8")
    status, _, err = run(capsys, "--db", url, "backup", "-o", str(tmp_path / "blocked" / "copy.sqlite3"))
    assert status == 1 and "原有文件没有改动" in err


def test_one_daily_backup_a_day_and_only_the_newest_are_kept(shop_file, tmp_path: Path) -> None:
    url, _path = shop_file
    folder = tmp_path / "daily"
    monday = dt.datetime(2026, 11, 30, 8, 5)
    made = backups.daily_backup(url, folder, keep=3, now=monday)
    assert made is not None and made.path.name == "desk-20261130-080500.sqlite3"
    assert backups.daily_backup(url, folder, keep=3, now=monday + dt.timedelta(hours=9)) is None  # same day
    for day in range(1, 5):
        assert backups.daily_backup(url, folder, keep=3, now=monday + dt.timedelta(days=day)) is not None
    names = [p.name for p in backups.daily_backups(folder)]
    assert names == ["desk-20261202-080500.sqlite3", "desk-20261203-080500.sqlite3", "desk-20261204-080500.sqlite3"]
    assert all(customer_names(folder / name) == ["张伟"] for name in names)
    assert sorted(p.name for p in folder.iterdir()) == names  # no "-wal", "-shm" or partial files left over
    # nothing to copy for a server database or a database not made yet
    assert backups.daily_backup("postgresql+psycopg://desk@127.0.0.1:1/desk", folder) is None
    assert backups.daily_backup(f"sqlite:///{tmp_path / 'none.sqlite3'}", folder) is None


def test_the_backup_settings_come_from_the_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.config import config_file, data_dir, load_settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = load_settings(environ={})
    assert settings.backups_path() == data_dir() / "backups" and settings.backup_keep == 14
    config_file().parent.mkdir(parents=True)
    config_file().write_text(f'[backup]\nfolder = "{tmp_path / "nas"}"\nkeep = 30\n', encoding="utf-8")
    settings = load_settings(environ={})
    assert settings.backups_path() == tmp_path / "nas" and settings.backup_keep == 30
    config_file().write_text('[backup]\nkeep = 0\nfolder = 7\n', encoding="utf-8")
    settings = load_settings(environ={})
    assert settings.backup_keep == 1 and settings.backups_path() == data_dir() / "backups"


def test_the_daily_backup_is_made_behind_the_open_window_and_a_failure_is_shown(
    shop_file, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desk.app import DailyBackup
    from desk.config import Settings

    url, _ = shop_file
    folder = tmp_path / "backups"
    worker = DailyBackup(Settings(database_url=url, backup_folder=str(folder)))
    worker.start()  # returns at once: a big file takes a while to copy and check
    assert worker.thread is not None
    worker.thread.join(timeout=60)
    [made] = backups.daily_backups(folder)
    assert customer_names(made) == ["张伟"]

    import threading

    warnings: list[tuple[str, bool]] = []
    monkeypatch.setattr("desk.app.QMessageBox.warning", lambda _parent, title, text: warnings.append(
        (title + text, threading.current_thread() is threading.main_thread())
    ))
    (tmp_path / "not-a-folder").write_text("a file where the folder should be")
    failing = DailyBackup(Settings(database_url=url, backup_folder=str(tmp_path / "not-a-folder")))
    failing.start()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)  # shown on the GUI thread, not the worker's
    [(message, on_gui_thread)] = warnings
    assert "今天的自动备份没有完成" in message and "Desk 照常可用" in message
    assert on_gui_thread  # a message box from the worker thread would crash Qt
