"""The audit log (操作日志): every change to money, status, passes and people, written by itself.

Two ways in, one table:

- Changes to the watched columns (``WATCHED``) are found after every flush, whichever service made
  them, and written with the values before and after — line prices, discounts and pay types,
  catalogue prices, labour rates and settings, settlements and their voiding, payments, exit passes
  issued, used and voided, order status changes, capacity overrides, complaint reopenings, staff
  accounts and roles. A service cannot forget to log because it does not have to remember.
- Events that change no watched column are recorded with :func:`record`: signing in and out, a
  wrong password, a refused gate scan, an export of customer data.

The person is the one signed in for the unit of work (``permissions.actor_id``); the command line
is recorded as such. Rows are only added: nothing here updates or deletes them, and the database
refuses to (migration 0007).
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, insert, inspect, or_, select
from sqlalchemy.orm import Session

from desk.models import (
    Appointment,
    AuditEntry,
    Complaint,
    ExitPass,
    LabourLine,
    LabourOperation,
    Part,
    PartLine,
    Payment,
    RepairOrder,
    Settlement,
    ShopSettings,
    Staff,
    StatusChange,
    Team,
)
from desk.models.base import utc_now
from desk.models.enums import ComplaintStatus, OrderStatus, PaymentMethod, PayType, Role
from desk.services.money import format_yuan
from desk.services.permissions import Permission, actor_id, requires

__all__ = ["ACTIONS", "AuditRow", "AuditPage", "entries", "record", "workstation"]

COMMAND_LINE = "系统（未登录）"
"""Who an entry names when nobody was signed in: the command line or Desk's own work."""

ACTIONS: dict[str, str] = {
    "sign_in": "登录",
    "sign_in_failed": "登录失败",
    "sign_out": "退出登录",
    "lock": "锁屏",
    "password_changed": "修改密码",
    "status": "状态变更",
    "line_price": "项目价格、折扣或付费方式",
    "line_removed": "删除项目",
    "line_discount": "带折扣的新项目",
    "settled": "结算",
    "settlement_void": "结算作废（重新打开）",
    "payment": "收款",
    "exit_pass_issued": "开出门证",
    "exit_pass_used": "出门证放行",
    "exit_pass_void": "出门证作废",
    "gate_refused": "门卫拒绝放行",
    "catalogue_price": "目录价格或工时",
    "settings": "本店设置",
    "capacity_override": "超出产能预约",
    "complaint_status": "投诉状态",
    "staff": "员工账号",
    "customers_exported": "导出客户资料",
}
"""Every kind of entry with its Chinese name, in the order the viewer's filter offers them."""

_HOST: str | None = None


def workstation() -> str:
    """This computer's name, as entries record it."""
    global _HOST
    if _HOST is None:
        _HOST = socket.gethostname()[:100]
    return _HOST


# --- how values read ----------------------------------------------------------------------------


def _money(value: Any) -> str:
    return "" if value is None else "¥" + format_yuan(int(value))


def _percent(value: Any) -> str:
    return f"{int(value or 0) / 100:g}%"


def _hundredths(value: Any) -> str:
    return "" if value is None else f"{int(value) / 100:g}"


def _thousandths(value: Any) -> str:
    return "" if value is None else f"{int(value) / 1000:g}"


def _named(kind: Any) -> Callable[[Any], str]:
    def show(value: Any) -> str:
        try:
            return kind(value).chinese
        except ValueError:
            return "" if value is None else str(value)

    return show


def _yes_no(value: Any) -> str:
    return "是" if value else "否"


def _set_or_not(value: Any) -> str:
    # A password hash is never written to the log, only that there is one.
    return "已设置" if value else "未设置"


def _instant(session: Session) -> Callable[[Any], str]:
    """A reader of instants in the shop's wall-clock time, as every other screen shows them (a
    manager comparing the entry's time with a void time must not have to convert from UTC)."""
    from desk.services.shop import format_local  # the shop's settings service builds on this one

    def show(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return format_local(session, value)
        return str(value)

    return show


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class _Watch:
    """The columns of one table whose changes are logged, each with its Chinese name and reader."""

    action: str
    columns: dict[str, tuple[str, Callable[[Any], str]]]
    label: Callable[[Session, Any], str]


def _order_number(session: Session, order_id: int | None, order: RepairOrder | None = None) -> str:
    if order is None and order_id is not None:
        order = session.get(RepairOrder, order_id)
    return order.number if order is not None else ""


_LINE_COLUMNS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "rate_fen": ("工时单价", _money),
    "hours_centi": ("工时", _hundredths),
    "unit_price_fen": ("单价", _money),
    "quantity_milli": ("数量", _thousandths),
    "discount_bp": ("折扣", _percent),
    "pay_type": ("付费方式", _named(PayType)),
}

