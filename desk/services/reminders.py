"""Reminder calls and customer care (保养提醒、未做建议项目、客户关怀).

Three call lists for the follow-up clerk or the advisor, and what each call came to:

* **Maintenance due (保养提醒).** Each car's next service comes from its last settled visit: the
  next service date and mileage written on the settlement slip when they were recorded, else the
  visit's day and mileage plus the service package's interval (or the usual 6 months / 5,000 km,
  :func:`desk.services.settlement.default_next_service`). The mileage is turned into a day with
  the car's average daily mileage taken from its own visits (mileage difference over the days
  between the first and the last visit). With fewer than two usable readings — one visit, visits
  less than :data:`MIN_SPAN_DAYS` apart, or a reading that went down — the car is assumed to run
  :data:`DEFAULT_DAILY_KM` km a day, the figure an average private car in a Chinese city does
  (about 15,000 km a year). The car is due on the earlier of the two days.
* **Declined work (未做建议项目).** Work found on an earlier visit that the customer said no to and
  that no later order has taken up, to be offered again by phone.
* **Customer care (客户关怀).** Customers whose birthday, and cars whose purchase anniversary, falls
  on the day; a birthday on 29 February is greeted on 1 March in other years.

A car is left off the call lists while it is in the shop or has an appointment still to come, and
for :data:`QUIET_DAYS` days after a call where the customer booked or said it was not needed — a
call that did not get through, or "call me later", keeps the car on the list. Booking from the
list (主动预约) goes through :func:`desk.services.appointments.book` with the same slot rules as
the appointment book, and the call is recorded in the same unit of work.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session, selectinload

from desk.models import AdditionalWork, Appointment, Customer, LabourLine, RepairOrder, Settlement, Staff, Vehicle
from desk.models.aftercare import ReminderCall
from desk.models.base import utc_now
from desk.models.enums import AdditionalWorkStatus, AppointmentStatus, OrderStatus, ReminderKind, ReminderOutcome
from desk.services import additional_work, appointments, changes, privacy, settlement
from desk.services.appointments import AppointmentRow
from desk.services.customers import UNKNOWN_YEAR
from desk.services.errors import NotFound, ValidationError
from desk.services.shop import day_bounds, format_local, local_day, shop_zone
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires

DEFAULT_DAILY_KM = 40
"""Assumed kilometres a day for a car whose own visits do not tell (about 15,000 km a year)."""
MIN_SPAN_DAYS = 30
"""Visits closer together than this say too little about how far the car runs a day."""
OVERDUE_DAYS = 90
"""How long past its due day a car stays on the maintenance list; after that it is a lost customer
for another list, not a reminder."""
QUIET_DAYS = 30
"""Days a car stays off a call list after the customer booked or said it was not needed."""
DECLINED_DAYS = 365
"""Declined work older than this is not offered again by phone."""
NOTE_LIMIT = 500

_FINISHED = (OrderStatus.SETTLED.value, OrderStatus.RELEASED.value)
_GONE = (OrderStatus.RELEASED.value, OrderStatus.CANCELLED.value)
"""Orders in any other status have the car in the shop."""
_QUIETING = (ReminderOutcome.BOOKED.value, ReminderOutcome.NOT_NEEDED.value)
_CARE_KINDS = (ReminderKind.BIRTHDAY.value, ReminderKind.PURCHASE_ANNIVERSARY.value)
_CALL_KINDS = (ReminderKind.MAINTENANCE.value, ReminderKind.DECLINED_WORK.value)


# --- the arithmetic ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NextService:
    """When a car is next due for service and why."""

    last_visit: dt.date
    last_mileage: int
    next_date: dt.date
    next_km: int
    daily_km: int
    """Average kilometres a day, from the car's visits or :data:`DEFAULT_DAILY_KM`."""
    daily_km_measured: bool
    km_day: dt.date
    """The day the car is expected to reach ``next_km``."""
    due_on: dt.date
    reason: str
    """``"date"`` or ``"mileage"``: which of the two comes first."""

    def mileage_on(self, day: dt.date) -> int:
        """The estimated odometer reading on ``day``."""
        return self.last_mileage + max((day - self.last_visit).days, 0) * self.daily_km


