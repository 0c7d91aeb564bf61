"""Catalogues: labour operations, parts and service packages; search, edit, packages, stock.

Codes and part numbers are kept in capitals. The search is what the editor asks on every
keystroke: a prefix of the code (served by the code's unique index) or a part of the name,
at most ``SEARCH_LIMIT`` rows, code matches first. The manager's screens (目录管理) page through
the same matches (``browse_*``), stop and restart entries (``set_active``) and delete only what
nothing uses (``delete_entry``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from desk.models import LabourLine, LabourOperation, PackageLabour, PackagePart, Part, PartLine, ServicePackage
from desk.models.base import utc_now
from desk.models.enums import PayType
from desk.services import changes, orders
from desk.services.concurrency import check_version
from desk.services.errors import NotFound, ValidationError
from desk.services.money import format_yuan, parse_yuan
from desk.services.shop import settings_row
from desk.services.validation import check_quantity
from desk.services.permissions import Permission, requires

SEARCH_LIMIT = 20
CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9._/-]*")
MAX_STOCK = Decimal("999999")
"""Stock is kept in thousandths in a 32-bit column."""


# --- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabourOperationRow:
    id: int
    code: str
    name: str
    hours: Decimal
    team: str
    active: bool
    version: int = 0
    """For saving with ``expected_version`` (optimistic locking)."""


@dataclass(frozen=True)
class PartRow:
    id: int
    part_number: str
    name: str
    unit: str
    price_fen: int
    stock: Decimal
    bin_location: str
    active: bool
    version: int = 0


@dataclass(frozen=True)
class PackageItem:
    code: str
    name: str
    amount: Decimal
    """Hours for labour, quantity for parts."""


@dataclass(frozen=True)
class PackageRow:
    id: int
    code: str
    name: str
    model_family: str
    interval_months: int | None
    interval_km: int | None
    labour: tuple[PackageItem, ...]
    parts: tuple[PackageItem, ...]
    active: bool
    version: int = 0


@dataclass(frozen=True)
class LabourRates:
    """Labour rate per hour for each pay type, in fen."""

    customer: int
    warranty: int
    insurance: int
    internal: int


@dataclass(frozen=True)
class StockWarning:
    part_number: str
    name: str
    wanted: Decimal
    on_hand: Decimal
    unit: str
    text: str


def _labour_row(op: LabourOperation) -> LabourOperationRow:
    return LabourOperationRow(
        id=op.id, code=op.code, name=op.name, hours=Decimal(op.standard_hours_centi) / 100, team=op.team,
        active=op.active, version=op.version,
    )


def _part_row(part: Part) -> PartRow:
    return PartRow(
        id=part.id, part_number=part.part_number, name=part.name, unit=part.unit, price_fen=part.price_fen,
        stock=Decimal(part.stock_milli) / 1000, bin_location=part.bin_location, active=part.active,
        version=part.version,
    )


def _package_row(package: ServicePackage) -> PackageRow:
    return PackageRow(
        id=package.id, code=package.code, name=package.name, model_family=package.model_family,
        interval_months=package.interval_months, interval_km=package.interval_km,
        labour=tuple(
            PackageItem(line.operation.code, line.operation.name, Decimal(line.hours_centi) / 100)
            for line in package.labour
        ),
        parts=tuple(
            PackageItem(line.part.part_number, line.part.name, Decimal(line.quantity_milli) / 1000)
            for line in package.parts
        ),
        active=package.active, version=package.version,
    )


# --- search ----------------------------------------------------------------------------------


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search(session: Session, model, code_column, text: str, limit: int, include_inactive: bool):  # type: ignore[no-untyped-def]
    text = text.strip()
    if not text:
        return []
    prefix = _like_escape(text.upper()) + "%"
    contains = "%" + _like_escape(text) + "%"
    code_match = code_column.like(prefix, escape="\\")
    # SQLite's LIKE already ignores the case of ASCII letters (and Chinese has none); its ILIKE
    # would lower() every name of the catalogue on every keystroke. PostgreSQL needs ILIKE.
    sqlite = session.get_bind().dialect.name == "sqlite"
    name_match = model.name.like(contains, escape="\\") if sqlite else model.name.ilike(contains, escape="\\")
    query = (
        select(model)
        .where(or_(code_match, name_match))
        .order_by(case((code_match, 0), else_=1), code_column)
        .limit(limit)
    )
    if not include_inactive:
        query = query.where(model.active.is_(True))
    return session.scalars(query).all()


def search_labour(
    session: Session, text: str, *, limit: int = SEARCH_LIMIT, include_inactive: bool = False
) -> list[LabourOperationRow]:
    """Labour operations whose code starts with ``text`` or whose name contains it."""
    return [_labour_row(op) for op in _search(session, LabourOperation, LabourOperation.code, text, limit, include_inactive)]


def search_parts(
    session: Session, text: str, *, limit: int = SEARCH_LIMIT, include_inactive: bool = False
) -> list[PartRow]:
    """Parts whose number starts with ``text`` or whose name contains it."""
    return [_part_row(p) for p in _search(session, Part, Part.part_number, text, limit, include_inactive)]


def get_labour(session: Session, code: str) -> LabourOperationRow:
    op = session.scalar(select(LabourOperation).where(LabourOperation.code == code.strip().upper()))
    if op is None:
        raise NotFound("工时目录里没有代码 {code}。", code=code.strip())
    return _labour_row(op)


def get_part(session: Session, part_number: str) -> PartRow:
    part = session.scalar(select(Part).where(Part.part_number == part_number.strip().upper()))
    if part is None:
        raise NotFound("备件目录里没有备件号 {code}。", code=part_number.strip())
    return _part_row(part)


def list_packages(session: Session, *, model: str = "", include_inactive: bool = False) -> list[PackageRow]:
    """Packages by code; with ``model``, those for every model and those for its family."""
    query = (
        select(ServicePackage)
        .options(
            selectinload(ServicePackage.labour).selectinload(PackageLabour.operation),
            selectinload(ServicePackage.parts).selectinload(PackagePart.part),
        )
        .order_by(ServicePackage.code)
    )
    if not include_inactive:
        query = query.where(ServicePackage.active.is_(True))
    rows = [_package_row(p) for p in session.scalars(query)]
    if model.strip():
        rows = [r for r in rows if fits_model(r.model_family, model)]
    return rows


@dataclass(frozen=True)
class PackageChoice:
    """A package as the order editor's list offers it."""

    code: str
    name: str


