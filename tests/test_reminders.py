"""Reminders and customer care: next maintenance worked out by hand, who is left off the list,
recording calls, booking from a call in one step, declined work, birthdays and anniversaries, and
the checks on the birthday and purchase date typed at the counter."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from conftest import Shop
from desk.db import Database
from desk.models import AdditionalWork, Appointment, Customer, RepairOrder, Settlement, Vehicle
from desk.models.aftercare import ReminderCall
from desk.models.enums import AdditionalWorkStatus
from desk.services import appointments, customers, reminders
from desk.services.errors import ValidationError

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 23)  # a Monday
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI).astimezone(dt.timezone.utc)
_numbers = itertools.count(1)
_vins = itertools.count(100000)


def local(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=SHANGHAI).astimezone(dt.timezone.utc)


def add_car(s, shop: Shop, plate: str, *, name: str = "", phone: str = "") -> int:  # type: ignore[no-untyped-def]
    number = next(_vins)
    card = customers.create_customer(s, name=name or f"客户{plate[-3:]}", phone=phone or f"139{number:08d}")
    car = customers.add_vehicle(
        s, card.id, plate=plate, vin=f"LSVAU218{number % 10}N2{number:06d}", model="大众 朗逸",
        confirmed=("vin_check_digit",),
    )
    return car.id


def visit(
    s, shop: Shop, vehicle_id: int, day: dt.date, mileage: int, *, status: str = "released",  # type: ignore[no-untyped-def]
    next_date: dt.date | None = None, next_km: int | None = None, slip: bool = True,
) -> RepairOrder:
    """A visit of ``day`` as the services leave it: opened in the morning, settled in the afternoon."""
    vehicle = s.get(Vehicle, vehicle_id)
    finished = status in ("settled", "released")
    order = RepairOrder(
        number=f"RO{day:%Y%m%d}-{next(_numbers):04d}", customer_id=vehicle.customer_id, vehicle_id=vehicle_id,
        advisor_id=shop.advisor, status=status, opened_at=local(day), mileage=mileage,
        settled_at=local(day, 16) if finished else None, released_at=local(day, 17) if status == "released" else None,
    )
    s.add(order)
    s.flush()
    if finished and slip:
        s.add(Settlement(order_id=order.id, at=local(day, 16), customer_due_fen=0,
                         next_service_date=next_date, next_service_km=next_km))
    vehicle.last_mileage = max(vehicle.last_mileage or 0, mileage)
    s.flush()
    return order


# --- the arithmetic --------------------------------------------------------------------------


def test_daily_mileage_from_first_to_last_visit_and_the_default() -> None:
    # 3,000 km in the 109 days from 10 Feb to 30 May: 27.5 → 28 km a day
    assert reminders.daily_km([(dt.date(2026, 5, 30), 13_000), (dt.date(2026, 2, 10), 10_000)]) == (28, True)
    assert reminders.daily_km([(dt.date(2026, 5, 30), 13_000)]) == (reminders.DEFAULT_DAILY_KM, False)
    # visits a week apart, or a reading that went down, say nothing about the car's use
    assert reminders.daily_km([(dt.date(2026, 5, 1), 1_000), (dt.date(2026, 5, 8), 2_000)]) == (40, False)
    assert reminders.daily_km([(dt.date(2026, 1, 1), 9_000), (dt.date(2026, 5, 8), 2_000)]) == (40, False)


@pytest.fixture
def cars(database: Database, seeded: Shop) -> dict[str, int]:
    """Cars with visits whose due days are worked out by hand in the tests."""
    with database.unit_of_work() as s:
        ids = {plate: add_car(s, seeded, plate) for plate in (
            "粤A·10001", "粤A·10002", "粤A·10003", "粤A·10004", "粤A·10005", "粤A·10006", "粤A·10007", "粤A·10008",
        )}
        # A, date first: 28 km/day (above); 19,000 km at 28/day is 215 days after 30 May = 31 Dec > 30 Nov
        visit(s, seeded, ids["粤A·10001"], dt.date(2026, 2, 10), 10_000, next_date=dt.date(2026, 2, 28), next_km=12_000)
        visit(s, seeded, ids["粤A·10001"], dt.date(2026, 5, 30), 13_000, next_date=dt.date(2026, 11, 30), next_km=19_000)
        # B, mileage first: 8,000 km in the 80 days 1 Jun → 20 Aug is 100 km/day; 10,000 km more in 100 days = 28 Nov
        visit(s, seeded, ids["粤A·10002"], dt.date(2026, 6, 1), 20_000, next_date=dt.date(2026, 12, 1), next_km=25_000)
        visit(s, seeded, ids["粤A·10002"], dt.date(2026, 8, 20), 28_000, next_date=dt.date(2027, 2, 20), next_km=38_000)
        # C, one visit and no next service on the slip: 6 months / 5,000 km at 40 km/day = 125 days → 27 Sep
        visit(s, seeded, ids["粤A·10003"], dt.date(2026, 5, 25), 8_000, slip=False)
        # D is due but in the shop; E is due but booked; F said no a few days ago; G did not answer
        for plate in ("粤A·10004", "粤A·10005", "粤A·10006", "粤A·10007"):
            visit(s, seeded, ids[plate], dt.date(2026, 5, 28), 30_000, next_date=dt.date(2026, 11, 28), next_km=60_000)
        visit(s, seeded, ids["粤A·10004"], dt.date(2026, 11, 23), 35_000, status="in_progress")
        appointments.book(s, vehicle_id=ids["粤A·10005"], advisor_id=seeded.advisor, day=dt.date(2026, 11, 26),
                          time=dt.time(9, 0), now=NOW)
        for plate, outcome in (("粤A·10006", "not_needed"), ("粤A·10007", "not_reached")):
            reminders.record_call(s, ids[plate], "maintenance", dt.date(2026, 11, 28), outcome, "已在别处保养",
                                  seeded.advisor, NOW - dt.timedelta(days=5))
        # H is due on 20 Dec, 27 days ahead
        visit(s, seeded, ids["粤A·10008"], dt.date(2026, 6, 20), 5_000, next_date=dt.date(2026, 12, 20), next_km=90_000)
    return ids


def test_due_dates_by_date_by_mileage_and_by_default(database: Database, cars: dict[str, int]) -> None:
    with database.unit_of_work(write=False) as s:
        rows = {r.plate: r for r in reminders.maintenance_due(s, TODAY, 14)}
    a, b, c = rows["粤A·10001"], rows["粤A·10002"], rows["粤A·10003"]
    assert (a.due_on, a.reason, a.daily_km, a.daily_km_measured) == (dt.date(2026, 11, 30), "date", 28, True)
    assert a.km_day == dt.date(2026, 12, 31) and a.days_left == 7
    assert a.last_visit == dt.date(2026, 5, 30) and a.last_mileage == 13_000
    assert a.estimated_mileage == 13_000 + 177 * 28  # 177 days from 30 May to 23 Nov
    assert (b.due_on, b.reason, b.daily_km, b.next_km) == (dt.date(2026, 11, 28), "mileage", 100, 38_000)
    assert b.estimated_mileage == 28_000 + 95 * 100
    assert (c.next_date, c.next_km) == (dt.date(2026, 11, 25), 13_000)  # the usual 6 months / 5,000 km
    assert (c.due_on, c.reason, c.daily_km, c.daily_km_measured) == (dt.date(2026, 9, 27), "mileage", 40, False)
    assert c.days_left == -57  # overdue, still to be called
    assert list(rows) == ["粤A·10003", "粤A·10002", "粤A·10007", "粤A·10001"]  # soonest first


def test_cars_in_the_shop_booked_or_that_said_no_are_left_off(database: Database, cars: dict[str, int]) -> None:
    with database.unit_of_work(write=False) as s:
        plates = {r.plate: r for r in reminders.maintenance_due(s, TODAY, 14)}
        later = [r.plate for r in reminders.maintenance_due(s, TODAY, 30)]
        after_a_month = [r.plate for r in reminders.maintenance_due(s, TODAY + dt.timedelta(days=31), 14)]
    assert not {"粤A·10004", "粤A·10005", "粤A·10006", "粤A·10008"} & set(plates)
    not_reached = plates["粤A·10007"].last_call
    assert not_reached is not None and not_reached.outcome == "not_reached" and not_reached.staff == "李娜"
    assert "粤A·10008" in later  # 27 days ahead
    assert "粤A·10006" in after_a_month  # the no is remembered for 30 days only


def test_a_recorded_call_and_its_refusals(database: Database, seeded: Shop, cars: dict[str, int]) -> None:
    car = cars["粤A·10001"]
    with database.unit_of_work() as s:
        saved = reminders.record_call(s, car, "maintenance", dt.date(2026, 11, 30), "call_later", " 下周再打 ",
                                      seeded.advisor, NOW)
        assert saved.outcome == "call_later" and saved.at_local == "2026-11-23 10:00"
    with database.unit_of_work(write=False) as s:
        row = next(r for r in reminders.maintenance_due(s, TODAY, 14) if r.vehicle_id == car)
        assert row.last_call is not None and row.last_call.note == "下周再打"  # call later keeps it on the list
    refusals = [
        (("maintenance", dt.date(2026, 11, 30), "booked", ""), "预约到店"),
        (("maintenance", dt.date(2026, 11, 30), "greeted", ""), "已问候只用于"),
        (("maintenance", dt.date(2026, 11, 30), "not_needed", ""), "写明原因"),
        (("maintenance", dt.date(2026, 11, 30), "", ""), "请选择这次电话的结果"),
        (("maintenance", None, "call_later", ""), "请填写这次电话所针对的日期"),
        (("birthday", dt.date(2026, 11, 23), "not_needed", "x"), "关怀电话的结果"),
        (("declined_work", dt.date(2026, 11, 23), "call_later", ""), "请选择这辆车未做的建议项目"),
        (("maintenance", dt.date(2026, 11, 30), "call_later", "字" * 501), "备注太长"),
    ]
    for (kind, due, outcome, note), text in refusals:
        with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
            reminders.record_call(s, car, kind, due, outcome, note, seeded.advisor, NOW)
        assert text in refused.value.translated(lambda _c, t: t)
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(ReminderCall)) == 3  # 2 from the fixture, 1 here


def test_booking_from_the_list_makes_the_appointment_and_the_call_in_one_step(
    database: Database, seeded: Shop, cars: dict[str, int]
) -> None:
    car = cars["粤A·10002"]
    with database.unit_of_work() as s:
        booked = reminders.book_from_reminder(
            s, car, "maintenance", dt.date(2026, 11, 28), advisor_id=seeded.advisor2, day=dt.date(2026, 11, 25),
            time=dt.time(9, 0), note="客户周三上午有空", staff_id=seeded.advisor, now=NOW,
        )
    assert booked.appointment.slot_local == "2026-11-25 09:00" and booked.appointment.advisor == "王强"
    assert booked.appointment.source == "active" and booked.appointment.requested_work == "定期保养（保养提醒预约）"
    with database.unit_of_work(write=False) as s:
        call = s.scalars(select(ReminderCall).where(ReminderCall.vehicle_id == car)).one()
        appointment = s.get(Appointment, call.appointment_id)
        assert appointment is not None and appointment.number == booked.appointment.number
        assert (call.outcome, call.kind, call.note, call.staff_id) == ("booked", "maintenance", "客户周三上午有空", seeded.advisor)
        assert car not in {r.vehicle_id for r in reminders.maintenance_due(s, TODAY, 14)}
        history = reminders.calls_for_vehicle(s, car)
        assert [(h.outcome, h.appointment_number) for h in history] == [("booked", booked.appointment.number)]

    # the same slot rules as the appointment book: a taken slot is refused and nothing is kept
    other = cars["粤A·10001"]
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
        reminders.book_from_reminder(
            s, other, "maintenance", dt.date(2026, 11, 30), advisor_id=seeded.advisor2, day=dt.date(2026, 11, 25),
            time=dt.time(9, 0), staff_id=seeded.advisor, now=NOW,
        )
    assert "已有预约" in refused.value.translated(lambda _c, t: t)
    with database.unit_of_work(write=False) as s:
        assert s.scalar(select(func.count()).select_from(ReminderCall).where(ReminderCall.vehicle_id == other)) == 0


def declined(  # type: ignore[no-untyped-def]
    s, shop: Shop, order: RepairOrder, description: str, days_ago: int = 20
) -> AdditionalWork:
    work = AdditionalWork(
        order_id=order.id, vehicle_id=order.vehicle_id, description=description, found_at=NOW - dt.timedelta(days=days_ago),
        status=AdditionalWorkStatus.DECLINED.value, decided_by="车主", decided_at=NOW - dt.timedelta(days=days_ago),
    )
    s.add(work)
    s.flush()
    return work


def test_declined_work_list_and_its_calls(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        away, in_shop, taken = (add_car(s, seeded, p) for p in ("粤A·20001", "粤A·20002", "粤A·20003"))
        brakes = declined(s, seeded, visit(s, seeded, away, dt.date(2026, 11, 3), 40_000), "前刹车片磨损到 3 mm，建议更换")
        old = declined(s, seeded, visit(s, seeded, away, dt.date(2025, 10, 1), 30_000), "雨刮老化", days_ago=420)
        declined(s, seeded, visit(s, seeded, in_shop, dt.date(2026, 11, 1), 9_000), "空调滤芯脏")
        visit(s, seeded, in_shop, dt.date(2026, 11, 23), 9_900, status="open")
        done = declined(s, seeded, visit(s, seeded, taken, dt.date(2026, 10, 1), 9_000), "轮胎换位")
        done.taken_up_order_id = visit(s, seeded, taken, dt.date(2026, 11, 2), 9_500).id
    with database.unit_of_work(write=False) as s:
        rows = reminders.declined_work(s, TODAY)
    assert [(r.plate, r.description, r.work_id) for r in rows] == [("粤A·20001", "前刹车片磨损到 3 mm，建议更换", brakes.id)]
    assert old.id not in {r.work_id for r in rows}  # more than a year old

    with database.unit_of_work() as s:
        reminders.record_call(s, away, "declined_work", TODAY, "not_reached", "", seeded.advisor, NOW,
                              additional_work_id=brakes.id)
    with database.unit_of_work(write=False) as s:
        (row,) = reminders.declined_work(s, TODAY)
        assert row.last_call is not None and row.last_call.outcome == "not_reached"
    with database.unit_of_work() as s:
        booked = reminders.book_from_reminder(
            s, away, "declined_work", TODAY, advisor_id=seeded.advisor, day=dt.date(2026, 11, 24), time=dt.time(9, 0),
            additional_work_id=brakes.id, staff_id=seeded.advisor, now=NOW,
        )
    assert booked.appointment.requested_work == "上次建议项目：前刹车片磨损到 3 mm，建议更换"
    with database.unit_of_work(write=False) as s:
        assert reminders.declined_work(s, TODAY) == []
        # the work of another car cannot be attached to this call
    with database.unit_of_work() as s, pytest.raises(ValidationError):
        reminders.record_call(s, in_shop, "declined_work", TODAY, "call_later", "", None, NOW, additional_work_id=brakes.id)


def test_birthdays_anniversaries_and_29_february(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        cars = {p: add_car(s, seeded, p, name=n) for p, n in (
            ("粤A·30001", "刘洋"), ("粤A·30002", "陈静"), ("粤A·30003", "黄磊"), ("粤A·30004", "周杰"),
        )}
        owners = {p: s.get(Vehicle, v).customer for p, v in cars.items()}
        owners["粤A·30001"].birthday = dt.date(1988, 2, 29)
        owners["粤A·30002"].birthday = dt.date(1900, 3, 1)  # year not known
        owners["粤A·30003"].birthday = dt.date(1990, 3, 2)
        s.get(Vehicle, cars["粤A·30004"]).purchased_on = dt.date(2023, 3, 1)
        s.get(Vehicle, cars["粤A·30003"]).purchased_on = dt.date(2026, 3, 1)
    with database.unit_of_work(write=False) as s:
        march_first = reminders.care_list(s, dt.date(2027, 3, 1))  # 2027 is no leap year
        leap_day = reminders.care_list(s, dt.date(2028, 2, 29))
        leap_march = reminders.care_list(s, dt.date(2028, 3, 1))
    assert [(r.kind, r.customer, r.years) for r in march_first] == [
        ("birthday", "刘洋", 39), ("birthday", "陈静", None),
        ("purchase_anniversary", "黄磊", 1), ("purchase_anniversary", "周杰", 4),
    ]
    assert [(r.customer, r.years) for r in leap_day] == [("刘洋", 40)]
    assert "刘洋" not in {r.customer for r in leap_march}  # in a leap year the 29th is the day
    assert not any(r.greeted for r in march_first)

    with database.unit_of_work() as s:
        reminders.record_call(s, cars["粤A·30001"], "birthday", dt.date(2027, 3, 1), "greeted", "短信加电话",
                              seeded.advisor, local(dt.date(2027, 3, 1)))
        reminders.record_call(s, cars["粤A·30004"], "purchase_anniversary", dt.date(2027, 3, 1), "not_reached", "",
                              seeded.advisor, local(dt.date(2027, 3, 1)))
    with database.unit_of_work(write=False) as s:
        greeted = {(r.kind, r.customer): r.greeted for r in reminders.care_list(s, dt.date(2027, 3, 1))}
        next_year = reminders.care_list(s, dt.date(2029, 3, 1))
    assert greeted[("birthday", "刘洋")] and not greeted[("purchase_anniversary", "周杰")]
    assert not any(r.greeted for r in next_year)  # greeted this year only


def test_birthday_and_purchase_date_saved_with_the_customer_and_checked(database: Database, seeded: Shop) -> None:
    common = dict(customer_id=seeded.customer, name="张伟", phone="13812345678", vehicle_id=seeded.vehicle,
                  plate="粤B·D12345", vin="LSVAU218XN2183294", model="大众 帕萨特 330TSI", colour="白色",
                  customer_version=1, vehicle_version=1, today=TODAY)
    with database.unit_of_work() as s:
        card, car = customers.save_customer_and_vehicle(s, **common, birthday="1985年3月12日", purchased_on="2021-06-18")
    assert card.birthday == dt.date(1985, 3, 12) and car.purchased_on == dt.date(2021, 6, 18)
    common.update(customer_version=card.version, vehicle_version=car.version)
    with database.unit_of_work() as s:  # None leaves them as they are (the 环车检查 tab does not show them)
        card, car = customers.save_customer_and_vehicle(s, **common)
    assert card.birthday == dt.date(1985, 3, 12) and car.purchased_on == dt.date(2021, 6, 18)
    common.update(customer_version=card.version, vehicle_version=car.version)
    with database.unit_of_work() as s:
        card, car = customers.save_customer_and_vehicle(s, **common, birthday="03-12", purchased_on="")
    assert card.birthday == dt.date(1900, 3, 12) and car.purchased_on is None
    assert customers.format_birthday(card.birthday) == "03-12"
    common.update(customer_version=card.version, vehicle_version=car.version)
    bad = [
        ({"birthday": "2026-12-01"}, "在今天之后"),
        ({"birthday": "1900-2-30"}, "不是有效的日期"),
        ({"birthday": "02-29"}, "连年份一起填写"),
        ({"birthday": "1901-05-05"}, "超过 110 岁"),
        ({"purchased_on": "2026-11-24"}, "在今天之后"),
        ({"purchased_on": "1975-01-01"}, "早于 1980 年"),
        ({"purchased_on": "明年"}, "不是有效的日期"),
    ]
    for values, text in bad:
        with database.unit_of_work() as s, pytest.raises(ValidationError) as refused:
            customers.save_customer_and_vehicle(s, **common, **values)
        assert text in refused.value.translated(lambda _c, t: t)
    with database.unit_of_work(write=False) as s:  # nothing of a refused save was kept
        assert s.get(Customer, seeded.customer).birthday == dt.date(1900, 3, 12)


def test_the_list_refuses_a_silly_number_of_days(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s, pytest.raises(ValidationError):
        reminders.maintenance_due(s, TODAY, -1)
    with database.unit_of_work(write=False) as s:
        assert reminders.maintenance_due(s, TODAY, 14) == []
        assert reminders.vehicle_next_service(s, seeded.vehicle) is None
        assert reminders.care_list(s, TODAY) == []