def daily_km(readings: Sequence[tuple[dt.date, int]]) -> tuple[int, bool]:
    """Average km a day from ``(day, mileage)`` readings: first to last visit, rounded half up.

    ``(DEFAULT_DAILY_KM, False)`` when the readings do not tell (see the module's docstring).
    """
    if len(readings) < 2:
        return DEFAULT_DAILY_KM, False
    ordered = sorted(readings)
    (first_day, first_km), (last_day, last_km) = ordered[0], ordered[-1]
    days = (last_day - first_day).days
    if days < MIN_SPAN_DAYS or last_km <= first_km:
        return DEFAULT_DAILY_KM, False
    return max(1, int((last_km - first_km) / days + 0.5)), True


def next_service(
    last_visit: dt.date, last_mileage: int, next_date: dt.date, next_km: int, per_day: int, measured: bool = True,
) -> NextService:
    """The due day: the earlier of ``next_date`` and the day ``next_km`` is reached at ``per_day``."""
    km_left = max(next_km - last_mileage, 0)
    km_day = last_visit + dt.timedelta(days=math.ceil(km_left / per_day))
    reason = "mileage" if km_day < next_date else "date"
    return NextService(
        last_visit=last_visit, last_mileage=last_mileage, next_date=next_date, next_km=next_km,
        daily_km=per_day, daily_km_measured=measured, km_day=km_day, due_on=min(km_day, next_date), reason=reason,
    )


# --- reading the cars --------------------------------------------------------------------------


@dataclass(frozen=True)
class LastCall:
    at_local: str
    outcome: str
    """A code name from ``ReminderOutcome``."""
    note: str
    staff: str


@dataclass(frozen=True)
class MaintenanceDue:
    """One line of the maintenance list (保养提醒)."""

    vehicle_id: int
    customer_id: int
    plate: str
    model: str
    customer: str
    phone: str
    last_visit: dt.date
    last_order: str
    last_mileage: int
    estimated_mileage: int
    """The odometer today at the car's average daily mileage."""
    daily_km: int
    daily_km_measured: bool
    next_date: dt.date
    next_km: int
    km_day: dt.date
    """The day ``next_km`` is expected to be reached."""
    due_on: dt.date
    reason: str
    """``"date"`` (the date comes first) or ``"mileage"``."""
    days_left: int
    """Days from today to ``due_on``; negative when overdue."""
    last_call: LastCall | None


def _in_shop(session: Session) -> set[int]:
    # IN the few open statuses rather than NOT IN the two closed ones: the status index finds the
    # handful of cars in the shop instead of scanning ten years of orders.
    here = [status.value for status in OrderStatus if status.value not in _GONE]
    return set(session.scalars(select(RepairOrder.vehicle_id).where(RepairOrder.status.in_(here)).distinct()))


def _booked_ahead(session: Session, today: dt.date) -> set[int]:
    start, _ = day_bounds(session, today)
    return set(
        session.scalars(
            select(Appointment.vehicle_id)
            .where(Appointment.status == AppointmentStatus.BOOKED.value, Appointment.slot_start >= start)
            .distinct()
        )
    )


def _calls(session: Session, kinds: Collection[str]) -> list[ReminderCall]:
    return list(
        session.scalars(
            select(ReminderCall).where(ReminderCall.kind.in_(list(kinds))).order_by(ReminderCall.at, ReminderCall.id)
        )
    )


def _last_call(session: Session, call: ReminderCall | None, names: dict[int, str]) -> LastCall | None:
    if call is None:
        return None
    return LastCall(
        at_local=format_local(session, call.at), outcome=call.outcome, note=call.note,
        staff=names.get(call.staff_id, "") if call.staff_id is not None else "",
    )


def _quiet(call: ReminderCall | None, since: dt.datetime) -> bool:
    return call is not None and call.outcome in _QUIETING and call.at >= since


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Staff.id, Staff.name)).all())


def vehicle_next_service(session: Session, vehicle_id: int) -> NextService | None:
    """The car's next service from its last settled visit; None for a car never serviced here."""
    found = _next_services(session, [vehicle_id]).get(vehicle_id)
    return found[0] if found is not None else None