def package_choices(session: Session, *, model: str = "") -> tuple[PackageChoice, ...]:
    """The active packages for a car's model, by code, as :func:`list_packages` picks them, without
    their lines: the order editor reads them each time it opens an order."""
    query = (
        select(ServicePackage.code, ServicePackage.name, ServicePackage.model_family)
        .where(ServicePackage.active.is_(True))
        .order_by(ServicePackage.code)
    )
    return tuple(
        PackageChoice(code, name) for code, name, family in session.execute(query)
        if not model.strip() or fits_model(family, model)
    )


def fits_model(family: str, model: str) -> bool:
    """Whether a package's model family covers a car's model: ``帕萨特`` covers ``大众 帕萨特 330TSI``
    but ``汉`` does not cover ``丰田 汉兰达``; an empty family covers every model."""
    family = family.strip().lower()
    if not family:
        return True
    model = " ".join(model.lower().split())
    return family == model or f" {family} " in f" {model} "


# --- validation shared by the editor and the CSV import -----------------------------------


def clean_code(text: str, *, field: str = "code", what: str = "代码", max_length: int = 30) -> str:
    code = str(text).strip().upper()
    if not code:
        raise ValidationError("请填写{what}。", field=field, what=what)
    if len(code) > max_length:
        raise ValidationError("{what}最多 {n} 个字符，现在是“{text}”。", field=field, what=what, n=max_length, text=code)
    if not CODE_PATTERN.fullmatch(code):
        raise ValidationError(
            "{what}只能由字母、数字和 . _ / - 组成，现在是“{text}”。", field=field, what=what, text=code
        )
    return code


def clean_name(text: str, *, field: str = "name", max_length: int = 200) -> str:
    name = str(text).strip()
    if not name:
        raise ValidationError("请填写名称。", field=field)
    if len(name) > max_length:
        raise ValidationError("名称最多 {n} 个字符。", field=field, n=max_length)
    return name


