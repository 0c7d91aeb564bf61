"""Reading the appointment book: slot grids per advisor and day, the confirmation list,
statistics (预约统计). Nothing here writes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import Appointment, AppointmentCall, RepairOrder, Staff
from desk.models.base import utc_now
from desk.models.enums import AppointmentStatus, Role
from desk.services import appointments
from desk.services.appointments import AppointmentRow
from desk.services.capacity import Capacity, booking_settings, day_capacity, slot_pattern
from desk.services.shop import day_bounds, format_local, local_day, local_to_utc, to_local


@dataclass(frozen=True)
class Slot:
    """One reception slot of one advisor on one day."""

    time: dt.time
    start: dt.datetime
    """UTC instant."""
    buffer: bool
    appointment: AppointmentRow | None
    """The booked, arrived or missed appointment in this slot; None when it is free."""

    @property
    def state(self) -> str:
        """``free``, ``buffer`` (free and kept back) or the appointment's status."""
        if self.appointment is not None:
            return self.appointment.status
        return "buffer" if self.buffer else "free"


@dataclass(frozen=True)
class AdvisorDay:
    advisor_id: int
    advisor: str
    day: dt.date
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class BookDay:
    """The appointment book of one day: each advisor's slots and the workshop capacity."""

    day: dt.date
    advisors: tuple[AdvisorDay, ...]
    capacity: Capacity
    cancelled: tuple[AppointmentRow, ...]
    """Appointments of the day that were called off (their slots are free again)."""


def advisors(session: Session) -> list[tuple[int, str]]:
    return [
        (i, n) for i, n in session.execute(
            select(Staff.id, Staff.name)
            .where(Staff.active.is_(True), Staff.role == Role.ADVISOR.value)
            .order_by(Staff.name)
        )
    ]


def book_days(
    session: Session, first: dt.date, days: int = 1, advisor_id: int | None = None
) -> list[BookDay]:
    """``days`` days of the book from ``first``: every advisor (or just one) with their slots."""
    settings = booking_settings(session)
    pattern = slot_pattern(
        settings.opening_time, settings.closing_time, settings.slot_minutes, settings.slots_before_buffer
    )
    people = [(i, n) for i, n in advisors(session) if advisor_id is None or i == advisor_id]
    if advisor_id is not None and not people:
        name = session.get(Staff, advisor_id)
        people = [(advisor_id, name.name if name else "")]
    last = first + dt.timedelta(days=days - 1)
    rows = appointments.list_days(session, first, last)
    holding: dict[tuple[int, dt.datetime], AppointmentRow] = {}
    cancelled: dict[dt.date, list[AppointmentRow]] = defaultdict(list)
    for row in rows:
        day = local_day(session, row.slot_start)
        if row.status == AppointmentStatus.CANCELLED.value:
            cancelled[day].append(row)
            continue
        key = (row.advisor_id, row.slot_start)
        # booked or arrived wins over an old no-show in the same slot
        if key not in holding or holding[key].status == AppointmentStatus.NO_SHOW.value:
            holding[key] = row
    result = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        grids = []
        for person_id, person in people:
            slots = []
            for time, buffer in pattern:
                start = local_to_utc(session, day, time)
                slots.append(Slot(time=time, start=start, buffer=buffer, appointment=holding.get((person_id, start))))
            grids.append(AdvisorDay(advisor_id=person_id, advisor=person, day=day, slots=tuple(slots)))
        result.append(BookDay(
            day=day, advisors=tuple(grids), capacity=day_capacity(session, day),
            cancelled=tuple(cancelled.get(day, ())),
        ))
    return result


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


# --- the confirmation list ---------------------------------------------------------------------


@dataclass(frozen=True)
class ConfirmationRow:
    appointment: AppointmentRow
    calls: int
    last_outcome: str
    """Code of the last call's outcome; empty when nobody has called yet."""
    last_call_local: str
    last_caller: str
    last_note: str


