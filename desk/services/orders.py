"""Repair orders (任务委托书): open one, add and remove lines, totals, statuses, lists."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from desk.models import (
    Appointment,
    Customer,
    ExitPass,
    LabourLine,
    PartLine,
    Payment,
    PromiseChange,
    RepairOrder,
    Staff,
    StatusChange,
    Team,
    Vehicle,
)
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus, OldParts, OrderStatus, PaymentMethod, PayType
from desk.services import changes, privacy, repeats, workflow
from desk.services.concurrency import check_version
from desk.services.errors import NeedsConfirmation, NotFound, ValidationError
from desk.services.money import amount_in_capitals, apply_discount, format_yuan, multiply, parse_yuan
from desk.services.numbers import next_number
from desk.services.shop import format_local
from desk.services.validation import check_mileage, check_quantity, display_plate, normalize_mobile
from desk.services.permissions import Permission, may, require, requires

MAX_HOURS = Decimal("999")
MAX_QUANTITY = Decimal("99999")


# --- what the screens and printouts read ---------------------------------------------------


@dataclass(frozen=True)
class Totals:
    """An order's estimate: labour and parts, per pay type, and what the customer pays (fen)."""

    labour: int
    parts: int
    by_pay_type: tuple[tuple[str, int, int], ...]
    """``(pay_type, labour, parts)`` for each pay type that has lines (even free ones), in PayType order."""
    total: int
    customer_pays: int
    discount: int = 0
    """What the line discounts take off, over all pay types (gross less the amounts)."""


def compute_totals(labour: Iterable[tuple[int, ...]], parts: Iterable[tuple[int, ...]]) -> Totals:
    """Totals of lines given as ``(amount_fen, pay_type)`` or ``(amount_fen, pay_type, gross_fen)``.

    ``amount_fen`` is after the line's discount; ``gross_fen`` (before it) only counts towards
    ``discount`` and defaults to the amount.
    """
    per: dict[str, list[int]] = {p.value: [0, 0] for p in PayType}
    present: set[str] = set()
    discount = 0
    for side, lines in ((0, labour), (1, parts)):
        for line in lines:
            amount, pay_type = line[0], line[1]
            per[pay_type][side] += amount  # type: ignore[index]
            present.add(pay_type)  # type: ignore[arg-type]
            if len(line) > 2:
                discount += line[2] - amount
    labour_total = sum(v[0] for v in per.values())
    parts_total = sum(v[1] for v in per.values())
    customer = per[PayType.CUSTOMER.value]
    return Totals(
        labour=labour_total,
        parts=parts_total,
        by_pay_type=tuple((p, v[0], v[1]) for p, v in per.items() if p in present),
        total=labour_total + parts_total,
        customer_pays=customer[0] + customer[1],
        discount=discount,
    )


@dataclass(frozen=True)
class LabourLineRow:
    id: int
    code: str
    name: str
    hours: Decimal
    rate_fen: int
    amount_fen: int
    """After the discount."""
    pay_type: str
    discount_bp: int = 0
    """Discount in hundredths of a percent (1000 = 10 %)."""
    team_id: int | None = None
    team: str = ""
    technician_id: int | None = None
    technician: str = ""
    clock_state: str = "not_started"
    additional_work_id: int | None = None


@dataclass(frozen=True)
class PartLineRow:
    id: int
    part_number: str
    name: str
    quantity: Decimal
    unit_price_fen: int
    amount_fen: int
    """After the discount."""
    pay_type: str
    discount_bp: int = 0
    additional_work_id: int | None = None


@dataclass(frozen=True)
class StatusChangeRow:
    at_local: str
    from_status: str | None
    to_status: str
    staff: str
    reason: str


@dataclass(frozen=True)
class PaymentRow:
    method: str
    amount_fen: int
    reference: str
    at_local: str
    staff: str


