"""Booking appointments (预约): book, change, cancel, confirmation calls, no-shows, arrival.

Every write checks the two limits of :mod:`desk.services.capacity`:

- a buffer slot is booked only on purpose (``NeedsConfirmation`` key ``buffer_slot``; who did it
  is kept in ``buffer_override_by_id``);
- a booking past the day's workshop capacity is refused unless the service manager confirms it
  (key ``over_capacity``; kept in ``capacity_override_by_id``). Anyone else is told that only the
  service manager may book past capacity.

Reading the book (day and week grids, the confirmation list, statistics) is in
:mod:`desk.services.appointment_book`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from desk.models import Appointment, AppointmentCall, RepairOrder, Staff, Vehicle
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus, OrderStatus, PayType
from desk.services import changes, orders, privacy
from desk.services.capacity import (
    HOLDING,
    booking_settings,
    day_capacity,
    format_hours,
    parse_hours,
    slot_kind,
    slot_pattern,
)
from desk.services.concurrency import check_version
from desk.services.errors import NeedsConfirmation, NotFound, ValidationError
from desk.services.numbers import next_number
from desk.services.shop import day_bounds, format_local, local_day, local_to_utc, to_local
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires, staff_may

PAY_TYPE_INTENTS = (PayType.CUSTOMER.value, PayType.WARRANTY.value, PayType.INSURANCE.value)
SOURCES = {"active": "主动预约", "passive": "被动预约"}
CALL_OUTCOMES = {
    "confirmed": "已确认",
    "moved": "改约",
    "cancelled": "取消",
    "not_reached": "未联系上",
}
"""Outcomes of a confirmation call with their Chinese names."""


@dataclass(frozen=True)
class AppointmentRow:
    number: str
    slot_start: dt.datetime
    """UTC instant."""
    slot_local: str
    """``2026-11-23 09:30`` in shop time."""
    customer: str
    phone: str
    plate: str
    model: str
    advisor: str
    requested_work: str
    status: str
    vehicle_id: int
    customer_id: int
    version: int
    advisor_id: int = 0
    pay_type_intent: str = "customer"
    source: str = "passive"
    estimated_hours: str = "0"
    """Estimated labour hours as shown, e.g. ``"1.5"``."""
    notes: str = ""
    gender: str = ""
    is_company: bool = False
    buffer_override: bool = False
    capacity_override: bool = False


# --- reading -----------------------------------------------------------------------------------


def get(session: Session, number: str) -> Appointment:
    appointment = session.scalar(select(Appointment).where(Appointment.number == number.strip().upper()))
    if appointment is None:
        raise NotFound("找不到预约 {number}。", number=number.strip())
    return appointment


def row(session: Session, number: str) -> AppointmentRow:
    """One appointment, as its detail shows it: the phone as on the customer's card (the advisor
    confirming the booking by phone sees it; in the day's lists it is masked for them)."""
    return _row(session, get(session, number), card=True)


def _row(session: Session, appointment: Appointment, *, card: bool = False) -> AppointmentRow:
    shown = privacy.phone_for_card if card else privacy.phone_for_list
    return AppointmentRow(
        number=appointment.number,
        slot_start=appointment.slot_start,
        slot_local=format_local(session, appointment.slot_start),
        customer=appointment.customer.name,
        phone=shown(session, appointment.customer.phone),
        plate=display_plate(appointment.vehicle.plate),
        model=appointment.vehicle.model,
        advisor=appointment.advisor.name,
        requested_work=appointment.requested_work,
        status=appointment.status,
        vehicle_id=appointment.vehicle_id,
        customer_id=appointment.customer_id,
        version=appointment.version,
        advisor_id=appointment.advisor_id,
        pay_type_intent=appointment.pay_type_intent,
        source=appointment.source,
        estimated_hours=format_hours(appointment.estimated_hours_centi),
        notes=appointment.notes,
        gender=appointment.customer.gender,
        is_company=appointment.customer.is_company,
        buffer_override=appointment.buffer_override_by_id is not None,
        capacity_override=appointment.capacity_override_by_id is not None,
    )