def clean_optional_int(text: str | int | None, *, field: str, what: str, maximum: int) -> int | None:
    raw = "" if text is None else str(text).strip().replace(",", "")
    if not raw:
        return None
    if not raw.isdigit() or int(raw) <= 0:
        raise ValidationError("{what}必须是正整数，现在是“{text}”。", field=field, what=what, text=raw)
    if int(raw) > maximum:
        raise ValidationError("{what}太大（最多 {maximum}），现在是“{text}”。", field=field, what=what,
                              maximum=maximum, text=raw)
    return int(raw)


# --- writing ---------------------------------------------------------------------------------


def _check_existing(
    session: Session, record: LabourOperation | Part | ServicePackage | None, code: str, new: bool,
    expected_version: int | None, what: str, field: str, code_word: str,
) -> None:
    """Refuse a 新增 of a code that is taken, and an edit over someone else's newer save."""
    if record is not None and new:
        raise ValidationError(
            "{code_word} {code} 已经有了（{name}）。请换一个{code_word}，或在列表里编辑它。",
            field=field, code_word=code_word, code=code, name=record.name,
        )
    if record is None and expected_version is not None:
        raise NotFound("{what} {code} 已被删除，请关闭后重新打开目录。", what=what, code=code)
    if record is not None:
        check_version(session, record, expected_version, f"{what} {code}")


@requires(Permission.EDIT_CATALOGUES)
def save_labour_operation(
    session: Session, *, code: str, name: str, hours: str | Decimal | int, team: str | None = None,
    active: bool | None = None, staff_id: int | None = None, expected_version: int | None = None,
    new: bool = False,
) -> LabourOperationRow:
    """Create a labour operation, or update the one with this code.

    ``team`` and ``active`` left as None keep what an existing operation has (new: none, active).
    ``new`` refuses a code that is already taken (the editor's 新增); ``expected_version`` refuses
    to save over someone else's save (the editor's 编辑).
    """
    code = clean_code(code)
    name = clean_name(name)
    hours_value = check_quantity(hours, field="hours", what="标准工时", places=2, maximum=orders.MAX_HOURS)
    if team is not None and len(team.strip()) > 50:
        raise ValidationError("班组或工种最多 50 个字符。", field="team")
    op = session.scalar(select(LabourOperation).where(LabourOperation.code == code))
    _check_existing(session, op, code, new, expected_version, "工时项目", "code", "工时代码")
    if op is None:
        op = LabourOperation(code=code, team="", active=True)
        session.add(op)
    op.name = name
    op.standard_hours_centi = int(hours_value * 100)
    if team is not None:
        op.team = team.strip()
    if active is not None:
        op.active = active
    op.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return _labour_row(op)


@requires(Permission.EDIT_CATALOGUES)
def save_part(
    session: Session, *, part_number: str, name: str, price: str, unit: str | None = None,
    stock: str | Decimal | int | None = None, bin_location: str | None = None, active: bool | None = None,
    staff_id: int | None = None, expected_version: int | None = None, new: bool = False,
) -> PartRow:
    """Create a part, or update the one with this part number.

    ``unit``, ``stock``, ``bin_location`` and ``active`` left as None keep what an existing part
    has (new: 个, none on the shelf, no bin, active), so a price list does not wipe the stock.
    ``new`` and ``expected_version`` as for :func:`save_labour_operation`.
    """
    number = clean_code(part_number, field="part_number", what="备件号", max_length=40)
    name = clean_name(name)
    price_fen = parse_yuan(str(price), field="price")
    stock_milli = None
    if stock is not None and str(stock).strip():
        stock_milli = int(check_quantity(stock, field="stock", what="库存", places=3, maximum=MAX_STOCK,
                                       allow_zero=True) * 1000)
    if unit is not None and len(unit.strip()) > 10:
        raise ValidationError("单位最多 10 个字符，现在是“{text}”。", field="unit", text=unit.strip())
    if bin_location is not None and len(bin_location.strip()) > 30:
        raise ValidationError("库位最多 30 个字符，现在是“{text}”。", field="bin_location", text=bin_location.strip())
    part = session.scalar(select(Part).where(Part.part_number == number))
    _check_existing(session, part, number, new, expected_version, "备件", "part_number", "备件号")
    if part is None:
        part = Part(part_number=number, unit="个", stock_milli=0, bin_location="", active=True)
        session.add(part)
    part.name = name
    part.price_fen = price_fen
    if stock_milli is not None:
        part.stock_milli = stock_milli
    if unit is not None and unit.strip():
        part.unit = unit.strip()
    if bin_location is not None:
        part.bin_location = bin_location.strip().upper()
    if active is not None:
        part.active = active
    part.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return _part_row(part)