@dataclass(frozen=True)
class OrderDetail:
    """One repair order as the editor and the settlement screen show it."""

    number: str
    status: str
    version: int
    customer_id: int
    customer: str
    phone: str
    vehicle_id: int
    plate: str
    vin: str
    model: str
    advisor_id: int
    advisor: str
    appointment: str
    opened_at: dt.datetime
    opened_local: str
    promised_at: dt.datetime | None
    promised_local: str
    mileage: int
    complaint: str
    cancel_reason: str
    labour_lines: tuple[LabourLineRow, ...]
    part_lines: tuple[PartLineRow, ...]
    totals: Totals
    customer_pays_in_capitals: str
    payments: tuple[PaymentRow, ...]
    history: tuple[StatusChangeRow, ...]
    exit_pass: str
    """Number of the valid (unused) or used exit pass; empty when none was issued."""
    allowed_moves: tuple[str, ...]
    """Statuses a person may move this order to by hand."""
    editable: bool
    """Lines and details may be changed: the status allows it and the signed-in person has 接车 rights."""
    team: str = ""
    """The team the order as a whole was dispatched to (the board's dispatch)."""
    payment_intent: str = ""
    """Code name from PaymentMethod, or empty."""
    old_parts: str = ""
    """Code name from OldParts, or empty."""
    extra_work_consent: bool = True
    callback_phone: str = ""
    """The number to call about extra work; the customer's mobile when none was given."""
    repeat_of: str = ""
    """Number of the earlier order this visit repeats (返修), or empty."""


@dataclass(frozen=True)
class OrderRow:
    """One line of an order list (the board, the command line)."""

    number: str
    status: str
    plate: str
    vin: str
    model: str
    customer: str
    advisor: str
    opened_at: dt.datetime
    promised_at: dt.datetime | None
    total_fen: int
    customer_pays_fen: int
    opened_local: str
    promised_local: str
    """``2026-11-23 16:30`` in shop time; empty when no time was promised."""


# --- reading ---------------------------------------------------------------------------------


def get_order(session: Session, number: str) -> RepairOrder:
    order = session.scalar(
        select(RepairOrder)
        .where(RepairOrder.number == number.strip().upper())
        .options(
            selectinload(RepairOrder.labour_lines), selectinload(RepairOrder.part_lines),
            joinedload(RepairOrder.customer), joinedload(RepairOrder.vehicle), joinedload(RepairOrder.advisor),
        )
    )
    if order is None:
        raise NotFound("找不到委托书 {number}。", number=number.strip())
    return order


def order_totals(order: RepairOrder) -> Totals:
    return compute_totals(
        ((line.amount_fen, line.pay_type, _gross(line.rate_fen, line.hours_centi, 2)) for line in order.labour_lines),
        ((line.amount_fen, line.pay_type, _gross(line.unit_price_fen, line.quantity_milli, 3))
         for line in order.part_lines),
    )


def order_detail(session: Session, number: str) -> OrderDetail:
    return detail_of(session, get_order(session, number))


def staff_names(session: Session) -> dict[int, str]:
    """Every person's name by id (a few dozen rows), for the names on an order."""
    return dict(session.execute(select(Staff.id, Staff.name)).all())