def _day_query(session: Session, start_day: dt.date, end_day: dt.date):  # type: ignore[no-untyped-def]
    start, _ = day_bounds(session, start_day)
    _, end = day_bounds(session, end_day)
    return (
        select(Appointment)
        .where(Appointment.slot_start >= start, Appointment.slot_start < end)
        .options(joinedload(Appointment.customer), joinedload(Appointment.vehicle), joinedload(Appointment.advisor))
        .order_by(Appointment.slot_start, Appointment.number)
    )


def list_day(session: Session, day: dt.date) -> list[AppointmentRow]:
    """The appointments of one shop-local day, by time."""
    return [_row(session, a) for a in session.scalars(_day_query(session, day, day))]


def list_days(session: Session, first: dt.date, last: dt.date) -> list[AppointmentRow]:
    """The appointments from ``first`` to ``last`` (both shop-local days, inclusive), by time."""
    return [_row(session, a) for a in session.scalars(_day_query(session, first, last))]


def upcoming_for_vehicle(session: Session, vehicle_id: int, from_day: dt.date) -> list[AppointmentRow]:
    """The car's appointments from ``from_day`` on that still wait for it, earliest first.

    A car that comes a day early is received on its appointment, so it does not turn into a
    no-show later.
    """
    start, _end = day_bounds(session, from_day)
    query = (
        select(Appointment)
        .where(
            Appointment.vehicle_id == vehicle_id,
            Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.slot_start >= start,
        )
        .order_by(Appointment.slot_start)
    )
    return [_row(session, a) for a in session.scalars(query)]


SLOT_MINUTES = 15
"""The default slot length; the shop's own is ``ShopSettings.slot_minutes``."""


def reception_slots(session: Session) -> list[dt.time]:
    """Start times of the day's reception slots, from opening until closing (buffers included)."""
    settings = booking_settings(session)
    return [
        start for start, _buffer in slot_pattern(
            settings.opening_time, settings.closing_time, settings.slot_minutes, settings.slots_before_buffer
        )
    ]


# --- the checks every booking passes -----------------------------------------------------------


def _check_booking(
    session: Session,
    *,
    vehicle: Vehicle,
    advisor_id: int,
    day: dt.date,
    time: dt.time,
    hours_centi: int,
    confirmed: Collection[str],
    staff_id: int | None,
    now: dt.datetime,
    current: Appointment | None = None,
) -> tuple[dt.datetime, Staff, bool, bool]:
    """The slot as a UTC instant, the advisor, and whether the buffer / capacity were overridden."""
    advisor = session.get(Staff, advisor_id) if advisor_id else None
    if advisor is None or not advisor.active:
        raise ValidationError("请选择接待的服务顾问。", field="advisor")
    settings = booking_settings(session)
    if not (settings.opening_time <= time < settings.closing_time):
        raise ValidationError(
            "预约时间 {time} 不在营业时间 {open}–{close} 内。", field="time",
            time=time.strftime("%H:%M"), open=settings.opening_time.strftime("%H:%M"),
            close=settings.closing_time.strftime("%H:%M"),
        )
    kind = slot_kind(settings, time)
    if kind is None:
        raise ValidationError(
            "预约时间 {time} 不是接待时段的开始。接待时段从 {open} 起每 {minutes} 分钟一个，请选择其中之一。",
            field="time", time=time.strftime("%H:%M"), open=settings.opening_time.strftime("%H:%M"),
            minutes=settings.slot_minutes,
        )
    slot = local_to_utc(session, day, time)
    same_slot = current is not None and current.slot_start == slot and current.advisor_id == advisor.id
    if slot < now - dt.timedelta(minutes=1) and not (current is not None and current.slot_start == slot):
        # a booking that keeps its (passed) slot may still be corrected, e.g. a note that they are late
        raise ValidationError("预约时间已经过去了，请选择以后的时间。", field="time")
    taken_query = select(Appointment.number, Vehicle.plate).join(Vehicle, Vehicle.id == Appointment.vehicle_id).where(
        Appointment.advisor_id == advisor.id,
        Appointment.slot_start == slot,
        Appointment.status.in_(HOLDING),
    )
    if current is not None:
        taken_query = taken_query.where(Appointment.id != current.id)
    taken = session.execute(taken_query.limit(1)).first()
    if taken is not None:
        raise ValidationError(
            "{advisor} 在 {time} 已有预约 {number}（{plate}），请换一个时间或换一位服务顾问。", field="time",
            advisor=advisor.name, time=time.strftime("%H:%M"), number=taken[0], plate=display_plate(taken[1]),
        )
    buffer_override = False
    if kind == "buffer":
        if same_slot and current is not None and current.buffer_override_by_id is not None:
            buffer_override = True
        elif "buffer_slot" not in confirmed:
            raise NeedsConfirmation(
                "{time} 是留给超时和临时到店客户的缓冲时段（每 {count} 个接待时段留 1 个）。确定要把预约排在缓冲时段吗？",
                key="buffer_slot", time=time.strftime("%H:%M"), count=settings.slots_before_buffer,
            )
        else:
            buffer_override = True
    capacity_override = False
    capacity = day_capacity(session, day, excluding=current.number if current is not None else None)
    already_allowed = (
        current is not None and current.capacity_override_by_id is not None
        and local_day(session, current.slot_start) == day and hours_centi <= current.estimated_hours_centi
    )
    if hours_centi > 0 and not capacity.fits(hours_centi) and not already_allowed:
        params = dict(
            day=day.isoformat(), left=format_hours(max(capacity.left_centi, 0)),
            total=format_hours(capacity.total_centi), hours=format_hours(hours_centi),
        )
        if not staff_may(session, staff_id, Permission.OVERRIDE_CAPACITY):
            raise ValidationError(
                "{day} 车间产能不够：全天 {total} 工时，还剩 {left} 工时，这个预约需要 {hours} 工时。"
                "只有服务经理可以超出产能预约；请改约其他日期，或请服务经理确认。",
                field="estimated_hours", **params,
            )
        if "over_capacity" not in confirmed:
            raise NeedsConfirmation(
                "{day} 车间产能不够：全天 {total} 工时，还剩 {left} 工时，这个预约需要 {hours} 工时。"
                "确定以服务经理身份超出产能预约吗？",
                key="over_capacity", **params,
            )
        capacity_override = True
    return slot, advisor, buffer_override, capacity_override


