"""CSV import of customers with their cars from an old system: ``desk import customers FILE.csv``.

One row is one car with its owner, as dealer-system exports list them; the owner's columns repeat
on each of their cars' rows. The file is read like a catalogue file (:mod:`desk.services.csv_import`:
UTF-8 with or without BOM, or GBK; Chinese or English headers, see :data:`COLUMNS`). Columns that
no header name matches are ignored and listed in the report. Required columns: customer name,
mobile number, plate, VIN and model (the customer card refuses a car without a model, so a file
without one would fail on every row). A row with plate, VIN and model all empty is a customer
without a car.

Every row is checked with the counter's own rules (:mod:`desk.services.validation`, the
customer-care dates of :mod:`desk.services.customers`), each problem reported with row and column.
A VIN whose 9th character is not its check digit is a bad row unless ``accept_vin_check_digit``:
the counter asks before saving such a VIN, and an import cannot ask, so the user confirms the
whole file once after checking the rows reported.

Duplicates:

- in the file, a plate or VIN seen on an earlier row is a bad row naming that row; rows with the
  same mobile number and name are one customer with several cars, the same number under another
  name is a bad row;
- against the database, a plate or VIN already registered is a bad row naming its customer; a
  mobile number that belongs to exactly one customer attaches the row's car to that customer
  (reported as a note, not a problem; the customer's record is left as it is).

All or nothing by default; ``good_rows_only`` imports the good rows. Customers and cars are
created with :mod:`desk.services.customers`, in the caller's unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Customer, Vehicle
from desk.services import customers
from desk.services.csv_import import (
    PROGRESS_EVERY,
    Row,
    RowProblem,
    read_table,
    report_file,
)
from desk.services.errors import NeedsConfirmation, ValidationError
from desk.services.shop import local_today
from desk.services.validation import (
    VIN_CHECK_DIGIT_KEY,
    check_mileage,
    check_vin,
    display_plate,
    normalize_mobile,
    normalize_plate,
    normalize_vin,
    vin_check_digit,
)

COLUMNS: dict[str, tuple[tuple[str, ...], bool]] = {
    "name": (("客户名称", "客户姓名", "车主", "车主姓名", "姓名", "name", "customer"), True),
    "phone": (("手机", "手机号", "手机号码", "联系电话", "电话", "mobile", "phone"), True),
    "plate": (("车牌号", "车牌", "车牌号码", "plate"), True),
    "vin": (("车架号", "底盘号", "VIN码", "车辆识别代号", "VIN"), True),
    "model": (("车型", "品牌车型", "model"), True),
    "colour": (("颜色", "车身颜色", "colour", "color"), False),
    "mileage": (("里程", "行驶里程", "当前里程", "mileage"), False),
    "company": (("客户类型", "单位客户", "customer_type", "company"), False),
    "gender": (("性别", "gender"), False),
    "birthday": (("生日", "出生日期", "birthday"), False),
    "purchased_on": (("购车日期", "销售日期", "purchase_date"), False),
    "notes": (("备注", "notes"), False),
}

PERSON_WORDS = {"", "个人", "私人", "否", "0", "n", "no", "false", "person", "individual"}
COMPANY_WORDS = {"单位", "公司", "企业", "单位客户", "是", "1", "y", "yes", "true", "company"}
GENDERS = {
    "": "", "男": "male", "先生": "male", "m": "male", "male": "male",
    "女": "female", "女士": "female", "f": "female", "female": "female",
}
T = TypeVar("T")

MAX_MODEL = 100
MAX_COLOUR = 20
"""Lengths of the car's columns (desk.models.customer.Vehicle)."""