def detail_of(session: Session, order: RepairOrder, staff: dict[int, str] | None = None) -> OrderDetail:
    """:func:`order_detail` of an order loaded by :func:`get_order`; ``staff`` names when already read."""
    totals = order_totals(order)
    payments = session.scalars(select(Payment).where(Payment.order_id == order.id).order_by(Payment.id))
    history = session.scalars(
        select(StatusChange).where(StatusChange.order_id == order.id).order_by(StatusChange.id)
    )
    exit_pass = session.scalar(
        select(ExitPass.number).where(ExitPass.order_id == order.id).order_by(ExitPass.id.desc()).limit(1)
    )
    names = staff if staff is not None else staff_names(session)
    team_names = dict(session.execute(select(Team.id, Team.name)).all())
    repeat_of = session.get(RepairOrder, order.repeat_of_id) if order.repeat_of_id else None
    return OrderDetail(
        number=order.number,
        status=order.status,
        version=order.version,
        customer_id=order.customer_id,
        customer=order.customer.name,
        phone=privacy.phone_for_card(session, order.customer.phone),
        vehicle_id=order.vehicle_id,
        plate=display_plate(order.vehicle.plate),
        vin=order.vehicle.vin,
        model=order.vehicle.model,
        advisor_id=order.advisor_id,
        advisor=order.advisor.name,
        appointment=order.appointment.number if order.appointment else "",
        opened_at=order.opened_at,
        opened_local=format_local(session, order.opened_at),
        promised_at=order.promised_at,
        promised_local=format_local(session, order.promised_at),
        mileage=order.mileage,
        complaint=order.complaint,
        cancel_reason=order.cancel_reason,
        labour_lines=tuple(
            LabourLineRow(
                id=l.id, code=l.code, name=l.name, hours=Decimal(l.hours_centi) / 100,
                rate_fen=l.rate_fen, amount_fen=l.amount_fen, pay_type=l.pay_type, discount_bp=l.discount_bp,
                team_id=l.team_id, team=team_names.get(l.team_id, ""), technician_id=l.technician_id,
                technician=names.get(l.technician_id, ""), clock_state=l.clock_state,
                additional_work_id=l.additional_work_id,
            )
            for l in order.labour_lines
        ),
        part_lines=tuple(
            PartLineRow(
                id=p.id, part_number=p.part_number, name=p.name, quantity=Decimal(p.quantity_milli) / 1000,
                unit_price_fen=p.unit_price_fen, amount_fen=p.amount_fen, pay_type=p.pay_type,
                discount_bp=p.discount_bp, additional_work_id=p.additional_work_id,
            )
            for p in order.part_lines
        ),
        totals=totals,
        customer_pays_in_capitals=amount_in_capitals(totals.customer_pays),
        payments=tuple(
            PaymentRow(
                method=p.method, amount_fen=p.amount_fen, reference=p.reference,
                at_local=format_local(session, p.at), staff=names.get(p.staff_id, ""),
            )
            for p in payments
        ),
        history=tuple(
            StatusChangeRow(
                at_local=format_local(session, h.at), from_status=h.from_status, to_status=h.to_status,
                staff=names.get(h.staff_id, ""), reason=h.reason,
            )
            for h in history
        ),
        exit_pass=exit_pass or "",
        allowed_moves=tuple(s.value for s in workflow.allowed_moves(OrderStatus(order.status))),
        editable=OrderStatus(order.status) in workflow.EDITABLE and may(session, Permission.RECEPTION),
        team=team_names.get(order.team_id, ""),
        payment_intent=order.payment_intent,
        old_parts=order.old_parts,
        extra_work_consent=order.extra_work_consent,
        callback_phone=privacy.phone_for_card(session, order.callback_phone or order.customer.phone),
        repeat_of=repeat_of.number if repeat_of else "",
    )


def list_orders(
    session: Session, *, statuses: Collection[str] | None = None, limit: int | None = None,
    numbers: Collection[str] | None = None,
) -> list[OrderRow]:
    """Orders with their totals, newest first; only the given statuses, or numbers, when named."""
    labour = (
        select(LabourLine.order_id.label("order_id"), LabourLine.amount_fen.label("amount"), LabourLine.pay_type.label("pay_type"))
    )
    parts = select(PartLine.order_id, PartLine.amount_fen, PartLine.pay_type)
    if numbers is not None:
        # Sum only these orders' lines: the totals of ten years of orders are millions of lines.
        wanted = select(RepairOrder.id).where(RepairOrder.number.in_(list(numbers)))
        labour = labour.where(LabourLine.order_id.in_(wanted))
        parts = parts.where(PartLine.order_id.in_(wanted))
    lines = labour.union_all(parts).subquery()
    sums = (
        select(
            lines.c.order_id,
            func.sum(lines.c.amount).label("total"),
            func.sum(case((lines.c.pay_type == PayType.CUSTOMER.value, lines.c.amount), else_=0)).label(
                "customer_pays"
            ),
        )
        .group_by(lines.c.order_id)
        .subquery()
    )
    query = (
        select(
            RepairOrder.number, RepairOrder.status, Vehicle.plate, Vehicle.vin, Vehicle.model,
            Customer.name, Staff.name, RepairOrder.opened_at, RepairOrder.promised_at,
            func.coalesce(sums.c.total, 0), func.coalesce(sums.c.customer_pays, 0),
        )
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .join(Customer, Customer.id == RepairOrder.customer_id)
        .join(Staff, Staff.id == RepairOrder.advisor_id)
        .outerjoin(sums, sums.c.order_id == RepairOrder.id)
        .order_by(RepairOrder.opened_at.desc(), RepairOrder.number.desc())
    )
    if statuses is not None:
        query = query.where(RepairOrder.status.in_(list(statuses)))
    if numbers is not None:
        query = query.where(RepairOrder.number.in_(list(numbers)))
    if limit is not None:
        query = query.limit(limit)
    return [
        OrderRow(
            number=n, status=st, plate=display_plate(pl), vin=vin, model=model, customer=cust,
            advisor=adv, opened_at=opened, promised_at=promised, total_fen=int(total),
            customer_pays_fen=int(cpays), opened_local=format_local(session, opened),
            promised_local=format_local(session, promised),
        )
        for n, st, pl, vin, model, cust, adv, opened, promised, total, cpays in session.execute(query)
    ]