_SETTINGS_COLUMNS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "name": ("店名", _plain),
    "labour_rate_fen": ("工时单价（自费）", _money),
    "warranty_rate_fen": ("工时单价（保修）", _money),
    "insurance_rate_fen": ("工时单价（保险）", _money),
    "internal_rate_fen": ("工时单价（内部）", _money),
    "discount_limits": ("折扣限额", _plain),
    "exit_pass_hours": ("出门证有效小时", _plain),
    "privacy": ("客户显示方式", _plain),
    "idle_lock_minutes": ("闲置锁屏分钟", _plain),
    "opening_time": ("开门时间", _plain),
    "closing_time": ("关门时间", _plain),
    "kpi_targets": ("指标目标", _plain),
    "followup_day": ("回访日", _plain),
}

_TEAM_FIELD = "班组"
"""A staff entry's team: read as the team's id, written as its name (see ``_with_team_names``)."""

_STAFF_COLUMNS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "name": ("姓名", _plain),
    "role": ("岗位", _named(Role)),
    "active": ("账号启用", _yes_no),
    "team_id": (_TEAM_FIELD, _plain),
    "password_hash": ("密码", _set_or_not),
    "must_change_password": ("下次登录须改密码", _yes_no),
}


def _pick(columns: dict[str, tuple[str, Callable[[Any], str]]], *names: str) -> dict[str, tuple[str, Callable[[Any], str]]]:
    return {name: columns[name] for name in names}


def _line_label(session: Session, line: Any) -> str:
    number = _order_number(session, line.order_id, getattr(line, "order", None))
    return f"{number} {line.name}".strip()


WATCHED: dict[type, _Watch] = {
    LabourLine: _Watch("line_price", _pick(_LINE_COLUMNS, "rate_fen", "hours_centi", "discount_bp", "pay_type"), _line_label),
    PartLine: _Watch("line_price", _pick(_LINE_COLUMNS, "unit_price_fen", "quantity_milli", "discount_bp", "pay_type"), _line_label),
    Part: _Watch("catalogue_price", {"price_fen": ("售价", _money), "active": ("在用", _yes_no)},
                 lambda s, o: f"{o.part_number} {o.name}"),
    LabourOperation: _Watch("catalogue_price", {"standard_hours_centi": ("标准工时", _hundredths), "active": ("在用", _yes_no)},
                            lambda s, o: f"{o.code} {o.name}"),
    ShopSettings: _Watch("settings", _SETTINGS_COLUMNS, lambda s, o: "本店设置"),
    Staff: _Watch("staff", _STAFF_COLUMNS, lambda s, o: o.name),
    Complaint: _Watch("complaint_status", {"status": ("状态", _named(ComplaintStatus))}, lambda s, o: o.number),
}


# --- writing ------------------------------------------------------------------------------------


def _who(session: Session) -> tuple[int | None, str]:
    staff_id = actor_id(session)
    if staff_id is None:
        return None, COMMAND_LINE
    staff = session.get(Staff, staff_id)
    return staff_id, staff.name if staff is not None else str(staff_id)


def _with_team_names(session: Session, values: dict[str, str] | None) -> dict[str, str] | None:
    if not values or not values.get(_TEAM_FIELD, "").isdigit():
        return values
    team = session.get(Team, int(values[_TEAM_FIELD]))
    return {**values, _TEAM_FIELD: team.name if team is not None else values[_TEAM_FIELD]}


def _row(
    session: Session, action: str, *, record_type: str = "", record_id: int | None = None, label: str = "",
    before: dict[str, str] | None = None, after: dict[str, str] | None = None, note: str = "",
    staff: tuple[int | None, str] | None = None,
) -> dict[str, Any]:
    staff_id, staff_name = staff if staff is not None else _who(session)
    before, after = _with_team_names(session, before), _with_team_names(session, after)
    return dict(
        at=utc_now(), staff_id=staff_id, staff_name=staff_name[:50], workstation=workstation(), action=action,
        record_type=record_type, record_id=record_id, record_label=label[:200],
        before=json.dumps(before, ensure_ascii=False) if before else "",
        after=json.dumps(after, ensure_ascii=False) if after else "", note=note,
    )


