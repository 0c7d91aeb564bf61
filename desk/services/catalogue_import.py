"""CSV import of the catalogues: ``desk import labour|parts|packages FILE.csv``.

The file is UTF-8 (with or without a byte-order mark) or GBK/GB18030 as Excel on a Chinese
Windows saves it. The first row names the columns, in Chinese or English. Every row is checked
with the same rules as the editor; each problem is reported with its row number (as a
spreadsheet shows it, the header being row 1), column and value. By default nothing is imported
when any row is bad; ``good_rows_only`` imports the good rows and reports the bad ones. Codes
that already exist are updated. Reading the file, the header and the report file are shared with the
customer import (:mod:`desk.services.csv_import`).

A packages file has one row per package; its labour and parts columns list the items as
``CODE`` or ``CODE:AMOUNT`` separated by ``;`` (hours for labour, quantity for parts), e.g.
``BY-JY:0.5;BY-JC`` and ``06L115562:1;N0138157:1``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import LabourOperation, Part
from desk.services import catalogue
from desk.services.csv_import import PROGRESS_EVERY, Row, RowProblem, read_table, report_file
from desk.services.errors import DeskError, ValidationError
from desk.services.permissions import Permission, requires

KINDS = ("labour", "parts", "packages")

# column key -> (accepted header names, required)
COLUMNS: dict[str, dict[str, tuple[tuple[str, ...], bool]]] = {
    "labour": {
        "code": (("代码", "工时代码", "项目代码", "code"), True),
        "name": (("名称", "工时项目", "项目名称", "name"), True),
        "hours": (("工时", "标准工时", "hours", "standard_hours"), True),
        "team": (("班组", "工种", "team", "skill"), False),
        "active": (("启用", "active"), False),
    },
    "parts": {
        "part_number": (("备件号", "零件号", "part_number", "part number", "code"), True),
        "name": (("名称", "备件名称", "name"), True),
        "price": (("单价", "价格", "price", "unit_price"), True),
        "unit": (("单位", "unit"), False),
        "stock": (("库存", "stock"), False),
        "bin_location": (("库位", "bin", "bin_location"), False),
        "active": (("启用", "active"), False),
    },
    "packages": {
        "code": (("代码", "套餐代码", "code"), True),
        "name": (("名称", "套餐名称", "name"), True),
        "model_family": (("车型", "model_family", "model"), False),
        "interval_months": (("间隔月数", "间隔月", "months", "interval_months"), False),
        "interval_km": (("间隔里程", "里程", "km", "interval_km"), False),
        "labour": (("工时项目", "工时", "labour"), False),
        "parts": (("备件", "parts"), False),
        "active": (("启用", "active"), False),
    },
}

WHAT = {"labour": "工时项目", "parts": "备件", "packages": "套餐"}
TRUE_WORDS = {"", "1", "是", "y", "yes", "true", "启用"}
FALSE_WORDS = {"0", "否", "n", "no", "false", "停用"}


@dataclass(frozen=True)
class ImportReport:
    kind: str
    rows: int
    good: int
    created: int
    updated: int
    problems: tuple[RowProblem, ...]
    imported: bool
    """False when nothing was written because some rows were bad."""

    @property
    def summary(self) -> str:
        what = WHAT[self.kind]
        if not self.imported:
            return f"{what}：共 {self.rows} 行，{len({p.row for p in self.problems})} 行有错，未导入任何数据。"
        skipped = self.rows - self.good
        return (
            f"{what}：共 {self.rows} 行，新增 {self.created}，更新 {self.updated}"
            + (f"，跳过有错的 {skipped} 行" if skipped else "") + "。"
        )


def _items(text: str) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for piece in text.replace("；", ";").split(";"):
        piece = piece.strip()
        if not piece:
            continue
        code, sep, amount = piece.replace("：", ":").partition(":")
        items.append((code.strip().upper(), amount.strip() if sep else None))
    return items


def _optional(values: dict[str, str], key: str) -> str | None:
    """A cell of an optional column; None (keep what is there) when the column or the cell is empty."""
    return values.get(key) or None


def _active(value: str | None) -> bool | None:
    if value is None:
        return None
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError("“启用”只能填 是/否（或 1/0），现在是“{text}”。", field="active", text=value)


@requires(Permission.EDIT_CATALOGUES)
def import_csv(session: Session, kind: str, data: bytes, *, good_rows_only: bool = False,
               staff_id: int | None = None, progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Check every row, then import all of them, or none, or with ``good_rows_only`` the good ones.

    Each row is written in a savepoint with the editor's own rules, so a row refused there is
    reported like any other bad row; without ``good_rows_only`` any bad row rolls back the lot.
    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows and at the end; an exception
    it raises (the user cancelled) rolls back the whole import and propagates.
    """
    if kind not in KINDS:
        raise DeskError("只能导入 labour（工时）、parts（备件）或 packages（套餐）。")
    table = read_table(COLUMNS[kind], data)
    columns, rows = table.columns, table.rows
    key_column = "part_number" if kind == "parts" else "code"
    title = {key: t for key, (_i, t) in columns.items()}

    # Duplicates within the file: every occurrence after the first is a bad row.
    seen: dict[str, int] = {}
    for row in rows:
        code = row.values[key_column].strip().upper()
        if code and code in seen:
            row.problems.append(RowProblem(
                row.number, title[key_column], row.values[key_column], f"与第 {seen[code]} 行重复。",
            ))
        elif code:
            seen[code] = row.number

    existing = _existing_codes(session, kind, [r.values[key_column].strip().upper() for r in rows])
    saver = _SAVERS[kind]
    created = updated = 0
    outer = session.begin_nested()
    try:
        for done, row in enumerate(rows):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, len(rows))
            if row.problems:
                continue
            if _import_row(session, kind, row, saver, title, staff_id):
                if row.values[key_column].strip().upper() in existing:
                    updated += 1
                else:
                    created += 1
        if progress is not None:
            progress(len(rows), len(rows))
    except BaseException:
        outer.rollback()
        raise
    problems = tuple(p for row in rows for p in row.problems)
    good = sum(1 for row in rows if not row.problems)
    if problems and not good_rows_only:
        outer.rollback()
        return ImportReport(kind, len(rows), good, 0, 0, problems, imported=False)
    outer.commit()
    return ImportReport(kind, len(rows), good, created, updated, problems, imported=True)


