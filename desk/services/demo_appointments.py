"""The appointment book's part of the demo shop, added after :func:`desk.services.demo.fill_demo`
has written its history and today's work.

It adds what the appointment book shows and the rest of the demo does not have:

- the customers' genders (from their given names), so welcome boards say 王先生 / 李女士;
- an estimate of labour hours on every appointment (from its requested work);
- a car that did not come for its slot earlier today (a no-show) and, when slots are left, one
  more booked for later today — so today has appointments in every state. (A demo loaded before
  the first slot of the day cannot have a no-show today: no slot has passed yet.)
- tomorrow's bookings for the confirmation list, one of them in a buffer slot booked on purpose,
  with calls already made: confirmed, not reached, moved to another slot.

Everything goes through the appointment services; afterwards the stored times are set to the
simulated ones, as the rest of the demo does. Drawn from its own ``random.Random`` seeded from
the demo's seed, so the same seed and ``now`` give the same book.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desk.models import Appointment, Customer, RepairOrder, Staff, Vehicle
from desk.models.base import UTCDateTime
from desk.models.enums import AppointmentStatus, Role
from desk.services import appointments, shop
from desk.services.capacity import HOLDING, UNFINISHED, booking_settings, day_capacity, parse_hours, slot_pattern
from desk.services.privacy import surname

__all__ = ["add_appointment_book"]

_FEMALE_GIVEN = set("芳娜敏静丽艳娟霞婷雪慧玲琳颖欣怡晓燕红萍倩佳蕾梅莉秀婉诗雯琪")
"""Characters of the demo's women's given names (the demo draws given names from two pools)."""

_TOMORROW_WORK = (
    ("做 1 万公里保养", "1"),
    ("做 3 万公里保养，检查刹车片", "2"),
    ("空调不凉，检查空调系统", "1.5"),
    ("更换前刹车片", "1.5"),
    ("右后门划痕，钣金喷漆，走保险", "8"),
    ("发动机故障灯亮，检查", "2"),
    ("更换四条轮胎，做四轮定位", "1.5"),
    ("雨刮器刮不干净，更换雨刮片", "0.5"),
)


def _hours_for(work: str, rng: random.Random) -> int:
    """A believable estimate in hundredths of an hour for the requested work."""
    if any(word in work for word in ("钣金", "喷漆", "保险杠", "撞", "事故")):
        return rng.choice((600, 800, 1000, 1200))
    if "保养" in work:
        return rng.choice((100, 150, 200))
    if any(word in work for word in ("刹车", "轮胎", "定位", "蓄电池", "雨刮")):
        return rng.choice((50, 100, 150))
    return rng.choice((100, 150, 200, 300))


def add_appointment_book(session: Session, *, seed: int, now: dt.datetime) -> None:
    """Add the appointment book's demo data to the freshly filled demo shop (see module text)."""
    rng = random.Random(seed * 7919 + 17)
    session.flush()
    give_genders(session)
    today = shop.local_day(session, now)
    manager = session.scalar(select(Staff.id).where(Staff.role == Role.MANAGER.value).limit(1))
    advisors = list(session.scalars(
        select(Staff.id).where(Staff.role == Role.ADVISOR.value, Staff.active.is_(True)).order_by(Staff.id)
    ))
    stamps: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    cars = _free_cars(session, today, rng)
    _today(session, rng, today, now, advisors, cars, stamps)
    _tomorrow(session, rng, today, now, advisors, manager, cars, stamps)
    _estimates(session, rng)
    _stamp(session, stamps)


def give_genders(session: Session) -> None:
    """Each private customer's gender from the given name, so boards can say 王先生 / 李女士."""
    people = session.execute(select(Customer.id, Customer.name).where(Customer.is_company.is_(False))).all()
    rows = []
    for customer_id, name in people:
        given = name[len(surname(name)):]
        gender = "female" if given and given[-1] in _FEMALE_GIVEN else "male"
        rows.append({"row_id": customer_id, "new_gender": gender})
    if rows:
        table = Customer.__table__
        session.connection().execute(
            update(table).where(table.c.id == bindparam("row_id"))
            .values(gender=bindparam("new_gender"), updated_at=table.c.updated_at),
            rows,
        )


