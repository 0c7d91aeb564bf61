"""Issue 8, 隐私: exporting customer data is the service manager's, writes CSV or Excel, and is logged.

The service on both databases (manager writes the file and an audit entry; advisor and cashier are
refused with no file and no entry), the ``desk export customers`` command (not limited by the
matrix, logged as done with nobody signed in) and the 导出客户资料 action driven through its dialogs.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from conftest import VIN, Shop, seed_shop
from desk.cli import main
from desk.config import Settings
from desk.db import Database
from desk.models import AuditEntry, Customer
from desk.services import audit, customers, orders
from desk.services.customer_export import COLUMNS, export_customers
from desk.services.errors import DeskError, ValidationError
from desk.services.permissions import PermissionDenied
from desk.views.customer_export_dialog import open_customer_export
from desk.views.runner import Runner
from gui_helpers import RecordingReporter
from test_orders import NOW


def add_more(database: Database, shop: Shop) -> None:
    """A second car for 张伟 with a visit, a company with no car, and a name that looks like a formula."""
    with database.unit_of_work() as s:
        customers.add_vehicle(
            s, shop.customer, plate="粤A·88888", vin="LFV3A23C1M3012345", model="奥迪 A4L", colour="黑色",
            mileage=42000, confirmed={"vin_check_digit"},
        )
        company = customers.create_customer(s, name="深圳市鹏远物流有限公司", phone="13900001111", is_company=True)
        customers.create_customer(s, name="=HYPERLINK(\"x\")", phone="13700002222")
        orders.open_order(
            s, vehicle_id=shop.vehicle, advisor_id=shop.advisor, mileage=18000, complaint="保养",
            staff_id=shop.advisor, now=NOW,
        )
    assert company.is_company


def exports(session) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "customers_exported")))


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


# --- the service ---------------------------------------------------------------------------------


def test_a_manager_exports_csv_with_every_car_and_the_export_is_logged(
    database: Database, seeded: Shop, tmp_path: Path,
) -> None:
    add_more(database, seeded)
    target = tmp_path / "客户资料.csv"
    with database.unit_of_work(actor_id=seeded.manager) as s:
        result = export_customers(s, target)
    assert (result.customers, result.rows) == (3, 4)
    rows = read_csv(target)
    assert list(rows[0]) == list(COLUMNS)
    by_plate = {row["车牌"]: row for row in rows}
    passat = by_plate["粤B·D12345"]
    assert (passat["客户姓名"], passat["电话"], passat["VIN"], passat["车型"]) == (
        "张伟", "13812345678", VIN, "大众 帕萨特 330TSI",
    )  # the full number: the export is the manager's, and logged
    assert (passat["最近到店"], passat["到店次数"], passat["里程"]) == ("2026-11-23", "1", "18000")
    audi = by_plate["粤A·88888"]
    assert (audi["客户姓名"], audi["最近到店"], audi["到店次数"]) == ("张伟", "", "0")
    company = next(r for r in rows if r["客户姓名"] == "深圳市鹏远物流有限公司")
    assert (company["客户类型"], company["车牌"], company["VIN"]) == ("单位", "", "")
    # a "name" that a spreadsheet would run is written as text
    assert any(r["客户姓名"] == "'=HYPERLINK(\"x\")" for r in rows)
    with database.unit_of_work(write=False) as s:
        [entry] = exports(s)
    assert (entry.staff_id, entry.staff_name) == (seeded.manager, "赵经理")
    after = json.loads(entry.after)
    assert after["客户数"] == "3" and after["文件"] == "客户资料.csv"
    assert entry.record_type == "customer" and "客户资料.csv" in entry.record_label


def test_a_manager_exports_excel(database: Database, seeded: Shop, tmp_path: Path) -> None:
    add_more(database, seeded)
    target = tmp_path / "customers.xlsx"
    with database.unit_of_work(actor_id=seeded.manager) as s:
        export_customers(s, target)
    sheet = load_workbook(target)["客户资料"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert tuple(values[0]) == COLUMNS
    passat = next(row for row in values if row[5] == "粤B·D12345")
    assert passat[0] == "张伟" and passat[3] == "13812345678" and passat[6] == VIN
    assert isinstance(passat[3], str)  # a phone number is text in Excel, not 1.38E+10
    formula_like = next(row for row in values if row[3] == "13700002222")
    assert formula_like[0] == "=HYPERLINK(\"x\")"
    assert sheet["A2"].data_type == "s" and all(sheet.cell(row=r, column=1).data_type == "s" for r in range(2, 6))
    with database.unit_of_work(write=False) as s:
        assert json.loads(exports(s)[0].after)["文件"] == "customers.xlsx"


@pytest.mark.parametrize("role", ["advisor", "cashier"])
def test_others_are_refused_with_no_file_and_nothing_logged(
    database: Database, seeded: Shop, tmp_path: Path, role: str,
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    target = out / "客户资料.csv"
    with pytest.raises(PermissionDenied) as refused:
        with database.unit_of_work(actor_id=getattr(seeded, role)) as s:
            export_customers(s, target)
    assert "服务经理" in refused.value.message
    assert not target.exists() and list(out.iterdir()) == []  # not even a half-written temporary file
    with database.unit_of_work(write=False) as s:
        assert exports(s) == []


def test_an_unknown_suffix_or_a_missing_folder_writes_and_logs_nothing(
    database: Database, seeded: Shop, tmp_path: Path,
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(ValidationError):
        with database.unit_of_work(actor_id=seeded.manager) as s:
            export_customers(s, out / "客户资料.txt")
    with pytest.raises(DeskError) as failed:
        with database.unit_of_work(actor_id=seeded.manager) as s:
            export_customers(s, out / "没有这个文件夹" / "客户资料.csv")
    assert "不存在" in failed.value.message
    assert list(out.iterdir()) == []
    with database.unit_of_work(write=False) as s:
        assert exports(s) == []


# --- the command line ---------------------------------------------------------------------------


def test_the_command_writes_the_file_and_logs_it(
    database_url: str, seeded: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "all.xlsx"
    status = main(["--db", database_url, "export", "customers", "-o", str(target)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "1 位客户" in out and "操作日志" in out
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[2]][:4] == ["张伟", "个人", None, "13812345678"]
    csv_target = tmp_path / "all.csv"
    assert main(["--db", database_url, "export", "customers", "-o", str(csv_target)]) == 0
    assert [row["电话"] for row in read_csv(csv_target)] == ["13812345678"]
    database = Database(database_url)
    try:
        with database.unit_of_work(write=False) as s:
            entries = exports(s)
    finally:
        database.dispose()
    assert [(e.staff_id, e.staff_name) for e in entries] == [(None, audit.COMMAND_LINE)] * 2  # nobody signed in
    assert main(["--db", database_url, "export", "customers", "-o", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.txt").exists()


# --- the action in the counter application ------------------------------------------------------


@pytest.fixture
def desk_runner(sqlite_url: str):  # type: ignore[no-untyped-def]
    database = Database(sqlite_url)
    shop = seed_shop(database)
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    yield runner, reporter, database, shop
    database.dispose()


@pytest.mark.gui
def test_the_export_action_for_a_manager(qtbot, desk_runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runner, reporter, database, shop = desk_runner
    runner.set_staff(shop.manager)
    asked: list[tuple[str, str]] = []
    told: list[str] = []

    def choose(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append((caption, suggested))
        return str(tmp_path / "三号店客户"), "Excel 工作簿 (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    result = open_customer_export(runner, None)
    assert reporter.errors == []
    assert asked and "1 位客户" in asked[0][0] and asked[0][1].endswith(".csv")
    written = tmp_path / "三号店客户.xlsx"  # the suffix of the chosen filter was added
    assert result is not None and result.path == written
    assert load_workbook(written).active["A2"].value == "张伟"
    assert told and "1 位客户" in told[0] and str(written) in told[0]
    with database.unit_of_work(write=False) as s:
        assert [(e.staff_name, json.loads(e.after)["文件"]) for e in exports(s)] == [("赵经理", "三号店客户.xlsx")]
    # cancelling the file dialog does nothing
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert open_customer_export(runner, None) is None
    with database.unit_of_work(write=False) as s:
        assert len(exports(s)) == 1


@pytest.mark.gui
def test_the_export_action_refuses_an_advisor_before_asking_for_a_file(qtbot, desk_runner, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runner, reporter, database, shop = desk_runner
    runner.set_staff(shop.advisor)
    before = set(tmp_path.iterdir())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: pytest.fail("asked for a file"))
    assert open_customer_export(runner, None) is None
    assert reporter.errors and "导出客户资料" in reporter.errors[0] and "服务经理" in reporter.errors[0]
    assert set(tmp_path.iterdir()) == before
    with database.unit_of_work(write=False) as s:
        assert exports(s) == []
        assert s.scalar(select(Customer.phone)) == "13812345678"
