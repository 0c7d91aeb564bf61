"""Export of the customer file (导出客户资料): only by the service manager, always in the audit log.

Issue 8 (隐私): customer data leaves the shop only through here. :func:`export_customers`
requires ``Permission.EXPORT_CUSTOMERS`` (服务经理; the command line, which is not limited by the
matrix, may too) and records an audit entry ``customers_exported`` naming how many customers and
cars went into which file, so the manager's export is on record like any price change.

One row per car, with its owner; a customer with no car is one row with the car's columns empty.
The headings are the ones a dealer's DMS or a spreadsheet expects and the ones ``desk import
customers`` reads back (客户姓名, 电话, 车牌, VIN, 车型 …), so an export can be imported into
another Desk database. The export carries full phone numbers: that is its purpose, and why it is
limited and logged.

Two formats, chosen by the file's suffix: ``.csv`` in UTF-8 with a byte-order mark (Excel opens it
with the Chinese intact; an 11-digit mobile still shows in full in Excel's General format) and
``.xlsx`` (openpyxl) with every cell text, so numbers keep their leading zeros and no cell is read
as a formula. In the CSV a text that starts like a formula (``=``, ``+``, ``-``, ``@``) gets a
leading apostrophe, the usual guard against a spreadsheet running a customer's "name".

The file is written whole or not at all (a temporary file in the same folder, then renamed); the
audit entry is flushed before the file is written, so a refused log write leaves no file, and a
failed file write rolls the entry back with the unit of work.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import Customer, RepairOrder, Vehicle
from desk.models.enums import OrderStatus
from desk.services import audit
from desk.services.customers import format_birthday
from desk.files import write_atomically
from desk.services.errors import DeskError, ValidationError
from desk.services.permissions import Permission, requires
from desk.services.shop import format_local
from desk.services.validation import display_plate

__all__ = [
    "COLUMNS", "FORMATS", "ExportCancelled", "ExportResult", "customer_rows", "export_bytes", "export_customers",
    "export_size",
]

COLUMNS: tuple[str, ...] = (
    "客户姓名", "客户类型", "性别", "电话", "生日", "车牌", "VIN", "车型", "颜色", "购车日期",
    "里程", "最近到店", "到店次数", "备注",
)
"""The headings, in order (the names ``desk import customers`` recognises where it has them)."""

FORMATS: dict[str, str] = {".csv": "CSV（UTF-8，Excel 可直接打开）", ".xlsx": "Excel 工作簿"}
"""The suffixes an export may have, with what they are."""

PROGRESS_EVERY = 500
"""``progress`` is called after this many rows (and at the end)."""

_GENDER_TEXT = {"male": "男", "female": "女"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, how many customers and how many rows (one per car)."""

    path: Path
    customers: int
    rows: int


class ExportCancelled(DeskError):
    """The person stopped the export (raised by its ``progress``): no file, no log entry."""

    def __init__(self) -> None:
        super().__init__("导出已取消，没有写入文件。")


@requires(Permission.EXPORT_CUSTOMERS)
def export_size(session: Session) -> tuple[int, int]:
    """How many customers and cars an export would hold; refused like the export itself, so a
    screen can ask before the person picks a file."""
    customers = _customer_count(session)
    cars = int(session.scalar(select(func.count()).select_from(Vehicle)) or 0)
    return customers, cars


