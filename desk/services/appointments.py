"""Booking appointments (预约) and the day's list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desk.models import Appointment, Staff, Vehicle
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus
from desk.services import changes
from desk.services.errors import NotFound, ValidationError
from desk.services.numbers import next_number
from desk.services.shop import day_bounds, format_local, local_to_utc, shop_info
from desk.services.validation import display_plate


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
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> AppointmentRow:
    """Book a reception slot for a car with an advisor."""
    now = now or utc_now()
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise NotFound("找不到这辆车，请先搜索或登记车辆。")
    advisor = session.get(Staff, advisor_id)
    if advisor is None or not advisor.active:
        raise ValidationError("请选择接待的服务顾问。", field="advisor")
    if source not in ("active", "passive"):
        raise ValidationError("预约来源只能是主动预约或被动预约。", field="source")
    shop = shop_info(session)
    if not (shop.opening_time <= time < shop.closing_time):
        raise ValidationError(
            "预约时间 {time} 不在营业时间 {open}–{close} 内。", field="time",
            time=time.strftime("%H:%M"), open=shop.opening_time.strftime("%H:%M"),
            close=shop.closing_time.strftime("%H:%M"),
        )
    slot = local_to_utc(session, day, time)
    if slot < now - dt.timedelta(minutes=1):
        raise ValidationError("预约时间已经过去了，请选择以后的时间。", field="time")
    taken = session.scalar(
        select(Appointment.number).where(
            Appointment.advisor_id == advisor_id,
            Appointment.slot_start == slot,
            Appointment.status == AppointmentStatus.BOOKED.value,
        )
    )
    if taken is not None:
        raise ValidationError(
            "{advisor} 在 {time} 已有预约 {number}，请换一个时间或换一位服务顾问。", field="time",
            advisor=advisor.name, time=time.strftime("%H:%M"), number=taken,
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
        updated_by_id=staff_id,
    )
    session.add(appointment)
    session.flush()
    changes.note(session, appointment=appointment.number)
    return _row(session, appointment)


def cancel(session: Session, number: str, *, reason: str, staff_id: int | None = None) -> AppointmentRow:
    appointment = get(session, number)
    if appointment.status != AppointmentStatus.BOOKED.value:
        raise ValidationError(
            "预约 {number} 当前为「{status}」，不能取消。", number=number,
            status=AppointmentStatus(appointment.status).chinese,
        )
    if not reason.strip():
        raise ValidationError("请填写取消原因。", field="reason")
    appointment.status = AppointmentStatus.CANCELLED.value
    appointment.notes = (appointment.notes + "\n取消原因：" + reason.strip()).strip()
    appointment.updated_by_id = staff_id
    session.flush()
    changes.note(session, appointment=number)
    return _row(session, appointment)


def get(session: Session, number: str) -> Appointment:
    appointment = session.scalar(select(Appointment).where(Appointment.number == number))
    if appointment is None:
        raise NotFound("找不到预约 {number}。", number=number)
    return appointment


def list_day(session: Session, day: dt.date) -> list[AppointmentRow]:
    """The appointments of one shop-local day, by time."""
    start, end = day_bounds(session, day)
    query = (
        select(Appointment)
        .where(Appointment.slot_start >= start, Appointment.slot_start < end)
        .options(joinedload(Appointment.customer), joinedload(Appointment.vehicle), joinedload(Appointment.advisor))
        .order_by(Appointment.slot_start, Appointment.number)
    )
    return [_row(session, a) for a in session.scalars(query)]


def row(session: Session, number: str) -> AppointmentRow:
    return _row(session, get(session, number))


def _row(session: Session, appointment: Appointment) -> AppointmentRow:
    return AppointmentRow(
        number=appointment.number,
        slot_start=appointment.slot_start,
        slot_local=format_local(session, appointment.slot_start),
        customer=appointment.customer.name,
        phone=appointment.customer.phone,
        plate=display_plate(appointment.vehicle.plate),
        model=appointment.vehicle.model,
        advisor=appointment.advisor.name,
        requested_work=appointment.requested_work,
        status=appointment.status,
        vehicle_id=appointment.vehicle_id,
        customer_id=appointment.customer_id,
        version=appointment.version,
    )


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


def reception_slots(session: Session) -> list[dt.time]:
    """Reception slots of a day: every 15 minutes from opening until closing."""
    shop = shop_info(session)
    slots: list[dt.time] = []
    current = dt.datetime.combine(dt.date(2000, 1, 1), shop.opening_time)
    end = dt.datetime.combine(dt.date(2000, 1, 1), shop.closing_time)
    while current < end:
        slots.append(current.time())
        current += dt.timedelta(minutes=SLOT_MINUTES)
    return slots