# --- writing ---------------------------------------------------------------------------------


@requires(Permission.RECEPTION)
def open_order(
    session: Session,
    *,
    vehicle_id: int,
    advisor_id: int,
    mileage: int | str,
    complaint: str,
    promised_at: dt.datetime | None = None,
    appointment_number: str | None = None,
    mileage_reason: str = "",
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> OrderDetail:
    """Open a repair order for a car that has arrived, from its appointment or as a walk-in."""
    now = now or utc_now()
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，请先搜索或登记车辆。")
    advisor = session.get(Staff, advisor_id)
    if advisor is None or not advisor.active:
        raise ValidationError("请选择负责的服务顾问。", field="advisor")
    km = check_mileage(mileage, vehicle.last_mileage, mileage_reason)
    if not complaint.strip():
        raise ValidationError("请记录客户描述的故障或要求（故障描述）。", field="complaint")
    if promised_at is not None and promised_at <= now:
        raise ValidationError("预计交车时间必须晚于现在。", field="promised_at")
    appointment = None
    if appointment_number:
        appointment = session.scalar(select(Appointment).where(Appointment.number == appointment_number))
        if appointment is None:
            raise NotFound("找不到预约 {number}。", number=appointment_number)
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise ValidationError(
                "预约 {number} 当前为「{status}」，不能再开委托书。", number=appointment.number,
                status=AppointmentStatus(appointment.status).chinese,
            )
        if appointment.vehicle_id != vehicle.id:
            raise ValidationError("预约 {number} 是另一辆车的。", number=appointment.number)
    still_open = session.scalar(
        select(RepairOrder.number).where(
            RepairOrder.vehicle_id == vehicle.id,
            RepairOrder.status.in_([s.value for s in workflow.EDITABLE]),
        )
    )
    if still_open and "second_open_order" not in confirmed:
        raise NeedsConfirmation(
            "这辆车还有未完工的委托书 {number}。确定要再开一张吗？", key="second_open_order", number=still_open
        )
    order = RepairOrder(
        number=next_number(session, "repair_order", now),
        customer_id=vehicle.customer_id,
        vehicle_id=vehicle.id,
        advisor_id=advisor.id,
        appointment_id=appointment.id if appointment else None,
        status=OrderStatus.OPEN.value,
        opened_at=now,
        promised_at=promised_at,
        mileage=km,
        mileage_reason=mileage_reason.strip(),
        complaint=complaint.strip(),
        updated_by_id=staff_id,
        repeat_of_id=repeats.find_repeat_of(session, vehicle.id, complaint, now),  # 返修: same fault within 30 days
    )
    order.status_changes.append(StatusChange(from_status=None, to_status=OrderStatus.OPEN.value, at=now, staff_id=staff_id))
    session.add(order)
    if vehicle.last_mileage is None or km > vehicle.last_mileage:
        vehicle.last_mileage = km
    if appointment is not None:
        appointment.status = AppointmentStatus.ARRIVED.value
        appointment.updated_by_id = staff_id
        changes.note(session, appointment=appointment.number)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


def default_promise(session: Session, now: dt.datetime | None = None) -> dt.datetime:
    """The first promised time offered at intake, before the order has lines.

    The same arithmetic as every computed promise (:func:`desk.services.promise.compute_promise`):
    the workshop's queue, at least two hours of work, the quality-check buffer, in opening hours,
    up to the quarter hour.
    """
    from desk.services.promise import compute_promise

    return compute_promise(session, None, now=now).at


def editable_order(session: Session, number: str, expected_version: int | None) -> RepairOrder:
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    workflow.require_editable(order)
    return order


def _pay_type(value: str) -> str:
    try:
        return PayType(value).value
    except ValueError:
        raise ValidationError("付费类型只能是自费、保修、保险或内部。", field="pay_type") from None


def labour_rate_for(session: Session, pay_type: str) -> int:
    """The shop's labour rate per hour for a pay type, in fen (the customer rate when none is set)."""
    from desk.services.shop import settings_row

    row = settings_row(session)
    special = {
        PayType.WARRANTY.value: row.warranty_rate_fen,
        PayType.INSURANCE.value: row.insurance_rate_fen,
        PayType.INTERNAL.value: row.internal_rate_fen,
    }.get(pay_type)
    return row.labour_rate_fen if special is None else special


MAX_DISCOUNT_BP = 10_000
"""100 %: the line is free."""

_DISCOUNT_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def parse_discount(text: str | Decimal | int | None, *, field: str = "discount") -> int:
    """A discount as typed — ``"10"``, ``"12.5"``, ``"10%"``; empty for none — in hundredths of a
    percent (``"12.5"`` → 1250). The number is the share taken off: 10 is 10 % off, 100 is free."""
    if text is None:
        return 0
    if isinstance(text, (bool, float)):
        raise TypeError(f"discount must be str, int or Decimal (got {type(text).__name__})")
    raw = unicodedata.normalize("NFKC", str(text)).strip()
    cleaned = raw.removesuffix("%").strip()
    if not cleaned:
        return 0
    if not _DISCOUNT_TEXT.fullmatch(cleaned):
        raise ValidationError(
            "折扣“{text}”不是数字：请填写减免的百分比，如 10 表示减 10%，100 表示免费。", field=field, text=raw,
        )
    value = Decimal(cleaned)
    if value < 0:
        raise ValidationError("折扣不能是负数，现在是 {text}。请填写 0 到 100 之间的百分比。", field=field, text=raw)
    if value > 100:
        raise ValidationError("折扣最多 100%（免费），现在是 {text}。请填写 0 到 100 之间的百分比。", field=field, text=raw)
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError("折扣最多两位小数（如 12.25），现在是 {text}。", field=field, text=raw)
    return int(value * 100)


def line_amount(unit_fen: int, quantity: Decimal | int | str, discount_bp: int = 0) -> int:
    """What a line comes to: unit price × hours or quantity, rounded half-up to the fen (the gross
    amount), less ``discount_bp`` hundredths of a percent of it, again rounded half-up to the fen.

    Every line amount — typed, edited, from a package — is computed here.
    """
    return apply_discount(multiply(unit_fen, quantity), Decimal(discount_bp) / 100)


def _allowed_discount(session: Session, text: str | None, staff_id: int | None, *, what: str) -> int:
    """The discount typed, once the role of ``staff_id`` may give it (:func:`desk.services.discounts.check_discount`)."""
    from desk.services.discounts import check_discount

    discount_bp = parse_discount(text)
    check_discount(session, staff_id, discount_bp, what=what)
    return discount_bp


def _gross(unit_fen: int, scaled_quantity: int, places: int) -> int:
    """A stored line's amount before its discount (hours in hundredths: ``places=2``; quantity: 3)."""
    return multiply(unit_fen, Decimal(scaled_quantity).scaleb(-places))


def _touch(order: RepairOrder, staff_id: int | None) -> None:
    """Count a change of lines as a change of the order, so its version moves."""
    order.updated_by_id = staff_id
    order.updated_at = utc_now()


@requires(Permission.RECEPTION)
def add_labour_line(
    session: Session, number: str, *, name: str, hours: Decimal | int | str, pay_type: str = "customer",
    code: str = "", rate: str | None = None, staff_id: int | None = None, expected_version: int | None = None,
    additional_work_id: int | None = None, discount: str | None = None,
) -> OrderDetail:
    """Add a labour operation; the rate defaults to the shop's labour rate for the pay type.

    ``additional_work_id`` marks a line that came from approved additional work (追加项目).
    ``discount`` is the percentage taken off (see :func:`parse_discount`).
    """
    order = editable_order(session, number, expected_version)
    if not name.strip():
        raise ValidationError("请填写工时项目名称。", field="name")
    hours_value = check_quantity(hours, field="hours", what="工时", maximum=MAX_HOURS, places=2)
    rate_fen = labour_rate_for(session, _pay_type(pay_type)) if rate in (None, "") else parse_yuan(rate, field="rate")
    discount_bp = _allowed_discount(session, discount, staff_id, what=f"工时“{name.strip()}”的折扣")
    order.labour_lines.append(
        LabourLine(
            code=code.strip().upper(), name=name.strip(), hours_centi=int(hours_value * 100),
            rate_fen=rate_fen, amount_fen=line_amount(rate_fen, hours_value, discount_bp), pay_type=_pay_type(pay_type),
            discount_bp=discount_bp,
            additional_work_id=additional_work_id,
        )
    )
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


@requires(Permission.RECEPTION)
def add_part_line(
    session: Session, number: str, *, name: str, quantity: Decimal | int | str, unit_price: str,
    pay_type: str = "customer", part_number: str = "", staff_id: int | None = None,
    expected_version: int | None = None, additional_work_id: int | None = None, discount: str | None = None,
) -> OrderDetail:
    """Add a part; ``discount`` is the percentage taken off (see :func:`parse_discount`)."""
    order = editable_order(session, number, expected_version)
    if not name.strip():
        raise ValidationError("请填写备件名称。", field="name")
    quantity_value = check_quantity(quantity, field="quantity", what="数量", maximum=MAX_QUANTITY, places=3)
    price_fen = parse_yuan(unit_price, field="unit_price")
    discount_bp = _allowed_discount(session, discount, staff_id, what=f"备件“{name.strip()}”的折扣")
    order.part_lines.append(
        PartLine(
            part_number=part_number.strip().upper(), name=name.strip(),
            quantity_milli=int(quantity_value * 1000), unit_price_fen=price_fen,
            amount_fen=line_amount(price_fen, quantity_value, discount_bp), pay_type=_pay_type(pay_type),
            discount_bp=discount_bp,
            additional_work_id=additional_work_id,
        )
    )
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


@requires(Permission.RECEPTION)
def remove_line(
    session: Session, number: str, *, kind: str, line_id: int, staff_id: int | None = None,
    expected_version: int | None = None,
) -> OrderDetail:
    """Remove a labour (``kind="labour"``) or parts (``kind="part"``) line."""
    order = editable_order(session, number, expected_version)
    lines: list = order.labour_lines if kind == "labour" else order.part_lines
    lines.remove(_find_line(order, kind, line_id))
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


def _find_line(order: RepairOrder, kind: str, line_id: int) -> LabourLine | PartLine:
    if kind not in ("labour", "part"):
        raise ValueError(f"kind must be 'labour' or 'part' (got {kind!r})")
    lines: list = order.labour_lines if kind == "labour" else order.part_lines
    for line in lines:
        if line.id == line_id:
            return line
    raise NotFound("这一行已被删除或不属于委托书 {number}。", number=order.number)


@requires(Permission.RECEPTION)
def update_line(
    session: Session, number: str, *, kind: str, line_id: int, hours: Decimal | str | None = None,
    quantity: Decimal | str | None = None, unit_price: str | None = None, pay_type: str | None = None,
    discount: str | None = None, staff_id: int | None = None, expected_version: int | None = None,
) -> OrderDetail:
    """Change a line in place: hours (labour) or quantity (parts), unit price, pay type, discount.

    What is left as None stays. A labour line charged at the standard rate of its pay type moves
    to the standard rate of the new pay type, unless a price is given too; a price set by hand stays.
    """
    order = editable_order(session, number, expected_version)
    line = _find_line(order, kind, line_id)
    new_pay = _pay_type(pay_type) if pay_type is not None else line.pay_type
    discount_bp = line.discount_bp
    if discount is not None and parse_discount(discount) != line.discount_bp:
        what = ("工时“{name}”的折扣" if kind == "labour" else "备件“{name}”的折扣").format(name=line.name)
        discount_bp = _allowed_discount(session, discount, staff_id, what=what)
    if isinstance(line, LabourLine):
        if quantity is not None:
            raise ValidationError("工时项目请修改工时，不是数量。", field="quantity")
        amount = (
            check_quantity(hours, field="hours", what="工时", maximum=MAX_HOURS, places=2)
            if hours is not None else Decimal(line.hours_centi) / 100
        )
        if unit_price is not None:
            price = parse_yuan(unit_price, field="rate")
        elif new_pay != line.pay_type and line.rate_fen == labour_rate_for(session, line.pay_type):
            price = labour_rate_for(session, new_pay)
        else:
            price = line.rate_fen
        line.hours_centi = int(amount * 100)
        line.rate_fen = price
    else:
        if hours is not None:
            raise ValidationError("备件请修改数量，不是工时。", field="hours")
        amount = (
            check_quantity(quantity, field="quantity", what="数量", maximum=MAX_QUANTITY, places=3)
            if quantity is not None else Decimal(line.quantity_milli) / 1000
        )
        price = parse_yuan(unit_price, field="unit_price") if unit_price is not None else line.unit_price_fen
        line.quantity_milli = int(amount * 1000)
        line.unit_price_fen = price
    line.pay_type = new_pay
    line.discount_bp = discount_bp
    line.amount_fen = line_amount(price, amount, discount_bp)
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


@requires(Permission.RECEPTION, Permission.TAKE_PAYMENT)
def set_line_discount(
    session: Session, number: str, *, kind: str, line_id: int, discount: str, staff_id: int | None = None,
    expected_version: int | None = None,
) -> OrderDetail:
    """Set the discount of one line (percentage taken off; empty or 0: none, 100: free).

    The cashier may do this at settlement too, within the cashier's own limit."""
    return update_line.__wrapped__(
        session, number, kind=kind, line_id=line_id, discount=discount, staff_id=staff_id,
        expected_version=expected_version,
    )


@requires(Permission.RECEPTION)
def update_intake(
    session: Session, number: str, *, payment_intent: str = "", old_parts: str = "",
    extra_work_consent: bool = True, callback_phone: str = "", staff_id: int | None = None,
    expected_version: int | None = None,
) -> OrderDetail:
    """What was agreed at intake: how the customer means to pay, what happens to the old parts,
    whether the customer may be called about extra work and on which number.

    ``payment_intent`` is a PaymentMethod code name and ``old_parts`` an OldParts one, empty for
    not asked. An empty ``callback_phone`` means the customer's own mobile.
    """
    order = editable_order(session, number, expected_version)
    if payment_intent and payment_intent not in {m.value for m in PaymentMethod}:
        raise ValidationError("付款方式只能是现金、银行卡、微信支付、支付宝或银行转账。", field="payment_intent")
    if old_parts and old_parts not in {o.value for o in OldParts}:
        raise ValidationError("旧件只能由客户带走或由本店处理。", field="old_parts")
    phone = ""
    # the number was shown masked to a person without PHONE_ON_CARD: sent back unchanged, it stays
    callback_phone = privacy.unmasked(callback_phone, order.callback_phone or order.customer.phone)
    if callback_phone.strip():
        try:
            phone = normalize_mobile(callback_phone)
        except ValidationError as error:
            # the same refusal as for the customer's phone, pointed at the callback number's field
            raise ValidationError(error.template, field="callback_phone", **error.params) from None
    elif extra_work_consent and not order.customer.phone:
        raise ValidationError(
            "客户同意增项来电，但客户资料里没有手机号：请填写联系电话。", field="callback_phone"
        )
    order.payment_intent = payment_intent
    order.old_parts = old_parts
    order.extra_work_consent = extra_work_consent
    order.callback_phone = "" if phone == order.customer.phone else phone
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


@requires(Permission.RECEPTION)
def change_promise(
    session: Session, number: str, *, promised_at: dt.datetime, reason: str = "", customer_told: bool = False,
    source: str = "manual", staff_id: int | None = None, expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> OrderDetail:
    """Promise another time. Unless it is the computed time, a reason is required; the change is
    recorded with the old, the new and the computed time (see :mod:`desk.services.promise`)."""
    order = editable_order(session, number, expected_version)
    _change_promise(session, order, promised_at, reason=reason, customer_told=customer_told, source=source,
                    staff_id=staff_id, now=now)
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


def _change_promise(
    session: Session, order: RepairOrder, promised_at: dt.datetime | None, *, reason: str, customer_told: bool,
    source: str, staff_id: int | None, now: dt.datetime | None,
) -> None:
    from desk.services.promise import compute_promise, same_as_computed

    now = now or utc_now()
    if promised_at == order.promised_at:
        return
    if promised_at is None:
        raise ValidationError("请填写预计交车时间。", field="promised_at")
    if promised_at <= now:
        raise ValidationError("预计交车时间必须晚于现在。", field="promised_at")
    computed = compute_promise(session, order.number, now=now)
    on_computed = same_as_computed(promised_at, computed.at)
    if not on_computed and not reason.strip():
        raise ValidationError(
            "预计交车时间与计算的 {computed} 不同，请填写改时原因。", field="promise_reason", computed=computed.local,
        )
    session.add(PromiseChange(
        order_id=order.id, at=now, staff_id=staff_id, old_promised_at=order.promised_at, new_promised_at=promised_at,
        computed_at=computed.at, source="computed" if on_computed and source == "manual" else source,
        reason=reason.strip(), customer_told=customer_told,
    ))
    order.promised_at = promised_at


@requires(Permission.RECEPTION)
def update_details(
    session: Session, number: str, *, complaint: str, promised_at: dt.datetime | None,
    promise_reason: str = "", customer_told: bool = False,
    staff_id: int | None = None, expected_version: int | None = None, now: dt.datetime | None = None,
) -> OrderDetail:
    """Save the complaint and the promised time; a new time goes through :func:`change_promise`'s rule."""
    order = editable_order(session, number, expected_version)
    if not complaint.strip():
        raise ValidationError("请记录客户描述的故障或要求（故障描述）。", field="complaint")
    order.complaint = complaint.strip()
    _change_promise(session, order, promised_at, reason=promise_reason, customer_told=customer_told,
                    source="manual", staff_id=staff_id, now=now)
    _touch(order, staff_id)
    session.flush()
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


@requires(Permission.VIEW_BOARD)
def move_status(
    session: Session, number: str, target: str, *, reason: str = "", staff_id: int | None = None,
    expected_version: int | None = None, now: dt.datetime | None = None,
) -> OrderDetail:
    """Move an order to another status by hand (the board, the editor)."""
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    try:
        target_status = OrderStatus(target)
    except ValueError:
        raise ValidationError("没有“{target}”这个状态。", target=target) from None
    if target_status == OrderStatus.CANCELLED:
        # Moving a job along is anyone's at the board; calling the whole order off is reception's.
        require(session, Permission.RECEPTION)
    workflow.apply_move(session, order, target_status, staff_id=staff_id, reason=reason, now=now)
    return order_detail(session, order.number)


def format_quantity(value: Decimal) -> str:
    """Hours or a quantity without trailing zeros: ``4.5``, ``1``, ``0.25``."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_discount(discount_bp: int) -> str:
    """A discount as printed and shown: ``"10%"``, ``"12.5%"``; empty for none."""
    if not discount_bp:
        return ""
    return format_quantity(Decimal(discount_bp) / 100) + "%"


def format_amount(fen: int) -> str:
    """Amounts in lists and JSON: ``"1234.50"``."""
    return format_yuan(fen)