def _clean_choices(pay_type_intent: str, source: str) -> None:
    if pay_type_intent not in PAY_TYPE_INTENTS:
        raise ValidationError("付费类型只能是自费、保修或保险。", field="pay_type_intent")
    if source not in SOURCES:
        raise ValidationError("预约来源只能是主动预约或被动预约。", field="source")


# --- writing -------------------------------------------------------------------------------------


@requires(Permission.APPOINTMENTS)
def book(
    session: Session,
    *,
    vehicle_id: int,
    advisor_id: int,
    day: dt.date,
    time: dt.time,
    requested_work: str = "",
    source: str = "passive",
    notes: str = "",
    pay_type_intent: str = "customer",
    estimated_hours: str | int = "",
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """Book a reception slot for a car with an advisor."""
    now = now or utc_now()
    vehicle = session.get(Vehicle, vehicle_id) if vehicle_id else None
    if vehicle is None:
        raise NotFound("找不到这辆车，请先搜索或登记车辆。")
    _clean_choices(pay_type_intent, source)
    hours = parse_hours(estimated_hours)
    slot, advisor, buffer_override, capacity_override = _check_booking(
        session, vehicle=vehicle, advisor_id=advisor_id, day=day, time=time, hours_centi=hours,
        confirmed=confirmed, staff_id=staff_id, now=now,
    )
    appointment = Appointment(
        number=next_number(session, "appointment", now),
        customer_id=vehicle.customer_id,
        vehicle_id=vehicle.id,
        advisor_id=advisor.id,
        slot_start=slot,
        requested_work=requested_work.strip(),
        source=source,
        notes=notes.strip(),
        status=AppointmentStatus.BOOKED.value,
        pay_type_intent=pay_type_intent,
        estimated_hours_centi=hours,
        buffer_override_by_id=(staff_id or advisor.id) if buffer_override else None,
        capacity_override_by_id=staff_id if capacity_override else None,
        updated_by_id=staff_id,
    )
    session.add(appointment)
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment, card=True)


def _booked(session: Session, number: str, expected_version: int | None) -> Appointment:
    appointment = get(session, number)
    check_version(session, appointment, expected_version, f"预约 {appointment.number}")
    if appointment.status != AppointmentStatus.BOOKED.value:
        raise ValidationError(
            "预约 {number} 当前为「{status}」，不能再修改。", number=appointment.number,
            status=AppointmentStatus(appointment.status).chinese,
        )
    return appointment