def confirmation_list(session: Session, day: dt.date | None = None, now: dt.datetime | None = None) -> list[ConfirmationRow]:
    """Every appointment still booked on ``day`` (default: tomorrow) with its calls so far."""
    if day is None:
        day = local_day(session, now or utc_now()) + dt.timedelta(days=1)
    rows = [r for r in appointments.list_day(session, day) if r.status == AppointmentStatus.BOOKED.value]
    if not rows:
        return []
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    calls: dict[str, list[AppointmentCall]] = defaultdict(list)
    for number, call in session.execute(
        select(Appointment.number, AppointmentCall)
        .join(Appointment, Appointment.id == AppointmentCall.appointment_id)
        .where(Appointment.number.in_([r.number for r in rows]))
        .order_by(AppointmentCall.at, AppointmentCall.id)
    ):
        calls[number].append(call)
    result = []
    for row in rows:
        made = calls.get(row.number, [])
        last = made[-1] if made else None
        result.append(ConfirmationRow(
            appointment=row, calls=len(made), last_outcome=last.outcome if last else "",
            last_call_local=format_local(session, last.at) if last else "",
            last_caller=names.get(last.staff_id, "") if last and last.staff_id else "",
            last_note=last.note if last else "",
        ))
    return result


# --- statistics ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatisticsRow:
    """预约统计 of one advisor, or of everyone (``advisor`` = ``合计``)."""

    advisor: str
    booked: int
    """Appointments made for a slot in the range, whatever became of them."""
    arrived: int
    no_show: int
    cancelled: int
    waiting: int
    """Still booked (the day has not ended yet)."""
    orders: int
    """Repair orders opened in the range."""
    orders_from_appointments: int

    @property
    def rate(self) -> Decimal | None:
        """预约率: orders opened from an appointment / all orders opened, in percent (one decimal);
        None when no order was opened."""
        if self.orders == 0:
            return None
        return (Decimal(self.orders_from_appointments) * 100 / self.orders).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    @property
    def rate_text(self) -> str:
        rate = self.rate
        return "—" if rate is None else f"{rate}%"


@dataclass(frozen=True)
class Statistics:
    first: dt.date
    last: dt.date
    advisors: tuple[StatisticsRow, ...]
    total: StatisticsRow


TOTAL = "合计"


def statistics(session: Session, first: dt.date, last: dt.date) -> Statistics:
    """Appointments whose slot falls from ``first`` to ``last`` (shop-local days, inclusive) by
    what became of them, and the share of the orders opened in those days that came by
    appointment (预约率), per advisor (the appointment's and the order's advisor) and in total."""
    if last < first:
        first, last = last, first
    start, _ = day_bounds(session, first)
    _, end = day_bounds(session, last)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for advisor_id, status, count in session.execute(
        select(Appointment.advisor_id, Appointment.status, func.count())
        .where(Appointment.slot_start >= start, Appointment.slot_start < end)
        .group_by(Appointment.advisor_id, Appointment.status)
    ):
        counts[advisor_id][status] += int(count)
    for advisor_id, by_appointment, count in session.execute(
        select(RepairOrder.advisor_id, RepairOrder.appointment_id.is_not(None), func.count())
        .where(RepairOrder.opened_at >= start, RepairOrder.opened_at < end)
        .group_by(RepairOrder.advisor_id, RepairOrder.appointment_id.is_not(None))
    ):
        counts[advisor_id]["orders"] += int(count)
        if by_appointment:
            counts[advisor_id]["orders_from_appointments"] += int(count)

    def make(name: str, c: dict[str, int]) -> StatisticsRow:
        statuses = [s.value for s in AppointmentStatus]
        return StatisticsRow(
            advisor=name, booked=sum(c.get(s, 0) for s in statuses),
            arrived=c.get(AppointmentStatus.ARRIVED.value, 0), no_show=c.get(AppointmentStatus.NO_SHOW.value, 0),
            cancelled=c.get(AppointmentStatus.CANCELLED.value, 0), waiting=c.get(AppointmentStatus.BOOKED.value, 0),
            orders=c.get("orders", 0), orders_from_appointments=c.get("orders_from_appointments", 0),
        )

    rows = sorted((make(names.get(i, str(i)), c) for i, c in counts.items()), key=lambda r: r.advisor)
    total: dict[str, int] = defaultdict(int)
    for c in counts.values():
        for key, value in c.items():
            total[key] += value
    return Statistics(first=first, last=last, advisors=tuple(rows), total=make(TOTAL, total))


def slot_local_iso(session: Session, row: AppointmentRow) -> str:
    """The slot as ISO 8601 in shop time with its offset, e.g. ``2026-11-23T09:30:00+08:00``."""
    return to_local(session, row.slot_start).isoformat()