def _next_services(
    session: Session, vehicle_ids: Collection[int] | None = None, *, due_from: dt.date | None = None,
) -> dict[int, tuple[NextService, str]]:
    """Per car: its next service and the number of the last settled order.

    With ``due_from`` only cars that can be due on or after that day are read: those with a visit
    recent enough for the longest service interval to reach it, or with a slip whose written next
    service date reaches it. Ten years of a busy shop have some 700,000 orders; reading them all for
    a list of a few hundred cars took minutes.
    """
    finished = (RepairOrder.status.in_(_FINISHED), RepairOrder.settled_at.is_not(None))
    packages = settlement.package_intervals(session)
    cars: Any = None
    if vehicle_ids is not None:
        cars = list(vehicle_ids)
    elif due_from is not None:
        longest = max([settlement.DEFAULT_INTERVAL_MONTHS, *(p.months for p in packages)])
        # A few days' margin for the shop's zone and the months arithmetic; the exact test is below.
        since, _ = day_bounds(session, settlement.add_months(due_from, -longest) - dt.timedelta(days=3))
        cars = union(
            select(RepairOrder.vehicle_id).where(*finished, RepairOrder.settled_at >= since),
            select(RepairOrder.vehicle_id)
            .join(Settlement, Settlement.order_id == RepairOrder.id)
            .where(*finished, Settlement.voided_at.is_(None), Settlement.next_service_date >= due_from),
        )
    visits = select(RepairOrder.vehicle_id, RepairOrder.opened_at, RepairOrder.mileage).where(
        RepairOrder.status != OrderStatus.CANCELLED.value
    )
    # Each car's last settled order, picked in the database rather than by loading every order.
    ranked = select(
        RepairOrder.id,
        func.row_number().over(
            partition_by=RepairOrder.vehicle_id, order_by=(RepairOrder.settled_at.desc(), RepairOrder.id.desc())
        ).label("rank"),
    ).where(*finished)
    if cars is not None:
        visits = visits.where(RepairOrder.vehicle_id.in_(cars))
        ranked = ranked.where(RepairOrder.vehicle_id.in_(cars))
    ranked_rows = ranked.subquery()
    last = (
        select(
            RepairOrder.id, RepairOrder.vehicle_id, RepairOrder.number, RepairOrder.settled_at, RepairOrder.mileage,
            Settlement.next_service_date, Settlement.next_service_km,
        )
        .outerjoin(Settlement, (Settlement.order_id == RepairOrder.id) & Settlement.voided_at.is_(None))
        .where(RepairOrder.id.in_(select(ranked_rows.c.id).where(ranked_rows.c.rank == 1)))
        .order_by(RepairOrder.id, Settlement.id)
    )
    readings: dict[int, list[tuple[dt.date, int]]] = {}
    zone = shop_zone(session)  # once: a ten-year shop's cars near their due day have some 200,000 visits
    for vehicle_id, opened_at, mileage in session.execute(visits):
        readings.setdefault(vehicle_id, []).append((opened_at.astimezone(zone).date(), mileage))
    # Plain rows, not ORM objects: tens of thousands of cars can be near their due day.
    latest = {row.vehicle_id: row for row in session.execute(last)}  # one order per car; its latest live slip wins
    codes: dict[int, set[str]] = {}
    if packages:  # the package on the order decides the interval: its labour codes are needed
        ids = select(ranked_rows.c.id).where(ranked_rows.c.rank == 1)
        for order_id, code in session.execute(
            select(LabourLine.order_id, LabourLine.code).where(LabourLine.order_id.in_(ids), LabourLine.code != "")
        ):
            codes.setdefault(order_id, set()).add(code)
    result: dict[int, tuple[NextService, str]] = {}
    for vehicle_id, row in latest.items():
        visit_day = local_day(session, row.settled_at)
        next_date, next_km = row.next_service_date, row.next_service_km
        if next_date is None or next_km is None:
            default_date, default_km, _ = settlement.next_service_for(
                codes.get(row.id, set()), row.mileage, visit_day, packages
            )
            next_date = next_date or default_date
            next_km = next_km or default_km
        per_day, measured = daily_km(readings.get(vehicle_id, []))
        result[vehicle_id] = (next_service(visit_day, row.mileage, next_date, next_km, per_day, measured), row.number)
    return result