@requires(Permission.APPOINTMENTS)
def modify(
    session: Session,
    number: str,
    *,
    advisor_id: int,
    day: dt.date,
    time: dt.time,
    requested_work: str,
    source: str,
    notes: str,
    pay_type_intent: str,
    estimated_hours: str | int,
    expected_version: int | None = None,
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """Change a booked appointment: its slot, advisor, work, hours and notes."""
    now = now or utc_now()
    appointment = _booked(session, number, expected_version)
    _clean_choices(pay_type_intent, source)
    hours = parse_hours(estimated_hours)
    slot, advisor, buffer_override, capacity_override = _check_booking(
        session, vehicle=appointment.vehicle, advisor_id=advisor_id, day=day, time=time, hours_centi=hours,
        confirmed=confirmed, staff_id=staff_id, now=now, current=appointment,
    )
    _apply_slot(appointment, slot, advisor.id, buffer_override, capacity_override, staff_id)
    appointment.requested_work = requested_work.strip()
    appointment.source = source
    appointment.notes = notes.strip()
    appointment.pay_type_intent = pay_type_intent
    appointment.estimated_hours_centi = hours
    appointment.updated_by_id = staff_id
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment, card=True)


def _apply_slot(
    appointment: Appointment, slot: dt.datetime, advisor_id: int, buffer_override: bool,
    capacity_override: bool, staff_id: int | None,
) -> None:
    appointment.slot_start = slot
    appointment.advisor_id = advisor_id
    if not buffer_override:
        appointment.buffer_override_by_id = None
    elif appointment.buffer_override_by_id is None:
        appointment.buffer_override_by_id = staff_id or advisor_id
    if capacity_override:
        appointment.capacity_override_by_id = staff_id
    # otherwise an earlier manager's allowance stays: it still covers the same day and hours


@requires(Permission.APPOINTMENTS)
def cancel(
    session: Session, number: str, *, reason: str, staff_id: int | None = None,
    expected_version: int | None = None,
) -> AppointmentRow:
    """Call off a booked appointment; the reason is kept in its notes."""
    appointment = get(session, number)
    check_version(session, appointment, expected_version, f"预约 {appointment.number}")
    if appointment.status != AppointmentStatus.BOOKED.value:
        raise ValidationError(
            "预约 {number} 当前为「{status}」，不能取消。", number=appointment.number,
            status=AppointmentStatus(appointment.status).chinese,
        )
    if not reason.strip():
        raise ValidationError("请填写取消原因。", field="reason")
    appointment.status = AppointmentStatus.CANCELLED.value
    appointment.notes = (appointment.notes + "\n取消原因：" + reason.strip()).strip()
    appointment.updated_by_id = staff_id
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment, card=True)


# --- confirmation calls ------------------------------------------------------------------------


@dataclass(frozen=True)
class CallRow:
    at: dt.datetime
    at_local: str
    outcome: str
    staff: str
    note: str


def calls(session: Session, number: str) -> list[CallRow]:
    appointment = get(session, number)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    return [
        CallRow(
            at=c.at, at_local=format_local(session, c.at), outcome=c.outcome,
            staff=names.get(c.staff_id, ""), note=c.note,
        )
        for c in appointment.calls
    ]