def record(
    session: Session, action: str, *, record_type: str = "", record_id: int | None = None, label: str = "",
    before: dict[str, str] | None = None, after: dict[str, str] | None = None, note: str = "",
    staff_id: int | None = None,
) -> None:
    """Add one entry for an event no watched column shows (a sign-in, an export, a refused scan).

    ``staff_id`` names the person instead of the one signed in for the session: at a sign-in it
    is the person signing in, not the one who was at the PC before.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    who = None
    if staff_id is not None:
        person = session.get(Staff, staff_id)
        who = (staff_id, person.name if person is not None else str(staff_id))
    session.add(AuditEntry(**_row(
        session, action, record_type=record_type, record_id=record_id, label=label, before=before, after=after,
        note=note, staff=who,
    )))


def _changes(obj: Any, columns: dict[str, tuple[str, Callable[[Any], str]]]) -> tuple[dict[str, str], dict[str, str]]:
    state = inspect(obj)
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for column, (name, show) in columns.items():
        history = state.attrs[column].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if show(old) == show(new):
            if show is _set_or_not and old and new and old != new:
                # A reset or change replaces one hash with another: both read "已设置", yet the
                # change must be logged (still without the hash).
                before[name], after[name] = show(old), "已更换"
            continue
        before[name] = show(old)
        after[name] = show(new)
    return before, after


def _entries_for_flush(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        rows.extend(_new_entries(session, obj))
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        rows.extend(_dirty_entries(session, obj))
    for line, number in _removed_lines(session):
        before = {name: show(getattr(line, column)) for column, (name, show) in WATCHED[type(line)].columns.items()}
        rows.append(_row(session, "line_removed", record_type=type(line).__tablename__, record_id=line.id,
                         label=f"{number} {line.name}".strip(), before=before))
    return rows


def _removed_lines(session: Session) -> list[tuple[LabourLine | PartLine, str]]:
    """Lines deleted in this flush, each with its order's number.

    A line taken out of its order's list (``remove_line``) is deleted as an orphan while flushing;
    it never shows in ``session.deleted``, so the orders' line lists are read as well.
    """
    found: dict[int, tuple[LabourLine | PartLine, str]] = {}
    for obj in session.dirty:
        if not isinstance(obj, RepairOrder):
            continue
        state = inspect(obj)
        for collection in ("labour_lines", "part_lines"):
            for line in state.attrs[collection].history.deleted:
                line_state = inspect(line)
                # persistent and not put on another order: the delete-orphan cascade removes it
                if line_state.has_identity and line.order is None:
                    found[id(line)] = (line, obj.number)
    for obj in session.deleted:
        if isinstance(obj, LabourLine | PartLine) and id(obj) not in found:
            found[id(obj)] = (obj, _order_number(session, obj.order_id, getattr(obj, "order", None)))
    return list(found.values())


def _new_entries(session: Session, obj: Any) -> Iterable[dict[str, Any]]:
    if isinstance(obj, StatusChange):
        yield _row(
            session, "status", record_type="repair_order", record_id=obj.order_id,
            label=_order_number(session, obj.order_id, getattr(obj, "order", None)),
            before={"状态": _named(OrderStatus)(obj.from_status)} if obj.from_status else None,
            after={"状态": _named(OrderStatus)(obj.to_status)}, note=obj.reason,
        )
    elif isinstance(obj, LabourLine | PartLine) and obj.discount_bp:
        after = {name: show(getattr(obj, column)) for column, (name, show) in WATCHED[type(obj)].columns.items()}
        yield _row(session, "line_discount", record_type=type(obj).__tablename__, record_id=obj.id,
                   label=_line_label(session, obj), after=after)
    elif isinstance(obj, Settlement):
        after = {
            "客户应付": _money(obj.customer_due_fen), "整单优惠": _money(obj.bill_discount_fen),
            "抹零": _money(obj.rounding_fen), "保修": _money(obj.warranty_fen), "保险": _money(obj.insurance_fen),
            "挂账": _money(obj.on_account_fen),
        }
        yield _row(session, "settled", record_type="settlement", record_id=obj.id,
                   label=_order_number(session, obj.order_id), after={k: v for k, v in after.items() if v != "¥0.00"})
    elif isinstance(obj, Payment):
        yield _row(session, "payment", record_type="payment", record_id=obj.id,
                   label=_order_number(session, obj.order_id),
                   after={"方式": _named(PaymentMethod)(obj.method), "金额": _money(obj.amount_fen),
                          "凭证号": obj.reference or ""})
    elif isinstance(obj, ExitPass):
        yield _row(session, "exit_pass_issued", record_type="exit_pass", record_id=obj.id,
                   label=f"{_order_number(session, obj.order_id)} {obj.number}",
                   after={"有效至": _instant(session)(obj.valid_until)})
    elif isinstance(obj, Staff):
        yield _row(session, "staff", record_type="staff", record_id=obj.id, label=obj.name,
                   after={name: show(getattr(obj, column)) for column, (name, show) in _STAFF_COLUMNS.items()},
                   note="新建账号")
    elif isinstance(obj, Appointment) and obj.capacity_override_by_id is not None:
        yield _capacity_override(session, obj)
    elif isinstance(obj, Part | LabourOperation):
        watch = WATCHED[type(obj)]
        yield _row(session, watch.action, record_type=type(obj).__tablename__, record_id=obj.id,
                   label=watch.label(session, obj),
                   after={name: show(getattr(obj, column)) for column, (name, show) in watch.columns.items()},
                   note="新建")


def _capacity_override(session: Session, appointment: Appointment) -> dict[str, Any]:
    manager = session.get(Staff, appointment.capacity_override_by_id)
    return _row(session, "capacity_override", record_type="appointment", record_id=appointment.id,
                label=appointment.number, after={"确认人": manager.name if manager else "",
                                                 "预估工时": _hundredths(appointment.estimated_hours_centi)})


def _dirty_entries(session: Session, obj: Any) -> Iterable[dict[str, Any]]:
    if isinstance(obj, Settlement):
        before, after = _changes(obj, {"voided_at": ("作废时间", _instant(session))})
        if after:
            yield _row(session, "settlement_void", record_type="settlement", record_id=obj.id,
                       label=_order_number(session, obj.order_id), before=before, after=after, note=obj.void_reason)
        return
    if isinstance(obj, ExitPass):
        label = f"{_order_number(session, obj.order_id)} {obj.number}"
        before, after = _changes(obj, {"used_at": ("放行时间", _instant(session))})
        if after:
            yield _row(session, "exit_pass_used", record_type="exit_pass", record_id=obj.id, label=label,
                       before=before, after=after)
        before, after = _changes(obj, {"voided_at": ("作废时间", _instant(session))})
        if after:
            yield _row(session, "exit_pass_void", record_type="exit_pass", record_id=obj.id, label=label,
                       before=before, after=after, note=obj.void_reason)
        return
    if isinstance(obj, Appointment):
        before, after = _changes(obj, {"capacity_override_by_id": ("", _plain)})
        if obj.capacity_override_by_id is not None and after:
            yield _capacity_override(session, obj)
        return
    watch = WATCHED.get(type(obj))
    if watch is None:
        return
    before, after = _changes(obj, watch.columns)
    if after or before:
        yield _row(session, watch.action, record_type=type(obj).__tablename__, record_id=obj.id,
                   label=watch.label(session, obj), before=before, after=after)


@event.listens_for(Session, "after_flush")
def _write_entries(session: Session, flush_context: Any) -> None:
    # After the flush new rows have their ids, and the attribute history still holds the values
    # before; the entries go in through the same connection, so they commit or roll back with
    # the change they describe.
    with session.no_autoflush:
        rows = _entries_for_flush(session)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it."""

    id: int
    at: dt.datetime
    at_text: str
    """The time in the shop's zone, ``2026-12-03 14:05:09``."""
    staff_name: str
    workstation: str
    action: str
    action_name: str
    record_label: str
    before: dict[str, str]
    after: dict[str, str]
    note: str


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    total: int
    """How many entries match the filters (the page shows at most ``limit``)."""