@requires(Permission.EDIT_CATALOGUES)
def save_package(
    session: Session, *, code: str, name: str, labour: Sequence[tuple[str, str | Decimal | None]],
    parts: Sequence[tuple[str, str | Decimal]], model_family: str = "", interval_months: str | int | None = None,
    interval_km: str | int | None = None, active: bool | None = None, staff_id: int | None = None,
    expected_version: int | None = None, new: bool = False,
) -> PackageRow:
    """Create a package, or replace the one with this code.

    ``labour`` lists ``(operation code, hours)`` (None: the operation's standard hours);
    ``parts`` lists ``(part number, quantity)``; every code must be in the catalogue.
    ``new`` and ``expected_version`` as for :func:`save_labour_operation`.
    """
    code = clean_code(code)
    name = clean_name(name, max_length=100)
    model_family = str(model_family).strip()
    if len(model_family) > 100:
        raise ValidationError("车型最多 100 个字符。", field="model_family")
    months = clean_optional_int(interval_months, field="interval_months", what="间隔月数", maximum=120)
    km = clean_optional_int(interval_km, field="interval_km", what="间隔里程", maximum=1_000_000)
    if not labour and not parts:
        raise ValidationError("套餐里至少要有一个工时项目或备件。", field="labour")
    labour_lines = []
    for op_code, hours in labour:
        op = session.scalar(select(LabourOperation).where(LabourOperation.code == str(op_code).strip().upper()))
        if op is None:
            raise ValidationError("工时目录里没有代码 {code}。", field="labour", code=str(op_code).strip().upper())
        centi = op.standard_hours_centi if hours in (None, "") else int(
            check_quantity(hours, field="labour", what="工时", places=2, maximum=orders.MAX_HOURS) * 100  # type: ignore[arg-type]
        )
        labour_lines.append(PackageLabour(operation_id=op.id, hours_centi=centi))
    part_lines = []
    for number, quantity in parts:
        part = session.scalar(select(Part).where(Part.part_number == str(number).strip().upper()))
        if part is None:
            raise ValidationError("备件目录里没有备件号 {code}。", field="parts", code=str(number).strip().upper())
        milli = int(check_quantity(quantity, field="parts", what="数量", places=3, maximum=orders.MAX_QUANTITY) * 1000)
        part_lines.append(PackagePart(part_id=part.id, quantity_milli=milli))
    package = session.scalar(select(ServicePackage).where(ServicePackage.code == code))
    _check_existing(session, package, code, new, expected_version, "套餐", "code", "套餐代码")
    if package is None:
        package = ServicePackage(code=code)
        session.add(package)
    package.name = name
    package.model_family = model_family
    package.interval_months = months
    package.interval_km = km
    if active is not None or package.active is None:
        package.active = True if active is None else active
    package.updated_by_id = staff_id
    package.updated_at = utc_now()  # changed lines alone count as a change: the version moves
    package.labour[:] = labour_lines
    package.parts[:] = part_lines
    session.flush()
    session.expire(package)
    changes.note(session, settings=True)
    return get_package(session, code)


def get_package(session: Session, code: str) -> PackageRow:
    package = session.scalar(
        select(ServicePackage)
        .where(ServicePackage.code == code.strip().upper())
        .options(
            selectinload(ServicePackage.labour).selectinload(PackageLabour.operation),
            selectinload(ServicePackage.parts).selectinload(PackagePart.part),
        )
    )
    if package is None:
        raise NotFound("没有套餐 {code}。", code=code.strip())
    return _package_row(package)


# --- managing the catalogues (目录管理) --------------------------------------------------------

BROWSE_PAGE = 200
"""Rows the manager's lists show at a time; 更多… fetches the next page."""

KINDS = ("labour", "parts", "packages")
_WHAT = {"labour": "工时项目", "parts": "备件", "packages": "套餐"}