@requires(Permission.APPOINTMENTS)
def record_call(
    session: Session,
    number: str,
    outcome: str,
    *,
    note: str = "",
    new_day: dt.date | None = None,
    new_time: dt.time | None = None,
    new_advisor_id: int | None = None,
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """Record a confirmation call and act on its outcome.

    ``confirmed`` and ``not_reached`` leave the booking as it is; ``moved`` books the
    appointment into the new slot (``new_day``/``new_time``, optionally another advisor) with the
    usual checks; ``cancelled`` calls it off with the call as the reason.
    """
    now = now or utc_now()
    if outcome not in CALL_OUTCOMES:
        raise ValidationError("请选择电话结果：已确认、改约、取消或未联系上。", field="outcome")
    appointment = _booked(session, number, None)
    if outcome == "moved":
        if new_day is None or new_time is None:
            raise ValidationError("改约请选择新的日期和时间。", field="time")
        slot, advisor, buffer_override, capacity_override = _check_booking(
            session, vehicle=appointment.vehicle, advisor_id=new_advisor_id or appointment.advisor_id,
            day=new_day, time=new_time, hours_centi=appointment.estimated_hours_centi,
            confirmed=confirmed, staff_id=staff_id, now=now, current=appointment,
        )
        old = format_local(session, appointment.slot_start)
        _apply_slot(appointment, slot, advisor.id, buffer_override, capacity_override, staff_id)
        moved = f"改约：由 {old} 改到 {format_local(session, slot)}"
        note = f"{moved}。{note.strip()}" if note.strip() else moved
    elif outcome == "cancelled":
        appointment.status = AppointmentStatus.CANCELLED.value
        reason = note.strip() or "确认电话中客户取消"
        appointment.notes = (appointment.notes + "\n取消原因：" + reason).strip()
    appointment.calls.append(AppointmentCall(at=now, outcome=outcome, staff_id=staff_id, note=note.strip()))
    appointment.updated_by_id = staff_id
    appointment.updated_at = now  # the call itself is a change: the version moves on for other PCs
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment, card=True)


# --- no-shows ----------------------------------------------------------------------------------


def mark_no_shows(session: Session, now: dt.datetime | None = None) -> list[str]:
    """Every appointment still booked whose shop-local day has ended becomes a no-show.

    Housekeeping by the clock rather than someone's decision, so it runs for whoever is signed in
    (marking one appointment a no-show by hand, :func:`mark_no_show`, needs the permission).

    Returns the numbers changed (none the second time: it is safe to call as often as liked).
    """
    now = now or utc_now()
    today_start, _ = day_bounds(session, local_day(session, now))
    late = session.scalars(
        select(Appointment)
        .where(Appointment.status == AppointmentStatus.BOOKED.value, Appointment.slot_start < today_start)
        .order_by(Appointment.slot_start)
    ).all()
    for appointment in late:
        appointment.status = AppointmentStatus.NO_SHOW.value
        appointment.notes = (appointment.notes + "\n到当天营业结束仍未到店，记为未到店。").strip()
    session.flush()
    for appointment in late:
        changes.note(session, appointment=appointment.number)
    return [a.number for a in late]


@requires(Permission.APPOINTMENTS)
def mark_no_show(
    session: Session, number: str, *, note: str = "", staff_id: int | None = None, now: dt.datetime | None = None,
) -> AppointmentRow:
    """Record by hand that the car of a booked appointment did not come (its slot has passed)."""
    now = now or utc_now()
    appointment = _booked(session, number, None)
    if appointment.slot_start > now:
        raise ValidationError(
            "预约 {number} 的时间 {time} 还没到，不能记为未到店。", number=appointment.number,
            time=format_local(session, appointment.slot_start, "%H:%M"),
        )
    appointment.status = AppointmentStatus.NO_SHOW.value
    appointment.notes = (appointment.notes + "\n未到店" + (f"：{note.strip()}" if note.strip() else "")).strip()
    appointment.updated_by_id = staff_id
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment, card=True)


# --- arrival -----------------------------------------------------------------------------------


def arrival_complaint(row: AppointmentRow) -> str:
    """The complaint an order opened from the appointment starts with: the requested work, then
    what the booking said about paying and the booking's notes."""
    lines = [row.requested_work.strip()] if row.requested_work.strip() else []
    if row.pay_type_intent != PayType.CUSTOMER.value:
        lines.append(f"预约时客户要求：{PayType(row.pay_type_intent).chinese}")
    if row.notes.strip():
        lines.append(f"预约备注：{row.notes.strip()}")
    return "\n".join(lines)


