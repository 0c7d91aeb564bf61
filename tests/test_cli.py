"""The command line: exact options and output formats, errors in plain words, exit statuses."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Shop
from desk import __version__
from desk.cli import main
from desk.db import Database, head_revision
from desk.services import orders, settlement
from test_orders import NOW, move, order_with_lines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_version_from_the_console_script_and_python_m() -> None:
    for command in ([str(Path(sys.executable).parent / "desk"), "--version"], [sys.executable, "-m", "desk", "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0
        assert done.stdout.strip() == f"desk {__version__}"


def test_db_upgrade_creates_the_schema_and_is_repeatable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "desk.sqlite3"
    status, out, _ = run(capsys, "--db", f"sqlite:///{path}", "db", "upgrade")
    assert status == 0 and head_revision() in out
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type='table'")}
        assert {"customer", "vehicle", "appointment", "repair_order", "payment", "exit_pass"} <= tables
        assert connection.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert run(capsys, "--db", f"sqlite:///{path}", "db", "upgrade")[0] == 0


def test_database_url_from_the_environment(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DESK_DATABASE_URL", f"sqlite:///{path}")
    assert run(capsys, "db", "upgrade")[0] == 0
    assert path.exists()


def test_orders_json_has_the_promised_fields(database_url: str, database: Database, seeded: Shop, capsys) -> None:
    ready = order_with_lines(database, seeded)
    move(database, ready, "dispatched", "in_progress", "quality_check", "ready")
    status, out, _ = run(capsys, "--db", database_url, "orders", "--json")
    assert status == 0
    listed = json.loads(out)
    assert len(listed) == 1
    order = listed[0]
    assert {"number", "status", "plate", "vin", "customer", "advisor", "opened_at", "promised_at", "total",
            "customer_pays"} <= set(order)
    assert order["number"] == ready and order["status"] == "ready"
    assert (order["plate"], order["customer"], order["advisor"]) == ("粤B·D12345", "张伟", "李娜")
    assert (order["total"], order["customer_pays"]) == ("854.50", "554.50")
    assert dt.datetime.fromisoformat(order["opened_at"]) == NOW
    assert order["promised_at"] is None

    status, out, _ = run(capsys, "--db", database_url, "orders", "--status", "open", "--json")
    assert (status, json.loads(out)) == (0, [])
    status, out, err = run(capsys, "--db", database_url, "orders")
    assert status == 0 and ready in out and "待交车" in out and "共 1 张委托书" in err


def test_unknown_status_is_a_usage_error(capsys, tmp_path: Path) -> None:
    status, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "orders", "--status", "finished")
    assert status == 2 and "invalid choice" in err


def test_print_repair_order_writes_both_copies(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    number = order_with_lines(database, seeded)
    customer = tmp_path / "customer.pdf"
    workshop = tmp_path / "workshop.pdf"
    assert run(capsys, "--db", database_url, "print", "repair-order", number, "-o", str(customer))[0] == 0
    assert run(capsys, "--db", database_url, "print", "repair-order", number, "-o", str(workshop), "--copy", "workshop")[0] == 0
    customer_text = pdf_text(customer)
    workshop_text = pdf_text(workshop)
    for expected in (number, "粤B·D12345", "任务委托书", "客户联", "554.50", "伍佰伍拾肆元伍角"):
        assert expected in customer_text, expected
    assert "派工单" in workshop_text and number in workshop_text
    assert "554.50" not in workshop_text and "¥" not in workshop_text
    assert list(tmp_path.glob("*.part")) == []


def test_print_default_file_name(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path, monkeypatch) -> None:
    number = order_with_lines(database, seeded)
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "--db", database_url, "print", "repair-order", number.lower())
    assert status == 0 and out.strip() == f"{number}-customer.pdf"
    assert (tmp_path / f"{number}-customer.pdf").read_bytes().startswith(b"%PDF")


def test_print_errors_leave_no_file(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    target = tmp_path / "missing.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "repair-order", "RO20990101-0001", "-o", str(target))
    assert (status, out) == (1, "")
    assert err.strip() == "desk: 找不到委托书 RO20990101-0001。"
    assert not target.exists()

    number = order_with_lines(database, seeded)
    nowhere = tmp_path / "no-such-folder" / "ro.pdf"
    status, _, err = run(capsys, "--db", database_url, "print", "repair-order", number, "-o", str(nowhere))
    assert status == 1 and "不存在" in err and not nowhere.parent.exists()

    status, _, err = run(capsys, "--db", database_url, "print", "repair-order", number, "--copy", "gate")
    assert status == 2


def test_a_missing_font_is_a_clear_error_and_no_file(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path, monkeypatch) -> None:
    number = order_with_lines(database, seeded)
    monkeypatch.setenv("DESK_FONT", str(tmp_path / "nofont.ttf"))
    target = tmp_path / "ro.pdf"
    status, _, err = run(capsys, "--db", database_url, "print", "repair-order", number, "-o", str(target))
    assert status == 1 and "字体" in err
    assert not target.exists()


def test_an_unreachable_database_is_reported_in_plain_words(capsys) -> None:
    status, _, err = run(capsys, "--db", "postgresql+psycopg://desk@127.0.0.1:1/desk", "orders")
    assert status == 1
    assert err.startswith("desk: 无法连接数据库") and "Traceback" not in err


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_settled_orders_show_in_the_status_filter(database_url: str, database: Database, seeded: Shop, capsys) -> None:
    number = order_with_lines(database, seeded)
    move(database, number, "dispatched", "in_progress", "quality_check", "ready")
    with database.unit_of_work() as s:
        settlement.settle(s, number, [settlement.PaymentInput("cash", "554.50")], insurer="中国人保财险", claim_number="RDAA2026001")
    status, out, _ = run(capsys, "--db", database_url, "orders", "--status", "settled", "--json")
    assert status == 0 and [o["number"] for o in json.loads(out)] == [number]
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "settled"