CatalogueRow = LabourOperationRow | PartRow | PackageRow
Row = TypeVar("Row", LabourOperationRow, PartRow, PackageRow)


@dataclass(frozen=True)
class CataloguePage(Generic[Row]):
    """One page of a catalogue list and how many rows match in all."""

    rows: tuple[Row, ...]
    total: int
    offset: int

    @property
    def more(self) -> bool:
        """Whether rows after this page match too."""
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class CatalogueUsage:
    """Where a catalogue entry is used: order lines carrying its code, packages holding it."""

    order_lines: int
    packages: int

    @property
    def used(self) -> bool:
        return bool(self.order_lines or self.packages)


def _browse(session: Session, model, code_column, text: str, offset: int, limit: int,  # type: ignore[no-untyped-def]
            include_inactive: bool) -> tuple[list[Any], int]:
    text = text.strip()
    conditions = []
    order_by: list[Any] = [code_column]
    if text:
        code_match = code_column.like(_like_escape(text.upper()) + "%", escape="\\")
        conditions.append(or_(code_match, model.name.ilike("%" + _like_escape(text) + "%", escape="\\")))
        order_by.insert(0, case((code_match, 0), else_=1))
    if not include_inactive:
        conditions.append(model.active.is_(True))
    total = session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0
    rows = session.scalars(
        select(model).where(*conditions).order_by(*order_by).offset(max(offset, 0)).limit(limit)
    ).all()
    return list(rows), total


def browse_labour(
    session: Session, text: str = "", *, offset: int = 0, limit: int = BROWSE_PAGE, include_inactive: bool = True
) -> CataloguePage[LabourOperationRow]:
    """A page of labour operations for the manager: all of them, or those matching ``text`` as in
    :func:`search_labour` (code matches first), stopped ones included unless asked otherwise."""
    found, total = _browse(session, LabourOperation, LabourOperation.code, text, offset, limit, include_inactive)
    return CataloguePage(tuple(_labour_row(op) for op in found), total, offset)


def browse_parts(
    session: Session, text: str = "", *, offset: int = 0, limit: int = BROWSE_PAGE, include_inactive: bool = True
) -> CataloguePage[PartRow]:
    """A page of parts for the manager, as :func:`browse_labour`."""
    found, total = _browse(session, Part, Part.part_number, text, offset, limit, include_inactive)
    return CataloguePage(tuple(_part_row(p) for p in found), total, offset)


def browse_packages(session: Session, text: str = "", *, include_inactive: bool = True) -> CataloguePage[PackageRow]:
    """Packages whose code starts with ``text`` or whose name or model family contains it (all of
    them: a shop has tens, not thousands)."""
    rows = list_packages(session, include_inactive=include_inactive)
    needle = text.strip().lower()
    if needle:
        rows = [
            r for r in rows
            if r.code.lower().startswith(needle) or needle in r.name.lower() or needle in r.model_family.lower()
        ]
    return CataloguePage(tuple(rows), len(rows), 0)


def _record(session: Session, kind: str, code: str) -> LabourOperation | Part | ServicePackage:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    model = {"labour": LabourOperation, "parts": Part, "packages": ServicePackage}[kind]
    column = Part.part_number if kind == "parts" else model.code  # type: ignore[attr-defined]
    record = session.scalar(select(model).where(column == code.strip().upper()))
    if record is None:
        raise NotFound("目录里没有{what} {code}，可能已被删除。", what=_WHAT[kind], code=code.strip().upper())
    return record  # type: ignore[no-any-return]


def _row_of(session: Session, kind: str, record: LabourOperation | Part | ServicePackage) -> CatalogueRow:
    if isinstance(record, LabourOperation):
        return _labour_row(record)
    if isinstance(record, Part):
        return _part_row(record)
    return get_package(session, record.code)


@requires(Permission.EDIT_CATALOGUES)
def set_active(
    session: Session, kind: str, code: str, active: bool, *, expected_version: int | None = None,
    staff_id: int | None = None,
) -> CatalogueRow:
    """Stop offering a catalogue entry (停用) or offer it again (启用); ``kind`` is one of ``KINDS``.

    A stopped entry stays in the catalogue and on the orders that used it; the editor's search
    and the packages offered for a car leave it out.
    """
    record = _record(session, kind, code)
    check_version(session, record, expected_version, f"{_WHAT[kind]} {code.strip().upper()}")
    record.active = active
    record.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return _row_of(session, kind, record)