@dataclass(frozen=True)
class CustomerImportReport:
    rows: int
    good: int
    customers_created: int
    vehicles_created: int
    """Cars added, including those attached to customers already in Desk."""
    vehicles_attached: int
    """Cars added to customers already in Desk (found by mobile number)."""
    problems: tuple[RowProblem, ...]
    notes: tuple[RowProblem, ...]
    """Rows that were fine but worth knowing about: a car attached to an existing customer."""
    unknown_columns: tuple[str, ...]
    """Headers of columns that were ignored."""
    vin_check_digit_rows: tuple[int, ...]
    """Rows refused only because of the VIN check digit (``accept_vin_check_digit`` imports them)."""
    imported: bool
    """False when nothing was written because some rows were bad."""

    @property
    def summary(self) -> str:
        if not self.imported:
            return f"客户：共 {self.rows} 行，{len({p.row for p in self.problems})} 行有错，未导入任何数据。"
        skipped = self.rows - self.good
        attached = f"（其中 {self.vehicles_attached} 辆关联到已有客户）" if self.vehicles_attached else ""
        return (
            f"客户：共 {self.rows} 行，新增客户 {self.customers_created} 位、车辆 {self.vehicles_created} 辆{attached}"
            + (f"，跳过有错的 {skipped} 行" if skipped else "") + "。"
        )


@dataclass
class _Checked:
    """A row's values in the form Desk stores them; None where the cell was empty or wrong."""

    name: str = ""
    phone: str = ""
    plate: str | None = None
    vin: str | None = None
    model: str = ""
    colour: str = ""
    mileage: int | None = None
    is_company: bool = False
    gender: str = ""
    birthday: dt.date | None = None
    purchased_on: dt.date | None = None
    notes: str = ""

    @property
    def has_car(self) -> bool:
        return self.plate is not None or self.vin is not None


def report_csv(report: CustomerImportReport) -> bytes:
    """The report as a CSV file that Excel opens: the summary, then the problems and notes by row."""
    return report_file(report.summary, sorted(report.problems + report.notes, key=lambda line: line.row))


def import_csv(
    session: Session, data: bytes, *, good_rows_only: bool = False, accept_vin_check_digit: bool = False,
    staff_id: int | None = None, progress: Callable[[int, int], None] | None = None,
) -> CustomerImportReport:
    """Check every row, then import all of them, or none, or with ``good_rows_only`` the good ones.

    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows and at the end; an exception
    it raises (the user cancelled) rolls back the whole import and propagates.
    """
    table = read_table(COLUMNS, data)
    title = table.titles
    today = local_today(session)
    confirmed = (VIN_CHECK_DIGIT_KEY,) if accept_vin_check_digit else ()
    check_digit_rows: list[int] = []
    checked = {row.number: _check_row(row, title, today, confirmed, check_digit_rows) for row in table.rows}
    _duplicates_in_file(table.rows, checked, title)
    attach_to = _duplicates_in_database(session, table.rows, checked, title)

    customer_of: dict[tuple[str, str], int] = {}
    """(mobile, name) -> the customer the file's rows with them go to."""
    notes: list[RowProblem] = []
    created = cars = attached = 0
    outer = session.begin_nested()
    try:
        for done, row in enumerate(table.rows):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(table.rows))
            if row.problems:
                continue
            values = checked[row.number]
            key = (values.phone, values.name)
            existing = attach_to.get(row.number)
            customer_id = existing[0] if existing is not None else customer_of.get(key)
            savepoint = session.begin_nested()
            try:
                new_customer = customer_id is None
                if customer_id is None:
                    customer_id = _create_customer(session, values, staff_id)
                if values.has_car:
                    _add_car(session, customer_id, values, staff_id)
            except (ValidationError, NeedsConfirmation) as refusal:
                savepoint.rollback()
                column = getattr(refusal, "field", None) or ""
                row.problems.append(RowProblem(
                    row.number, title.get(column, ""), row.values.get(column, ""), refusal.message,
                ))
                continue
            savepoint.commit()
            customer_of[key] = customer_id
            created += new_customer
            cars += values.has_car
            if existing is not None:
                attached += values.has_car
                notes.append(_attached_note(row, values, existing[1], title))
        if progress is not None:
            progress(len(table.rows), len(table.rows))
    except BaseException:
        outer.rollback()
        raise
    problems = tuple(sorted((p for row in table.rows for p in row.problems), key=lambda p: p.row))
    good = sum(1 for row in table.rows if not row.problems)
    check_digit_only = tuple(
        n for n in dict.fromkeys(check_digit_rows) if sum(1 for p in problems if p.row == n) == 1
    )
    imported = not problems or good_rows_only
    if imported:
        outer.commit()
    else:
        outer.rollback()
        created = cars = attached = 0
        notes = []
    return CustomerImportReport(
        rows=len(table.rows), good=good, customers_created=created, vehicles_created=cars,
        vehicles_attached=attached, problems=problems,
        notes=tuple(notes), unknown_columns=table.unknown,
        vin_check_digit_rows=check_digit_only, imported=imported,
    )


