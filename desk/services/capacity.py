"""Reception slots and workshop capacity: the two limits a booking must respect.

Reception slots: one customer per advisor per slot (15 minutes by default) from opening time;
after ``slots_before_buffer`` bookable slots one slot is kept free as a buffer for overruns and
walk-ins (opening 9:00, 15 min, 3 → 9:00 9:15 9:30 bookable, 9:45 buffer, 10:00 …). The pattern
is counted from opening time, so it is the same every day and for every advisor.

Workshop capacity of a day, in labour hours: every active team's members × the hours one
technician works, minus the unfinished work carried over (the estimated labour hours of orders
opened before that day and not yet through quality check), minus the estimated hours already
booked for that day. The arithmetic is :func:`compute_capacity`, a pure function.

Hours are kept in hundredths (``centi``) as integers, like the labour lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import Appointment, LabourLine, RepairOrder, Team
from desk.models.enums import AppointmentStatus, OrderStatus
from desk.services.errors import ValidationError
from desk.services.shop import day_bounds, settings_row

UNFINISHED = (
    OrderStatus.OPEN.value,
    OrderStatus.DISPATCHED.value,
    OrderStatus.IN_PROGRESS.value,
    OrderStatus.AWAITING_APPROVAL.value,
)
"""Order statuses whose estimated work still waits for the workshop."""

HOLDING = (AppointmentStatus.BOOKED.value, AppointmentStatus.ARRIVED.value)
"""Appointment statuses that hold their slot and their hours."""

MAX_ESTIMATE = Decimal("99")


@dataclass(frozen=True)
class BookingSettings:
    """The shop settings that shape the appointment book."""

    opening_time: dt.time
    closing_time: dt.time
    slot_minutes: int
    slots_before_buffer: int
    working_hours_centi: int
    privacy: str


def booking_settings(session: Session) -> BookingSettings:
    row = settings_row(session)
    return BookingSettings(
        opening_time=row.opening_time,
        closing_time=row.closing_time,
        slot_minutes=row.slot_minutes or 15,
        slots_before_buffer=row.slots_before_buffer,
        working_hours_centi=row.working_hours_centi,
        privacy=row.privacy,
    )


# --- reception slots -----------------------------------------------------------------------------


def slot_pattern(
    opening: dt.time, closing: dt.time, slot_minutes: int, slots_before_buffer: int
) -> list[tuple[dt.time, bool]]:
    """Every slot of a day from opening to closing as ``(start, is_buffer)``.

    After ``slots_before_buffer`` bookable slots comes one buffer slot; 0 means no buffer.
    A slot starts before closing time.
    """
    if slot_minutes <= 0:
        raise ValueError("slot_minutes must be positive")
    day = dt.date(2000, 1, 1)
    current = dt.datetime.combine(day, opening)
    end = dt.datetime.combine(day, closing)
    step = dt.timedelta(minutes=slot_minutes)
    result: list[tuple[dt.time, bool]] = []
    index = 0
    while current < end:
        buffer = slots_before_buffer > 0 and index % (slots_before_buffer + 1) == slots_before_buffer
        result.append((current.time(), buffer))
        current += step
        index += 1
    return result


def slot_kind(settings: BookingSettings, time: dt.time) -> str | None:
    """``"slot"`` or ``"buffer"`` for a slot start time; None for a time that is not a slot start."""
    for start, buffer in slot_pattern(
        settings.opening_time, settings.closing_time, settings.slot_minutes, settings.slots_before_buffer
    ):
        if start == time:
            return "buffer" if buffer else "slot"
    return None


# --- capacity --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Capacity:
    """One day's workshop capacity, in hundredths of labour hours."""

    day: dt.date
    total_centi: int
    """Members of active teams × working hours."""
    carried_over_centi: int
    """Estimated hours of unfinished orders opened before the day."""
    booked_centi: int
    """Estimated hours of the day's appointments that are booked or have arrived."""

    @property
    def used_centi(self) -> int:
        return self.carried_over_centi + self.booked_centi

    @property
    def left_centi(self) -> int:
        """What can still be booked; negative when the day is overbooked."""
        return self.total_centi - self.used_centi

    @property
    def percent_used(self) -> int:
        """Share of the capacity taken, in whole percent (100 when there is no capacity)."""
        if self.total_centi <= 0:
            return 100 if self.used_centi > 0 else 0
        return int((Decimal(self.used_centi) * 100 / self.total_centi).to_integral_value(ROUND_HALF_UP))

    def fits(self, extra_centi: int) -> bool:
        """Whether ``extra_centi`` more hours still fit into the day."""
        return extra_centi <= 0 or self.used_centi + extra_centi <= self.total_centi


def compute_capacity(
    day: dt.date,
    team_members: Iterable[int],
    working_hours_centi: int,
    carried_over_centi: int,
    booked_centi: int,
) -> Capacity:
    """The day's capacity from the active teams' member counts and the hours already spoken for."""
    total = sum(max(0, members) for members in team_members) * max(0, working_hours_centi)
    return Capacity(
        day=day, total_centi=total, carried_over_centi=max(0, carried_over_centi),
        booked_centi=max(0, booked_centi),
    )


def day_capacity(session: Session, day: dt.date, *, excluding: str | None = None) -> Capacity:
    """The workshop's capacity on ``day`` as the database has it now.

    ``excluding`` leaves one appointment's hours out (the one being changed).
    """
    settings = booking_settings(session)
    start, end = day_bounds(session, day)
    members = session.scalars(select(Team.members).where(Team.active.is_(True))).all()
    carried = session.scalar(
        select(func.coalesce(func.sum(LabourLine.hours_centi), 0))
        .join(RepairOrder, RepairOrder.id == LabourLine.order_id)
        .where(RepairOrder.status.in_(UNFINISHED), RepairOrder.opened_at < start)
    )
    booked_query = select(func.coalesce(func.sum(Appointment.estimated_hours_centi), 0)).where(
        Appointment.status.in_(HOLDING), Appointment.slot_start >= start, Appointment.slot_start < end,
    )
    if excluding is not None:
        booked_query = booked_query.where(Appointment.number != excluding)
    booked = session.scalar(booked_query)
    return compute_capacity(day, members, settings.working_hours_centi, int(carried or 0), int(booked or 0))


# --- hours as typed ------------------------------------------------------------------------------


def parse_hours(text: str | int | Decimal) -> int:
    """Estimated labour hours as typed (``"1.5"``, ``"2"``, empty for none) in hundredths."""
    if isinstance(text, float):
        raise TypeError("hours must not be float")
    raw = str(text).strip().replace("，", ".").replace(",", ".")
    if not raw:
        return 0
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            "预计工时应为数字，如 1.5（小时），现在是“{text}”。", field="estimated_hours", text=raw
        ) from None
    if not value.is_finite() or value < 0:
        raise ValidationError("预计工时不能为负数。", field="estimated_hours")
    if value > MAX_ESTIMATE:
        raise ValidationError("预计工时 {hours} 小时太多了，请核对（最多 99 小时）。", field="estimated_hours", hours=raw)
    return int((value * 100).to_integral_value(ROUND_HALF_UP))


def format_hours(centi: int) -> str:
    """Hundredths of hours as shown: ``150`` → ``"1.5"``, ``200`` → ``"2"``, ``-75`` → ``"-0.75"``."""
    value = Decimal(centi) / 100
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