@requires(Permission.VIEW_AUDIT_LOG)
def entries(
    session: Session, *, first_day: dt.date | None = None, last_day: dt.date | None = None,
    staff_id: int | None = None, kind: str | None = None, text: str = "", limit: int = 500, offset: int = 0,
) -> AuditPage:
    """Entries newest first, filtered by the shop's days (both included), person, kind and a
    fragment of the record (order number, part number, name), of the person's name or of the note."""
    from desk.services.shop import day_bounds, format_local

    query = select(AuditEntry)
    if first_day is not None:
        query = query.where(AuditEntry.at >= day_bounds(session, first_day)[0])
    if last_day is not None:
        query = query.where(AuditEntry.at < day_bounds(session, last_day)[1])
    if staff_id is not None:
        query = query.where(AuditEntry.staff_id == staff_id)
    if kind:
        query = query.where(AuditEntry.action == kind)
    fragment = text.strip()
    if fragment:
        like = f"%{fragment}%"
        query = query.where(or_(AuditEntry.record_label.ilike(like), AuditEntry.note.ilike(like),
                                AuditEntry.staff_name.ilike(like)))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    found = session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset))
    return AuditPage(rows=tuple(
        AuditRow(
            id=e.id, at=e.at, at_text=format_local(session, e.at, "%Y-%m-%d %H:%M:%S"), staff_name=e.staff_name, workstation=e.workstation, action=e.action,
            action_name=ACTIONS.get(e.action, e.action), record_label=e.record_label,
            before=json.loads(e.before) if e.before else {}, after=json.loads(e.after) if e.after else {},
            note=e.note,
        )
        for e in found
    ), total=total)