def _check_row(
    row: Row, title: dict[str, str], today: dt.date, confirmed: tuple[str, ...], check_digit_rows: list[int],
) -> _Checked:
    """Every cell checked by the counter's rules; each wrong cell is a problem of the row."""
    values = row.values
    out = _Checked()

    def problem(key: str, message: str) -> None:
        row.problems.append(RowProblem(row.number, title.get(key, ""), values.get(key, ""), message))

    def attempt(key: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except ValidationError as refusal:
            problem(key, refusal.message)
            return None

    out.name = values["name"]
    if not out.name:
        problem("name", "请填写客户姓名或单位名称。")
    elif len(out.name) > 100:
        problem("name", "客户名称太长（最多100个字）。")
    out.phone = attempt("phone", lambda: normalize_mobile(values["phone"])) or ""

    if values["plate"] or values["vin"] or values["model"]:
        out.plate = attempt("plate", lambda: normalize_plate(values["plate"]))
        try:
            out.vin = attempt("vin", lambda: check_vin(values["vin"], confirmed))
        except NeedsConfirmation:
            found = normalize_vin(values["vin"])  # well formed: only the check digit was questioned
            problem("vin", (
                f"车架号第9位是校验位，按其余各位算应为“{vin_check_digit(found)}”，现在是“{found[8]}”，"
                "可能有一位输错了，请与行驶证核对。部分进口车的车架号没有校验位，核对无误后可确认这些车架号再导入。"
            ))
            check_digit_rows.append(row.number)
        out.model = values["model"]
        if not out.model:
            problem("model", "请填写车型，例如 “大众 帕萨特 330TSI”。")
        elif len(out.model) > MAX_MODEL:
            problem("model", f"车型太长（最多{MAX_MODEL}个字）。")
        out.colour = values.get("colour", "")
        if len(out.colour) > MAX_COLOUR:
            problem("colour", f"颜色太长（最多{MAX_COLOUR}个字）。")
        if values.get("mileage"):
            out.mileage = attempt("mileage", lambda: check_mileage(values["mileage"], None))
        if values.get("purchased_on"):
            out.purchased_on = attempt(
                "purchased_on", lambda: customers.parse_purchase_date(values["purchased_on"], today),
            )
    company = values.get("company", "").lower()
    if company in COMPANY_WORDS:
        out.is_company = True
    elif company not in PERSON_WORDS:
        problem("company", "客户类型只能填 个人 或 单位（公司），也可填 是/否。")
    gender = values.get("gender", "").lower()
    if gender in GENDERS:
        out.gender = GENDERS[gender]
    else:
        problem("gender", "性别只能填 男 或 女（或空着）。")
    if values.get("birthday"):
        out.birthday = attempt("birthday", lambda: customers.parse_birthday(values["birthday"], today))
    out.notes = values.get("notes", "")
    return out


def _duplicates_in_file(rows: list[Row], checked: dict[int, _Checked], title: dict[str, str]) -> None:
    """A plate or VIN seen before is a bad row; a mobile number seen before under another name too."""
    plates: dict[str, int] = {}
    vins: dict[str, int] = {}
    phones: dict[str, tuple[int, str]] = {}
    for row in rows:
        values = checked[row.number]
        if values.plate is not None:
            if values.plate in plates:
                row.problems.append(RowProblem(
                    row.number, title["plate"], row.values["plate"], f"车牌与第 {plates[values.plate]} 行重复。",
                ))
            else:
                plates[values.plate] = row.number
        if values.vin is not None:
            if values.vin in vins:
                row.problems.append(RowProblem(
                    row.number, title["vin"], row.values["vin"], f"车架号与第 {vins[values.vin]} 行重复。",
                ))
            else:
                vins[values.vin] = row.number
        if values.phone and values.name:
            first = phones.setdefault(values.phone, (row.number, values.name))
            if first[1] != values.name:
                row.problems.append(RowProblem(
                    row.number, title["phone"], row.values["phone"],
                    f"手机号与第 {first[0]} 行（{first[1]}）相同，客户名称却不同。同一位客户的几辆车请写相同的名称；"
                    "不同的客户不能用同一个手机号。",
                ))


def _duplicates_in_database(
    session: Session, rows: list[Row], checked: dict[int, _Checked], title: dict[str, str],
) -> dict[int, tuple[int, str]]:
    """Plates and VINs already registered are bad rows; the rows whose mobile number belongs to one
    customer already in Desk, as row number -> (that customer's id, name)."""
    plates = _lookup(session, Vehicle.plate, [v.plate for v in checked.values() if v.plate])
    vins = _lookup(session, Vehicle.vin, [v.vin for v in checked.values() if v.vin])
    phones: dict[str, list[tuple[int, str]]] = {}
    wanted = sorted({v.phone for v in checked.values() if v.phone})
    for start in range(0, len(wanted), 500):
        query = select(Customer.phone, Customer.id, Customer.name).where(Customer.phone.in_(wanted[start:start + 500]))
        for phone, customer_id, name in session.execute(query.order_by(Customer.id)):
            phones.setdefault(phone, []).append((customer_id, name))
    attach: dict[int, tuple[int, str]] = {}
    for row in rows:
        values = checked[row.number]
        if values.plate in plates:
            owner = plates[values.plate][1]
            row.problems.append(RowProblem(
                row.number, title["plate"], row.values["plate"],
                f"车牌 {display_plate(values.plate or '')} 已登记在客户 {owner} 名下，不再导入。",
            ))
        if values.vin in vins:
            plate, owner = vins[values.vin]
            row.problems.append(RowProblem(
                row.number, title["vin"], row.values["vin"],
                f"车架号已登记为客户 {owner} 的车辆 {display_plate(plate)}，不再导入。",
            ))
        known = phones.get(values.phone, [])
        if len(known) == 1:
            attach[row.number] = known[0]
        elif len(known) > 1:
            row.problems.append(RowProblem(
                row.number, title["phone"], row.values["phone"],
                "这个手机号已登记在多位客户名下（{names}），无法确定车辆归谁；请先在客户卡上核对。".format(
                    names="、".join(name for _id, name in known)),
            ))
    return attach


def _lookup(session: Session, column: Any, keys: list[str]) -> dict[str, tuple[str, str]]:
    """Plate or VIN -> (the car's plate, its owner's name) for those already in Desk."""
    found: dict[str, tuple[str, str]] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 500):
        query = (
            select(column, Vehicle.plate, Customer.name)
            .join(Customer, Customer.id == Vehicle.customer_id)
            .where(column.in_(wanted[start:start + 500]))
        )
        for key, plate, owner in session.execute(query):
            found[key] = (plate, owner)
    return found


