"""Demo data for reminders and customer care (保养提醒、未做建议项目、客户关怀).

Every car of the demo's 60 days has just been serviced, so none of them is due. The shop's
regulars who last came in spring or early summer are: :func:`add_demo_reminders` (the hook
:func:`desk.services.demo.fill_demo` calls before the settlements are written) adds a dozen of
them, each with one or two maintenance visits from before the 60 days, written as rows the way
the demo writes its history (numbers in the order the orders were opened, status history, cash
payment, exit pass used at the gate). The settlement hook then gives those visits their slip with
the usual next service (6 months / 5,000 km), and the visits are placed so that the cars fall due
from a few weeks ago to two weeks ahead, some by the date and some by the mileage (the second
visit sets how far each car runs a day). A few were called already (not reached, call later, not
needed). Customers get birthdays and cars purchase dates, a few of them on the demo's day, one
birthday with the year unknown.

The additional-work demo puts its declined work on cars that are back in the shop (to show it at
intake); three of the regulars here declined something at their last visit, for the declined-work
call list.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import (
    AdditionalWork,
    Customer,
    ExitPass,
    LabourLine,
    PartLine,
    Payment,
    RepairOrder,
    Staff,
    StatusChange,
    Vehicle,
)
from desk.models.enums import AdditionalWorkStatus, OrderStatus, ReminderKind, ReminderOutcome, Role
from desk.services import additional_work, customers, demo, demo_additional_work, reminders
from desk.services.demo_appointments import give_genders
from desk.services.money import multiply
from desk.services.numbers import next_number
from desk.services.settlement import add_months
from desk.services.shop import local_day, local_to_utc, shop_info
from desk.services.validation import vin_check_digit

__all__ = ["add_demo_reminders"]

S = OrderStatus

# (days from the demo's day to the due day, km a day); at up to 25 km a day the date comes first
# (5,000 km take 200 days or more), above 27 km a day the mileage does
_DATE_FIRST = ((-20, 18), (2, 22), (5, 25), (9, 20), (13, 24))
_MILEAGE_FIRST = ((-10, 35), (1, 60), (4, 45), (8, 50), (12, 40))
_ONE_VISIT = (3, 10)
"""Due in this many days for cars seen once: the default daily mileage decides."""

_DECLINED = (2, 6, 9)
"""The regulars who said no to extra work at their last visit."""

_CALLS = (  # (index of the regular, days ago, outcome, note)
    (0, 12, ReminderOutcome.NOT_REACHED, ""),
    (0, 4, ReminderOutcome.CALL_LATER, "客户在开会，让下午再打"),
    (5, 6, ReminderOutcome.NOT_REACHED, ""),
    (7, 3, ReminderOutcome.CALL_LATER, "下周出差回来再约"),
    (11, 8, ReminderOutcome.NOT_NEEDED, "车已转卖给亲戚，新车主电话未留"),
)


def add_demo_reminders(session: Session, *, seed: int = 1, now: dt.datetime) -> int:
    """Regulars due for service, their past calls, birthdays and purchase dates; returns how many regulars."""
    rng = random.Random(seed * 104729 + 17)
    today = local_day(session, now)
    staff = {role: [i for i, r in session.execute(select(Staff.id, Staff.role)) if r == role.value] for role in Role}
    advisors = staff[Role.ADVISOR]
    if not advisors:
        return 0
    rate = shop_info(session).labour_rate_fen
    used_names = set(session.scalars(select(Customer.name)))
    used_phones = set(session.scalars(select(Customer.phone)))
    used_plates = set(session.scalars(select(Vehicle.plate)))
    first_day = local_day(session, session.scalar(select(RepairOrder.opened_at).order_by(RepairOrder.opened_at)) or now)

    plans: list[tuple[int, list[tuple[dt.date, int]]]] = []  # (vehicle id, [(visit day, mileage)])
    regulars = [(due, per_day, True) for due, per_day in _DATE_FIRST]
    regulars += [(due, per_day, False) for due, per_day in _MILEAGE_FIRST]
    regulars += [(due, reminders.DEFAULT_DAILY_KM, None) for due in _ONE_VISIT]  # type: ignore[misc]
    for due, per_day, date_first in regulars:
        if date_first:
            last = add_months(today + dt.timedelta(days=due), -6)
        else:  # the mileage (5,000 km) is reached first
            last = today + dt.timedelta(days=due) - dt.timedelta(days=-(-5000 // per_day))
        last = min(last, first_day - dt.timedelta(days=3))  # before the 60 days: those days are full
        start_km = rng.randint(8, 60) * 1000 + rng.randrange(0, 1000, 10)
        visits = [(last, start_km + 180 * per_day)]
        if date_first is not None:
            visits.insert(0, (last - dt.timedelta(days=180), start_km))
        vehicle_id = _new_regular(
            session, rng, used_names, used_phones, used_plates, advisors[0], visits[0][0], visits[-1][1]
        )
        plans.append((vehicle_id, visits))
    _write_visits(session, rng, plans, staff, rate)
    give_genders(session)  # the regulars came after the appointment book gave everyone theirs
    works = _declined_work(session, rng, [plans[i][0] for i in _DECLINED], staff)
    if works:
        vehicle_id, work_id = works[0]
        at = local_to_utc(session, today - dt.timedelta(days=2), dt.time(15, 40))
        reminders.record_call(
            session, vehicle_id, ReminderKind.DECLINED_WORK.value, today - dt.timedelta(days=2),
            ReminderOutcome.NOT_REACHED.value, "", (staff[Role.FOLLOWUP] or advisors)[0], at, additional_work_id=work_id,
        )

    for index, days_ago, outcome, note in _CALLS:
        vehicle_id = plans[index][0]
        found = reminders.vehicle_next_service(session, vehicle_id)
        due_on = found.due_on if found is not None else today
        at = local_to_utc(session, today - dt.timedelta(days=days_ago), dt.time(10 + days_ago % 6, 20))
        caller = (staff[Role.FOLLOWUP] or advisors)[0]
        reminders.record_call(session, vehicle_id, ReminderKind.MAINTENANCE.value, due_on, outcome.value, note, caller, at)
    _care_dates(session, rng, today, now)
    greeted = next((row for row in reminders.care_list(session, today) if row.kind == ReminderKind.BIRTHDAY.value), None)
    if greeted is not None:  # one greeting already made this morning
        reminders.record_call(
            session, greeted.vehicle_id, greeted.kind, today, ReminderOutcome.GREETED.value, "发了生日祝福短信并电话问候",
            (staff[Role.FOLLOWUP] or advisors)[0], now - dt.timedelta(minutes=30),
        )
    return len(plans)


def _new_regular(
    session: Session, rng: random.Random, used_names: set[str], used_phones: set[str], used_plates: set[str],
    advisor: int, since: dt.date, mileage: int,
) -> int:
    while (name := demo._person_name(rng)) in used_names:
        pass
    used_names.add(name)
    while (phone := rng.choice(demo._MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}") in used_phones:
        pass
    used_phones.add(phone)
    model = rng.choice([m for m in demo._MODELS if m.kind == "ice"])
    while (plate := demo._plate(rng, model.kind)) in used_plates:
        pass
    used_plates.add(plate)
    year_code = demo._VIN_YEARS[(since.year - 2 - 1980) % 30]  # a car about two years old when it first came
    body = model.wmi + model.vds + "0" + year_code + model.plant + f"{rng.randrange(10**6):06d}"
    card = customers.create_customer(session, name=name, phone=phone, staff_id=advisor)
    car = customers.add_vehicle(
        session, card.id, plate=plate, vin=body[:8] + vin_check_digit(body) + body[9:], model=model.name,
        colour=rng.choice(demo._COLOURS), mileage=mileage, staff_id=advisor,
    )
    registered = local_to_utc(session, since, dt.time(9, 0))
    for row in (session.get(Customer, card.id), session.get(Vehicle, car.id)):
        assert row is not None
        row.created_at = row.updated_at = registered  # the demo's own times, not the computer's
    return car.id


def _write_visits(
    session: Session, rng: random.Random, plans: list[tuple[int, list[tuple[dt.date, int]]]],
    staff: dict[Role, list[int]], rate: int,
) -> None:
    """The visits as rows: a routine service, paid in cash, the car let out the same afternoon."""
    visits = []
    for vehicle_id, days in plans:
        for day, km in days:
            opened = local_to_utc(session, day, dt.time(rng.randint(9, 10), rng.randrange(0, 60, 15)))
            visits.append((opened, vehicle_id, km))
    visits.sort()
    vehicles = {v.id: v for v in session.scalars(select(Vehicle).where(Vehicle.id.in_([p[0] for p in plans])))}
    pick = lambda role, fallback: (staff[role] or fallback)[0]  # noqa: E731
    advisors = staff[Role.ADVISOR]
    for opened, vehicle_id, km in visits:
        advisor = rng.choice(advisors)
        supervisor, cashier = pick(Role.SUPERVISOR, advisors), pick(Role.CASHIER, advisors)
        gate = pick(Role.GATE, advisors)
        vehicle = vehicles[vehicle_id]
        order = RepairOrder(
            number=next_number(session, "repair_order", opened), customer_id=vehicle.customer_id,
            vehicle_id=vehicle_id, advisor_id=advisor, status=S.RELEASED.value, opened_at=opened,
            promised_at=opened + dt.timedelta(hours=5), mileage=km, complaint="定期保养",
        )
        order.labour_lines.append(LabourLine(
            code="", name="定期保养（更换机油、机滤）", hours_centi=100, rate_fen=rate, amount_fen=rate, pay_type="customer",
        ))
        parts = (("机油滤清器", 1, 6850), ("全合成机油 5W-30 1L", 4, 8800))
        for name, quantity, price in parts:
            order.part_lines.append(PartLine(
                name=name, quantity_milli=quantity * 1000, unit_price_fen=price, amount_fen=multiply(price, quantity),
                pay_type="customer",
            ))
        steps = (
            (S.DISPATCHED, 10, supervisor), (S.IN_PROGRESS, 25, supervisor), (S.QUALITY_CHECK, 110, supervisor),
            (S.READY, 130, supervisor), (S.SETTLED, 200, cashier), (S.RELEASED, 215, gate),
        )
        order.status_changes.append(StatusChange(from_status=None, to_status=S.OPEN.value, at=opened, staff_id=advisor))
        previous = S.OPEN.value
        for status, minutes, who in steps:
            order.status_changes.append(StatusChange(
                from_status=previous, to_status=status.value, at=opened + dt.timedelta(minutes=minutes), staff_id=who,
            ))
            previous = status.value
        order.settled_at = opened + dt.timedelta(minutes=200)
        order.released_at = opened + dt.timedelta(minutes=215)
        order.updated_at, order.updated_by_id = order.released_at, gate
        session.add(order)
        total = rate + sum(multiply(price, quantity) for _, quantity, price in parts)
        session.add(Payment(order=order, method="cash", amount_fen=total, at=order.settled_at, staff_id=cashier))
        issued = order.settled_at + dt.timedelta(minutes=2)
        session.add(ExitPass(
            number=next_number(session, "exit_pass", issued), order=order, issued_at=issued, issued_by_id=cashier,
            valid_until=issued + demo.EXIT_PASS_VALID, used_at=order.released_at, used_by_id=gate, plate=vehicle.plate,
        ))
    session.flush()


def _declined_work(
    session: Session, rng: random.Random, vehicle_ids: list[int], staff: dict[Role, list[int]],
) -> list[tuple[int, int]]:
    """Work found at each car's last visit that the customer said no to; ``(vehicle id, work id)``."""
    found_by = (staff[Role.SUPERVISOR] or staff[Role.ADVISOR])[0]
    made = []
    first = rng.randrange(100)
    for number, vehicle_id in enumerate(vehicle_ids):
        order = session.scalar(
            select(RepairOrder).where(RepairOrder.vehicle_id == vehicle_id).order_by(RepairOrder.opened_at.desc()).limit(1)
        )
        if order is None:
            continue
        text, labour, parts = demo_additional_work._inputs(first + number)
        found_at = order.opened_at + dt.timedelta(minutes=rng.randint(40, 70))
        decided_at = found_at + dt.timedelta(minutes=rng.randint(10, 30))
        work = AdditionalWork(
            order_id=order.id, vehicle_id=vehicle_id, description=text, found_at=found_at, found_by_id=found_by,
            extra_hours_centi=sum(int(Decimal(str(item.hours)) * 100) for item in labour),
            status=AdditionalWorkStatus.DECLINED.value, decided_at=decided_at, decided_by="车主本人",
            channel="in_person", recorded_by_id=order.advisor_id,
            decision_note=rng.choice(("客户表示下次保养时再做", "客户预算有限，暂不更换")),
            updated_by_id=order.advisor_id, updated_at=decided_at,
        )
        for i, item in enumerate(labour, 1):
            work.labour.append(additional_work.proposed_labour_line(session, item, f"第 {i} 项工时"))
        for i, part in enumerate(parts, 1):
            work.parts.append(additional_work.proposed_part_line(session, part, f"第 {i} 项备件"))
        session.add(work)
        session.flush()
        made.append((vehicle_id, work.id))
    return made