def _import_row(
    session: Session, kind: str, row: Row, saver: Callable[[Session, dict[str, str], int | None], Any],
    title: dict[str, str], staff_id: int | None,
) -> bool:
    """Write one good row in a savepoint; a refusal becomes the row's problem. True when written."""
    savepoint = session.begin_nested()
    try:
        saver(session, row.values, staff_id)
    except ValidationError as refusal:
        savepoint.rollback()
        column = _column_for(refusal.field, kind)
        row.problems.append(RowProblem(
            row.number, title.get(column, "") if column else "", row.values.get(column, "") if column else "",
            refusal.message,
        ))
        return False
    savepoint.commit()
    return True


def report_csv(report: ImportReport) -> bytes:
    """The report as a CSV file that Excel opens (UTF-8 with a byte-order mark): the summary, then
    one row per problem."""
    return report_file(report.summary, report.problems)


def _column_for(field_name: str | None, kind: str) -> str | None:
    if field_name is None:
        return None
    aliases = {"rate": "price", "unit_price": "price"}
    name = aliases.get(field_name, field_name)
    return name if name in COLUMNS[kind] else None


def _existing_codes(session: Session, kind: str, codes: list[str]) -> set[str]:
    from desk.models import ServicePackage

    column = {"labour": LabourOperation.code, "parts": Part.part_number, "packages": ServicePackage.code}[kind]
    found: set[str] = set()
    for start in range(0, len(codes), 500):
        found.update(session.scalars(select(column).where(column.in_(codes[start:start + 500]))))
    return found


def _save_labour(session: Session, values: dict[str, str], staff_id: int | None) -> Any:
    return catalogue.save_labour_operation(
        session, code=values["code"], name=values["name"], hours=values["hours"], team=_optional(values, "team"),
        active=_active(_optional(values, "active")), staff_id=staff_id,
    )


def _save_part(session: Session, values: dict[str, str], staff_id: int | None) -> Any:
    return catalogue.save_part(
        session, part_number=values["part_number"], name=values["name"], price=values["price"],
        unit=_optional(values, "unit"), stock=_optional(values, "stock"),
        bin_location=_optional(values, "bin_location"), active=_active(_optional(values, "active")), staff_id=staff_id,
    )


def _save_package(session: Session, values: dict[str, str], staff_id: int | None) -> Any:
    return catalogue.save_package(
        session, code=values["code"], name=values["name"], model_family=values.get("model_family", ""),
        interval_months=values.get("interval_months") or None, interval_km=values.get("interval_km") or None,
        labour=_items(values.get("labour", "")),
        parts=[(code, amount or "1") for code, amount in _items(values.get("parts", ""))],
        active=_active(_optional(values, "active")), staff_id=staff_id,
    )


_SAVERS: dict[str, Callable[[Session, dict[str, str], int | None], Any]] = {
    "labour": _save_labour, "parts": _save_part, "packages": _save_package,
}