def maintenance_due(
    session: Session, today: dt.date, days: int = 14, *, overdue_days: int = OVERDUE_DAYS,
) -> list[MaintenanceDue]:
    """Cars due for service from ``overdue_days`` ago to ``days`` ahead, to be called; soonest first.

    Left off: cars in the shop, cars with an appointment still to come, and cars whose owner booked
    or said no on a maintenance call in the last :data:`QUIET_DAYS` days.
    """
    if days < 0 or days > 365:
        raise ValidationError("提前天数应在 0 到 365 天之间。", field="days")
    skip = _in_shop(session) | _booked_ahead(session, today)
    since, _ = day_bounds(session, today - dt.timedelta(days=QUIET_DAYS))
    last_calls: dict[int, ReminderCall] = {}
    for call in _calls(session, [ReminderKind.MAINTENANCE.value]):
        last_calls[call.vehicle_id] = call
    first, last = today - dt.timedelta(days=overdue_days), today + dt.timedelta(days=days)
    due = {
        vehicle_id: found for vehicle_id, found in _next_services(session, due_from=first).items()
        if vehicle_id not in skip and first <= found[0].due_on <= last and not _quiet(last_calls.get(vehicle_id), since)
    }
    if not due:
        return []
    names = _names(session)
    # Columns, not ORM objects: a ten-year shop has some 18,000 cars in the window.
    cars = session.execute(
        select(Vehicle.id, Vehicle.plate, Vehicle.model, Customer.id.label("customer_id"), Customer.name, Customer.phone)
        .join(Customer, Customer.id == Vehicle.customer_id)
        .where(Vehicle.id.in_(list(due)))
    ).all()
    shown = privacy.phone_shown(session, Permission.PHONE_IN_LISTS)  # asked once for the whole list
    rows = []
    for car in cars:
        found, number = due[car.id]
        rows.append(
            MaintenanceDue(
                vehicle_id=car.id, customer_id=car.customer_id, plate=display_plate(car.plate),
                model=car.model, customer=car.name, phone=shown(car.phone),
                last_visit=found.last_visit, last_order=number, last_mileage=found.last_mileage,
                estimated_mileage=found.mileage_on(today), daily_km=found.daily_km,
                daily_km_measured=found.daily_km_measured, next_date=found.next_date, next_km=found.next_km,
                km_day=found.km_day, due_on=found.due_on, reason=found.reason, days_left=(found.due_on - today).days,
                last_call=_last_call(session, last_calls.get(car.id), names),
            )
        )
    rows.sort(key=lambda r: (r.due_on, r.plate))
    return rows


@dataclass(frozen=True)
class DeclinedWorkDue:
    """One line of the declined-work list (未做建议项目)."""

    work_id: int
    vehicle_id: int
    customer_id: int
    plate: str
    model: str
    customer: str
    phone: str
    order_number: str
    found_day: str
    """The day it was found, ``2026-10-12``."""
    description: str
    items: str
    total_fen: int
    declined_by: str
    last_call: LastCall | None