def _free_cars(session: Session, today: dt.date, rng: random.Random) -> list[int]:
    """Cars with no unfinished order and no appointment from today on, shuffled."""
    start, _ = shop.day_bounds(session, today)
    busy = set(session.scalars(select(RepairOrder.vehicle_id).where(RepairOrder.opened_at >= start)))
    busy |= set(session.scalars(select(RepairOrder.vehicle_id).where(RepairOrder.status.in_(UNFINISHED))))
    busy |= set(session.scalars(select(Appointment.vehicle_id).where(Appointment.slot_start >= start)))
    cars = [v for v in session.scalars(select(Vehicle.id).order_by(Vehicle.id)) if v not in busy]
    rng.shuffle(cars)
    return cars


def _free_slots(session: Session, day: dt.date, advisor: int) -> list[tuple[dt.datetime, bool]]:
    """The advisor's free slots on ``day`` as ``(UTC start, is_buffer)``."""
    settings = booking_settings(session)
    taken = set(session.scalars(
        select(Appointment.slot_start).where(Appointment.advisor_id == advisor, Appointment.status.in_(HOLDING))
    ))
    result = []
    for time, buffer in slot_pattern(
        settings.opening_time, settings.closing_time, settings.slot_minutes, settings.slots_before_buffer
    ):
        start = shop.local_to_utc(session, day, time)
        if start not in taken:
            result.append((start, buffer))
    return result


def _book(
    session: Session, rng: random.Random, car: int, advisor: int, slot: dt.datetime, booked_at: dt.datetime,
    *, confirmed: frozenset[str] = frozenset(), staff: int | None = None,
) -> appointments.AppointmentRow:
    local = shop.to_local(session, slot)
    work, hours = rng.choice(_TOMORROW_WORK)
    if not day_capacity(session, local.date()).fits(parse_hours(hours)):
        # a busy demo day: the service manager allowed it, as at the counter
        manager = session.scalar(select(Staff.id).where(Staff.role == Role.MANAGER.value).limit(1))
        staff, confirmed = manager, confirmed | {"over_capacity"}
    return appointments.book(
        session, vehicle_id=car, advisor_id=advisor, day=local.date(), time=local.time().replace(tzinfo=None),
        requested_work=work, estimated_hours=hours, source=rng.choice(("active", "passive")),
        pay_type_intent="insurance" if "保险" in work else "customer", confirmed=confirmed,
        staff_id=staff or advisor, now=booked_at,
    )


def _today(
    session: Session, rng: random.Random, today: dt.date, now: dt.datetime, advisors: list[int],
    cars: list[int], stamps: dict[str, tuple[dt.datetime, dt.datetime]],
) -> None:
    """A no-show for a slot already past today, and one more booking later today if there is room."""
    advisor = advisors[-1]
    free = [s for s, buffer in _free_slots(session, today, advisor) if not buffer]
    past = [s for s in free if s <= now - dt.timedelta(minutes=45)]
    if past and cars:
        slot = past[0]
        booked_at = slot - dt.timedelta(days=2, hours=3)
        row = _book(session, rng, cars.pop(), advisor, slot, booked_at)
        missed_at = min(now, slot + dt.timedelta(minutes=40))
        appointments.mark_no_show(
            session, row.number, note="客户未到店，电话未接通", staff_id=advisor, now=missed_at,
        )
        stamps[row.number] = (booked_at, missed_at)
    booked_today = session.scalar(select(Appointment.id).where(
        Appointment.status == AppointmentStatus.BOOKED.value,
        Appointment.slot_start >= now,
        Appointment.slot_start < shop.day_bounds(session, today)[1],
    ).limit(1))
    if booked_today is None and cars:
        later = [s for s, buffer in _free_slots(session, today, advisors[0]) if not buffer and s > now + dt.timedelta(minutes=30)]
        if later:
            booked_at = now - dt.timedelta(hours=20)
            row = _book(session, rng, cars.pop(), advisors[0], later[0], booked_at)
            stamps[row.number] = (booked_at, booked_at)


