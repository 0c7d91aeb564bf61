"""`desk appointments` and `desk print welcome`: output formats, no-shows, errors and exit statuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import Shop
from desk.db import Database
from desk.services import appointments
from test_cli import pdf_text, run

SHANGHAI = ZoneInfo("Asia/Shanghai")
FUTURE = dt.date(2030, 1, 7)
"""Far enough ahead that the real clock never ends the day during the test."""
BOOKED_AT = dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)


def _book(database: Database, shop: Shop, day: dt.date, time: dt.time, **kwargs: object) -> str:
    values: dict[str, object] = dict(
        vehicle_id=shop.vehicle, advisor_id=shop.advisor, day=day, time=time,
        requested_work="做 2 万公里保养\n顺便看看空调", now=BOOKED_AT,
    )
    values.update(kwargs)
    with database.unit_of_work() as s:
        return appointments.book(s, **values).number  # type: ignore[arg-type]


def test_appointments_json(database_url: str, database: Database, seeded: Shop, capsys) -> None:
    late = _book(database, seeded, FUTURE, dt.time(14, 0), estimated_hours="1.5")
    early = _book(database, seeded, FUTURE, dt.time(9, 30), advisor_id=seeded.advisor2)
    _book(database, seeded, FUTURE + dt.timedelta(days=1), dt.time(9, 30))  # another day
    status, out, _ = run(capsys, "--db", database_url, "appointments", "--date", FUTURE.isoformat(), "--json")
    assert status == 0
    listed = json.loads(out)
    assert [a["number"] for a in listed] == [early, late]
    first = listed[0]
    assert {"number", "slot_start", "customer", "plate", "advisor", "status"} <= set(first)
    assert first["slot_start"] == "2030-01-07T09:30:00+08:00"
    assert (first["customer"], first["plate"], first["advisor"], first["status"]) == ("张伟", "粤B·D12345", "王强", "booked")
    assert listed[1]["estimated_hours"] == "1.5"
    assert dt.datetime.fromisoformat(listed[1]["slot_start"]) == dt.datetime(2030, 1, 7, 14, 0, tzinfo=SHANGHAI)


def test_appointments_text_and_an_empty_day(database_url: str, database: Database, seeded: Shop, capsys) -> None:
    number = _book(database, seeded, FUTURE, dt.time(9, 30))
    status, out, err = run(capsys, "--db", database_url, "appointments", "--date", FUTURE.isoformat())
    assert status == 0
    assert [line.split() for line in out.splitlines()] == [
        [number, "09:30", "已预约", "粤B·D12345", "张伟", "李娜", "做", "2", "万公里保养"]
    ]
    assert "2030-01-07 共 1 个预约" in err
    status, out, err = run(capsys, "--db", database_url, "appointments", "--date", "2030-01-08", "--json")
    assert (status, json.loads(out)) == (0, [])


def test_appointments_turns_ended_days_into_no_shows(database_url: str, database: Database, seeded: Shop, capsys) -> None:
    past = dt.date(2026, 11, 24)
    with database.unit_of_work() as s:
        number = appointments.book(
            s, vehicle_id=seeded.vehicle, advisor_id=seeded.advisor, day=past, time=dt.time(9, 30),
            now=dt.datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI),
        ).number
    # whatever the real date, the day after the slot has begun once the clock passes 2026-11-25 00:00 +08:00
    if dt.datetime.now(SHANGHAI).date() <= past:
        return
    status, out, _ = run(capsys, "--db", database_url, "appointments", "--date", past.isoformat(), "--json")
    assert status == 0 and [(a["number"], a["status"]) for a in json.loads(out)] == [(number, "no_show")]


def test_appointments_usage_errors(capsys, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    status, _, err = run(capsys, "--db", url, "appointments", "--date", "23.11.2026")
    assert status == 2 and "YYYY-MM-DD" in err
    status, _, err = run(capsys, "--db", url, "appointments", "--when", "today")
    assert status == 2


def test_print_welcome(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path, monkeypatch) -> None:
    number = _book(database, seeded, FUTURE, dt.time(9, 30))
    target = tmp_path / "welcome.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "welcome", number, "-o", str(target))
    assert (status, out.strip(), err) == (0, str(target), "")
    text = pdf_text(target)
    for expected in ("欢迎", "张先生/女士", "09:30", "李娜", number):  # no gender recorded yet
        assert expected in text, expected
    assert "张伟" not in text
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "--db", database_url, "print", "welcome", number.lower())
    assert status == 0 and out.strip() == f"{number}-welcome.pdf"
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []


def test_print_welcome_errors_leave_no_file(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    target = tmp_path / "missing.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "welcome", "AP20991231-0001", "-o", str(target))
    assert (status, out) == (1, "")
    assert err.strip() == "desk: 找不到预约 AP20991231-0001。"
    assert not target.exists()
    number = _book(database, seeded, FUTURE, dt.time(9, 30))
    nowhere = tmp_path / "no-such-folder" / "w.pdf"
    status, _, err = run(capsys, "--db", database_url, "print", "welcome", number, "-o", str(nowhere))
    assert status == 1 and "不存在" in err and not nowhere.parent.exists()
    status, _, err = run(capsys, "--db", database_url, "print", "welcome")
    assert status == 2