def declined_work(session: Session, today: dt.date) -> list[DeclinedWorkDue]:
    """Declined work of earlier visits not taken up since, for cars not in the shop; oldest first.

    Left off like the maintenance list: cars in the shop or booked, and work whose last call (in
    the last :data:`QUIET_DAYS` days) ended in a booking or a no.
    """
    skip = _in_shop(session) | _booked_ahead(session, today)
    oldest, _ = day_bounds(session, today - dt.timedelta(days=DECLINED_DAYS))
    since, _ = day_bounds(session, today - dt.timedelta(days=QUIET_DAYS))
    vehicle_ids = sorted(
        set(
            session.scalars(
                select(AdditionalWork.vehicle_id).where(
                    AdditionalWork.status == AdditionalWorkStatus.DECLINED.value,
                    AdditionalWork.taken_up_order_id.is_(None),
                    AdditionalWork.found_at >= oldest,
                )
            )
        ) - skip
    )
    if not vehicle_ids:
        return []
    last_calls: dict[int, ReminderCall] = {}
    for call in _calls(session, [ReminderKind.DECLINED_WORK.value]):
        if call.additional_work_id is not None:
            last_calls[call.additional_work_id] = call
    names = _names(session)
    rows = []
    for vehicle, customer in session.execute(
        select(Vehicle, Customer).join(Customer, Customer.id == Vehicle.customer_id).where(Vehicle.id.in_(vehicle_ids))
    ):
        for rec in additional_work.recommendations_for_vehicle(session, vehicle.id):
            if rec.date_local < (today - dt.timedelta(days=DECLINED_DAYS)).isoformat():
                continue
            call = last_calls.get(rec.work_id)
            if _quiet(call, since):
                continue
            rows.append(
                DeclinedWorkDue(
                    work_id=rec.work_id, vehicle_id=vehicle.id, customer_id=customer.id,
                    plate=display_plate(vehicle.plate), model=vehicle.model, customer=customer.name,
                    phone=privacy.phone_for_list(session, customer.phone), order_number=rec.order_number, found_day=rec.date_local,
                    description=rec.description, items=rec.items, total_fen=rec.total_fen,
                    declined_by=rec.declined_by, last_call=_last_call(session, call, names),
                )
            )
    rows.sort(key=lambda r: (r.found_day, r.plate, r.work_id))
    return rows


# --- customer care -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CareDay:
    """A customer's birthday or a car's purchase anniversary that falls on the day."""

    kind: str
    """``ReminderKind.BIRTHDAY`` or ``ReminderKind.PURCHASE_ANNIVERSARY`` (code name)."""
    customer_id: int
    vehicle_id: int
    """The car a call is recorded against; for a birthday the customer's first car."""
    customer: str
    phone: str
    plate: str
    model: str
    date: dt.date
    """The birthday or the purchase date as stored."""
    years: int | None
    """Age reached, or years since the purchase; None when the birth year is unknown."""
    greeted: bool
    """Whether a greeting for this date was recorded this year."""
    last_call: LastCall | None


def falls_on(date: dt.date, day: dt.date) -> bool:
    """Whether ``date``'s month and day fall on ``day``; 29 February falls on 1 March in other years."""
    if (date.month, date.day) == (day.month, day.day):
        return True
    leap = day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)
    return (date.month, date.day) == (2, 29) and not leap and (day.month, day.day) == (3, 1)


def care_list(session: Session, day: dt.date) -> list[CareDay]:
    """Birthdays and purchase anniversaries on ``day``, with whether they were greeted this year.

    A customer with no car is left off: every call is recorded against a car.
    """
    names = _names(session)
    calls: dict[tuple[str, int], ReminderCall] = {}
    greeted: set[tuple[str, int]] = set()
    for call in _calls(session, _CARE_KINDS):  # in time order: the last call of the year wins
        if call.due_on.year == day.year:
            calls[(call.kind, call.vehicle_id)] = call
            if call.outcome == ReminderOutcome.GREETED.value:
                greeted.add((call.kind, call.vehicle_id))
    rows: list[CareDay] = []
    birthday = ReminderKind.BIRTHDAY.value
    for customer in session.scalars(
        select(Customer).where(Customer.birthday.is_not(None)).options(selectinload(Customer.vehicles))
        .order_by(Customer.name)
    ):
        assert customer.birthday is not None
        if not customer.vehicles or not falls_on(customer.birthday, day):
            continue
        car = customer.vehicles[0]
        found = [calls[(birthday, v.id)] for v in customer.vehicles if (birthday, v.id) in calls]
        last = max(found, key=lambda c: (c.at, c.id)) if found else None
        done = any((birthday, v.id) in greeted for v in customer.vehicles)
        years = None if customer.birthday.year == UNKNOWN_YEAR else day.year - customer.birthday.year
        rows.append(
            CareDay(
                kind=birthday, customer_id=customer.id, vehicle_id=car.id, customer=customer.name,
                phone=privacy.phone_for_list(session, customer.phone), plate=display_plate(car.plate), model=car.model, date=customer.birthday,
                years=years, greeted=done,
                last_call=_last_call(session, last, names),
            )
        )
    anniversary = ReminderKind.PURCHASE_ANNIVERSARY.value
    for vehicle, customer in session.execute(
        select(Vehicle, Customer).join(Customer, Customer.id == Vehicle.customer_id)
        .where(Vehicle.purchased_on.is_not(None)).order_by(Vehicle.plate)
    ):
        assert vehicle.purchased_on is not None
        years = day.year - vehicle.purchased_on.year
        if years < 1 or not falls_on(vehicle.purchased_on, day):
            continue
        call = calls.get((anniversary, vehicle.id))
        rows.append(
            CareDay(
                kind=anniversary, customer_id=customer.id, vehicle_id=vehicle.id, customer=customer.name,
                phone=privacy.phone_for_list(session, customer.phone), plate=display_plate(vehicle.plate), model=vehicle.model,
                date=vehicle.purchased_on, years=years, greeted=(anniversary, vehicle.id) in greeted,
                last_call=_last_call(session, call, names),
            )
        )
    return rows