def _tomorrow(
    session: Session, rng: random.Random, today: dt.date, now: dt.datetime, advisors: list[int],
    manager: int | None, cars: list[int], stamps: dict[str, tuple[dt.datetime, dt.datetime]],
) -> None:
    """Tomorrow's bookings for the confirmation list, and the calls made so far."""
    tomorrow = today + dt.timedelta(days=1)
    made: list[tuple[appointments.AppointmentRow, dt.datetime]] = []
    for index, advisor in enumerate(advisors):
        free = [s for s, buffer in _free_slots(session, tomorrow, advisor) if not buffer]
        morning = [s for s in free if shop.to_local(session, s).hour < 12]
        afternoon = [s for s in free if shop.to_local(session, s).hour >= 13]
        picks = sorted(rng.sample(morning, min(2, len(morning))) + rng.sample(afternoon, min(1, len(afternoon))))
        for slot in picks:
            if not cars:
                break
            booked_at = now - dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 6))
            made.append((_book(session, rng, cars.pop(), advisor, slot, booked_at), booked_at))
        if index == 0 and cars:
            buffers = [s for s, buffer in _free_slots(session, tomorrow, advisor) if buffer]
            if buffers:
                booked_at = now - dt.timedelta(hours=5)
                row = _book(
                    session, rng, cars.pop(), advisor, buffers[0], booked_at,
                    confirmed=frozenset({"buffer_slot"}), staff=manager,
                )
                made.append((row, booked_at))
    made.sort(key=lambda item: item[0].slot_start)
    outcomes = ["confirmed", "not_reached", "confirmed", "moved", "confirmed"]
    call_time = now - dt.timedelta(minutes=90)
    to_call = [item for item in made if not item[0].buffer_override]  # the manager's own stays put
    for (row, booked_at), outcome in zip(to_call, outcomes):
        call_time += dt.timedelta(minutes=rng.randint(4, 12))
        at = min(call_time, now - dt.timedelta(minutes=1))
        kwargs: dict[str, object] = {}
        note = {"confirmed": "客户确认准时到店", "not_reached": "无人接听，下午再打"}.get(outcome, "")
        if outcome == "moved":
            later = [
                s for s, buffer in _free_slots(session, tomorrow, row.advisor_id)
                if not buffer and s > row.slot_start + dt.timedelta(hours=2)
            ]
            if not later:
                continue
            local = shop.to_local(session, later[0])
            kwargs = {"new_day": local.date(), "new_time": local.time().replace(tzinfo=None)}
            note = "客户上午有事，改到下午"
        appointments.record_call(
            session, row.number, outcome, note=note, staff_id=row.advisor_id, now=at, **kwargs,  # type: ignore[arg-type]
        )
        stamps[row.number] = (booked_at, at)
    for row, booked_at in made:
        stamps.setdefault(row.number, (booked_at, booked_at))


def _estimates(session: Session, rng: random.Random) -> None:
    """An estimate on every appointment that has none yet."""
    rows = session.execute(
        select(Appointment.id, Appointment.requested_work)
        .where(Appointment.estimated_hours_centi == 0)
        .order_by(Appointment.id)
    ).all()
    values = [{"row_id": i, "new_hours": _hours_for(work, rng)} for i, work in rows]
    if values:
        table = Appointment.__table__
        session.connection().execute(
            update(table).where(table.c.id == bindparam("row_id"))
            .values(estimated_hours_centi=bindparam("new_hours"), updated_at=table.c.updated_at),
            values,
        )


def _stamp(session: Session, stamps: dict[str, tuple[dt.datetime, dt.datetime]]) -> None:
    """Simulated ``created_at``/``updated_at`` for the appointments added here."""
    session.flush()
    if not stamps:
        session.expire_all()
        return
    table = Appointment.__table__
    session.connection().execute(
        update(table).where(table.c.number == bindparam("row_number"))
        .values(
            created_at=bindparam("new_created", type_=UTCDateTime()),
            updated_at=bindparam("new_updated", type_=UTCDateTime()),
        ),
        [{"row_number": n, "new_created": c, "new_updated": u} for n, (c, u) in stamps.items()],
    )
    session.expire_all()