def usage(session: Session, kind: str, code: str) -> CatalogueUsage:
    """How many order lines and packages use a catalogue entry (packages are not kept on orders)."""
    record = _record(session, kind, code)
    if isinstance(record, LabourOperation):
        lines = session.scalar(select(func.count()).select_from(LabourLine).where(LabourLine.code == record.code))
        packages = session.scalar(
            select(func.count(func.distinct(PackageLabour.package_id))).where(PackageLabour.operation_id == record.id)
        )
    elif isinstance(record, Part):
        lines = session.scalar(select(func.count()).select_from(PartLine).where(PartLine.part_number == record.part_number))
        packages = session.scalar(
            select(func.count(func.distinct(PackagePart.package_id))).where(PackagePart.part_id == record.id)
        )
    else:
        lines, packages = 0, 0
    return CatalogueUsage(order_lines=lines or 0, packages=packages or 0)


@requires(Permission.EDIT_CATALOGUES)
def delete_entry(session: Session, kind: str, code: str, *, expected_version: int | None = None) -> None:
    """Delete a catalogue entry that nothing uses yet (a typing mistake); anything used on an order
    or in a package can only be stopped (停用), so history keeps its meaning."""
    record = _record(session, kind, code)
    what = _WHAT[kind]
    check_version(session, record, expected_version, f"{what} {record_code(record)}")
    used = usage(session, kind, code)
    if used.order_lines:
        raise ValidationError(
            "{what} {code} 已用在 {n} 条委托书明细里，不能删除；不再使用请停用。",
            what=what, code=record_code(record), n=used.order_lines,
        )
    if used.packages:
        raise ValidationError(
            "{what} {code} 在 {n} 个保养套餐里，不能删除；请先从套餐里移除，或停用它。",
            what=what, code=record_code(record), n=used.packages,
        )
    session.delete(record)
    session.flush()
    changes.note(session, settings=True)


def record_code(record: LabourOperation | Part | ServicePackage) -> str:
    return record.part_number if isinstance(record, Part) else record.code


# --- labour rates ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LabourRateSettings:
    """The labour rates as set, in yuan text; empty for a pay type that uses the customer rate."""

    customer: str
    warranty: str
    insurance: str
    internal: str
    version: int
    """The shop settings' version, for ``expected_version``."""


def labour_rates(session: Session) -> LabourRates:
    return LabourRates(**{p.value: orders.labour_rate_for(session, p.value) for p in PayType})


def labour_rate_settings(session: Session) -> LabourRateSettings:
    row = settings_row(session)

    def text(fen: int | None) -> str:
        return "" if fen is None else format_yuan(fen)

    return LabourRateSettings(
        customer=format_yuan(row.labour_rate_fen), warranty=text(row.warranty_rate_fen),
        insurance=text(row.insurance_rate_fen), internal=text(row.internal_rate_fen), version=row.version,
    )


@requires(Permission.EDIT_SETTINGS)
def set_labour_rates(
    session: Session, *, warranty: str = "", insurance: str = "", internal: str = "", customer: str | None = None,
    staff_id: int | None = None, expected_version: int | None = None,
) -> LabourRates:
    """Labour rates for warranty, insurance and internal work (yuan); empty means the customer rate.

    ``customer`` (the shop's labour rate, also in 本店信息) stays as it is when None. Lines already
    on orders keep their rate; new lines use these.
    """
    row = settings_row(session)
    check_version(session, row, expected_version, "工时单价")
    if customer is not None:
        row.labour_rate_fen = parse_yuan(customer, field="customer_rate")
    row.warranty_rate_fen = parse_yuan(warranty, field="warranty_rate") if warranty.strip() else None
    row.insurance_rate_fen = parse_yuan(insurance, field="insurance_rate") if insurance.strip() else None
    row.internal_rate_fen = parse_yuan(internal, field="internal_rate") if internal.strip() else None
    row.updated_by_id = staff_id
    session.flush()
    changes.note(session, settings=True)
    return labour_rates(session)


# --- orders ----------------------------------------------------------------------------------