# --- recording calls ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CallRecorded:
    id: int
    vehicle_id: int
    kind: str
    outcome: str
    at_local: str
    appointment_number: str = ""


def _check_call(
    session: Session, vehicle_id: int, kind: str, due_on: dt.date | None, outcome: str, note: str,
    additional_work_id: int | None,
) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id) if vehicle_id else None
    if vehicle is None:
        raise NotFound("找不到这辆车，可能已被删除。")
    try:
        ReminderKind(kind)
    except ValueError:
        raise ValidationError("不认识的提醒类型 {kind}。", field="kind", kind=kind) from None
    try:
        ReminderOutcome(outcome)
    except ValueError:
        raise ValidationError("请选择这次电话的结果。", field="outcome") from None
    if not isinstance(due_on, dt.date):
        raise ValidationError("请填写这次电话所针对的日期（保养到期日、生日等）。", field="due_on")
    if kind in _CARE_KINDS and outcome not in (
        ReminderOutcome.GREETED.value, ReminderOutcome.NOT_REACHED.value, ReminderOutcome.CALL_LATER.value
    ):
        raise ValidationError("关怀电话的结果只能是已问候、未接通或稍后再联系。", field="outcome")
    if kind in _CALL_KINDS and outcome == ReminderOutcome.GREETED.value:
        raise ValidationError("已问候只用于生日和购车周年的关怀电话。", field="outcome")
    if len(note) > NOTE_LIMIT:
        raise ValidationError("备注太长（最多 {limit} 个字）。", field="note", limit=NOTE_LIMIT)
    if outcome == ReminderOutcome.NOT_NEEDED.value and not note:
        raise ValidationError("客户不需要时请在备注里写明原因，如 已在别处保养、车已卖掉。", field="note")
    if kind == ReminderKind.DECLINED_WORK.value:
        work = session.get(AdditionalWork, additional_work_id) if additional_work_id else None
        if work is None or work.vehicle_id != vehicle.id:
            raise ValidationError("请选择这辆车未做的建议项目。", field="additional_work_id")
        if work.status != AdditionalWorkStatus.DECLINED.value or work.taken_up_order_id is not None:
            raise ValidationError("这个建议项目已经做过或不是客户拒绝的项目，不用再打电话。", field="additional_work_id")
    elif additional_work_id is not None:
        raise ValidationError("只有未做建议项目的电话才关联追加项目。", field="additional_work_id")
    return vehicle


def _add_call(
    session: Session, vehicle: Vehicle, kind: str, due_on: dt.date, outcome: str, note: str,
    staff_id: int | None, now: dt.datetime, additional_work_id: int | None, appointment: AppointmentRow | None,
) -> CallRecorded:
    appointment_id = (
        session.scalar(select(Appointment.id).where(Appointment.number == appointment.number))
        if appointment is not None else None
    )
    call = ReminderCall(
        vehicle_id=vehicle.id, kind=kind, due_on=due_on, at=now, staff_id=staff_id, outcome=outcome, note=note,
        appointment_id=appointment_id, additional_work_id=additional_work_id,
    )
    session.add(call)
    session.flush()
    changes.note(session, customer=vehicle.customer_id)
    return CallRecorded(
        id=call.id, vehicle_id=vehicle.id, kind=kind, outcome=outcome, at_local=format_local(session, now),
        appointment_number=appointment.number if appointment is not None else "",
    )