def customer_rows(session: Session) -> list[tuple[str, ...]]:
    """Every customer with each of their cars, as the export's rows (texts, in :data:`COLUMNS` order).

    Ordered by customer name, then plate. 最近到店 is the shop-local day the car's latest repair
    order was opened and 到店次数 the number of its orders, cancelled orders not counted.
    """
    visits = (
        select(
            RepairOrder.vehicle_id.label("vehicle_id"),
            func.max(RepairOrder.opened_at).label("last_visit"),
            func.count(RepairOrder.id).label("visits"),
        )
        .where(RepairOrder.status != OrderStatus.CANCELLED.value)
        .group_by(RepairOrder.vehicle_id)
        .subquery()
    )
    query = (
        select(Customer, Vehicle, visits.c.last_visit, visits.c.visits)
        .select_from(Customer)
        .outerjoin(Vehicle, Vehicle.customer_id == Customer.id)
        .outerjoin(visits, visits.c.vehicle_id == Vehicle.id)
        .order_by(Customer.name, Customer.id, Vehicle.plate)
    )
    rows: list[tuple[str, ...]] = []
    for customer, vehicle, last_visit, count in session.execute(query):
        car = vehicle is not None
        rows.append((
            customer.name,
            "单位" if customer.is_company else "个人",
            _GENDER_TEXT.get(customer.gender, ""),
            customer.phone,
            format_birthday(customer.birthday),
            display_plate(vehicle.plate) if car else "",
            vehicle.vin if car else "",
            vehicle.model if car else "",
            vehicle.colour if car else "",
            vehicle.purchased_on.isoformat() if car and vehicle.purchased_on else "",
            str(vehicle.last_mileage) if car and vehicle.last_mileage is not None else "",
            format_local(session, last_visit, "%Y-%m-%d") if last_visit is not None else "",
            str(count or 0) if car else "",
            customer.notes,
        ))
    return rows


def _safe(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_bytes(
    rows: Sequence[tuple[str, ...]], suffix: str, progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The rows with the headings as a ``.csv`` or ``.xlsx`` file's bytes."""
    suffix = suffix.lower()
    total = len(rows)

    def report(done: int) -> None:
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)

    if suffix == ".csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for done, row in enumerate(rows, 1):
            writer.writerow([_safe(value) for value in row])
            report(done)
        if not rows:
            report(0)
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell.cell import TYPE_STRING
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        book = Workbook()
        sheet = book.active
        sheet.title = "客户资料"
        sheet.append(list(COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDE6F0")
        for done, row in enumerate(rows, 1):
            sheet.append(list(row))
            for cell in sheet[done + 1]:
                # text, never a number (leading zeros, 17-character VINs) nor a formula
                cell.data_type = TYPE_STRING
                cell.number_format = "@"
            report(done)
        if not rows:
            report(0)
        widths = {"客户姓名": 18, "电话": 14, "车牌": 12, "VIN": 20, "车型": 24, "最近到店": 12, "备注": 30}
        for index, title in enumerate(COLUMNS):
            sheet.column_dimensions[get_column_letter(index + 1)].width = widths.get(title, 10)
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    raise ValidationError(
        "导出文件的扩展名应为 .csv 或 .xlsx（Excel），现在是“{name}”。", field="path", name=suffix or "无扩展名",
    )


@requires(Permission.EXPORT_CUSTOMERS)
def export_customers(
    session: Session, path: str | Path, *, progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write every customer with their cars to ``path`` (``.csv`` or ``.xlsx``) and log it.

    Refused with PermissionDenied for a signed-in person without ``EXPORT_CUSTOMERS`` before
    anything is read or written. ``progress(done, total)`` is called while the rows are written
    (an exception it raises stops the export: no file, no log entry).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "导出文件的扩展名应为 .csv 或 .xlsx（Excel），现在是“{name}”。", field="path", name=target.name,
        )
    rows = customer_rows(session)
    data = export_bytes(rows, suffix, progress)
    customers = _customer_count(session)
    audit.record(
        session, "customers_exported", record_type="customer",
        label=f"{customers} 位客户，{len(rows)} 行 → {target.name}",
        after={"客户数": str(customers), "行数（每辆车一行）": str(len(rows)), "文件": target.name,
               "格式": FORMATS[suffix]},
        note=str(target.resolve()),
    )
    session.flush()  # the entry is in before the file exists: no export leaves without its log line
    write_atomically(target, data)
    return ExportResult(path=target, customers=customers, rows=len(rows))


def _customer_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Customer)) or 0)