def _create_customer(session: Session, values: _Checked, staff_id: int | None) -> int:
    card = customers.create_customer(
        session, name=values.name, phone=values.phone, is_company=values.is_company, notes=values.notes,
        staff_id=staff_id,
    )
    if values.gender or values.birthday is not None:
        # create_customer does not take them; the intake form sets the birthday the same way
        customer = session.get(Customer, card.id)
        assert customer is not None
        customer.gender = values.gender
        customer.birthday = values.birthday
        session.flush()
    return card.id


def _add_car(session: Session, customer_id: int, values: _Checked, staff_id: int | None) -> None:
    assert values.plate is not None and values.vin is not None
    car = customers.add_vehicle(
        session, customer_id, plate=values.plate, vin=values.vin, model=values.model, colour=values.colour,
        mileage=values.mileage, confirmed=(VIN_CHECK_DIGIT_KEY,), staff_id=staff_id,
    )
    if values.purchased_on is not None:
        vehicle = session.get(Vehicle, car.id)
        assert vehicle is not None
        vehicle.purchased_on = values.purchased_on
        session.flush()


def _attached_note(row: Row, values: _Checked, existing_name: str, title: dict[str, str]) -> RowProblem:
    if values.has_car:
        message = f"已关联：手机号是已有客户 {existing_name} 的，车辆 {display_plate(values.plate or '')} 加到其名下，未新建客户"
    else:
        message = f"已关联：手机号是已有客户 {existing_name} 的，未新建客户"
    if existing_name != values.name:
        message += f"（文件里的名称是“{values.name}”，已有客户的资料未改动）"
    return RowProblem(row.number, title["phone"], row.values["phone"], message + "。")