@requires(Permission.RECEPTION)
def add_package_to_order(
    session: Session, number: str, package_code: str, *, pay_type: str = "customer", staff_id: int | None = None,
    expected_version: int | None = None,
) -> orders.OrderDetail:
    """Add all the labour and parts of a package to an order in one step.

    The lines go through the same rules as lines added one by one: the labour rate of the pay
    type, the catalogue price of each part.
    """
    package = get_package(session, package_code)
    if not package.active:
        raise ValidationError("套餐 {code} 已停用。", field="package", code=package.code)
    orders.editable_order(session, number, expected_version)
    detail = orders.order_detail(session, number)
    for item in package.labour:
        detail = orders.add_labour_line(
            session, number, code=item.code, name=item.name, hours=item.amount, pay_type=pay_type, staff_id=staff_id,
        )
    for item in package.parts:
        part = get_part(session, item.code)
        detail = orders.add_part_line(
            session, number, part_number=part.part_number, name=part.name, quantity=item.amount,
            unit_price=format_yuan(part.price_fen), pay_type=pay_type, staff_id=staff_id,
        )
    return detail


def stock_warnings(session: Session, number: str) -> tuple[StockWarning, ...]:
    """Parts of an order of which more is wanted than is on the shelf; a warning, never a refusal.

    Asked each time the editor shows an order, so it sums the quantities in the database rather
    than loading the order and its lines.
    """
    from desk.models import RepairOrder

    order_id = session.scalar(select(RepairOrder.id).where(RepairOrder.number == number.strip().upper()))
    if order_id is None:
        raise NotFound("找不到委托书 {number}。", number=number.strip())
    wanted: dict[str, int] = {
        part_number: int(total)
        for part_number, total in session.execute(
            select(PartLine.part_number, func.sum(PartLine.quantity_milli))
            .where(PartLine.order_id == order_id, PartLine.part_number != "")
            .group_by(PartLine.part_number)
        )
    }
    return _shortages(session, wanted)


def stock_warnings_of(session: Session, part_lines: Sequence[PartLine]) -> tuple[StockWarning, ...]:
    """:func:`stock_warnings` for an order whose part lines are already loaded."""
    wanted: dict[str, int] = {}
    for line in part_lines:
        if line.part_number != "":
            wanted[line.part_number] = wanted.get(line.part_number, 0) + line.quantity_milli
    return _shortages(session, wanted)


def _shortages(session: Session, wanted: dict[str, int]) -> tuple[StockWarning, ...]:
    """Warnings for the parts of which more milli-units are ``wanted`` than are on the shelf."""
    if not wanted:
        return ()
    parts = session.scalars(select(Part).where(Part.part_number.in_(list(wanted)))).all()
    return tuple(
        _warning(part, Decimal(wanted[part.part_number]) / 1000)
        for part in sorted(parts, key=lambda p: p.part_number)
        if wanted[part.part_number] > part.stock_milli
    )


def part_shortage(session: Session, part_number: str, quantity: str | Decimal) -> StockWarning | None:
    """The shortage when taking ``quantity`` of a part; None when enough is on the shelf or unknown."""
    if not part_number.strip():
        return None
    part = session.scalar(select(Part).where(Part.part_number == part_number.strip().upper()))
    try:
        amount = Decimal(str(quantity).strip() or "1")
    except InvalidOperation:
        return None
    if part is None or not amount.is_finite() or amount * 1000 <= part.stock_milli:
        return None
    return _warning(part, amount)


def part_stock_warning(session: Session, part_number: str, quantity: str | Decimal) -> str:
    """The warning text for taking ``quantity`` of a part, or empty when enough is on the shelf or unknown."""
    shortage = part_shortage(session, part_number, quantity)
    return shortage.text if shortage else ""


def _warning(part: Part, wanted: Decimal) -> StockWarning:
    on_hand = Decimal(part.stock_milli) / 1000
    text = "库存不足：{number} {name} 需要 {wanted}{unit}，库存 {on_hand}{unit}。".format(
        number=part.part_number, name=part.name, wanted=orders.format_quantity(wanted), unit=part.unit,
        on_hand=orders.format_quantity(on_hand),
    )
    return StockWarning(part.part_number, part.name, wanted, on_hand, part.unit, text)