@requires(Permission.CUSTOMER_CARE)
def record_call(
    session: Session, vehicle_id: int, kind: str, due_on: dt.date | None, outcome: str, note: str = "",
    staff_id: int | None = None, now: dt.datetime | None = None, additional_work_id: int | None = None,
) -> CallRecorded:
    """Record what a reminder or care call came to.

    A booking is recorded with :func:`book_from_reminder`, which books the appointment too.
    """
    note = (note or "").strip()
    vehicle = _check_call(session, vehicle_id, kind, due_on, outcome, note, additional_work_id)
    if outcome == ReminderOutcome.BOOKED.value:
        raise ValidationError("客户同意预约时请用“预约到店”，预约和电话记录一起保存。", field="outcome")
    assert due_on is not None
    return _add_call(session, vehicle, kind, due_on, outcome, note, staff_id, now or utc_now(), additional_work_id, None)


@dataclass(frozen=True)
class BookedFromCall:
    appointment: AppointmentRow
    call: CallRecorded


@requires(Permission.CUSTOMER_CARE)
def book_from_reminder(
    session: Session,
    vehicle_id: int,
    kind: str,
    due_on: dt.date | None,
    *,
    advisor_id: int,
    day: dt.date,
    time: dt.time,
    requested_work: str = "",
    note: str = "",
    additional_work_id: int | None = None,
    estimated_hours: str | int = "",
    confirmed: Collection[str] = (),
    staff_id: int | None = None,
    now: dt.datetime | None = None,
) -> BookedFromCall:
    """Book the car in from a reminder call (主动预约) and record the call as booked, in one step.

    The appointment passes every check of the appointment book (slot, buffer, capacity); the
    requested work defaults to the reason for the call.
    """
    now = now or utc_now()
    note = (note or "").strip()
    vehicle = _check_call(session, vehicle_id, kind, due_on, ReminderOutcome.BOOKED.value, note, additional_work_id)
    if kind in _CARE_KINDS:
        raise ValidationError("关怀电话不用预约；客户想来店时请从保养提醒或预约页预约。", field="kind")
    assert due_on is not None
    work = requested_work.strip()
    if not work:
        if kind == ReminderKind.DECLINED_WORK.value:
            found = session.get(AdditionalWork, additional_work_id)
            work = f"上次建议项目：{found.description}" if found is not None else ""
        else:
            work = "定期保养（保养提醒预约）"
    booked = appointments.book(
        session, vehicle_id=vehicle.id, advisor_id=advisor_id, day=day, time=time, requested_work=work,
        source="active", notes=note, estimated_hours=estimated_hours, confirmed=confirmed, staff_id=staff_id, now=now,
    )
    call = _add_call(
        session, vehicle, kind, due_on, ReminderOutcome.BOOKED.value, note, staff_id, now, additional_work_id, booked,
    )
    return BookedFromCall(appointment=booked, call=call)


@dataclass(frozen=True)
class CallRow:
    at_local: str
    kind: str
    outcome: str
    note: str
    staff: str
    appointment_number: str


def calls_for_vehicle(session: Session, vehicle_id: int) -> list[CallRow]:
    """Every reminder and care call about the car, newest first."""
    names = _names(session)
    query = (
        select(ReminderCall, Appointment.number)
        .outerjoin(Appointment, Appointment.id == ReminderCall.appointment_id)
        .where(ReminderCall.vehicle_id == vehicle_id)
        .order_by(ReminderCall.at.desc(), ReminderCall.id.desc())
    )
    return [
        CallRow(
            at_local=format_local(session, call.at), kind=call.kind, outcome=call.outcome, note=call.note,
            staff=names.get(call.staff_id, "") if call.staff_id is not None else "", appointment_number=number or "",
        )
        for call, number in session.execute(query)
    ]


__all__ = [
    "DEFAULT_DAILY_KM", "BookedFromCall", "CallRecorded", "CareDay", "DeclinedWorkDue", "MaintenanceDue",
    "NextService", "book_from_reminder", "calls_for_vehicle", "care_list", "daily_km", "declined_work", "falls_on",
    "maintenance_due", "next_service", "record_call", "vehicle_next_service",
]