@requires(Permission.RECEPTION)
def arrive(
    session: Session,
    number: str,
    *,
    mileage: int | str,
    mileage_reason: str = "",
    complaint: str | None = None,
    promised_at: dt.datetime | None = None,
    advisor_id: int | None = None,
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> orders.OrderDetail:
    """The car of the appointment has come: open its repair order in one step.

    Car, customer and advisor come from the appointment, the complaint from the requested work
    (see :func:`arrival_complaint`) unless one is given; the mileage is read at the car.
    """
    current = row(session, number)
    text = complaint if complaint is not None and complaint.strip() else arrival_complaint(current)
    return orders.open_order(
        session, vehicle_id=current.vehicle_id, advisor_id=advisor_id or current.advisor_id, mileage=mileage,
        complaint=text, promised_at=promised_at, appointment_number=current.number,
        mileage_reason=mileage_reason, confirmed=confirmed, staff_id=staff_id, now=now,
    )


# --- what the shop knows about the car ---------------------------------------------------------


@dataclass(frozen=True)
class Notice:
    """One thing worth knowing while booking the car; ``kind`` names where it comes from."""

    kind: str
    """``open_order``, ``booked``, ``no_show`` (and later ``declined_work``, ``maintenance_due``)."""
    text: str
    number: str = ""
    """The order or appointment the notice is about, when it is about one."""


@dataclass(frozen=True)
class CarHistory:
    vehicle_id: int
    plate: str
    customer: str
    phone: str
    model: str
    notices: tuple[Notice, ...]
    no_shows: int


def _open_orders(session: Session, vehicle_id: int, now: dt.datetime) -> list[Notice]:
    finished = (OrderStatus.SETTLED.value, OrderStatus.RELEASED.value, OrderStatus.CANCELLED.value)
    found = session.execute(
        select(RepairOrder.number, RepairOrder.status, RepairOrder.opened_at)
        .where(RepairOrder.vehicle_id == vehicle_id, RepairOrder.status.not_in(finished))
        .order_by(RepairOrder.opened_at)
    ).all()
    return [
        Notice("open_order", f"还有未完结的委托书 {n}（{OrderStatus(s).chinese}，{format_local(session, at)} 开单）", n)
        for n, s, at in found
    ]


def _booked_already(session: Session, vehicle_id: int, now: dt.datetime) -> list[Notice]:
    return [
        Notice("booked", f"已有预约 {r.number}：{r.slot_local}，{r.advisor}，{r.requested_work or '未填项目'}", r.number)
        for r in upcoming_for_vehicle(session, vehicle_id, local_day(session, now))
    ]


def _missed(session: Session, vehicle_id: int, now: dt.datetime) -> list[Notice]:
    found = session.scalars(
        select(Appointment.slot_start)
        .where(Appointment.vehicle_id == vehicle_id, Appointment.status == AppointmentStatus.NO_SHOW.value)
        .order_by(Appointment.slot_start.desc())
    ).all()
    if not found:
        return []
    days = "、".join(format_local(session, at, "%Y-%m-%d") for at in found[:3])
    more = "等" if len(found) > 3 else ""
    return [Notice("no_show", f"以前有 {len(found)} 次预约未到店（{days}{more}），建议预约前一天电话确认")]


KNOWLEDGE = [_open_orders, _booked_already, _missed]
"""Where the notices while booking come from, in the order shown: each takes
``(session, vehicle_id, now)`` and returns notices.

Extension point: work the customer declined last time (追加项目 declined, kind ``declined_work``)
and maintenance due by date or mileage (kind ``maintenance_due``) do not exist in the data yet;
when they do, add one function each here. Nothing is made up until then.
"""


def car_history(
    session: Session, vehicle_id: int, now: dt.datetime | None = None, *, excluding: str | None = None
) -> CarHistory:
    """What the shop knows about the car while booking it; ``excluding`` leaves out the
    appointment being looked at."""
    now = now or utc_now()
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，请先搜索或登记车辆。")
    notices = tuple(
        notice for source in KNOWLEDGE for notice in source(session, vehicle_id, now)
        if excluding is None or notice.number != excluding
    )
    count = session.scalar(
        select(func.count()).select_from(Appointment).where(
            Appointment.vehicle_id == vehicle_id, Appointment.status == AppointmentStatus.NO_SHOW.value
        )
    )
    return CarHistory(
        vehicle_id=vehicle.id, plate=display_plate(vehicle.plate), customer=vehicle.customer.name,
        phone=privacy.phone_for_card(session, vehicle.customer.phone), model=vehicle.model, notices=notices, no_shows=int(count or 0),
    )


def local_slot(session: Session, row: AppointmentRow) -> tuple[dt.date, dt.time]:
    """The appointment's shop-local day and slot time."""
    local = to_local(session, row.slot_start)
    return local.date(), local.time().replace(tzinfo=None)