def _care_dates(session: Session, rng: random.Random, today: dt.date, now: dt.datetime) -> None:
    """Birthdays for most private customers and purchase dates for every car, a few on ``today``."""
    people = [c for c in session.scalars(select(Customer).where(Customer.is_company.is_(False)).order_by(Customer.id))]
    on_the_day = set(rng.sample(range(len(people)), min(3, len(people))))
    unknown_year = min(on_the_day) if on_the_day else -1
    for index, person in enumerate(people):
        if index in on_the_day:
            year = 1900 if index == unknown_year else rng.randint(1968, 1996)
            person.birthday = _on(year, today)
        elif rng.random() < 0.6:
            person.birthday = dt.date(rng.randint(1960, 2000), 1, 1) + dt.timedelta(days=rng.randrange(365))
        else:
            continue
        person.updated_at = now
    cars = list(session.scalars(select(Vehicle).order_by(Vehicle.id)))
    anniversaries = set(rng.sample(range(len(cars)), min(2, len(cars))))
    for index, car in enumerate(cars):
        registered = local_day(session, car.created_at)  # bought before it first came here
        if index in anniversaries:
            car.purchased_on = _on(min(registered.year, today.year) - 1 - rng.randint(0, 4), today)
        else:
            car.purchased_on = min(registered, today) - dt.timedelta(days=rng.randint(0, 60))
        car.updated_at = now
    session.flush()


def _on(year: int, day: dt.date) -> dt.date:
    """``day``'s month and day in ``year`` (28 February for a 29th in another year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)
